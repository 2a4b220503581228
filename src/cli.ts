/**
 * `npm run extract -- [options] [PATH ...]`
 * Exit codes a scheduler can act on: 0 all files ok, 1 some failed or need OCR (the rest
 * written), 2 usage or configuration error.
 */
import path from 'node:path';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { runPipeline, LockedError, displayPath } from './pipeline.js';
import { createReporter } from './progress.js';
import { DEFAULT_LIMITS } from './limits.js';
import { buildReport } from './report/build.js';

const HELP = `Usage: npm run extract -- [options] [PATH ...]

Reads Vietnamese government reports (PDF, DOCX, DOC, and JPEG/PNG/TIFF scans; recognized by content) and writes
documents, references, decisions, indicators, series, series_points (the tidy time series),
timeseries (wide), timeseries_conflicts, workbook.xlsx (every output as a typed sheet) and run.json.

PATH                 files or folders (recursive). Default: fixtures/reports
Options:
  --out DIR          output folder (default: output); holds state.sqlite, the incremental state
  --db URL           keep the state in PostgreSQL instead (postgres://…, see npm run db -- --help):
                     the PATHs are queued, processed here, and the outputs written from the database
  --full             ignore the state and process every file again
  --prune            also drop documents of earlier runs that are not under these PATHs
                     (by default a run adds to the output: only files that vanished from
                     under its PATHs leave it)
  --no-ocr           do not OCR scanned pages (they are reported as needs_ocr)
  --no-report        do not build the static report (DIR/report/; npm run report builds it later)
  --concurrency N    files processed at once (default: number of CPU cores)
  --timeout SEC      per-file time limit in seconds (default: ${DEFAULT_LIMITS.fileTimeoutMs / 1000})
  --max-pages N      pages read per PDF; the rest are reported (default: ${DEFAULT_LIMITS.maxPages})
  --quiet            print only the summary line and problems
  --debug            on a setup error, print the stack trace too
  --log-format F     text (default) or json: one JSON object per line on stderr.
                     On a terminal, text shows a progress bar with counts and ETA.
  -h, --help         show this help

Runs are incremental: unchanged files are skipped, changed ones re-processed, files that
disappeared are dropped, and a new pipeline version re-processes everything. Outputs are
always regenerated from the state. One run per output folder (a lock; a stale lock from a
dead process is taken over). SIGINT/SIGTERM stop after committing finished files.

Exit codes: 0 every file ok; 1 some files failed or need OCR, or the run was interrupted
(everything else written); 2 usage error, or the output folder is locked by another run.
`;

