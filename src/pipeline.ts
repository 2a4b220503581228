/**
 * The batch, incremental: lock the output folder → discover → find what changed (size, mtime,
 * content hash, pipeline version) → process only that, in worker threads, committing each
 * document to the state as it finishes → drop what disappeared → regenerate every output from
 * the state. One bad file never stops the batch; it becomes a `failed` row with its reason.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import PQueue from 'p-queue';
import { z } from 'zod';
import { discover } from './discover.js';
import { DEFAULT_LIMITS, Limits } from './limits.js';
import { buildDecisions, type ReferenceKey } from './resolve/decisions.js';
import { linkShortFormsAcross } from './resolve/short-form-links.js';
import { tableUnits } from './resolve/series.js';
import { seriesFacts } from './resolve/series-facts.js';
import { statementChanges } from './resolve/statement-changes.js';
import { COLUMNS, DecisionRecord, DocumentRecord, IndicatorRecord, ReferenceRecord, RunRecord, SeriesPointRecord, SeriesRecord, TimeseriesConflictRecord, UnmatchedRecord } from './schemas.js';
import { pointsOf, seriesNames, timeseriesConflicts, type ConflictPoint } from './resolve/series-points.js';
import { preloadWorkbookWriter, writeWorkbook } from './write/workbook.js';
import { outputsFingerprint, removeStaleTemps } from './write/outputs-fingerprint.js';
import { writeJson, writeRecords, writeSeries, type Rows } from './write/outputs.js';
import { writeIndex } from './write/index-sqlite.js';
import { checkedRows, stateRows, storedRows, writeOrder, type WrittenDocument } from './write/state-rows.js';
import { collectGarbage } from './memory.js';
import { sniffFile } from './sniff.js';
import { KnownFile, moveStateAside, StateStore } from './state/store.js';
import { acquireLock } from './state/lock.js';
import { WorkerPool } from './workers/pool.js';
import { pageCountHint, SHARE_MAX_BYTES, SPARE_MIN_PAGES } from './workers/split-plan.js';
import { failedRecords, FileRecords } from './records.js';
import { pipelineVersion } from './version.js';

export { LockedError } from './state/lock.js';

export interface PipelineOptions {
  inputs: string[];
  outDir: string;
  limits?: Limits;
  /** Files parsed at once (worker threads). Default: the number of cores. */
  concurrency?: number;
  /** Let idle workers read pages of a large PDF another worker is reading (default true; off only to check that both give the same outputs). */
  pageSplit?: boolean;
  /** Ignore the state and process everything again. */
  full?: boolean;
  /** Drop from the outputs every document not found under this run's inputs (default: only those that vanished from under them). */
  prune?: boolean;
  /** Move state.sqlite aside (kept, renamed) and rebuild the state from the files under the inputs. */
  rebuildState?: boolean;
  onProgress?: (event: ProgressEvent) => void;
  onPlan?: (plan: Plan) => void;
  /** A file was handed to a worker (so a display can name the file being worked on). */
  onStart?: (file: string, bytes: number) => void;
  /** A page of a scanned file was OCR'd. */
  onOcrPage?: (file: string, done: number, total: number) => void;
  /** Aborting stops taking new files; what is committed stays, outputs are written from it. */
  signal?: AbortSignal;
}

export interface Plan {
  files: number;
  toProcess: number;
  unchanged: number;
  /** Bytes of the files to process: what the ETA counts work in. */
  bytes: number;
}

export interface ProgressEvent {
  done: number;
  total: number;
  file: string;
  status: string;
  ms: number;
  error?: string;
  /** Why a `partial` document is partial (its first warning). */
  reason?: string;
  bytes?: number;
}

export interface PipelineResult {
  run: RunRecord;
  exitCode: number;
}

export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

export interface SeenFile {
  path: string;
  size: number;
  mtimeMs: number;
}

/** One content to process, with every path it was found at. */
export interface Unit {
  sha256: string;
  files: SeenFile[];
  bytes: number;
  error?: string;
}

// Failures worth another try next run: they depend on the machine, not on the file.
export const TRANSIENT = /^(timed out|worker crashed|worker exited|ran out of memory|cannot read file)/;

