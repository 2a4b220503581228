/**
 * `vn-report-extract extract [options] [PATH ...]` (or `npm run extract -- …`).
 * Exit codes a scheduler can act on: 0 every file ok, 1 some failed, need OCR or are partial, or
 * the run was interrupted (the rest written), 2 usage or configuration error.
 * The pipeline is loaded only once the command line is understood: --help and a usage error
 * never load the catalog, so a broken catalog cannot hide how to run the command.
 */
import path from 'node:path';
import fs from 'node:fs';
import { DEFAULT_LIMITS } from './limits.js';
import { commandName, enterCallerDir, setupError, optionsTakenByNpm, PACKAGE_ROOT, parseCommandLine, quietTakenByNpm } from './command-line.js';

enterCallerDir();

const HELP = `Usage: ${commandName('extract')} [options] [PATH ...]

Reads Vietnamese government reports (PDF, DOCX, DOC, and JPEG/PNG/TIFF scans; recognized by content) and writes
documents, references, decisions, indicators, series, series_points (the tidy time series),
timeseries (wide), timeseries_conflicts, workbook.xlsx (every output as a typed sheet) and run.json.

PATH                 files or folders (recursive), relative to the folder you are in.
                     Default, in the package folder only: fixtures/reports (the sample reports)
Options:
  --out DIR          output folder (default: output); holds state.sqlite, the incremental state
  --db URL           keep the state in PostgreSQL instead (postgres://…, see ${commandName('db')} --help):
                     the PATHs are queued, processed here, and the outputs written from the database
  --full             ignore the state and process every file again
  --rebuild-state    the state database is damaged: move state.sqlite aside (kept, renamed)
                     and rebuild it from the files under PATH (outputs are replaced only
                     once the rebuilt ones are written)
  --prune            also drop documents of earlier runs that are not under these PATHs
                     (by default a run adds to the output: only files that vanished from
                     under its PATHs leave it)
  --no-ocr           do not OCR scanned pages (they are reported as needs_ocr)
  --no-report        do not build the static report (DIR/report/; npm run report builds it later)
  --concurrency N    files processed at once (default: number of CPU cores)
  --timeout SEC      per-file time limit in seconds (default: ${DEFAULT_LIMITS.fileTimeoutMs / 1000})
  --max-pages N      pages read per PDF; the rest are reported (default: ${DEFAULT_LIMITS.maxPages})
  --worker-heap MB   JavaScript heap of each worker; a file that needs more fails alone,
                     with its reason (default: ${DEFAULT_LIMITS.workerHeapMb})
  --quiet            print only the summary line and problems
  --debug            on a setup error, print the stack trace too
  --version          print the package and pipeline versions
  --log-format F     text (default) or json: one JSON object per line on stderr.
                     On a terminal, text shows one progress line with counts, OCR pages
                     and ETA; otherwise a line per file and a heartbeat line every 2 s.
  -h, --help         show this help

Runs are incremental: unchanged files are skipped, changed ones re-processed, files that
disappeared are dropped, and a new pipeline version re-processes everything. Outputs are
always regenerated from the state. One run per output folder (a lock; a stale lock from a
dead process is taken over).

Exit codes: 0 every file ok; 1 some files failed, need OCR or are partial (each listed with
its reason; everything else written), or the run was interrupted; 2 usage or setup error
(bad option or path, output folder locked, not writable or a file, damaged state, bad catalog).
Interrupted: a first Ctrl-C (SIGINT) or SIGTERM abandons the files in progress, writes the
outputs from what was committed and exits 1; a second one stops at once: 130 (SIGINT) or
143 (SIGTERM), the outputs of the previous run left as they were.
`;

/** A usage error is one line; the options are one --help away rather than a screen of help. */
function usage(message: string): never {
  process.stderr.write(`error: ${message} (--help shows every option)\n`);
  process.exit(2);
}

