/**
 * Full-text search: one FTS5 table per searchable table, over its text and the folded twin of it.
 *
 * unicode61 with remove_diacritics 2 lets "hồ sơ dung hạn" find "hồ sơ đúng hạn", but it keeps
 * đ (a letter of its own, not d with a mark): "dung han" would miss. The *_folded columns (đ → d)
 * catch that, so a query typed with diacritics, without them, or without đ all find the statement.
 *
 * Each FTS table is an external-content table named `<table>_fts` with content="<table>": the text
 * is stored once, and Datasette recognises the pair and puts a search box on the table.
 */
import { ident } from './columns.js';

export interface SearchIndex {
  table: string;
  /** The integer key the FTS rowid follows; tables keyed by text use their rowid (written once, never vacuumed here). */
  rowid: string;
  columns: string[];
}

export const SEARCH: SearchIndex[] = [
  { table: 'documents', rowid: 'rowid', columns: ['title', 'title_folded'] },
  { table: 'references', rowid: 'reference_id', columns: ['key', 'subject', 'context', 'subject_folded', 'context_folded'] },
  { table: 'decisions', rowid: 'rowid', columns: ['key', 'subject', 'subject_folded'] },
  { table: 'indicators', rowid: 'indicator_id', columns: ['label', 'quote', 'label_folded', 'quote_folded'] },
  { table: 'series', rowid: 'rowid', columns: ['name', 'labels', 'name_folded'] },
];

export const ftsName = (s: SearchIndex) => `${s.table}_fts`;

export function createSearchSql(s: SearchIndex): string {
  // Double quotes around the content table: the form Datasette's detection looks for.
  const rowid = s.rowid === 'rowid' ? '' : `, content_rowid="${s.rowid}"`;
  return `CREATE VIRTUAL TABLE ${ident(ftsName(s))} USING fts5(${s.columns.map(ident).join(', ')}, content="${s.table}"${rowid}, tokenize='unicode61 remove_diacritics 2')`;
}

/** Fills an external-content FTS table from its table, in one pass. */
export function rebuildSearchSql(s: SearchIndex): string {
  return `INSERT INTO ${ident(ftsName(s))} (${ident(ftsName(s))}) VALUES ('rebuild')`;
}
