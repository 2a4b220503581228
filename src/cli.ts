/**
 * `npm run extract -- [options] [PATH ...]`
 * Exit codes a scheduler can act on: 0 all files ok, 1 some failed or need OCR (the rest
 * written), 2 usage or configuration error.
 */
import path from 'node:path';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { runPipeline, ProgressEvent } from './pipeline.js';
import { DEFAULT_LIMITS } from './limits.js';

const HELP = `Usage: npm run extract -- [options] [PATH ...]

Reads Vietnamese government reports (PDF, DOCX; recognized by content) and writes
documents, references, decisions, indicators, timeseries and run.json.

PATH                 files or folders (recursive). Default: fixtures/reports
Options:
  --out DIR          output folder (default: output)
  --concurrency N    files processed at once (default: number of CPU cores)
  --timeout SEC      per-file time limit in seconds (default: ${DEFAULT_LIMITS.fileTimeoutMs / 1000})
  --max-pages N      pages read per PDF; the rest are reported (default: ${DEFAULT_LIMITS.maxPages})
  --quiet            print only the summary line and errors
  --log-format F     text (default) or json: one JSON object per line
  -h, --help         show this help

Exit codes: 0 every file ok; 1 some files failed or need OCR (others written); 2 usage error.
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
        concurrency: { type: 'string' },
        timeout: { type: 'string' },
        'max-pages': { type: 'string' },
        quiet: { type: 'boolean', default: false },
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
  const limits = { ...DEFAULT_LIMITS, ...(timeout ? { fileTimeoutMs: timeout * 1000 } : {}), ...(maxPages ? { maxPages } : {}) };

  const log = (event: ProgressEvent) => {
    if (values.quiet && (event.status === 'ok' || event.status === 'partial')) return;
    if (logFormat === 'json') process.stderr.write(JSON.stringify({ event: 'file', ...event, ms: Math.round(event.ms) }) + '\n');
    else process.stderr.write(`[${event.done}/${event.total}] ${event.status.padEnd(9)} ${event.file} (${Math.round(event.ms)} ms)\n`);
  };
  const { run, exitCode } = await runPipeline({
    inputs,
    outDir: path.resolve(values.out),
    limits,
    concurrency: positiveInt('concurrency', values.concurrency),
    onProgress: log,
  });
  const s = run.by_status;
  const summary = `${run.documents} documents (ok ${s.ok}, partial ${s.partial}, failed ${s.failed}, needs_ocr ${s.needs_ocr}); ${run.references} references, ${run.decisions} decisions, ${run.indicators} indicator values, ${run.unmatched} unmatched → ${run.output_dir}/ in ${(run.duration_ms / 1000).toFixed(1)} s`;
  if (logFormat === 'json') process.stdout.write(JSON.stringify({ event: 'summary', ...run }) + '\n');
  else process.stdout.write(summary + '\n');
  for (const w of run.warnings) process.stderr.write(`warning: ${w}\n`);
  process.exitCode = exitCode;
}

main().catch((e) => {
  process.stderr.write(`fatal: ${(e as Error).stack ?? e}\n`);
  process.exit(2);
});
