/**
 * `extract --db URL`: the one-machine command with PostgreSQL as the state. The PATHs are
 * queued, this process works the queue until it is empty (other machines may help), and the
 * outputs are written from the database. Returns the exit code.
 */
import os from 'node:os';
import type { Limits } from '../limits.js';
import { isPostgresUrl, redactUrl, scrub } from './connection.js';
import { buildReportLines } from './export.js';
import { runWithDatabase } from './session.js';

export interface ExtractWithDatabase {
  url: string;
  inputs: string[];
  outDir: string;
  limits: Limits;
  concurrency?: number;
  signal?: AbortSignal;
  quiet: boolean;
  json: boolean;
  /** Build DIR/report/ as a run on SQLite does. */
  report: boolean;
  full?: boolean;
  prune?: boolean;
}

export async function extractWithDatabase(o: ExtractWithDatabase): Promise<number> {
  if (!isPostgresUrl(o.url)) {
    process.stderr.write(`error: --db must be a postgres:// connection string, got ${redactUrl(o.url)}\n`);
    return 2;
  }
  const say = (line: string) => {
    if (!o.quiet) process.stderr.write(scrub(line, o.url) + '\n');
  };
  try {
    const run = await runWithDatabase({
      url: o.url,
      inputs: o.inputs,
      outDir: o.outDir,
      limits: o.limits,
      concurrency: o.concurrency ?? os.availableParallelism(),
      signal: o.signal,
      full: o.full,
      prune: o.prune,
      onFile: (e) => say(`${e.outcome.padEnd(9)} ${e.status.padEnd(9)} ${e.file}${e.error ? ` — ${e.error}` : ''} (${Math.round(e.ms)} ms)`),
      onNotice: (m) => process.stderr.write(`warning: ${scrub(m, o.url)}\n`),
    });
    const s = run.by_status;
    if (o.json) process.stdout.write(JSON.stringify({ event: 'summary', ...run }) + '\n');
    else
      process.stdout.write(
        `${run.processed} processed, ${run.unchanged} unchanged; ${run.documents} documents (ok ${s.ok}, partial ${s.partial}, failed ${s.failed}, needs_ocr ${s.needs_ocr}); ${run.references} references, ${run.decisions} decisions, ${run.indicators} indicator values, ${run.unmatched} unmatched → ${run.output_dir}/ (state in ${redactUrl(o.url)}) in ${(run.duration_ms / 1000).toFixed(1)} s\n`,
      );
    for (const w of run.warnings) process.stderr.write(`warning: ${w}\n`);
    if (o.report) {
      const r = buildReportLines(o.outDir);
      for (const w of r.warnings) process.stderr.write(`warning: ${w}\n`);
      if (r.line) say(r.line);
    }
    return run.exit_code;
  } catch (e) {
    process.stderr.write(`error: ${scrub((e as Error).message, o.url)}\n`);
    return 2;
  }
}
