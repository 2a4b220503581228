/**
 * `npm run bench [-- --copies 5] [-- --noop] [-- --all [--scales 20,100 --repeats 3 --quick]]`
 *
 * First, the judged table (scripts/bench-table.ts): pdftotext, raw pdf.js getTextContent and our
 * pipeline with 1 and 2 workers, on the same files of three corpora: the fixture PDFs scaled
 * (--copies each), the real text PDFs of ../shared/real and ../shared/real-more (copied into a
 * scratch folder) and the largest of them alone. Wall, CPU, peak RSS, pages/s, the ratios, and
 * what each extracted.
 *
 * With --all, also: builds scaled corpora from the fixtures (every copy with a distinct content hash, so the
 * incremental state cannot skip work), runs the whole pipeline in a child process per run and
 * reports documents/s, PDF pages/s, MB/s, time per stage, peak RSS, the 1 → 2 worker speedup
 * (median of repeats), growth from the smallest to the largest scale, pdftotext for comparison
 * when installed, and a micro-benchmark of the extractors alone. Results go to output/bench/.
 *
 * With --noop (or --all): the largest scale processed once, then run again over the same files;
 * the second run's wall time is the no-op re-run figure.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { processBuffer } from '../src/process.ts';
import { DEFAULT_LIMITS } from '../src/limits.ts';
import { extractMetadata } from '../src/extract/metadata.ts';
import { extractDocumentReferences } from '../src/extract/document-references.ts';
import { extractIndicators } from '../src/extract/indicators.ts';
import { extractStatements } from '../src/extract/statements/index.ts';
import { assignSections } from '../src/extract/sections.ts';
import type { Document } from '../src/model.ts';
import type { RunRecord } from '../src/schemas.ts';
import { benchPostgres } from './bench-postgres.ts';
import { canTime, formatOnePage, formatTable, hasPdftotext, measureCorpus, measureOnePage, type Corpus, type CorpusResult } from './bench-table.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const REPORTS = path.join(ROOT, 'fixtures', 'reports');

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '20,100' },
    repeats: { type: 'string', default: '3' },
    quick: { type: 'boolean', default: false },
    copies: { type: 'string', default: '5' },
    all: { type: 'boolean', default: false },
    noop: { type: 'boolean', default: false },
  },
});
const scales = values.quick ? [2, 5] : values.scales.split(',').map(Number);
const repeats = values.quick ? 1 : Number(values.repeats);

interface RunResult {
  wallMs: number;
  maxRssMb: number;
  pdfPages: number;
  run: RunRecord;
}

function log(s: string): void {
  process.stderr.write(s + '\n');
}

/** k copies of every fixture, each with a distinct trailer (valid PDF comment / bytes after the zip). */
function buildCorpus(k: number, only?: 'pdf'): { dir: string; bytes: number; files: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `vnx-bench-${k}x-`));
  let bytes = 0;
  const files: string[] = [];
  for (const f of fs.readdirSync(REPORTS).sort()) {
    if (only && !f.endsWith(`.${only}`)) continue;
    const data = fs.readFileSync(path.join(REPORTS, f));
    for (let i = 0; i < k; i++) {
      const ext = path.extname(f);
      const out = path.join(dir, `${path.basename(f, ext)}-${i}${ext}`);
      const copy = Buffer.concat([data, Buffer.from(`\n% bench copy ${i}\n`)]);
      fs.writeFileSync(out, copy);
      bytes += copy.length;
      files.push(out);
    }
  }
  return { dir, bytes, files };
}

