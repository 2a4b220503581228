/**
 * `npm run catalog -- suggest [--min-docs N] [--out DIR]`: catalog entries proposed for the
 * uncurated series of the last `npm run extract`, as JSON on stdout (paste the "indicators"
 * entries you accept into src/data/indicators.json). Exit: 0 printed (even none), 2 usage error
 * or no outputs.
 */
import path from 'node:path';
import { lookupCommandLine, readJsonl } from './output-reader.js';
import { IndicatorRecord, SeriesRecord } from './schemas.js';
import { commandName, setupError } from './command-line.js';

// A reader that stops early (| head) is no error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 2));

const HELP = `Usage: ${commandName('catalog')} suggest [options]

Proposes catalog entries (id, name, unit, aliases from the label variants seen) for the
series discovered in several documents but not in src/data/indicators.json.
Reads series.jsonl and indicators.jsonl written by npm run extract.

Options:
  --min-docs N   documents a series must appear in (default: 2)
  --out DIR      folder written by npm run extract (default: output)
  -h, --help     show this help

Exit codes: 0 proposals printed (possibly none); 2 usage error or no outputs.
`;

const { values, positionals, fail } = lookupCommandLine({ out: { type: 'string', default: 'output' }, 'min-docs': { type: 'string', default: '2' } } as const, HELP);
const [command, ...rest] = positionals;
if (command !== 'suggest') fail(command ? `unknown command "${command}"` : 'missing command');
if (rest.length) fail(`unexpected argument "${rest[0]}"`);
const minDocs = Number(values['min-docs']);
if (!Number.isInteger(minDocs) || minDocs < 1) fail(`--min-docs must be a whole number ≥ 1, not "${values['min-docs']}"`);
// Loaded once the command line is understood: --help works even when the catalog is broken.
const [{ catalog }, { suggestEntries }] = await Promise.all([import('./data/catalog.js'), import('./catalog/suggest.js')]).catch(setupError);
const series = readJsonl(path.join(values.out, 'series.jsonl'), (v) => SeriesRecord.parse(v), fail);
const rows = readJsonl(path.join(values.out, 'indicators.jsonl'), (v) => IndicatorRecord.parse(v), fail);
const suggestions = suggestEntries(series, rows, minDocs, new Set(catalog.map((c) => c.id)));
const result = {
  $comment: `${suggestions.length} uncurated series seen in ≥ ${minDocs} documents. Paste the entries you accept from "indicators" into src/data/indicators.json; "evidence" says where each was seen.`,
  indicators: suggestions.map((s) => s.entry),
  evidence: Object.fromEntries(suggestions.map((s) => [s.entry.id, { documents: s.documents, statements: s.statements, periods: s.periods }])),
};
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
