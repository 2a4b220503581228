/** Runs the pipeline into a temporary folder once per test file and reads the outputs back. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { runPipeline, PipelineResult } from '../../src/pipeline.js';

export interface Outputs {
  dir: string;
  result: PipelineResult;
  jsonl(stem: string): Record<string, unknown>[];
  csv(stem: string): Record<string, string>[];
}

export async function runInto(inputs: string[], prefix = 'vnx-'): Promise<Outputs> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const result = await runPipeline({ inputs, outDir: dir, concurrency: 2 });
  return {
    dir,
    result,
    jsonl: (stem) =>
      fs
        .readFileSync(path.join(dir, `${stem}.jsonl`), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
    csv: (stem) => parse(fs.readFileSync(path.join(dir, `${stem}.csv`), 'utf8'), { columns: true, bom: true }),
  };
}