function runOnce(input: string, workers: number, keep?: { out: string; incremental: boolean }): RunResult {
  const out = keep?.out ?? fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-bench-out-'));
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'bench-run.ts'), out, String(workers), input], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, VNX_BENCH_INCREMENTAL: keep?.incremental ? '1' : '0' },
  });
  if (!keep) fs.rmSync(out, { recursive: true, force: true });
  if (r.status !== 0 && r.status !== 1) throw new Error(`bench run failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as RunResult;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function medianRun(input: string, workers: number, n: number): RunResult & { wallMsRuns: number[] } {
  const runs: RunResult[] = [];
  for (let i = 0; i < n; i++) runs.push(runOnce(input, workers));
  const walls = runs.map((r) => r.wallMs);
  const mid = runs.find((r) => r.wallMs === median(walls)) ?? runs[0];
  return { ...mid, wallMs: median(walls), wallMsRuns: walls };
}

/**
 * The real text PDFs (Word exports, TCVN3 and broken-glyph layers; no scans) copied into a
 * scratch folder, and the one with the most pages alone in another: a batch bounded by one file.
 */
async function realTextCorpus(): Promise<{ all: Corpus; largest: Corpus } | null> {
  const sources = ['real', 'real-more'].map((d) => path.resolve(ROOT, '..', 'shared', d)).filter((d) => fs.existsSync(d));
  if (!sources.length) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-bench-real-'));
  const files: string[] = [];
  for (const src of sources) {
    for (const f of fs.readdirSync(src).sort()) {
      if (!f.endsWith('.pdf') || /scan/i.test(f)) continue;
      fs.copyFileSync(path.join(src, f), path.join(dir, f));
      files.push(path.join(dir, f));
    }
  }
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let best = { file: files[0], pages: 0 };
  for (const file of files) {
    const doc = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(file)), isEvalSupported: false, verbosity: 0 }).promise;
    if (doc.numPages > best.pages) best = { file, pages: doc.numPages };
    await doc.destroy();
  }
  const one = fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-bench-large-'));
  fs.copyFileSync(best.file, path.join(one, path.basename(best.file)));
  return {
    all: { name: 'real text PDFs', dir, files },
    largest: { name: `one large report (${path.basename(best.file)})`, dir: one, files: [path.join(one, path.basename(best.file))] },
  };
}

async function microBenchmark(): Promise<{ textMb: number; iterations: number; mbPerS: number; perStageMs: Record<string, number>; pdfPages: number; perPdfPageMs: Record<string, number> }> {
  const docs: Document[] = [];
  for (const f of fs.readdirSync(REPORTS).sort()) docs.push((await processBuffer(fs.readFileSync(path.join(REPORTS, f)), f, DEFAULT_LIMITS)).document);
  const textBytes = docs.reduce((n, d) => n + d.blocks.reduce((k, b) => k + Buffer.byteLength(b.text), 0), 0);
  const iterations = 20;
  const perStageMs: Record<string, number> = { sections: 0, metadata: 0, references: 0, indicators: 0, statements: 0 };
  // The same stages over the PDF documents only, whose pages are known: the cost per page.
  const pdfStageMs: Record<string, number> = { sections: 0, metadata: 0, references: 0, indicators: 0, statements: 0 };
  const pdfPages = docs.filter((d) => d.format === 'pdf').reduce((n, d) => n + (d.pages ?? 0), 0);
  let current: Document | null = null;
  const time = (stage: string, f: () => unknown) => {
    const t = performance.now();
    f();
    const ms = performance.now() - t;
    perStageMs[stage] += ms;
    if (current?.format === 'pdf') pdfStageMs[stage] += ms;
  };
  for (let i = 0; i < iterations; i++) {
    for (const d of docs) {
      current = d;
      time('sections', () => assignSections(d.blocks));
      let meta = d.meta;
      time('metadata', () => (meta = extractMetadata(d.blocks)));
      time('references', () => extractDocumentReferences(d.blocks, meta));
      time('indicators', () => extractIndicators(d.blocks, { period: meta.period, docType: meta.docType }));
      time('statements', () => extractStatements(d.blocks, { period: meta.period, docType: meta.docType, title: meta.title, issueDate: meta.issueDate }));
    }
  }
  const totalMs = Object.values(perStageMs).reduce((a, b) => a + b, 0);
  return {
    textMb: textBytes / 1e6,
    iterations,
    mbPerS: (textBytes * iterations) / 1e6 / (totalMs / 1000),
    perStageMs: Object.fromEntries(Object.entries(perStageMs).map(([k, v]) => [k, Math.round(v / iterations)])),
    pdfPages,
    perPdfPageMs: Object.fromEntries(Object.entries(pdfStageMs).map(([k, v]) => [k, Math.round((v / iterations / Math.max(1, pdfPages)) * 1000) / 1000])),
  };
}

const started = Date.now();
const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.availableParallelism(),
  memGb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
};
log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memGb} GiB, Node ${machine.node}`);

const results: Record<string, unknown> = { machine, started: new Date(started).toISOString(), scales: {} as Record<string, unknown> };
const scaleResults: Record<number, { docs: number; wallMs: number }> = {};