const OPTIONS = {
  out: { type: 'string', default: 'output' },
  db: { type: 'string' },
  concurrency: { type: 'string' },
  timeout: { type: 'string' },
  'max-pages': { type: 'string' },
  'worker-heap': { type: 'string' },
  quiet: { type: 'boolean', default: false },
  debug: { type: 'boolean', default: false },
  full: { type: 'boolean', default: false },
  prune: { type: 'boolean', default: false },
  'no-ocr': { type: 'boolean', default: false },
  'no-report': { type: 'boolean', default: false },
  'log-format': { type: 'string', default: 'text' },
  'rebuild-state': { type: 'boolean', default: false },
  version: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseCommandLine(OPTIONS);
  } catch (e) {
    usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  if (values.version) {
    const { versionLine } = await import('./version.js');
    process.stdout.write(versionLine() + '\n');
    return;
  }
  // `npm run extract --full` (no `--`): npm keeps --full for itself and the run would go without it.
  const taken = optionsTakenByNpm(OPTIONS);
  if (taken.length) usage(`npm took ${taken.join(' ')} for itself: options go after --, as in npm run extract -- ${taken.join(' ')} … (or run ${commandName('extract', true)} directly)`);
  if (quietTakenByNpm() && !values.quiet) {
    process.stderr.write('warning: npm took --quiet for itself (options go after --: npm run extract -- --quiet); quiet this time\n');
    values.quiet = true;
  }
  const positiveInt = (name: string, v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) usage(`--${name} must be a positive whole number, got "${v}"`);
    return n;
  };
  const logFormat = values['log-format'];
  if (logFormat !== 'text' && logFormat !== 'json') usage(`--log-format must be text or json, got "${logFormat}"`);
  // The sample reports are a default only where they are: in the package folder.
  const inputs = positionals.length ? positionals : path.resolve() === PACKAGE_ROOT ? ['fixtures/reports'] : usage('name the files or folders to read (PATH ...)');
  for (const p of inputs) if (!fs.existsSync(p)) usage(`input path does not exist: ${p}${path.isAbsolute(p) ? '' : ` (looked in ${process.cwd()})`}`);
  const timeout = positiveInt('timeout', values.timeout);
  const maxPages = positiveInt('max-pages', values['max-pages']);
  const workerHeapMb = positiveInt('worker-heap', values['worker-heap']);
  const limits = { ...DEFAULT_LIMITS, ocr: !values['no-ocr'], ...(timeout ? { fileTimeoutMs: timeout * 1000 } : {}), ...(maxPages ? { maxPages } : {}), ...(workerHeapMb ? { workerHeapMb } : {}) };

  const [{ runPipeline, LockedError, displayPath }, { createReporter }, { DamagedStateError }] = await Promise.all([import('./pipeline.js'), import('./progress.js'), import('./state/store.js')]);
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
    if (values['rebuild-state']) usage('--rebuild-state works on state.sqlite; with --db the state is the database');
    const { extractWithDatabase } = await import('./db/extract.js');
    process.exitCode = await extractWithDatabase({ url: values.db, inputs, outDir: path.resolve(values.out), limits, concurrency: positiveInt('concurrency', values.concurrency), signal: controller.signal, quiet: values.quiet, json: logFormat === 'json', report: !values['no-report'], full: values.full, prune: values.prune });
    return;
  }
  let result;
  reporter.start(inputs.map(displayPath));
  try {
    result = await runPipeline({
      inputs,
      outDir: path.resolve(values.out),
      limits,
      full: values.full,
      prune: values.prune,
      rebuildState: values['rebuild-state'],
      concurrency: positiveInt('concurrency', values.concurrency),
      onPlan: (p) => reporter.plan(p),
      onStart: (file, bytes) => reporter.begin(file, bytes),
      onProgress: (e) => reporter.file(e),
      onOcrPage: (file, done, total) => reporter.ocr(file, done, total),
      signal: controller.signal,
    });
  } catch (e) {
    reporter.end();
    if (e instanceof LockedError || e instanceof DamagedStateError) {
      process.stderr.write(`error: ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  reporter.end();
  const { run, exitCode } = result;
  const s = run.by_status;
  const summary = `${run.processed} processed, ${run.unchanged} unchanged, ${run.replaced} replaced, ${run.removed} removed${run.interrupted ? ' (interrupted)' : ''}; ${run.documents} documents (ok ${s.ok}, partial ${s.partial}, failed ${s.failed}, needs_ocr ${s.needs_ocr}); ${run.references} references, ${run.decisions} decisions, ${run.indicators} indicator values, ${run.unmatched} unmatched → ${run.output_dir}/${run.outputs_unchanged ? ' (outputs unchanged, not rewritten)' : ''} in ${(run.duration_ms / 1000).toFixed(1)} s`;
  if (logFormat === 'json') process.stdout.write(JSON.stringify({ event: 'summary', ...run }) + '\n');
  else process.stdout.write(summary + '\n');
  for (const w of run.warnings) process.stderr.write(`warning: ${w}\n`);
  // The static report, from the outputs just written; its failure is a warning, the outputs stand.
  // Outputs left as they were leave their report too (it is made from them alone).
  const reportIndex = path.join(path.resolve(values.out), 'report', 'index.html');
  if (!values['no-report'] && run.outputs_unchanged && fs.existsSync(reportIndex)) {
    if (!values.quiet && logFormat !== 'json') process.stderr.write(`report: ${displayPath(reportIndex)} (unchanged)\n`);
  } else if (!values['no-report']) {
    try {
      const [{ buildReport }, { collectGarbage }] = await Promise.all([import('./report/build.js'), import('./memory.js')]);
      // The records the outputs were written from are garbage now: collected before the report loads its own.
      collectGarbage();
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
main().catch(setupError);