export async function runPipeline(opts: PipelineOptions): Promise<PipelineResult> {
  const started = new Date();
  const t0 = performance.now();
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const version = pipelineVersion();
  const release = acquireLock(opts.outDir);
  const runWarnings: string[] = [];
  let store: StateStore;
  try {
    const stateFile = path.join(opts.outDir, 'state.sqlite');
    if (opts.rebuildState) {
      const aside = moveStateAside(stateFile);
      if (aside) runWarnings.push(`the previous state was moved aside to ${displayPath(aside)}; the state was rebuilt from the files under ${opts.inputs.map(displayPath).join(', ')}`);
    }
    store = new StateStore(stateFile);
  } catch (e) {
    release();
    throw e;
  }
  const stageMs: Record<string, number> = {};
  try {
    if (opts.full) store.reset();
    const hashesBefore = store.fileHashes();
    const found = await discover(opts.inputs);
    const tHash = performance.now();
    const units = await identify(found.files, (p) => store.getFile(p), limits);
    stageMs.hash = performance.now() - tHash;

    const todo: Unit[] = [];
    for (const unit of units) {
      const known = store.getDocument(unit.sha256);
      if (!unit.error && known && known.version === version && !TRANSIENT.test(known.error)) store.putFiles(unit.files, unit.sha256);
      else todo.push(unit);
    }
    opts.onPlan?.({ files: found.files.length, toProcess: todo.length, unchanged: units.length - todo.length, bytes: todo.reduce((n, u) => n + u.bytes, 0) });

    const cores = Math.max(1, opts.concurrency ?? os.availableParallelism());
    const size = Math.min(cores, Math.max(1, todo.length));
    const pageSplit = opts.pageSplit ?? true;
    const spare = pageSplit ? cores - size : 0;
    const pool = todo.some((u) => !u.error) ? new WorkerPool(size, limits.workerHeapMb, pageSplit, spare, spare > 0 && (await holdsLargePdf(todo))) : null;
    if (pool) preloadWorkbookWriter();
    const queue = new PQueue({ concurrency: size });
    const abort = () => {
      queue.clear();
      // In-flight files are abandoned, not committed: the next run does them again.
      void pool?.close();
    };
    opts.signal?.addEventListener('abort', abort);
    let done = 0;
    let split = { files: 0, chunks: 0 };
    try {
      // Tasks are not awaited one by one: queue.clear() on abort drops the queued ones, whose
      // promises would then never settle; onIdle settles once the running ones are done.
      for (const unit of todo) {
        void queue.add(async () => {
          if (opts.signal?.aborted) return;
          const start = performance.now();
          const source = displayPath(unit.files[0].path);
          opts.onStart?.(source, unit.bytes);
          const records = await processUnit(unit, source, limits, pool, stageMs, (done, total) => opts.onOcrPage?.(source, done, total));
          if (opts.signal?.aborted && records.document.status === 'failed' && /^(timed out|worker)/.test(records.document.error)) return;
          store.commit(unit.sha256, version, records, unit.files);
          done++;
          const reason = records.document.status === 'partial' ? records.document.warnings[0] : undefined;
          opts.onProgress?.({ done, total: todo.length, file: source, status: records.document.status, ms: performance.now() - start, error: records.document.error || undefined, reason, bytes: unit.bytes });
        });
      }
      await queue.onIdle();
    } finally {
      opts.signal?.removeEventListener('abort', abort);
      await pool?.close();
      if (pool) split = { files: pool.stats.splitFiles, chunks: pool.stats.lentChunks };
    }
    const interrupted = opts.signal?.aborted ?? false;
    // An interrupted run keeps what it had: only a complete run knows which files are gone.
    // An output folder is a library: a run on another folder adds to it; only files that vanished
    // from under this run's inputs leave it (every unseen file with --prune).
    const scope = opts.prune ? null : opts.inputs.map((i) => path.resolve(i));
    const { removed, replaced } = interrupted ? { removed: 0, replaced: 0 } : store.prune(new Set(found.files.map((f) => path.resolve(f))), scope, hashesBefore);
    if (interrupted) runWarnings.push(`interrupted: ${done} of ${todo.length} files processed; the next run completes the rest`);
    if (opts.rebuildState) runWarnings.push(...notRebuilt(opts.outDir, new Set(found.files.map((f) => displayPath(path.resolve(f))))));

    const tWrite = performance.now();
    // Nothing new and the outputs as last written: they would come out the same, byte for byte.
    const noChange = !interrupted && todo.length === 0 && removed === 0 && replaced === 0 && !opts.rebuildState && !opts.full;
    // (paths are written relative to the working folder: another folder is another output)
    const fingerprint = () => outputsFingerprint(opts.outDir, version, store.contentsDigest(), process.cwd());
    const last = noChange && store.getMeta(FINGERPRINT) === fingerprint() ? lastWrite(store.getMeta(LAST_WRITE)) : undefined;
    let counts: Counts;
    if (last) {
      removeStaleTemps(opts.outDir);
      counts = last.counts;
      runWarnings.push(...last.warnings);
    } else {
      const writeWarnings: string[] = [];
      counts = await writeOutputs(store, opts.outDir, writeWarnings);
      runWarnings.push(...writeWarnings);
      store.setMeta(LAST_WRITE, JSON.stringify({ counts, warnings: writeWarnings }));
      store.setMeta(FINGERPRINT, fingerprint());
    }
    stageMs.write = performance.now() - tWrite;

    // Exit 0 says every file was read whole: a partial document is a file to look at, like a failed one.
    const exitCode = interrupted ? 1 : counts.byStatus.failed + counts.byStatus.needs_ocr + counts.byStatus.partial > 0 ? 1 : 0;
    const run: RunRecord = {
      pipeline_version: version,
      started_at: started.toISOString(),
      finished_at: new Date().toISOString(),
      duration_ms: Math.round(performance.now() - t0),
      inputs: opts.inputs.map(displayPath),
      output_dir: displayPath(opts.outDir),
      files_seen: found.files.length,
      processed: done,
      unchanged: units.length - todo.length,
      removed,
      replaced,
      interrupted,
      documents: counts.documents,
      by_status: counts.byStatus,
      references: counts.references,
      decisions: counts.decisions,
      indicators: counts.indicators,
      unmatched: counts.unmatched,
      stage_ms: Object.fromEntries(Object.entries(stageMs).map(([k, v]) => [k, Math.round(v)])),
      split,
      ...(last ? { outputs_unchanged: true } : {}),
      skipped: found.skipped.map((s) => ({ path: displayPath(s.path), reason: s.reason })),
      warnings: runWarnings,
      exit_code: exitCode,
    };
    await writeJson(path.join(opts.outDir, 'run.json'), RunRecord.parse(run));
    return { run, exitCode };
  } finally {
    store.close();
    release();
  }
}