// The judged table: the compiled pipeline (what `npm run extract` runs), so no TypeScript
// loader is measured in the main process or the workers.
if (!canTime()) throw new Error('the bench needs GNU time (/usr/bin/time; apt-get install time)');
log('building dist/ (npm run build)…');
execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
{
  const judged: CorpusResult[] = [];
  const scaled = buildCorpus(Number(values.copies), 'pdf');
  judged.push(measureCorpus({ name: `fixture PDFs ×${values.copies}`, dir: scaled.dir, files: scaled.files }, log));
  fs.rmSync(scaled.dir, { recursive: true, force: true });
  const real = await realTextCorpus();
  if (real) {
    judged.push(measureCorpus(real.all, log));
    judged.push(measureCorpus(real.largest, log));
    for (const c of [real.all, real.largest]) fs.rmSync(c.dir, { recursive: true, force: true });
  } else log('../shared/real and ../shared/real-more not found: no real corpora');
  results.judged = judged;
  process.stderr.write(formatTable(judged) + '\n\n');
  log('one-page PDF, cold…');
  const onePage = measureOnePage(path.join(ROOT, 'fixtures', 'bench', 'one-page.pdf'));
  results.onePage = onePage;
  process.stderr.write(formatOnePage(onePage) + '\n\n');
}

for (const [i, k] of (values.all ? scales : []).entries()) {
  const corpus = buildCorpus(k);
  const mb = corpus.bytes / 1e6;
  const entry: Record<string, unknown> = { files: corpus.files.length, mb: Number(mb.toFixed(2)) };
  for (const w of [1, 2]) {
    // Repeats on the smallest scale, where noise matters most; one run of each larger one.
    const n = i === 0 ? repeats : 1;
    log(`${k}×: ${corpus.files.length} files, ${mb.toFixed(1)} MB — ${w} worker(s), ${n} run(s)…`);
    const r = medianRun(corpus.dir, w, n);
    const pages = r.pdfPages;
    entry.pdfPages = pages;
    const s = r.wallMs / 1000;
    entry[`workers${w}`] = {
      wallS: Number(s.toFixed(2)),
      runsS: r.wallMsRuns.map((x) => Number((x / 1000).toFixed(2))),
      docsPerS: Number((r.run.documents / s).toFixed(1)),
      pdfPagesPerS: Number((pages / s).toFixed(1)),
      mbPerS: Number((mb / s).toFixed(2)),
      stageMs: r.run.stage_ms,
      peakRssMb: Math.round(r.maxRssMb),
      failed: r.run.by_status.failed,
    };
    if (w === 2) scaleResults[k] = { docs: r.run.documents, wallMs: r.wallMs };
  }
  const one = entry.workers1 as { wallS: number };
  const two = entry.workers2 as { wallS: number };
  entry.speedup1to2 = Number((one.wallS / two.wallS).toFixed(2));
  (results.scales as Record<string, unknown>)[`${k}x`] = entry;
  fs.rmSync(corpus.dir, { recursive: true, force: true });
}

if (values.all && scales.length > 1) {
  const a = scaleResults[scales[0]];
  const b = scaleResults[scales[scales.length - 1]];
  const perDocA = a.wallMs / a.docs;
  const perDocB = b.wallMs / b.docs;
  results.growth = {
    from: `${scales[0]}x`,
    to: `${scales[scales.length - 1]}x`,
    docsRatio: b.docs / a.docs,
    timeRatio: Number((b.wallMs / a.wallMs).toFixed(2)),
    msPerDoc: [Number(perDocA.toFixed(1)), Number(perDocB.toFixed(1))],
    verdict: perDocB <= perDocA * 1.25 ? 'linear (time per document stays within 25%)' : 'super-linear: time per document grows with corpus size',
  };
}

// The no-op re-run (issue 20: under 2 s for 1,000 documents): the largest scale run once, then
// again over the same files, which trusts the state; the second run's wall time is the figure.
if (values.all || values.noop) {
  const k = Math.max(...scales);
  const corpus = buildCorpus(k);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-bench-noop-'));
  log(`no-op re-run: ${corpus.files.length} files, first run (2 workers)…`);
  const first = runOnce(corpus.dir, 2, { out, incremental: false });
  log('no-op re-run: second run…');
  const again = runOnce(corpus.dir, 2, { out, incremental: true });
  results.noop = {
    documents: again.run.documents,
    firstS: Number((first.wallMs / 1000).toFixed(2)),
    againS: Number((again.wallMs / 1000).toFixed(2)),
    processed: again.run.processed,
    stageMs: again.run.stage_ms,
    peakRssMb: Math.round(again.maxRssMb),
  };
  log(`no-op re-run of ${again.run.documents} documents: ${(again.wallMs / 1000).toFixed(2)} s (processed ${again.run.processed}; stages ${JSON.stringify(again.run.stage_ms)})`);
  fs.rmSync(out, { recursive: true, force: true });
  fs.rmSync(corpus.dir, { recursive: true, force: true });
}

