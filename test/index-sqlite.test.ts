/**
 * output/index.sqlite after a real pipeline run on the bundled reports: the rows of every CSV,
 * typed; search with and without diacritics; the README's queries; links and integrity; the
 * Datasette conventions it relies on; replaced atomically on the next run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORTS, ROOT } from './support/fixtures.js';
import { runInto, Outputs } from './support/run.js';
import { runPipeline } from '../src/pipeline.js';
import { fold } from '../src/text/normalize.js';
import { writeIndex } from '../src/write/index-sqlite.js';
import { seriesPoints } from '../src/resolve/series-points.js';
import { SEARCH } from '../src/write/index/search.js';
import type { IndicatorRecord, DecisionRecord, DocumentRecord } from '../src/schemas.js';

let out: Outputs;
let db: Database.Database;
const indexPath = () => path.join(out.dir, 'index.sqlite');
const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;

beforeAll(async () => {
  out = await runInto([REPORTS], 'vnx-index-');
  db = new Database(indexPath(), { readonly: true, fileMustExist: true });
});
afterAll(() => db?.close());

/** The ```sql blocks of the README's "Querying the index" section. */
function readmeQueries(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Querying the index\n');
  expect(start).toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]);
}

describe('index.sqlite on fixtures/reports', () => {
  it('is written by the run, with no warning', () => {
    expect(fs.existsSync(indexPath())).toBe(true);
    expect(out.result.run.warnings).toEqual([]);
  });

  it('has as many rows as every CSV, in the same order', () => {
    for (const stem of ['documents', 'references', 'indicators', 'unmatched', 'decisions', 'series', 'series_points', 'timeseries_conflicts']) {
      const csv = out.csv(stem);
      expect(csv.length, stem).toBeGreaterThan(0);
      expect(count(stem), stem).toBe(csv.length);
    }
    const wide = parse(fs.readFileSync(path.join(out.dir, 'timeseries.csv'), 'utf8'), { bom: true }) as string[][];
    expect(count('timeseries')).toBe(wide.length - 1);
    // Row for row: the same statement, value and page as indicators.csv.
    const csv = out.csv('indicators');
    const rows = db.prepare('SELECT document_id, value, page, quote FROM indicators ORDER BY indicator_id').all() as Array<{ document_id: string; value: number; page: number | null; quote: string }>;
    rows.forEach((r, i) => {
      expect(r.document_id).toBe(csv[i].document_id);
      expect(r.value).toBe(Number(csv[i].value));
      expect(r.page).toBe(csv[i].page === '' ? null : Number(csv[i].page));
      expect(r.quote).toBe(csv[i].quote);
    });
    expect(count('series_points')).toBe(csv.filter((r) => r.period !== '').length);
  });

  it('types its columns from the schemas', () => {
    const info = new Map((db.prepare("SELECT name, type, \"notnull\" FROM pragma_table_info('indicators')").all() as Array<{ name: string; type: string; notnull: number }>).map((c) => [c.name, c]));
    expect(info.get('value')).toMatchObject({ type: 'REAL', notnull: 1 });
    expect(info.get('page')).toMatchObject({ type: 'INTEGER', notnull: 0 });
    expect(info.get('catalog')).toMatchObject({ type: 'INTEGER', notnull: 1 });
    expect(info.get('quote')).toMatchObject({ type: 'TEXT', notnull: 1 });
    const types = db.prepare('SELECT DISTINCT typeof(value) AS v, typeof(page) AS p, typeof(catalog) AS c FROM indicators').all() as Array<{ v: string; p: string; c: string }>;
    for (const t of types) {
      expect(t.v).toBe('real');
      expect(['integer', 'null']).toContain(t.p);
      expect(t.c).toBe('integer');
    }
    // Arrays are JSON that SQLite reads.
    const pages = db.prepare('SELECT count(*) AS n FROM "references", json_each("references".pages)').get() as { n: number };
    expect(pages.n).toBe(count('reference_pages'));
  });

  it('finds a statement by a phrase of its quote, with diacritics, without them, and with đ folded to d', () => {
    const statements = out.jsonl('indicators') as unknown as IndicatorRecord[];
    // A real quote with a word spelled with đ and one with another diacritic, three words in a row.
    let phrase = '';
    const id = statements.findIndex((s) => {
      const words = s.quote.match(/\p{L}+/gu) ?? [];
      for (let i = 0; i + 3 <= words.length; i++) {
        const w = words.slice(i, i + 3);
        if (w.some((x) => /đ/i.test(x)) && w.some((x) => fold(x) !== x.toLowerCase() && !/đ/i.test(x))) {
          phrase = w.join(' ');
          return true;
        }
      }
      return false;
    });
    expect(id).toBeGreaterThanOrEqual(0);
    const bare = phrase.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
    const folded = fold(phrase);
    expect(bare).not.toBe(phrase);
    expect(bare).toMatch(/đ/i);
    expect(folded).not.toMatch(/đ/);
    const search = (q: string, cols = '{quote quote_folded}') =>
      (db.prepare('SELECT rowid FROM indicators_fts WHERE indicators_fts MATCH ?').all(`${cols} : "${q}"`) as Array<{ rowid: number }>).map((r) => r.rowid);
    const normalized = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ');
    for (const q of [phrase, bare, folded]) {
      const hits = search(q);
      expect(hits, q).toContain(id + 1);
      // Every hit has the phrase, folded, in its quote.
      for (const h of hits) expect(normalized(statements[h - 1].quote), q).toContain(normalized(q));
    }
    // The folded twin is what finds a query typed without đ: the original column alone does not.
    expect(search(folded, 'quote')).not.toContain(id + 1);
  });

  it('runs every query of the README section, each returning rows', () => {
    const queries = readmeQueries();
    expect(queries).toHaveLength(5);
    for (const q of queries) expect(db.prepare(q).all().length, q).toBeGreaterThan(0);
  });

  it('holds its foreign keys and passes the integrity check', () => {
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    // Foreign keys are declared, not just satisfied by luck.
    const links = db.prepare("SELECT m.name AS t, f.\"table\" AS parent FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'").all();
    expect(links).toEqual(expect.arrayContaining([
      { t: 'references', parent: 'documents' },
      { t: 'references', parent: 'decisions' },
      { t: 'indicators', parent: 'series' },
      { t: 'series_points', parent: 'indicators' },
      { t: 'decision_citations', parent: 'decisions' },
    ]));
  });

  it('links every citation to its decision: the documents citing it are its cited_by', () => {
    expect(db.prepare('SELECT count(*) AS n FROM "references" WHERE decision_id IS NULL').get()).toEqual({ n: 0 });
    const decisions = out.jsonl('decisions') as unknown as DecisionRecord[];
    const citing = db.prepare('SELECT document_id FROM decision_citations WHERE decision_id = ? ORDER BY document_id');
    const refs = db.prepare('SELECT DISTINCT document_id, key FROM "references" WHERE decision_id = ?');
    for (const d of decisions) {
      expect((citing.all(d.decision_id) as Array<{ document_id: string }>).map((r) => r.document_id)).toEqual(d.cited_by.map((c) => c.document_id).sort());
      const placed = refs.all(d.decision_id) as Array<{ document_id: string; key: string }>;
      expect(new Set(placed.map((r) => r.document_id))).toEqual(new Set(d.cited_by.map((c) => c.document_id)));
      for (const r of placed) expect(d.variants).toContain(r.key);
    }
  });

  it('gives series points whose timeseries values are those of timeseries.csv', () => {
    const [header, ...rows] = parse(fs.readFileSync(path.join(out.dir, 'timeseries.csv'), 'utf8'), { bom: true }) as string[][];
    const values = db.prepare('SELECT DISTINCT value FROM series_points WHERE in_timeseries = 1 AND series_id = ? AND entity = ? AND period = ?');
    let cells = 0;
    for (const row of rows) {
      for (let i = 5; i < header.length; i += 3) {
        const got = (values.all(row[0], row[2], header[i]) as Array<{ value: number }>).map((v) => v.value);
        // An empty cell with a kind is a disagreement (timeseries_conflicts.csv); without one, no value.
        if (row[i] === '' && row[i + 1] === '') expect(got).toEqual([]);
        else if (row[i] === '') expect(got.length).toBeGreaterThan(1);
        else expect(got).toEqual([Number(row[i])]);
        if (row[i] !== '') cells++;
      }
    }
    expect(cells).toBeGreaterThan(0);
  });

  it('follows the conventions Datasette relies on: FTS detected per table, read-only open, every column described', () => {
    // Datasette's own detection query (datasette/utils detect_fts_sql).
    for (const { table } of SEARCH) {
      const found = db
        .prepare(`SELECT name FROM sqlite_master WHERE rootpage = 0 AND (sql LIKE '%VIRTUAL TABLE%USING FTS%content="${table}"%' OR sql LIKE '%VIRTUAL TABLE%USING FTS%content=[${table}]%')`)
        .all();
      expect(found, table).toEqual([{ name: `${table}_fts` }]);
      // Datasette's table search: rowid in (select rowid from fts match …).
      const hits = db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE rowid IN (SELECT rowid FROM "${table}_fts" WHERE "${table}_fts" MATCH ?)`).get('"an giang" OR "thông tin" OR "so"') as { n: number };
      expect(hits.n, table).toBeGreaterThan(0);
    }
    // Readers open it without a -wal or -shm beside it.
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(fs.readdirSync(out.dir).filter((f) => f.startsWith('index.sqlite-'))).toEqual([]);
    const described = new Set((db.prepare('SELECT table_name || \'.\' || column_name AS c FROM _columns WHERE description <> \'\'').all() as Array<{ c: string }>).map((r) => r.c));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name NOT LIKE '\\_%' ESCAPE '\\'").all() as Array<{ name: string }>;
    expect(tables.length).toBeGreaterThanOrEqual(10);
    for (const { name } of tables) {
      for (const c of db.prepare('SELECT name FROM pragma_table_info(?)').all(name) as Array<{ name: string }>) expect(described, `${name}.${c.name}`).toContain(`${name}.${c.name}`);
    }
    const objects = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name NOT GLOB '*_fts_*'").all() as Array<{ name: string }>;
    const listed = new Set((db.prepare('SELECT name FROM _tables').all() as Array<{ name: string }>).map((r) => r.name));
    for (const { name } of objects) expect(listed, name).toContain(name);
  });

  it('is replaced atomically on the next run: readers keep the old file, no temp file stays, the same counts', async () => {
    const before = Object.fromEntries(['documents', 'references', 'indicators', 'series_points'].map((t) => [t, count(t)]));
    const inode = fs.statSync(indexPath()).ino;
    const bytes = fs.readFileSync(indexPath());
    // What a run killed while writing the index leaves behind.
    fs.writeFileSync(path.join(out.dir, '.index.sqlite.99999.1.tmp'), 'half an index');
    // An output touched since the last run: the outputs are written again (an untouched folder is left as it is).
    const now = new Date();
    fs.utimesSync(path.join(out.dir, 'documents.csv'), now, now);
    const second = await runPipeline({ inputs: [REPORTS], outDir: out.dir, concurrency: 2 });
    expect(second.run.unchanged).toBe(10);
    expect(fs.readdirSync(out.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(fs.statSync(indexPath()).ino).not.toBe(inode);
    // The same state gives the same index, byte for byte.
    expect(fs.readFileSync(indexPath()).equals(bytes)).toBe(true);
    // The connection opened on the old file still reads it whole.
    expect(Object.fromEntries(Object.keys(before).map((t) => [t, count(t)]))).toEqual(before);
    db.close();
    db = new Database(indexPath(), { readonly: true, fileMustExist: true });
    expect(Object.fromEntries(Object.keys(before).map((t) => [t, count(t)]))).toEqual(before);
  });
});

describe('writeIndex on unusual data', () => {
  const empty = () => ({ documents: [], references: [], indicators: [], unmatched: [], decisions: [], series: [], series_points: [], timeseries_conflicts: [], timeseries: { header: ['series_id', 'curated', 'entity', 'name', 'unit'], rows: [] } });
  const open = (dir: string) => new Database(path.join(dir, 'index.sqlite'), { readonly: true, fileMustExist: true });

  it('writes an empty index for an empty output, every table and view there', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-index-empty-'));
    const warnings: string[] = [];
    await writeIndex(dir, empty(), warnings);
    expect(warnings).toEqual([]);
    const idx = open(dir);
    try {
      for (const t of ['documents', 'references', 'indicators', 'series_points', 'timeseries', 'series_with_sources', 'decision_citations_view']) {
        expect((idx.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n, t).toBe(0);
      }
    } finally {
      idx.close();
    }
  });

  it('reports links that point nowhere as warnings, and still writes the index', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-index-dangling-'));
    const statements = out.jsonl('indicators') as unknown as IndicatorRecord[];
    const warnings: string[] = [];
    // Statements without their documents and series.
    await writeIndex(dir, { ...empty(), indicators: statements.slice(0, 3), series_points: seriesPoints(statements.slice(0, 3)) }, warnings);
    expect([...warnings].sort()).toEqual([
      'index.sqlite: 3 rows of indicators → documents point to no row',
      'index.sqlite: 3 rows of indicators → series point to no row',
      'index.sqlite: 3 rows of series_points → documents point to no row',
      'index.sqlite: 3 rows of series_points → series point to no row',
    ]);
    const idx = open(dir);
    try {
      expect((idx.prepare('SELECT count(*) AS n FROM indicators').get() as { n: number }).n).toBe(3);
    } finally {
      idx.close();
    }
  });

  it('leaves out the wide timeseries table past SQLite\'s column limit, with a warning', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-index-wide-'));
    const header = [...empty().timeseries.header, ...Array.from({ length: 1000 }, (_, i) => [`${1000 + i}`, `${1000 + i} sources`]).flat()];
    const warnings: string[] = [];
    await writeIndex(dir, { ...empty(), timeseries: { header, rows: [] } }, warnings);
    expect(warnings).toEqual([`index.sqlite: timeseries.csv has ${header.length} columns, over SQLite's 2000: table timeseries left out (series_points has its values)`]);
    const idx = open(dir);
    try {
      expect(idx.prepare("SELECT name FROM sqlite_master WHERE name = 'timeseries'").all()).toEqual([]);
      expect(idx.prepare("SELECT name FROM sqlite_master WHERE name = 'series_points'").all()).toHaveLength(1);
    } finally {
      idx.close();
    }
  });

  it('warns, leaves no temp file and no stale index', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-index-fail-'));
    fs.writeFileSync(path.join(dir, 'index.sqlite'), 'an index of an earlier run');
    const doc = (out.jsonl('documents') as unknown as DocumentRecord[])[0];
    const warnings: string[] = [];
    // Two documents with one id: a primary key violation.
    await writeIndex(dir, { ...empty(), documents: [doc, doc], timeseries: { header: [], rows: [] } }, warnings);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^index\.sqlite not written: UNIQUE constraint failed: documents\.document_id/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