/**
 * Documents of the outputs written before a --rebuild-state whose files are not under this run's
 * inputs: the rebuilt state does not know them, so they would leave the library without a word.
 */
function notRebuilt(outDir: string, seen: Set<string>): string[] {
  const file = path.join(outDir, 'documents.jsonl');
  if (!fs.existsSync(file)) return [];
  const missing: string[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    try {
      const doc = JSON.parse(line) as { source_files?: string[]; source_file?: string };
      const sources = doc.source_files?.length ? doc.source_files : [doc.source_file ?? ''];
      if (!sources.some((s) => seen.has(s))) missing.push(sources[0]);
    } catch {
      // A damaged line of an old output says nothing about the library.
    }
  }
  if (!missing.length) return [];
  const folders = [...new Set(missing.map((m) => path.dirname(m)))].slice(0, 5);
  return [`${missing.length} document(s) of the previous outputs are not under these PATHs and left the outputs (e.g. ${missing[0]}): run again with ${folders.join(', ')} to add them back`];
}

/**
 * Content hash of every file, trusting the stored hash when size and mtime are unchanged
 * (what make and rsync trust); identical contents become one unit with every path recorded.
 */
export async function identify(files: string[], knownFile: (path: string) => KnownFile | undefined, limits: Limits): Promise<Unit[]> {
  const bySha = new Map<string, Unit>();
  const units: Unit[] = [];
  for (const file of files) {
    const abs = path.resolve(file);
    try {
      const st = await fsp.stat(abs);
      const seen: SeenFile = { path: abs, size: st.size, mtimeMs: st.mtimeMs };
      if (st.size > limits.maxFileBytes) {
        const sha = createHash('sha256').update(`oversize:${abs}:${st.size}:${st.mtimeMs}`).digest('hex');
        units.push({ sha256: sha, files: [seen], bytes: st.size, error: `file is ${st.size} bytes, over the ${limits.maxFileBytes}-byte limit` });
        continue;
      }
      const known = knownFile(abs);
      const sha = known && known.size === st.size && known.mtime_ms === st.mtimeMs ? known.sha256 : await hashFile(abs);
      const unit = bySha.get(sha);
      if (unit) unit.files.push(seen);
      else {
        const u = { sha256: sha, files: [seen], bytes: st.size };
        bySha.set(sha, u);
        units.push(u);
      }
    } catch (e) {
      const sha = createHash('sha256').update(`unreadable:${abs}`).digest('hex');
      units.push({ sha256: sha, files: [{ path: abs, size: 0, mtimeMs: 0 }], bytes: 0, error: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    }
  }
  return units;
}

/** Whether a few files (fewer than the cores) hold a PDF large enough for a spare worker, by its page tree's /Count. */
async function holdsLargePdf(units: Unit[]): Promise<boolean> {
  for (const u of units) {
    if (u.error || u.bytes > SHARE_MAX_BYTES) continue;
    try {
      const data = await fsp.readFile(u.files[0].path);
      if (data.subarray(0, 1024).includes('%PDF') && pageCountHint(data) >= SPARE_MIN_PAGES) return true;
    } catch {
      // Unreadable now: the worker reports it.
    }
  }
  return false;
}

export function hashFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    fs.createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

export async function processUnit(
  unit: Unit,
  source: string,
  limits: Limits,
  pool: WorkerPool | null,
  stageMs: Record<string, number>,
  onOcrPage: (done: number, total: number) => void,
): Promise<FileRecords> {
  if (unit.error || !pool) return failedRecords(unit.sha256, source, unit.bytes, unit.error ?? 'not processed');
  const reply = await pool.run({ file: unit.files[0].path, source, limits }, limits.fileTimeoutMs, (p) => onOcrPage(p.ocrPage, p.ocrPages));
  if (reply.ok) {
    for (const [k, v] of Object.entries(reply.stageMs)) stageMs[k] = (stageMs[k] ?? 0) + v;
    return reply.records;
  }
  return failedRecords(unit.sha256, source, unit.bytes, reply.error, await sniffFile(unit.files[0].path));
}

export interface Counts {
  documents: number;
  byStatus: Record<string, number>;
  references: number;
  decisions: number;
  indicators: number;
  unmatched: number;
}

/** Every output file, regenerated from the state so outputs and state always agree. */
const FINGERPRINT = 'outputs_fingerprint';
const LAST_WRITE = 'outputs_last_write';

/** The counts and warnings of the last write, as stored beside its fingerprint. */
function lastWrite(json: string | undefined): { counts: Counts; warnings: string[] } | undefined {
  if (!json) return undefined;
  try {
    const v = JSON.parse(json) as { counts?: Counts; warnings?: string[] };
    return v.counts && Array.isArray(v.warnings) ? { counts: v.counts, warnings: v.warnings } : undefined;
  } catch {
    return undefined;
  }
}

export async function writeOutputs(store: StateStore, outDir: string, warnings: string[]): Promise<Counts> {
  const paths = store.pathsBySha();
  // One string per document for the source_file of all its rows, not one per row.
  const sources = new Map<string, string>();
  const sourceOf = (sha: string) => sources.get(sha) ?? sources.set(sha, displayPath(paths.get(sha)?.[0] ?? '')).get(sha)!;
  const bySource = <T extends { source_file: string }>(a: T, b: T) => a.source_file.localeCompare(b.source_file);

  const documents: DocumentRecord[] = [];
  const written: WrittenDocument[] = [];
  for (const { sha256, record } of store.documents()) {
    if (!paths.has(sha256)) continue;
    documents.push({ ...record, source_file: sourceOf(sha256), source_files: (paths.get(sha256) ?? []).map(displayPath) });
    written.push({ sha256, source_file: sourceOf(sha256) });
  }
  documents.sort(bySource);
  const byStatus: Record<string, number> = { ok: 0, partial: 0, failed: 0, needs_ocr: 0 };
  for (const d of documents) byStatus[d.status]++;
  // References, statements and figures without a label are walked from the state by each writer,
  // not held; what the decisions are made of is kept of each reference (not the sentence citing it).
  const order = writeOrder(written);
  const referenceKeys: ReferenceKey[] = [];
  const checkedKeys: ReferenceKey[] = [];
  const references = stateRows<ReferenceRecord>({
    store, kind: 'references', documents: order, schema: ReferenceRecord, name: 'references', warnings,
    onFirstWalk: ({ context: _, ...key }, passed) => {
      referenceKeys.push(key);
      if (passed) checkedKeys.push(key);
    },
  });
  // The statements' series ids and cross-document warnings are found in one walk of them as
  // stored, and given to each row every time it is read again.
  const changes = statementChanges(storedRows<IndicatorRecord>(store, 'indicators', order));
  // A report delivered as PDF and DOCX is one report: same own number and date.
  const reportOf = new Map(documents.map((d) => [d.document_id, d.number && d.issue_date ? `${d.number.toUpperCase()}|${d.issue_date}` : d.document_id]));
  // Short forms no document could resolve on its own are looked for across the corpus, once every decision is known.
  const linked = linkShortFormsAcross(documents, buildDecisions(referenceKeys, reportOf));
  referenceKeys.length = 0;
  const decisions = linked.decisions;

  // Every record is checked against its schema before it is written; a failure is a bug,
  // reported in run.json, never a silently written malformed row. Checked in place: each record
  // is replaced by its checked copy, so the rows are held once, not twice. The statements are
  // checked as they are first walked, which keeps what the time series need of them.
  const facts = seriesFacts();
  const checked = {
    documents: validate('documents', DocumentRecord, linked.documents, warnings),
    references,
    indicators: stateRows<IndicatorRecord>({
      store, kind: 'indicators', documents: order, schema: IndicatorRecord, name: 'indicators', warnings,
      change: changes.change,
      onFirstWalk: (r, passed) => {
        if (passed) facts.add(r);
      },
    }),
    unmatched: stateRows<UnmatchedRecord>({ store, kind: 'unmatched', documents: order, schema: UnmatchedRecord, name: 'unmatched', warnings }),
    decisions: validate('decisions', DecisionRecord, decisions, warnings),
    series: validate('series', SeriesRecord, changes.series, warnings),
  };
  // The analysis files come from the rows as written: a point's indicator_id is its statement's
  // row number. The points are made from the statements on every walk, checked on the first,
  // which keeps the few that disagree for timeseries_conflicts.
  const { slots, table: series } = facts.done(checked.series);
  const names = seriesNames(checked.series);
  const disagreeing: ConflictPoint[] = [];
  const points = checkedRows<SeriesPointRecord>({
    walk: () => pointsOf(checked.indicators, slots, names),
    schema: SeriesPointRecord, name: 'series_points', warnings,
    onFirstWalk: ({ quote: _, ...p }, passed) => {
      if (passed && p.in_timeseries && p.conflict) disagreeing.push(p);
    },
  });
  const conflicts = validate('timeseries_conflicts', TimeseriesConflictRecord, timeseriesConflicts(disagreeing, tableUnits(series)), warnings);
  const outputs = { ...checked, series_points: points, timeseries_conflicts: conflicts };
  // The rows parsed by those first walks are garbage: collected before the writers make theirs.
  collectGarbage();
  for (const [stem, rows] of Object.entries(outputs)) {
    await writeRecords(outDir, stem, rows as Rows<Record<string, unknown>>, COLUMNS[stem as keyof typeof COLUMNS]);
  }
  await writeSeries(outDir, series);
  // Each writer's garbage (the rows made for it, the workbook's zip) collected before the next
  // makes its own: otherwise the heap grows by both.
  collectGarbage();
  await writeWorkbook(outDir, { ...outputs, timeseries: series }, warnings);
  collectGarbage();
  await writeIndex(outDir, { ...outputs, referenceKeys: checkedKeys, timeseries: series }, warnings);

  return {
    documents: documents.length,
    byStatus,
    references: checked.references.length,
    decisions: checked.decisions.length,
    indicators: checked.indicators.length,
    unmatched: checked.unmatched.length,
  };
}

/** The rows that pass their schema, each replaced in `rows` by its checked copy (the array is returned, shortened). */
function validate<T>(name: string, schema: z.ZodType<T>, rows: T[], warnings: string[]): T[] {
  let kept = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = schema.safeParse(rows[i]);
    if (r.success) rows[kept++] = r.data;
    else warnings.push(`${name} row ${i} failed its schema and was not written: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
  }
  rows.length = kept;
  return rows;
}