// pdftotext on the same PDFs, one process at a time, against our pipeline with one worker.
if (values.all) {
  const k = scales[0];
  const corpus = buildCorpus(k, 'pdf');
  if (hasPdftotext()) {
    const ours = runOnce(corpus.dir, 1);
    const pages = ours.pdfPages;
    log(`pdftotext vs pipeline (1 worker) on ${corpus.files.length} PDFs, ${pages} pages…`);
    const t = performance.now();
    for (const f of corpus.files) execFileSync('pdftotext', ['-q', f, '-'], { maxBuffer: 64 * 1024 * 1024 });
    const popplerS = (performance.now() - t) / 1000;
    const oursS = ours.wallMs / 1000;
    results.pdftotext = {
      pdfs: corpus.files.length,
      pages,
      pdftotextPagesPerS: Number((pages / popplerS).toFixed(1)),
      pipelinePagesPerS: Number((pages / oursS).toFixed(1)),
      ratio: Number((popplerS / oursS).toFixed(3)),
      note: 'pipeline = read + layout + all extractors + outputs; pdftotext = text only',
    };
  } else {
    results.pdftotext = { available: false, note: 'pdftotext (poppler-utils) is not installed: no comparison' };
    log('pdftotext is not installed (apt-get install poppler-utils): no comparison');
  }
  fs.rmSync(corpus.dir, { recursive: true, force: true });
}

// OCR: the image-only copies of two reports (fixtures/scanned), every page recognized.
if (values.all) {
  const scanned = path.join(ROOT, 'fixtures', 'scanned');
  if (fs.existsSync(scanned)) {
    const runs: Record<string, unknown> = {};
    for (const w of [1, 2]) {
      log(`OCR: fixtures/scanned with ${w} worker(s)…`);
      const r = runOnce(scanned, w);
      const s = r.wallMs / 1000;
      runs[`workers${w}`] = { wallS: Number(s.toFixed(2)), pages: r.pdfPages, ocrPagesPerS: Number((r.pdfPages / s).toFixed(2)), sPerPage: Number((s / r.pdfPages).toFixed(2)), peakRssMb: Math.round(r.maxRssMb) };
    }
    results.ocr = runs;
  }
}

// PostgreSQL (issue 21): documents/s with 1, 2 and 3 `work` processes on one queue, and size per 1,000 documents.
{
  const corpus = buildCorpus(scales[0]);
  results.postgres = await benchPostgres(corpus.dir, corpus.files.length, log);
  fs.rmSync(corpus.dir, { recursive: true, force: true });
}

if (values.all) {
  log('extractor micro-benchmark…');
  const extractors = await microBenchmark();
  results.extractors = extractors;
  log(`extractors per pass over the reports (ms): ${JSON.stringify(extractors.perStageMs)}; per PDF page (ms, ${extractors.pdfPages} pages): ${JSON.stringify(extractors.perPdfPageMs)}`);
}
// The static report at 1,000 documents (issue 19): build time and page loads in headless Chromium.
{
  log('report: 1,000 documents (scripts/bench-report.ts)…');
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'bench-report.ts'), '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  results.report = r.status === 0 ? JSON.parse(r.stdout.trim().split('\n').pop()!) : { error: r.stderr.trim().split('\n').pop() };
}
results.durationS = Math.round((Date.now() - started) / 1000);

const dir = path.join(ROOT, 'output', 'bench');
fs.mkdirSync(dir, { recursive: true });
const stamp = new Date(started).toISOString().replace(/[:.]/g, '-');
fs.writeFileSync(path.join(dir, `bench-${stamp}.json`), JSON.stringify(results, null, 2) + '\n');
fs.writeFileSync(path.join(dir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
process.stdout.write(JSON.stringify(results, null, 2) + '\n');
log(`written to output/bench/bench-${stamp}.json in ${results.durationS as number} s`);
