/**
 * `node scripts/bench-memory.mjs OUT WORKERS INPUT...` (after `npm run build`): one run of the
 * compiled pipeline, sampling this process's RSS (main thread and worker threads are one process)
 * every 25 ms, split into the reading phase (until the last file is committed) and the writing
 * phase (outputs regenerated from the state, workers gone), then the report as the CLI builds it
 * (maxRssMb is the whole run's, report included). OCR off. Prints one JSON line.
 * The samples can miss a short peak on a loaded machine; Linux's high-water mark (VmHWM) cannot:
 * it is read as reading ends and as the report starts, and reset there (/proc/self/clear_refs),
 * so each phase's own peak is known (readHwmMb: reading; writeHwmMb: writing, which starts at
 * the RSS of the moment the last file is in, workers not yet closed; reportHwmMb: the report;
 * maxRssMb: the whole run, the largest of the three). Where it cannot be reset, a phase's
 * figure is the peak up to its end, as before, and maxRssMb the process's.
 */
import { runPipeline } from '../dist/src/pipeline.js';
import { DEFAULT_LIMITS } from '../dist/src/limits.js';
import { buildReport } from '../dist/src/report/build.js';
import { collectGarbage } from '../dist/src/memory.js';
import fs from 'node:fs';

const [outDir, workers, ...inputs] = process.argv.slice(2);
const peak = { read: 0, write: 0, report: 0, heapRead: 0, heapWrite: 0, heapReport: 0 };
let phase = 'read';
let total = Infinity;
const sample = () => {
  const m = process.memoryUsage();
  peak[phase] = Math.max(peak[phase], m.rss);
  const h = phase === 'read' ? 'heapRead' : phase === 'write' ? 'heapWrite' : 'heapReport';
  peak[h] = Math.max(peak[h], m.heapUsed);
};
const timer = setInterval(sample, 25);
// The process's peak RSS so far, in bytes (null where /proc is not there).
const hwm = () => {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]) * 1024;
  } catch {
    return null;
  }
};
// Starts the next phase's high-water mark from the RSS of now (resets getrusage's maxRSS too).
let reset = true;
const resetHwm = () => {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    reset = false;
  }
};
const hwmAt = { read: null, write: null, report: null };
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
    if (phase === 'read' && e.done >= total) {
      phase = 'write';
      hwmAt.read = hwm();
      resetHwm();
    }
  },
});
sample();
// The report, as the CLI builds it after the outputs (synchronous: its peak is the process's maxRSS).
phase = 'report';
hwmAt.write = hwm();
resetHwm();
collectGarbage();
sample();
const rssBeforeReport = process.memoryUsage().rss;
buildReport(outDir);
clearInterval(timer);
sample();
hwmAt.report = hwm();
const phasePeaks = [hwmAt.read, hwmAt.write, hwmAt.report];
const maxRss = reset && phasePeaks.every((x) => x !== null) ? Math.max(...phasePeaks) : process.resourceUsage().maxRSS * 1024;
const mb = (x) => (x === null ? null : Math.round(x / 2 ** 20));
process.stdout.write(
  JSON.stringify({
    docs: run.documents,
    failed: run.by_status.failed,
    wallS: Number(((performance.now() - t0) / 1000).toFixed(1)),
    maxRssMb: mb(maxRss),
    readHwmMb: mb(hwmAt.read),
    writeHwmMb: mb(hwmAt.write),
    reportHwmMb: mb(hwmAt.report),
    readRssMb: mb(peak.read),
    writeRssMb: mb(peak.write),
    rssBeforeReportMb: mb(rssBeforeReport),
    mainHeapReadMb: mb(peak.heapRead),
    mainHeapWriteMb: mb(peak.heapWrite),
    reportEndHeapMb: mb(peak.heapReport),
    stageMs: run.stage_ms,
  }) + '\n',
);
