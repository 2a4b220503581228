/**
 * `npm run refs -- find KEY [--issuer TEXT] [--out DIR] [--json]`: which reports cite a document, with page and context.
 * `npm run refs -- list [--type T] [--issuer TEXT] [--year YYYY] [--cited-by DOC] [--format table|csv|json]`: the decisions, filtered.
 * Reads the outputs of the last `npm run extract`. Exit: 0 found, 1 not cited / nothing listed, 2 usage error or no outputs.
 */
import path from 'node:path';
import { lookupCommandLine, readJsonl } from './output-reader.js';
import { DecisionRecord, ReferenceRecord } from './schemas.js';
import { formatLookup, lookup } from './refs/lookup.js';
import { formatList, LIST_FORMATS, listDecisions, typesOf, type ListFormat } from './refs/list.js';
import { closest, commandName } from './command-line.js';
import { docTypes } from './data/tables.js';
import { fold } from './text/normalize.js';

const HELP = `Usage: ${commandName('refs')} find KEY [options]
       ${commandName('refs')} list [filters] [options]

find: prints every report that cites KEY (any spelling: "749/QĐ- TTg", "749/qđ-ttg",
"Quyết định số 749/QĐ-TTg", or a key exactly as the outputs print it, laws by name
included), with the date, issuer, conflicts, pages and context. A local key such as
1336/QĐ-UBND is one decision per province: all are listed unless --issuer narrows them.

list: prints the decisions the filters admit (all of them without one), sorted by type,
then key, then decision id. Filters combine; text is matched without marks or case.

Reads decisions.jsonl and references.jsonl written by npm run extract.

Options:
  --issuer TEXT   only decisions whose issuer or province contains TEXT ("Lâm Đồng"; marks optional)
  --type TYPE     list: only decisions of that type, or cited as it ("Quyết định", "ke hoach")
  --year YYYY     list: only decisions of that year (in the number, else of the date)
  --cited-by DOC  list: only decisions a document cites (in full or by a short form linked to it):
                  its document_id, or part of its file name ("bc-346")
  --format F      list: table (default), csv (the columns of decisions.csv) or json
  --out DIR       folder written by npm run extract (default: output)
  --json          find: print the result as JSON (list: the same as --format json)
  -h, --help      show this help

Exit codes: 0 found or listed; 1 not cited by any processed report, or no decision
matches the filters; 2 usage error or no outputs.
`;

const COMMANDS = ['find', 'list'];
const { values, positionals, fail } = lookupCommandLine(
  {
    out: { type: 'string', default: 'output' },
    json: { type: 'boolean', default: false },
    issuer: { type: 'string' },
    type: { type: 'string' },
    year: { type: 'string' },
    'cited-by': { type: 'string' },
    format: { type: 'string' },
  } as const,
  HELP,
);
const [command, ...rest] = positionals;
if (!command) fail('missing command: find KEY or list (--help shows how to use them)');
if (!COMMANDS.includes(command)) {
  const meant = closest(command, COMMANDS);
  fail(`unknown command "${command}"${meant ? `: did you mean ${meant}?` : ''} (find KEY or list)`);
}
if (command === 'find') {
  for (const only of ['type', 'year', 'cited-by', 'format'] as const) if (values[only] !== undefined) fail(`--${only} is an option of refs list, not of refs find`);
  if (rest.length === 0) fail('missing KEY');
} else if (rest.length) {
  fail(`refs list takes no KEY ("${rest.join(' ')}"): use refs find KEY, or a filter such as --type`);
}

const decisions = readJsonl(path.join(values.out, 'decisions.jsonl'), (v) => DecisionRecord.parse(v), fail);
if (command === 'list') {
  const format = (values.format ?? (values.json ? 'json' : 'table')) as ListFormat;
  if (!LIST_FORMATS.includes(format)) {
    const meant = closest(format, LIST_FORMATS);
    fail(`--format ${format}: not a format${meant ? `: did you mean ${meant}?` : ''} (table, csv or json)`);
  }
  let year: number | undefined;
  if (values.year !== undefined) {
    if (!/^\d{4}$/.test(values.year)) fail(`--year ${values.year}: a year has four digits (--year 2025)`);
    year = Number(values.year);
  }
  if (values.type !== undefined) {
    // A type no table and no decision knows is a typo: say which one was meant.
    const known = [...new Set([...docTypes.types.map((t) => t.name), ...typesOf(decisions)])];
    if (!known.some((t) => fold(t) === fold(values.type!))) {
      const meant = closest(fold(values.type), known.map(fold));
      const name = known.find((t) => fold(t) === meant);
      fail(`--type ${values.type}: no such document type${name ? `: did you mean ${name}?` : ''}`);
    }
  }
  const rows = listDecisions(decisions, { type: values.type, issuer: values.issuer, year, citedBy: values['cited-by'] });
  process.stdout.write(formatList(rows, format));
  process.exit(rows.length ? 0 : 1);
}
const refs = readJsonl(path.join(values.out, 'references.jsonl'), (v) => ReferenceRecord.parse(v), fail);
const result = lookup(rest.join(' '), decisions, refs, values.issuer);
process.stdout.write(values.json ? JSON.stringify(result, null, 2) + '\n' : formatLookup(result));
process.exit(result.decision ? 0 : 1);
