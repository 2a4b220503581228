/**
 * `npm run refs -- find KEY [--issuer TEXT] [--out DIR] [--json]`: which reports cite a document, with page and context.
 * Reads the outputs of the last `npm run extract`. Exit: 0 found, 1 not cited, 2 usage error or no outputs.
 */
import path from 'node:path';
import { lookupCommandLine, readJsonl } from './output-reader.js';
import { DecisionRecord, ReferenceRecord } from './schemas.js';
import { formatLookup, lookup } from './refs/lookup.js';
import { commandName } from './command-line.js';

const HELP = `Usage: ${commandName('refs')} find KEY [options]

Prints every report that cites KEY (any spelling: "749/QĐ- TTg", "749/qđ-ttg",
"Quyết định số 749/QĐ-TTg", or a key exactly as the outputs print it, laws by name
included), with the date, issuer, conflicts, pages and context. A local key such as
1336/QĐ-UBND is one decision per province: all are listed unless --issuer narrows them.
Reads decisions.jsonl and references.jsonl written by npm run extract.

Options:
  --issuer TEXT only decisions whose issuer or province contains TEXT ("Lâm Đồng"; marks optional)
  --out DIR     folder written by npm run extract (default: output)
  --json        print the result as JSON
  -h, --help    show this help

Exit codes: 0 found; 1 not cited by any processed report; 2 usage error or no outputs.
`;

const { values, positionals, fail } = lookupCommandLine({ out: { type: 'string', default: 'output' }, json: { type: 'boolean', default: false }, issuer: { type: 'string' } } as const, HELP);
const [command, ...rest] = positionals;
if (command !== 'find') fail(command ? `unknown command "${command}"` : 'missing command');
if (rest.length === 0) fail('missing KEY');
const decisions = readJsonl(path.join(values.out, 'decisions.jsonl'), (v) => DecisionRecord.parse(v), fail);
const refs = readJsonl(path.join(values.out, 'references.jsonl'), (v) => ReferenceRecord.parse(v), fail);
const result = lookup(rest.join(' '), decisions, refs, values.issuer);
process.stdout.write(values.json ? JSON.stringify(result, null, 2) + '\n' : formatLookup(result));
process.exit(result.decision ? 0 : 1);
