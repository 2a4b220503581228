/**
 * The report's input: the JSON Lines and run.json an extract run wrote, each row checked against
 * its schema. A row that fails is left out and said so (a warning on the overview), never drawn.
 */
import fs from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { z } from 'zod';
import { DecisionRecord, DocumentRecord, IndicatorRecord, ReferenceRecord, RunRecord, SeriesRecord, UnmatchedRecord } from '../schemas.js';

export interface ReportInput {
  outDir: string;
  run: RunRecord | null;
  documents: DocumentRecord[];
  references: ReferenceRecord[];
  decisions: DecisionRecord[];
  indicators: IndicatorRecord[];
  series: SeriesRecord[];
  unmatched: UnmatchedRecord[];
  /** Rows or files that could not be read, one line each. */
  warnings: string[];
}

/** A folder without documents.jsonl is no output folder: that is a setup error (thrown, one line). */
export function loadOutputs(outDir: string): ReportInput {
  const warnings: string[] = [];
  if (!fs.existsSync(path.join(outDir, 'documents.jsonl'))) throw new Error(`${path.join(outDir, 'documents.jsonl')} not found: run npm run extract -- --out ${outDir} first`);
  const read = <T>(stem: string, schema: z.ZodType<T>): T[] => {
    const file = path.join(outDir, `${stem}.jsonl`);
    if (!fs.existsSync(file)) {
      warnings.push(`${stem}.jsonl not found: the report has no ${stem}`);
      return [];
    }
    const rows: T[] = [];
    forEachLine(file, (line, i) => {
        if (!line.trim()) return;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          warnings.push(`${stem}.jsonl line ${i + 1} is not JSON: left out`);
          return;
        }
        const r = schema.safeParse(value);
        if (r.success) rows.push(r.data);
        else warnings.push(`${stem}.jsonl line ${i + 1} fails its schema (${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}): left out`);
    });
    return rows;
  };
  let run: RunRecord | null = null;
  const runFile = path.join(outDir, 'run.json');
  if (fs.existsSync(runFile)) {
    let value: unknown = null;
    try {
      value = JSON.parse(fs.readFileSync(runFile, 'utf8'));
    } catch {
      /* reported below as failing its schema */
    }
    const r = RunRecord.safeParse(value);
    if (r.success) run = r.data;
    else warnings.push('run.json fails its schema: the run summary is left out');
  } else warnings.push('run.json not found: the run summary is left out');
  return {
    outDir,
    run,
    documents: read('documents', DocumentRecord),
    references: read('references', ReferenceRecord),
    decisions: read('decisions', DecisionRecord),
    indicators: read('indicators', IndicatorRecord),
    series: read('series', SeriesRecord),
    unmatched: read('unmatched', UnmatchedRecord),
    warnings,
  };
}

/**
 * The lines of a file (split on '\n', as split('\n') gives them), read a megabyte at a time:
 * a 100 MB indicators.jsonl is never one string beside its parsed rows.
 */
export function forEachLine(file: string, onLine: (line: string, index: number) => void): void {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    let index = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      const text = rest + (n > 0 ? decoder.write(buf.subarray(0, n)) : decoder.end());
      const parts = text.split('\n');
      rest = parts.pop()!;
      for (const line of parts) onLine(line, index++);
      if (n === 0) break;
    }
    onLine(rest, index);
  } finally {
    fs.closeSync(fd);
  }
}
