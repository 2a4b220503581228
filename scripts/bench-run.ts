/**
 * One benchmark run in its own process (so peak RSS is this run's): prints a JSON line.
 * The compiled pipeline (dist/, which bench.ts builds first) is what runs, as `npm run extract`
 * runs it: from the TypeScript sources every worker would load tsx and compile the sources again,
 * and the peak RSS would be the loader's as much as the pipeline's. The report is built after the
 * outputs, as the CLI does. maxRSS is the whole process: the main thread and every worker thread.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { runPipeline as RunPipeline } from '../src/pipeline.ts';
import type { buildReport as BuildReport } from '../src/report/build.ts';

const dist = path.resolve(import.meta.dirname, '..', 'dist', 'src');
const { runPipeline } = (await import(path.join(dist, 'pipeline.js'))) as { runPipeline: typeof RunPipeline };
const { buildReport } = (await import(path.join(dist, 'report', 'build.js'))) as { buildReport: typeof BuildReport };
const { collectGarbage } = (await import(path.join(dist, 'memory.js'))) as { collectGarbage: () => void };

const [outDir, concurrency, ...inputs] = process.argv.slice(2);
const t0 = performance.now();
// VNX_BENCH_INCREMENTAL=1: a run that trusts the state (the no-op re-run), not --full.
const { run } = await runPipeline({ inputs, outDir, concurrency: Number(concurrency), full: process.env.VNX_BENCH_INCREMENTAL !== '1' });
if (!run.outputs_unchanged) {
  collectGarbage();
  buildReport(outDir);
}
const wallMs = performance.now() - t0;
const docs = fs
  .readFileSync(path.join(outDir, 'documents.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { format: string; pages: number | null });
const pdfPages = docs.filter((d) => d.format === 'pdf').reduce((n, d) => n + (d.pages ?? 0), 0);
process.stdout.write(JSON.stringify({ wallMs, maxRssMb: process.resourceUsage().maxRSS / 1024, pdfPages, run }) + '\n');
