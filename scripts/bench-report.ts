/**
 * `npm run bench:report [-- --docs 1000 --from DIR --json]`
 *
 * The static report at the scale of the bench corpus: synthesizes an output folder of N
 * documents from a run on the fixtures (each copy with new document ids; national decisions
 * shared by every copy, local ones new per copy; periods shifted by copy so series span years),
 * times the report build, then times page loads in headless Chromium (the system `chromium`):
 * the first page cold, the decisions page with its index built, a search, the largest series.
 * Results go to output/bench/report-latest.json; --json prints them as one line on stdout;
 * --keep keeps the synthesized folder (and its report) to open by hand.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { runPipeline } from '../src/pipeline.ts';
import { byPeriodEnd } from '../src/resolve/series.ts';
import { buildReport } from '../src/report/build.ts';
import { seriesFile } from '../src/report/model.ts';
import type { DecisionRecord, DocumentRecord, IndicatorRecord, ReferenceRecord, RunRecord, SeriesRecord } from '../src/schemas.ts';
import { toJsonl } from '../src/write/outputs.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const { values } = parseArgs({ options: { docs: { type: 'string', default: '1000' }, from: { type: 'string' }, json: { type: 'boolean', default: false }, repeats: { type: 'string', default: '3' }, keep: { type: 'boolean', default: false } } });
const log = (s: string) => process.stderr.write(s + '\n');

const readJsonl = <T>(dir: string, stem: string): T[] =>
  fs
    .readFileSync(path.join(dir, `${stem}.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);
const hex = (s: string, n: number) => createHash('sha256').update(s).digest('hex').slice(0, n);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A period moved back `years` years (every form the schema allows). */
function shift(period: string, years: number): string {
  return period.replace(/\d{4}/g, (y) => String(Number(y) - years));
}

function synthesize(base: string, docs: number, dir: string): void {
  const documents = readJsonl<DocumentRecord>(base, 'documents');
  const references = readJsonl<ReferenceRecord>(base, 'references');
  const indicators = readJsonl<IndicatorRecord>(base, 'indicators');
  const decisions = readJsonl<DecisionRecord>(base, 'decisions');
  const series = readJsonl<SeriesRecord>(base, 'series');
  const run = JSON.parse(fs.readFileSync(path.join(base, 'run.json'), 'utf8')) as RunRecord;
  const copies = Math.ceil(docs / documents.length);
  const out = { documents: [] as DocumentRecord[], references: [] as ReferenceRecord[], indicators: [] as IndicatorRecord[], decisions: [] as DecisionRecord[] };
  // Local numbers are new per copy (another year's or province's decisions); national ones are shared.
  const localKey = (key: string, c: number) => (c === 0 ? key : key.replace(/^(\d+)/, (n) => String(Number(n) + c * 10_000)));
  const national = new Map<string, DecisionRecord>();
  for (let c = 0; c < copies; c++) {
    const idOf = new Map<string, string>();
    const fileOf = new Map<string, string>();
    const years = Math.floor(c / 10);
    for (const d of documents) {
      if (out.documents.length >= docs) break;
      const id = c === 0 ? d.document_id : hex(`${c}:${d.document_id}`, 16);
      const file = c === 0 ? d.source_file : `bench/copy-${String(c).padStart(3, '0')}/${path.basename(d.source_file)}`;
      idOf.set(d.document_id, id);
      fileOf.set(d.document_id, file);
      // A few documents fail, as in a real corpus, so the overview has problems to list.
      const failed = c > 0 && (c * documents.length + out.documents.length) % 37 === 0;
      out.documents.push({
        ...d,
        document_id: id,
        sha256: c === 0 ? d.sha256 : hex(`${c}:${d.sha256}`, 64),
        source_file: file,
        source_files: [file],
        period: shift(d.period, years),
        ...(failed ? { status: 'failed' as const, error: 'timed out after 120 s', blocks: 0, footnotes: 0 } : {}),
      });
      if (failed) idOf.delete(d.document_id);
    }
    for (const r of references) {
      const id = idOf.get(r.document_id);
      if (!id) continue;
      out.references.push({ ...r, document_id: id, source_file: fileOf.get(r.document_id)!, key: r.scope === 'national' ? r.key : localKey(r.key, c) });
    }
    for (const r of indicators) {
      const id = idOf.get(r.document_id);
      if (!id) continue;
      out.indicators.push({ ...r, document_id: id, source_file: fileOf.get(r.document_id)!, period: shift(r.period, years) });
    }
    for (const d of decisions) {
      const cited = d.cited_by.filter((x) => idOf.has(x.document_id)).map((x) => ({ document_id: idOf.get(x.document_id)!, source_file: fileOf.get(x.document_id)! }));
      if (!cited.length) continue;
      if (d.scope === 'national') {
        const seen = national.get(d.decision_id);
        if (seen) {
          seen.cited_by.push(...cited);
          seen.citations += d.citations;
          seen.mentions += d.mentions;
        } else {
          const copy = { ...d, cited_by: cited };
          national.set(d.decision_id, copy);
          out.decisions.push(copy);
        }
      } else {
        const key = localKey(d.key, c);
        out.decisions.push({ ...d, key, decision_id: localKey(d.decision_id, c), variants: d.variants.map((v) => localKey(v, c)), cited_by: cited });
      }
    }
  }
  // Series as the pipeline counts them, over the synthesized statements.
  const bySeries = new Map<string, IndicatorRecord[]>();
  for (const r of out.indicators) bySeries.set(r.series_id, [...(bySeries.get(r.series_id) ?? []), r]);
  const seriesOut = series
    .filter((s) => bySeries.has(s.series_id))
    .map((s) => {
      const rows = bySeries.get(s.series_id)!;
      return { ...s, documents: new Set(rows.map((r) => r.document_id)).size, statements: rows.length, periods: [...new Set(rows.map((r) => r.period).filter(Boolean))].sort(byPeriodEnd) };
    });
  fs.mkdirSync(dir, { recursive: true });
  for (const [stem, rows] of Object.entries({ ...out, series: seriesOut })) fs.writeFileSync(path.join(dir, `${stem}.jsonl`), toJsonl(rows as Record<string, unknown>[]));
  const byStatus: Record<string, number> = { ok: 0, partial: 0, failed: 0, needs_ocr: 0 };
  for (const d of out.documents) byStatus[d.status]++;
  fs.writeFileSync(
    path.join(dir, 'run.json'),
    JSON.stringify({ ...run, inputs: ['bench'], files_seen: out.documents.length, processed: out.documents.length, documents: out.documents.length, by_status: byStatus, references: out.references.length, decisions: out.decisions.length, indicators: out.indicators.length }, null, 2),
  );
}

