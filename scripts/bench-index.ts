/**
 * Time and size of index.sqlite and workbook.xlsx for an existing output folder:
 * `npx tsx scripts/bench-index.ts [DIR]` (default output/). Reads the folder's JSON Lines and
 * timeseries.csv back and writes both into a temp folder, so the folder itself is left alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { SCHEMAS } from '../src/schemas.ts';
import { writeIndex } from '../src/write/index-sqlite.ts';
import { writeWorkbook } from '../src/write/workbook.ts';

const dir = process.argv[2] ?? 'output';
const fail = (m: string): never => {
  process.stderr.write(`error: ${m}\n`);
  process.exit(2);
};
const read = <K extends 'documents' | 'references' | 'indicators' | 'unmatched' | 'decisions' | 'series' | 'series_points' | 'timeseries_conflicts'>(stem: K) => {
  const file = path.join(dir, `${stem}.jsonl`);
  if (!fs.existsSync(file)) fail(`${file} not found: run npm run extract first`);
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => SCHEMAS[stem].parse(JSON.parse(l)));
};
const input = {
  documents: read('documents'),
  references: read('references'),
  indicators: read('indicators'),
  unmatched: read('unmatched'),
  decisions: read('decisions'),
  series: read('series'),
  series_points: read('series_points'),
  timeseries_conflicts: read('timeseries_conflicts'),
};
const [header, ...rows] = parse(fs.readFileSync(path.join(dir, 'timeseries.csv'), 'utf8'), { bom: true }) as string[][];
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-bench-index-'));
const warnings: string[] = [];
const t0 = performance.now();
await writeIndex(out, { ...input, timeseries: { header, rows } } as unknown as Parameters<typeof writeIndex>[1], warnings);
const ms = performance.now() - t0;
const bytes = fs.statSync(path.join(out, 'index.sqlite')).size;
const t1 = performance.now();
await writeWorkbook(out, { ...input, timeseries: { header, rows } } as unknown as Parameters<typeof writeWorkbook>[1], warnings);
const workbookMs = performance.now() - t1;
const workbookBytes = fs.statSync(path.join(out, 'workbook.xlsx')).size;
const counts = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v.length]));
console.log(JSON.stringify({ dir, ...counts, timeseries: rows.length, index_bytes: bytes, write_ms: Math.round(ms), workbook_bytes: workbookBytes, workbook_ms: Math.round(workbookMs), heap_mb: Math.round(process.memoryUsage().rss / 1e6), warnings }, null, 2));
fs.rmSync(out, { recursive: true, force: true });
