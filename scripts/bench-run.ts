/** One benchmark run in its own process (so peak RSS is this run's): prints a JSON line. */
import fs from 'node:fs';
import path from 'node:path';
import { runPipeline } from '../src/pipeline.ts';

const [outDir, concurrency, ...inputs] = process.argv.slice(2);
const t0 = performance.now();
// VNX_BENCH_INCREMENTAL=1: a run that trusts the state (the no-op re-run), not --full.
const { run } = await runPipeline({ inputs, outDir, concurrency: Number(concurrency), full: process.env.VNX_BENCH_INCREMENTAL !== '1' });
const wallMs = performance.now() - t0;
const docs = fs
  .readFileSync(path.join(outDir, 'documents.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { format: string; pages: number | null });
const pdfPages = docs.filter((d) => d.format === 'pdf').reduce((n, d) => n + (d.pages ?? 0), 0);
process.stdout.write(JSON.stringify({ wallMs, maxRssMb: process.resourceUsage().maxRSS / 1024, pdfPages, run }) + '\n');
