/**
 * `npm run db -- VERB [options]`: the shared PostgreSQL store and its job queue, for work spread
 * over several machines. enqueue PATH… | work | status | export --out DIR.
 * Exit codes: 0 done; 1 some files failed on every attempt (dead letter); 2 usage or setup error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LIMITS } from './limits.js';
import { databaseUrl, isPostgresUrl, redactUrl, scrub } from './db/connection.js';
import { enqueuePaths } from './db/enqueue.js';
import { buildReportLines, exportOutputs, writeRunJson } from './db/export.js';
import { DEFAULT_POLICY } from './db/queue.js';
import { openSession } from './db/session.js';
import { work } from './db/work.js';
import { displayPath } from './pipeline.js';
import { pipelineVersion } from './version.js';
import { closest, commandName, enterCallerDir, parseCommandLine } from './command-line.js';

// Paths (enqueue PATH, export --out) are the caller's, also under npm run.
enterCallerDir();

const HELP = `Usage: ${commandName('db')} VERB [options]

The shared store and job queue in PostgreSQL (schema vn_report, queue in schema pgboss),
for many machines on one corpus. The connection string comes from --db or DATABASE_URL;
keep the password out of it with PGPASSWORD or ~/.pgpass. It is never printed.

Verbs:
  enqueue PATH ...   find and hash the files (paths every worker can read), record them,
                     queue one job per content not yet in the database
  work               take jobs, extract, commit each document, acknowledge; runs on any
                     number of machines at once. Stops when the queue is empty (--forever: waits)
  status             queued / retrying / running / done / failed counts, documents per
                     status, and the dead-letter queue with each file's reason
  export --out DIR   write every output (CSV, JSONL, timeseries, index.sqlite, run.json and
                     the static report) from the database

Options:
  --db URL           postgres://user@host:5432/db (default: $DATABASE_URL)
  --concurrency N    files processed at once by this worker (default: number of CPU cores)
  --timeout SEC      per-file time limit (default: ${DEFAULT_LIMITS.fileTimeoutMs / 1000}); a time-out is retried
  --max-pages N      pages read per PDF (default: ${DEFAULT_LIMITS.maxPages})
  --worker-heap MB   JavaScript heap of each worker; a file that needs more fails alone
                     (default: ${DEFAULT_LIMITS.workerHeapMb})
  --no-ocr           do not OCR scanned pages
  --retries N        enqueue: attempts after the first for machine-dependent failures
                     (time-out, out of memory, crash, unreadable share) (default: ${DEFAULT_POLICY.retryLimit})
  --retry-delay SEC  enqueue: wait before the first retry, doubled each time (default: ${DEFAULT_POLICY.retryDelay})
  --visibility SEC   enqueue: a job taken this long ago by a worker that never answered is
                     given to another (default: ${DEFAULT_POLICY.visibilitySeconds})
  --full             enqueue: queue every file again, also those already done (each document
                     is replaced when its job commits)
  --prune            enqueue: also forget every file not under these PATHs, with its documents
  --forever          work: keep waiting for new jobs when the queue is empty
  --out DIR          export: output folder (default: output)
  --no-report        export: do not build the static report (DIR/report/)
  --log-format F     text (default) or json (one object per line on stderr)
  --json             status: print JSON
  --quiet            only the summary and problems
  --debug            on a setup error, print the stack trace too
  -h, --help         show this help
`;

function usage(message: string): never {
  process.stderr.write(`error: ${message}\n\n${HELP}`);
  process.exit(2);
}

let url: string | undefined;

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseCommandLine({
      db: { type: 'string' },
      out: { type: 'string', default: 'output' },
      concurrency: { type: 'string' },
      timeout: { type: 'string' },
      'max-pages': { type: 'string' },
      'worker-heap': { type: 'string' },
      'no-ocr': { type: 'boolean', default: false },
      retries: { type: 'string' },
      'retry-delay': { type: 'string' },
      visibility: { type: 'string' },
      forever: { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      prune: { type: 'boolean', default: false },
      'no-report': { type: 'boolean', default: false },
      'log-format': { type: 'string', default: 'text' },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      debug: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    });
  } catch (e) {
    usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const [verb, ...paths] = positionals;
  if (!verb) usage('missing verb: enqueue, work, status or export');
  const VERBS = ['enqueue', 'work', 'status', 'export'];
  if (!VERBS.includes(verb)) usage(`unknown verb "${verb}"${closest(verb, VERBS) ? `: did you mean ${closest(verb, VERBS)}?` : ''}`);
  url = databaseUrl(values.db);
  if (!url) usage('no database: give --db postgres://… or set DATABASE_URL');
  if (!isPostgresUrl(url)) usage(`--db must be a postgres:// connection string, got ${redactUrl(url)}`);
  const number = (name: string, v: string | undefined, int: boolean): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!(n > 0) || (int && !Number.isInteger(n))) usage(`--${name} must be a positive ${int ? 'whole ' : ''}number, got "${v}"`);
    return n;
  };
  const logFormat = values['log-format'];
  if (logFormat !== 'text' && logFormat !== 'json') usage(`--log-format must be text or json, got "${logFormat}"`);
  const timeout = number('timeout', values.timeout, false);
  const maxPages = number('max-pages', values['max-pages'], true);
  const workerHeapMb = number('worker-heap', values['worker-heap'], true);
  const limits = { ...DEFAULT_LIMITS, ocr: !values['no-ocr'], ...(timeout ? { fileTimeoutMs: Math.round(timeout * 1000) } : {}), ...(maxPages ? { maxPages } : {}), ...(workerHeapMb ? { workerHeapMb } : {}) };
  const retries = values.retries === '0' ? 0 : number('retries', values.retries, true);
  const policy = {
    retryLimit: retries ?? DEFAULT_POLICY.retryLimit,
    retryDelay: number('retry-delay', values['retry-delay'], true) ?? DEFAULT_POLICY.retryDelay,
    visibilitySeconds: number('visibility', values.visibility, true) ?? DEFAULT_POLICY.visibilitySeconds,
  };
  const concurrency = number('concurrency', values.concurrency, true);
  if ((values.full || values.prune) && verb !== 'enqueue') usage(`--${values.full ? 'full' : 'prune'} is an option of enqueue`);
  if (verb === 'enqueue') {
    if (!paths.length) usage('enqueue needs at least one PATH');
    for (const p of paths) if (!fs.existsSync(p)) usage(`input path does not exist: ${p}`);
  }
  const say = (event: string, text: string, fields: object = {}) => {
    if (logFormat === 'json') process.stderr.write(JSON.stringify({ event, ...fields }) + '\n');
    else if (!values.quiet || event === 'warning') process.stderr.write(text + '\n');
  };
  const notice = (m: string) => say('warning', `warning: ${scrub(m, url)}`, { message: scrub(m, url) });

  const session = await openSession(url, { supervise: verb === 'work', onError: (e) => notice(`queue: ${e.message}`), onNotice: notice });
  try {
    if (verb === 'enqueue') {
      const r = await enqueuePaths(session.store, session.queue, paths.map((p) => path.resolve(p)), limits, policy, pipelineVersion(), { full: values.full, prune: values.prune });
      for (const k of r.skipped.slice(0, 10)) say('skipped', `skipped: ${displayPath(k.path)} — ${k.reason}`, k);
      const gone = r.forgotten.files || r.forgotten.documents ? `; ${r.forgotten.files} vanished files forgotten, ${r.forgotten.documents} documents removed` : '';
      const redone = r.redone ? ` (${r.redone} of them done before, to be redone)` : '';
      const line = `${r.files} files (${r.contents} contents): ${r.queued} queued${redone}, ${r.done} already done, ${r.alreadyQueued} already queued${gone} → ${redactUrl(url)}`;
      process.stdout.write((logFormat === 'json' ? JSON.stringify({ event: 'summary', ...r, skipped: r.skipped.length }) : line) + '\n');
    } else if (verb === 'work') {
      const controller = new AbortController();
      const stop = (signal: NodeJS.Signals) => {
        if (controller.signal.aborted) process.exit(signal === 'SIGINT' ? 130 : 143);
        process.stderr.write(`\n${signal}: finishing the files in hand (press again to stop at once; their jobs come back to the queue)\n`);
        controller.abort();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      const t0 = performance.now();
      const r = await work(session.store, session.queue, {
        concurrency: concurrency ?? Math.max(1, (await import('node:os')).availableParallelism()),
        limits,
        version: pipelineVersion(),
        untilEmpty: !values.forever,
        signal: controller.signal,
        onNotice: notice,
        onFile: (e) => say('file', `${e.outcome.padEnd(9)} ${e.status.padEnd(9)} ${e.file}${e.error ? ` — ${e.error}` : ''} (${Math.round(e.ms)} ms, attempt ${e.attempt})`, e),
      });
      const secs = (performance.now() - t0) / 1000;
      const line = `${r.jobs} jobs: ${r.committed} committed, ${r.duplicates} already done, ${r.retried} given back for retry, ${r.dead} dead-lettered in ${secs.toFixed(1)} s`;
      process.stdout.write((logFormat === 'json' ? JSON.stringify({ event: 'summary', ...r, seconds: secs }) : line) + '\n');
      if (r.dead) process.exitCode = 1;
    } else if (verb === 'status') {
      const counts = await session.queue.counts();
      const documents = await session.store.documentCounts();
      const dead = await session.queue.deadLetters();
      if (values.json) process.stdout.write(JSON.stringify({ queue: counts, documents, dead_letter: dead }, null, 2) + '\n');
      else {
        process.stdout.write(`queue: ${counts.queued} queued, ${counts.retrying} waiting to retry, ${counts.running} running, ${counts.done} done, ${counts.failed} failed (${counts.dead_letter} in the dead-letter queue)\n`);
        process.stdout.write(`documents: ${Object.entries(documents).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
        for (const d of dead) process.stdout.write(`dead letter: ${displayPath(d.path)} — ${d.reason}\n`);
      }
    } else {
      const t0 = performance.now();
      const started = new Date().toISOString();
      const outDir = path.resolve(values.out);
      const r = await exportOutputs(session.store, outDir);
      const run = await writeRunJson(
        outDir,
        {
          pipeline_version: pipelineVersion(),
          started_at: started,
          inputs: [],
          files_seen: r.files,
          processed: 0,
          unchanged: r.counts.documents,
          removed: 0,
          replaced: 0,
          interrupted: false,
          documents: r.counts.documents,
          by_status: r.counts.byStatus,
          references: r.counts.references,
          decisions: r.counts.decisions,
          indicators: r.counts.indicators,
          unmatched: r.counts.unmatched,
          stage_ms: {},
          skipped: [],
          warnings: r.warnings,
        },
        t0,
      );
      const s = run.by_status;
      process.stdout.write(`${run.documents} documents (ok ${s.ok}, partial ${s.partial}, failed ${s.failed}, needs_ocr ${s.needs_ocr}); ${run.references} references, ${run.decisions} decisions, ${run.indicators} indicator values, ${run.unmatched} unmatched → ${run.output_dir}/\n`);
      for (const w of run.warnings) process.stderr.write(`warning: ${w}\n`);
      if (!values['no-report']) {
        const rep = buildReportLines(outDir);
        for (const w of rep.warnings) process.stderr.write(`warning: ${w}\n`);
        if (rep.line) say('report', rep.line, { line: rep.line });
      }
    }
  } finally {
    await session.close();
  }
}

// A setup problem is one line, with the password never in it; the stack only with --debug.
main().catch((e) => {
  const err = e as Error;
  process.stderr.write(`error: ${scrub(err.message, url)}${process.argv.includes('--debug') ? `\n${scrub(err.stack ?? '', url)}` : ' (--debug shows details)'}\n`);
  process.exit(2);
});
