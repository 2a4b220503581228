/**
 * The batch: discover → read and extract each file (bounded concurrency, per-file time limit,
 * duplicates processed once) → resolve across documents → validate → write.
 * One bad file never stops the batch; it becomes a `failed` row with its reason.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import PQueue from 'p-queue';
import { z } from 'zod';
import { discover } from './discover.js';
import { DEFAULT_LIMITS, Limits } from './limits.js';
import { documentId, processBuffer, Processed } from './process.js';
import { buildDecisions } from './resolve/decisions.js';
import { flagConflicts, pivotSeries } from './resolve/series.js';
import { DecisionRecord, DocumentRecord, IndicatorRecord, ReferenceRecord, RunRecord, UnmatchedRecord } from './schemas.js';
import { writeJson, writeRecords, writeSeries } from './write/outputs.js';
import { sniffFormat } from './sniff.js';

export const PIPELINE_VERSION = '0.1.0';

export interface PipelineOptions {
  inputs: string[];
  outDir: string;
  limits?: Limits;
  concurrency?: number;
  onProgress?: (event: ProgressEvent) => void;
}

export interface ProgressEvent {
  done: number;
  total: number;
  file: string;
  status: string;
  ms: number;
}

export interface PipelineResult {
  run: RunRecord;
  exitCode: number;
}

const COLUMNS = {
  documents: Object.keys(DocumentRecord.shape),
  references: Object.keys(ReferenceRecord.shape),
  indicators: Object.keys(IndicatorRecord.shape),
  unmatched: Object.keys(UnmatchedRecord.shape),
  decisions: Object.keys(DecisionRecord.shape),
};

export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

interface Unit {
  sha256: string;
  files: string[];
  bytes: number;
  error?: string;
}

export async function runPipeline(opts: PipelineOptions): Promise<PipelineResult> {
  const started = new Date();
  const t0 = performance.now();
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const runWarnings: string[] = [];
  const stageMs: Record<string, number> = {};

  const found = await discover(opts.inputs);
  const units = await hashFiles(found.files, limits);

  const queue = new PQueue({ concurrency: opts.concurrency ?? Math.max(1, os.availableParallelism()) });
  const results: Array<{ unit: Unit; processed: Processed }> = [];
  let done = 0;
  await Promise.all(
    units.map((unit) =>
      queue.add(async () => {
        const start = performance.now();
        const processed = await processUnit(unit, limits);
        for (const [k, v] of Object.entries(processed.stageMs)) stageMs[k] = (stageMs[k] ?? 0) + v;
        results.push({ unit, processed });
        done++;
        opts.onProgress?.({ done, total: units.length, file: displayPath(unit.files[0]), status: processed.document.status, ms: performance.now() - start });
      }),
    ),
  );
  results.sort((a, b) => displayPath(a.unit.files[0]).localeCompare(displayPath(b.unit.files[0])));

  const tResolve = performance.now();
  const documents: DocumentRecord[] = [];
  const references: ReferenceRecord[] = [];
  const indicators: IndicatorRecord[] = [];
  const unmatched: UnmatchedRecord[] = [];
  for (const { unit, processed } of results) {
    const d = processed.document;
    const source = displayPath(unit.files[0]);
    documents.push({
      document_id: d.id,
      source_file: source,
      source_files: unit.files.map(displayPath),
      format: d.format,
      sha256: d.sha256,
      bytes: d.bytes,
      pages: d.pages ?? null,
      status: d.status,
      error: d.error ?? '',
      title: d.meta.title ?? '',
      doc_type: d.meta.docType ?? '',
      number: d.meta.number ?? '',
      issue_date: d.meta.issueDate ?? '',
      issuer: d.meta.issuer ?? '',
      place: d.meta.place ?? '',
      period: d.meta.period ?? '',
      blocks: d.blocks.filter((b) => b.kind !== 'footnote').length,
      footnotes: d.blocks.filter((b) => b.kind === 'footnote').length,
      warnings: d.diagnostics.filter((x) => x.severity !== 'info').map((x) => (x.page ? `p${x.page}: ${x.message}` : x.message)),
    });
    for (const r of processed.references) references.push({ document_id: d.id, source_file: source, ...r });
    for (const v of processed.indicators) indicators.push({ document_id: d.id, source_file: source, ...v });
    for (const u of processed.unmatched) unmatched.push({ document_id: d.id, source_file: source, ...u });
  }
  flagConflicts(indicators);
  const decisions = buildDecisions(references);
  const series = pivotSeries(indicators);
  stageMs.resolve = performance.now() - tResolve;

  // Every record is checked against its schema before it is written; a failure is a bug,
  // reported in run.json, never a silently written malformed row.
  const checked = {
    documents: validate('documents', DocumentRecord, documents, runWarnings),
    references: validate('references', ReferenceRecord, references, runWarnings),
    indicators: validate('indicators', IndicatorRecord, indicators, runWarnings),
    unmatched: validate('unmatched', UnmatchedRecord, unmatched, runWarnings),
    decisions: validate('decisions', DecisionRecord, decisions, runWarnings),
  };

  const tWrite = performance.now();
  await fs.mkdir(opts.outDir, { recursive: true });
  for (const [stem, rows] of Object.entries(checked)) {
    await writeRecords(opts.outDir, stem, rows as Record<string, unknown>[], COLUMNS[stem as keyof typeof COLUMNS]);
  }
  await writeSeries(opts.outDir, series);
  stageMs.write = performance.now() - tWrite;

  const byStatus: Record<string, number> = { ok: 0, partial: 0, failed: 0, needs_ocr: 0 };
  for (const d of documents) byStatus[d.status]++;
  const exitCode = byStatus.failed + byStatus.needs_ocr > 0 ? 1 : 0;
  const run: RunRecord = {
    pipeline_version: PIPELINE_VERSION,
    started_at: started.toISOString(),
    finished_at: new Date().toISOString(),
    duration_ms: Math.round(performance.now() - t0),
    inputs: opts.inputs.map(displayPath),
    output_dir: displayPath(opts.outDir),
    files_seen: found.files.length,
    documents: documents.length,
    by_status: byStatus,
    references: checked.references.length,
    decisions: checked.decisions.length,
    indicators: checked.indicators.length,
    unmatched: checked.unmatched.length,
    stage_ms: Object.fromEntries(Object.entries(stageMs).map(([k, v]) => [k, Math.round(v)])),
    skipped: found.skipped.map((s) => ({ path: displayPath(s.path), reason: s.reason })),
    warnings: runWarnings,
    exit_code: exitCode,
  };
  await writeJson(path.join(opts.outDir, 'run.json'), RunRecord.parse(run));
  return { run, exitCode };
}

/** Hash every file once; identical contents become one unit with every path recorded. */
async function hashFiles(files: string[], limits: Limits): Promise<Unit[]> {
  const bySha = new Map<string, Unit>();
  const units: Unit[] = [];
  for (const file of files) {
    try {
      const st = await fs.stat(file);
      if (st.size > limits.maxFileBytes) {
        const sha = createHash('sha256').update(`oversize:${file}:${st.size}`).digest('hex');
        units.push({ sha256: sha, files: [file], bytes: st.size, error: `file is ${st.size} bytes, over the ${limits.maxFileBytes}-byte limit` });
        continue;
      }
      const data = await fs.readFile(file);
      const sha = createHash('sha256').update(data).digest('hex');
      const seen = bySha.get(sha);
      if (seen) seen.files.push(file);
      else {
        const unit = { sha256: sha, files: [file], bytes: data.length };
        bySha.set(sha, unit);
        units.push(unit);
      }
    } catch (e) {
      const sha = createHash('sha256').update(`unreadable:${file}`).digest('hex');
      units.push({ sha256: sha, files: [file], bytes: 0, error: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    }
  }
  return units;
}

async function processUnit(unit: Unit, limits: Limits): Promise<Processed> {
  const source = displayPath(unit.files[0]);
  if (unit.error) return failedProcessed(unit, source, unit.error);
  let timer: NodeJS.Timeout | undefined;
  try {
    const data = await fs.readFile(unit.files[0]);
    const timeout = new Promise<Processed>((resolve) => {
      timer = setTimeout(() => resolve(failedProcessed(unit, source, `timed out after ${limits.fileTimeoutMs / 1000} s`, data)), limits.fileTimeoutMs);
    });
    return await Promise.race([processBuffer(data, source, limits), timeout]);
  } catch (e) {
    return failedProcessed(unit, source, `unexpected error: ${(e as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
}

function failedProcessed(unit: Unit, source: string, error: string, data?: Buffer): Processed {
  return {
    document: {
      id: documentId(unit.sha256),
      sourceFile: source,
      format: data ? sniffFormat(data.subarray(0, 1024)) : 'unknown',
      sha256: unit.sha256,
      bytes: unit.bytes,
      status: 'failed',
      error,
      meta: {},
      blocks: [],
      diagnostics: [],
    },
    references: [],
    indicators: [],
    unmatched: [],
    stageMs: {},
  };
}

function validate<T>(name: string, schema: z.ZodType<T>, rows: T[], warnings: string[]): T[] {
  const ok: T[] = [];
  rows.forEach((row, i) => {
    const r = schema.safeParse(row);
    if (r.success) ok.push(r.data);
    else warnings.push(`${name} row ${i} failed its schema and was not written: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
  });
  return ok;
}