const started = Date.now();
const docs = Number(values.docs);
let base = values.from;
if (!base) {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-bench-report-base-'));
  log('report bench: a run on fixtures/reports for the records to copy…');
  await runPipeline({ inputs: [path.join(ROOT, 'fixtures', 'reports')], outDir: base, concurrency: 2 });
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), `vnx-bench-report-${docs}-`));
synthesize(base, docs, dir);
const count = (stem: string) => fs.readFileSync(path.join(dir, `${stem}.jsonl`), 'utf8').split('\n').filter(Boolean).length;
const corpus = { documents: count('documents'), references: count('references'), decisions: count('decisions'), indicators: count('indicators'), series: count('series') };
log(`report bench: ${JSON.stringify(corpus)}`);

const buildMs: number[] = [];
let built = buildReport(dir);
for (let i = 0; i < Number(values.repeats); i++) {
  built = buildReport(dir);
  buildMs.push(built.ms);
}
const sizeOf = (rel: string) => fs.statSync(path.join(built.dir, rel)).size;
const bySeries = new Map<string, number>();
for (const l of fs.readFileSync(path.join(dir, 'indicators.jsonl'), 'utf8').split('\n').filter(Boolean)) {
  const r = JSON.parse(l) as IndicatorRecord;
  if (r.period && r.kind !== 'change') bySeries.set(r.series_id, (bySeries.get(r.series_id) ?? 0) + 1);
}
const [largestSeries, largestPoints] = [...bySeries].sort((a, b) => b[1] - a[1])[0];
log(`report bench: built in ${median(buildMs)} ms (median of ${buildMs.length}), ${built.files} files, ${(built.bytes / 1e6).toFixed(1)} MB`);

if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium`);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const url = (rel: string) => `${pathToFileURL(built.dir).href}/${rel}`;
/** Navigation start to the load event (and to the page's own ready condition), in a fresh context each time. */
async function load(rel: string, ready?: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const t = performance.now();
  await page.goto(url(rel), { waitUntil: 'load' });
  if (ready) await page.waitForSelector(ready);
  const ms = performance.now() - t;
  await context.close();
  return ms;
}
const times = async (rel: string, ready?: string) => {
  const ms: number[] = [];
  for (let i = 0; i < 3; i++) ms.push(await load(rel, ready));
  return Math.round(median(ms));
};
const firstPageMs = await times('index.html');
const documentsMs = await times('documents.html');
const decisionsMs = await times('decisions.html', 'article.decision');
const seriesMs = await times(seriesFile(largestSeries), '#chart[data-drawn]');
// A search as one types: from the last key press to the results shown.
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(url('decisions.html'), { waitUntil: 'load' });
await page.waitForSelector('article.decision');
await page.locator('#q').fill('749/QD-TTg');
const tSearch = performance.now();
await page.waitForFunction(() => document.querySelector('article.decision h2')?.textContent === '749/QĐ-TTg');
const searchMs = Math.round(performance.now() - tSearch);
await browser.close();

const results = {
  machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.availableParallelism(), node: process.version },
  corpus,
  build: { medianMs: median(buildMs), runsMs: buildMs, files: built.files, mb: Number((built.bytes / 1e6).toFixed(1)), decisionsDataMb: Number((sizeOf('data/decisions.js') / 1e6).toFixed(2)), overviewKb: Math.round(sizeOf('index.html') / 1024), documentsPageKb: Math.round(sizeOf('documents.html') / 1024) },
  browserMs: { firstPage: firstPageMs, documents: documentsMs, decisionsWithIndex: decisionsMs, largestSeries: seriesMs, searchIncludingDebounce: searchMs },
  largestSeries: { id: largestSeries, points: largestPoints },
  firstPageUnder2s: firstPageMs < 2000,
  durationS: Math.round((Date.now() - started) / 1000),
};
if (values.keep) log(`report bench: the synthesized output folder and its report are kept in ${dir}`);
else fs.rmSync(dir, { recursive: true, force: true });
if (!values.from) fs.rmSync(base, { recursive: true, force: true });
const benchDir = path.join(ROOT, 'output', 'bench');
fs.mkdirSync(benchDir, { recursive: true });
fs.writeFileSync(path.join(benchDir, 'report-latest.json'), JSON.stringify(results, null, 2) + '\n');
log(`report bench: first page ${firstPageMs} ms, documents ${documentsMs} ms, decisions (index built) ${decisionsMs} ms, largest series (${largestPoints} points) ${seriesMs} ms, search ${searchMs} ms → output/bench/report-latest.json`);
process.stdout.write(values.json ? JSON.stringify(results) + '\n' : JSON.stringify(results, null, 2) + '\n');