function usage(message: string): never {
  process.stderr.write(`error: ${message}\n\n${HELP}`);
  process.exit(2);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'output' },
        db: { type: 'string' },
        concurrency: { type: 'string' },
        timeout: { type: 'string' },
        'max-pages': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
        full: { type: 'boolean', default: false },
        prune: { type: 'boolean', default: false },
        'no-ocr': { type: 'boolean', default: false },
        'no-report': { type: 'boolean', default: false },
        'log-format': { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const positiveInt = (name: string, v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) usage(`--${name} must be a positive whole number, got "${v}"`);
    return n;
  };
  const logFormat = values['log-format'];
  if (logFormat !== 'text' && logFormat !== 'json') usage(`--log-format must be text or json, got "${logFormat}"`);
  const inputs = positionals.length ? positionals : ['fixtures/reports'];
  for (const p of inputs) if (!fs.existsSync(p)) usage(`input path does not exist: ${p}`);
  const timeout = positiveInt('timeout', values.timeout);
  const maxPages = positiveInt('max-pages', values['max-pages']);
  const limits = { ...DEFAULT_LIMITS, ocr: !values['no-ocr'], ...(timeout ? { fileTimeoutMs: timeout * 1000 } : {}), ...(maxPages ? { maxPages } : {}) };

  const reporter = createReporter({ tty: process.stderr.isTTY === true && logFormat === 'text', format: logFormat, quiet: values.quiet, out: process.stderr });
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(signal === 'SIGINT' ? 130 : 143); // second signal: stop now
    process.stderr.write(`\n${signal}: finishing up (committed files are kept; press again to stop at once)\n`);
    controller.abort();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (values.db !== undefined) {
    // The shared-database run lives in its own module; this branch only hands over.
    if (values.full || values.prune) usage('--full and --prune work on state.sqlite; they are not available with --db');
    const { extractWithDatabase } = await import('./db/extract.js');
    process.exitCode = await extractWithDatabase({ url: values.db, inputs, outDir: path.resolve(values.out), limits, concurrency: positiveInt('concurrency', values.concurrency), signal: controller.signal, quiet: values.quiet, json: logFormat === 'json', report: !values['no-report'] });
    return;
  }
  let result;
  try {
    result = await runPipeline({
      inputs,
      outDir: path.resolve(values.out),
      limits,
      full: values.full,
      prune: values.prune,
      concurrency: positiveInt('concurrency', values.concurrency),
      onPlan: (p) => reporter.plan(p),
      onProgress: (e) => reporter.file(e),
      onOcrPage: (file, done, total) => reporter.ocr(file, done, total),
      signal: controller.signal,
    });
  } catch (e) {
    reporter.end();
    if (e instanceof LockedError) {
      process.stderr.write(`error: ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  reporter.end();
  const { run, exitCode } = result;
  const s = run.by_status;
  const summary = `${run.processed} processed, ${run.unchanged} unchanged, ${run.replaced} replaced, ${run.removed} removed${run.interrupted ? ' (interrupted)' : ''}; ${run.documents} documents (ok ${s.ok}, partial ${s.partial}, failed ${s.failed}, needs_ocr ${s.needs_ocr}); ${run.references} references, ${run.decisions} decisions, ${run.indicators} indicator values, ${run.unmatched} unmatched → ${run.output_dir}/ in ${(run.duration_ms / 1000).toFixed(1)} s`;
  if (logFormat === 'json') process.stdout.write(JSON.stringify({ event: 'summary', ...run }) + '\n');
  else process.stdout.write(summary + '\n');
  for (const w of run.warnings) process.stderr.write(`warning: ${w}\n`);
  // The static report, from the outputs just written; its failure is a warning, the outputs stand.
  if (!values['no-report']) {
    try {
      const report = buildReport(path.resolve(values.out));
      for (const w of report.warnings) process.stderr.write(`warning: report: ${w}\n`);
      const index = path.join(displayPath(report.dir), 'index.html');
      if (logFormat === 'json') process.stderr.write(JSON.stringify({ event: 'report', index, files: report.files, ms: report.ms }) + '\n');
      else if (!values.quiet) process.stderr.write(`report: ${index} (${report.files} files in ${report.ms} ms)\n`);
    } catch (e) {
      process.stderr.write(`warning: the report was not built: ${(e as Error).message}\n`);
    }
  }
  // Nothing skipped without a word: the first few here, all of them in run.json.
  const SHOWN = 10;
  for (const k of run.skipped.slice(0, SHOWN)) process.stderr.write(`skipped: ${k.path} — ${k.reason}\n`);
  if (run.skipped.length > SHOWN) process.stderr.write(`skipped: … and ${run.skipped.length - SHOWN} more (all listed in ${run.output_dir}/run.json)\n`);
  if (run.files_seen === 0) process.stderr.write(`warning: no documents found under ${inputs.join(', ')}\n`);
  process.exitCode = exitCode;
}

// A setup problem is one line for a person; the stack only with --debug.
main().catch((e) => {
  const err = e as NodeJS.ErrnoException;
  const where = err.path ? ` (${err.path})` : '';
  const what =
    err.code === 'EACCES' || err.code === 'EPERM'
      ? `no permission to write${where}: choose a writable --out folder`
      : err.code === 'EEXIST' || err.code === 'ENOTDIR'
        ? `the output path${where} is a file, not a folder: choose another --out`
        : err.code === 'ENOSPC'
          ? `the disk is full${where}`
          : /malformed|not a database/i.test(err.message)
            ? `the state database in the output folder is damaged (${err.message}): move state.sqlite aside and run with --full`
            : err.message;
  process.stderr.write(`error: ${what}${process.argv.includes('--debug') ? `\n${err.stack}` : ' (--debug shows details)'}\n`);
  process.exit(2);
});
