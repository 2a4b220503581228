/**
 * output/index.sqlite: the outputs as typed tables with keys, indexes, full-text search and views,
 * for Datasette or any SQLite client. Regenerated from the validated rows on every run, like the
 * CSVs: built in a temp file beside it and renamed into place, so a reader sees the old index or
 * the new one, never half of one. A failure is a run warning, never a failed run.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ident } from './index/columns.js';
import { IndexInput, indexRows, encodeRow } from './index/rows.js';
import { createSearchSql, ftsName, rebuildSearchSql, SEARCH } from './index/search.js';
import { createTableSql, Table, TABLES, timeseriesTable } from './index/tables.js';
import { createViewSql, VIEWS } from './index/views.js';

export type { IndexInput } from './index/rows.js';

export const INDEX_FILE = 'index.sqlite';
const TEMP = /^\.index\.sqlite\..*\.tmp$/;
const MAX_COLUMNS = 2000;

/** What people filter and join by. */
const INDEXES: Array<[string, string[]]> = [
  ['documents', ['status']],
  ['references', ['document_id']],
  ['references', ['decision_id']],
  ['references', ['key']],
  ['references', ['number']],
  ['reference_pages', ['page']],
  ['decisions', ['key']],
  ['decisions', ['number']],
  ['decisions', ['province_now']],
  ['decision_citations', ['document_id']],
  ['decision_citations', ['reference_id']],
  ['indicators', ['document_id']],
  ['indicators', ['series_id', 'entity', 'period']],
  ['indicators', ['period']],
  ['unmatched', ['document_id']],
  ['series_points', ['series_id', 'entity', 'period_end']],
  ['series_points', ['document_id']],
  ['series_points', ['indicator_id']],
  ['series_points', ['period_end']],
  ['series_points', ['period']],
  ['timeseries', ['series_id']],
];

const DOCS_SQL = `
CREATE TABLE "_tables" (
  "name" TEXT PRIMARY KEY NOT NULL,
  "type" TEXT NOT NULL CHECK ("type" IN ('table', 'view', 'search')),
  "description" TEXT NOT NULL
);
CREATE TABLE "_columns" (
  "table_name" TEXT NOT NULL,
  "column_name" TEXT NOT NULL,
  "type" TEXT NOT NULL,
  "description" TEXT NOT NULL,
  PRIMARY KEY ("table_name", "column_name")
);`;

export async function writeIndex(outDir: string, input: IndexInput, warnings: string[]): Promise<void> {
  const target = path.join(outDir, INDEX_FILE);
  // The output folder is locked for this run: any temp index left here is a killed run's.
  for (const f of fs.readdirSync(outDir)) if (TEMP.test(f)) fs.rmSync(path.join(outDir, f), { force: true });
  const tmp = path.join(outDir, `.${INDEX_FILE}.${process.pid}.${Date.now()}.tmp`);
  try {
    const problems = build(tmp, input);
    warnings.push(...problems);
    const fd = fs.openSync(tmp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    // A stale index would disagree with the CSVs written a moment ago: better none.
    fs.rmSync(target, { force: true });
    warnings.push(`${INDEX_FILE} not written: ${(e as Error).message}`);
  }
}

/** Writes the whole index into `file`; returns what is wrong with the data (dangling links). */
function build(file: string, input: IndexInput): string[] {
  const db = new Database(file);
  try {
    // A temp file thrown away on any failure needs no journal; the final file is a plain
    // rollback-journal database (no -wal beside it), which opens read-only and immutable.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    // better-sqlite3 enforces foreign keys by default; a dangling link is a warning about the
    // data (foreign_key_check below), not a reason to lose the whole index.
    db.pragma('foreign_keys = OFF');
    const rows = indexRows(input);
    const problems: string[] = [];
    // SQLite's default limit is 2000 columns; a corpus with that many periods loses only the wide
    // copy of timeseries.csv, series_points has every value.
    const wide = input.timeseries.header.length <= MAX_COLUMNS;
    if (!wide) problems.push(`${INDEX_FILE}: timeseries.csv has ${input.timeseries.header.length} columns, over SQLite's ${MAX_COLUMNS}: table timeseries left out (series_points has its values)`);
    const tables: Table[] = [...TABLES, ...(wide ? [timeseriesTable(input.timeseries.header)] : [])];
    db.transaction(() => {
      for (const t of tables) {
        db.exec(createTableSql(t));
        const insert = db.prepare(`INSERT INTO ${ident(t.name)} VALUES (${t.columns.map(() => '?').join(', ')})`);
        for (const row of rows[t.name] ?? []) insert.run(encodeRow(t, row));
      }
      // Indexes after the rows: one sort instead of a b-tree grown row by row.
      for (const [table, cols] of INDEXES.filter(([name]) => tables.some((t) => t.name === name))) db.exec(`CREATE INDEX ${ident(`${table}_${cols.join('_')}`)} ON ${ident(table)} (${cols.map(ident).join(', ')})`);
      for (const s of SEARCH) {
        db.exec(createSearchSql(s));
        db.exec(rebuildSearchSql(s));
      }
      for (const v of VIEWS) db.exec(createViewSql(v));
      db.exec(DOCS_SQL);
      const describeTable = db.prepare('INSERT INTO "_tables" VALUES (?, ?, ?)');
      const describeColumn = db.prepare('INSERT INTO "_columns" VALUES (?, ?, ?, ?)');
      for (const t of tables) {
        describeTable.run(t.name, 'table', t.description);
        for (const c of t.columns) describeColumn.run(t.name, c.name, c.type, c.description);
      }
      for (const s of SEARCH) describeTable.run(ftsName(s), 'search', `Full-text search over ${s.table} (${s.columns.join(', ')}): WHERE ${ftsName(s)} MATCH '…', joined on ${s.table}.${s.rowid} = ${ftsName(s)}.rowid.`);
      for (const v of VIEWS) describeTable.run(v.name, 'view', v.description);
      describeTable.run('_tables', 'table', 'What each table, view and search table holds.');
      describeTable.run('_columns', 'table', 'What each column of each table means (from the zod schemas of src/schemas.ts).');
    })();
    db.exec('ANALYZE');
    const dangling = db.pragma('foreign_key_check') as Array<{ table: string; parent: string }>;
    db.pragma('journal_mode = DELETE');
    const byTable = new Map<string, number>();
    for (const d of dangling) byTable.set(`${d.table} → ${d.parent}`, (byTable.get(`${d.table} → ${d.parent}`) ?? 0) + 1);
    return [...problems, ...[...byTable].map(([link, n]) => `${INDEX_FILE}: ${n} rows of ${link} point to no row`)];
  } finally {
    db.close();
  }
}
