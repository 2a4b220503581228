/**
 * `npm run report -- [--out DIR]`: builds DIR/report/, the static report of an existing output
 * folder (the main run builds it too, unless --no-report). Exit: 0 built, 2 usage error or no outputs.
 */
import path from 'node:path';
import { lookupCommandLine } from './output-reader.js';
import { commandName, setupError } from './command-line.js';

const HELP = `Usage: ${commandName('report')} [options]

Builds the static report of an output folder into DIR/report/: open DIR/report/index.html
from disk (no server, no network). Pages: overview, documents, decisions (searchable),
series (a chart each). Reads the JSON Lines and run.json written by npm run extract.

Options:
  --out DIR     folder written by npm run extract (default: output)
  -h, --help    show this help

Exit codes: 0 built; 2 usage error or no outputs.
`;

const { values, positionals, fail } = lookupCommandLine({ out: { type: 'string', default: 'output' } } as const, HELP);
if (positionals.length) fail(`unexpected argument "${positionals[0]}"`);
// Loaded once the command line is understood: --help works even when the catalog is broken.
const { buildReport } = await import('./report/build.js').catch(setupError);
const build = () => {
  try {
    return buildReport(path.resolve(values.out));
  } catch (e) {
    return fail((e as Error).message);
  }
};
const result = build();
for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
process.stdout.write(`report: ${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB in ${result.ms} ms → ${path.join(result.dir, 'index.html')}\n`);
