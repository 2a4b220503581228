/**
 * `node scripts/bench-memory.mjs OUT WORKERS INPUT...` (after `npm run build`): one run of the
 * compiled pipeline, sampling this process's RSS (main thread and worker threads are one process)
 * every 25 ms, split into the reading phase (until the last file is committed) and the writing
 * phase (outputs regenerated from the state, workers gone). OCR off. Prints one JSON line.
 */
import { runPipeline } from '../dist/src/pipeline.js';
import { DEFAULT_LIMITS } from '../dist/src/limits.js';

const [outDir, workers, ...inputs] = process.argv.slice(2);
const peak = { read: 0, write: 0, heapRead: 0, heapWrite: 0 };
let phase = 'read';
let total = Infinity;
const sample = () => {
  const m = process.memoryUsage();
  peak[phase] = Math.max(peak[phase], m.rss);
  const h = phase === 'read' ? 'heapRead' : 'heapWrite';
  peak[h] = Math.max(peak[h], m.heapUsed);
};
const timer = setInterval(sample, 25);
const t0 = performance.now();
const { run } = await runPipeline({
  inputs,
  outDir,
  concurrency: Number(workers),
  full: true,
  // VNX_WORKER_HEAP_MB: another worker heap limit, to see what it changes.
  limits: { ...DEFAULT_LIMITS, ocr: false, ...(process.env.VNX_WORKER_HEAP_MB ? { workerHeapMb: Number(process.env.VNX_WORKER_HEAP_MB) } : {}) },
  onPlan: (p) => (total = p.toProcess),
  onProgress: (e) => {
    sample();
    if (e.done >= total) phase = 'write';
  },
});
clearInterval(timer);
sample();
const mb = (x) => Math.round(x / 2 ** 20);
process.stdout.write(
  JSON.stringify({
    docs: run.documents,
    failed: run.by_status.failed,
    wallS: Number(((performance.now() - t0) / 1000).toFixed(1)),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    readRssMb: mb(peak.read),
    writeRssMb: mb(peak.write),
    mainHeapReadMb: mb(peak.heapRead),
    mainHeapWriteMb: mb(peak.heapWrite),
    stageMs: run.stage_ms,
  }) + '\n',
);
