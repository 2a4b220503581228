/**
 * `export`: every output file, written from PostgreSQL by any machine. The documents are loaded
 * into a temporary state.sqlite and handed to the same writeOutputs a run on one machine uses,
 * so the outputs come from one code path and are the same bytes for the same documents. The
 * corpus-wide decisions and series it computes are written back to their tables.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { displayPath, writeOutputs, type Counts } from '../pipeline.js';
import { RunRecord, type DecisionRecord, type SeriesRecord } from '../schemas.js';
import { StateStore } from '../state/store.js';
import { acquireLock } from '../state/lock.js';
import { writeJson } from '../write/outputs.js';
import { buildReport } from '../report/build.js';
import { collectGarbage } from '../memory.js';
import type { PgStore } from './pg-store.js';

export interface ExportResult {
  counts: Counts;
  files: number;
  warnings: string[];
}

export async function exportOutputs(store: PgStore, outDir: string, warnings: string[] = []): Promise<ExportResult> {
  const release = acquireLock(outDir);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-export-'));
  const local = new StateStore(path.join(tmp, 'state.sqlite'));
  try {
    const files = await store.files();
    let nFiles = 0;
    for await (const d of store.documents()) {
      // A content no file points to any more (the file changed, or is still queued) is not output.
      const where = files.get(d.sha256);
      if (!where) continue;
      nFiles += where.length;
      local.commit(d.sha256, d.version, d.records, where);
    }
    const counts = await writeOutputs(local, outDir, warnings);
    // The corpus-wide tables as just written, for people who query the database, not the files.
    try {
      await store.replaceCorpusTables({ decisions: readJsonl<DecisionRecord>(outDir, 'decisions'), series: readJsonl<SeriesRecord>(outDir, 'series') });
    } catch (e) {
      warnings.push(`decisions and series were not refreshed in the database (${(e as Error).message}); the output files are complete`);
    }
    return { counts, files: nFiles, warnings };
  } finally {
    local.close();
    fs.rmSync(tmp, { recursive: true, force: true });
    release();
  }
}

function readJsonl<T>(dir: string, stem: string): T[] {
  return fs
    .readFileSync(path.join(dir, `${stem}.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);
}

/** run.json for a run whose documents live in PostgreSQL. */
export async function writeRunJson(outDir: string, run: Omit<RunRecord, 'output_dir' | 'exit_code' | 'finished_at' | 'duration_ms'>, t0: number): Promise<RunRecord> {
  const s = run.by_status;
  const record: RunRecord = {
    ...run,
    finished_at: new Date().toISOString(),
    duration_ms: Math.round(performance.now() - t0),
    output_dir: displayPath(outDir),
    exit_code: run.interrupted || s.failed + s.needs_ocr > 0 ? 1 : 0,
  };
  await writeJson(path.join(outDir, 'run.json'), RunRecord.parse(record));
  return record;
}

/**
 * The static report (DIR/report/) from the outputs just written, as `extract` builds it; its
 * failure is a warning, the outputs stand. Returns the lines to show.
 */
export function buildReportLines(outDir: string): { warnings: string[]; line: string } {
  try {
    // The records the outputs were written from are garbage now: collected before the report loads its own.
    collectGarbage();
    const report = buildReport(outDir);
    return { warnings: report.warnings.map((w) => `report: ${w}`), line: `report: ${path.join(displayPath(report.dir), 'index.html')} (${report.files} files in ${report.ms} ms)` };
  } catch (e) {
    return { warnings: [`the report was not built: ${(e as Error).message}`], line: '' };
  }
}
