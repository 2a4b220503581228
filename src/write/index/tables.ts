/**
 * The tables of index.sqlite: every output record type as a typed table (its zod schema's
 * columns, plus an integer id where the record has no key of its own, links and folded text),
 * and the child tables the common questions need: the pages a reference is cited on, the reports
 * citing a decision, one point per value of a series.
 */
import { DecisionRecord, DocumentRecord, IndicatorRecord, ReferenceRecord, SeriesRecord, UnmatchedRecord } from '../../schemas.js';
import { column, Column, columnSql, foldedColumn, ident, schemaColumns } from './columns.js';

export interface Table {
  name: string;
  description: string;
  columns: Column[];
  /** Column-level key (a single column) or a composite one. */
  primaryKey: string[];
}

// Schema columns with the foreign keys the record types only imply.
const linked = (columns: Column[], links: Record<string, string>): Column[] => columns.map((c) => (links[c.name] ? { ...c, references: links[c.name] } : c));
const described = (schemaCols: Column[], name: string) => schemaCols.find((c) => c.name === name)!;

const indicatorCols = schemaColumns(IndicatorRecord);

export const DOCUMENTS: Table = {
  name: 'documents',
  description: 'One row per input document (distinct content), as documents.csv.',
  columns: [...schemaColumns(DocumentRecord), foldedColumn('title')],
  primaryKey: ['document_id'],
};

export const DECISIONS: Table = {
  name: 'decisions',
  description: 'One row per decision cited anywhere in the corpus (key scoped by province and year), as decisions.csv.',
  columns: [...schemaColumns(DecisionRecord), foldedColumn('subject')],
  primaryKey: ['decision_id'],
};

export const REFERENCES: Table = {
  name: 'references',
  description: 'One row per distinct reference cited by a document, as references.csv, linked to its decision.',
  columns: [
    column('reference_id', 'INTEGER', 'Row number of the reference in references.csv (1-based).'),
    ...linked(schemaColumns(ReferenceRecord), { document_id: 'documents(document_id)' }),
    column('decision_id', 'TEXT', 'The decision (decisions.decision_id) this citation was placed in.', { notNull: false, references: 'decisions(decision_id)' }),
    foldedColumn('subject'),
    foldedColumn('context'),
  ],
  primaryKey: ['reference_id'],
};

export const REFERENCE_PAGES: Table = {
  name: 'reference_pages',
  description: 'The pages a reference is cited on (PDF and scans), one row each: the archivist\'s "on which page".',
  columns: [
    column('reference_id', 'INTEGER', 'The reference (references.reference_id).', { references: 'references(reference_id)' }),
    column('page', 'INTEGER', '1-based page where the reference is cited.'),
  ],
  primaryKey: ['reference_id', 'page'],
};

export const DECISION_CITATIONS: Table = {
  name: 'decision_citations',
  description: 'The documents citing each decision (decisions.cited_by), one row each, with the reference row that cites it.',
  columns: [
    column('decision_id', 'TEXT', 'The decision cited.', { references: 'decisions(decision_id)' }),
    column('document_id', 'TEXT', 'The citing document.', { references: 'documents(document_id)' }),
    column('source_file', 'TEXT', 'Path of the citing file.'),
    column('reference_id', 'INTEGER', 'The citing reference row (references.reference_id); the first when the document cites it under two spellings.', {
      notNull: false,
      references: 'references(reference_id)',
    }),
  ],
  primaryKey: ['decision_id', 'document_id'],
};

export const SERIES: Table = {
  name: 'series',
  description: 'One row per series (curated or discovered), as series.csv.',
  columns: [...schemaColumns(SeriesRecord), foldedColumn('name')],
  primaryKey: ['series_id'],
};

export const INDICATORS: Table = {
  name: 'indicators',
  description: 'One row per statement (a figure a report states), as indicators.csv.',
  columns: [
    column('indicator_id', 'INTEGER', 'Row number of the statement in indicators.csv (1-based).'),
    ...linked(indicatorCols, { document_id: 'documents(document_id)', series_id: 'series(series_id)' }),
    foldedColumn('label'),
    foldedColumn('quote'),
  ],
  primaryKey: ['indicator_id'],
};

export const UNMATCHED: Table = {
  name: 'unmatched',
  description: 'One row per figure no label could be attached to, as unmatched.csv.',
  columns: [column('unmatched_id', 'INTEGER', 'Row number in unmatched.csv (1-based).'), ...linked(schemaColumns(UnmatchedRecord), { document_id: 'documents(document_id)' })],
  primaryKey: ['unmatched_id'],
};

const pick = (name: string, opts: Partial<Column> = {}): Column => ({ ...described(indicatorCols, name), ...opts });

export const SERIES_POINTS: Table = {
  name: 'series_points',
  description: 'One row per value of a series: a statement with a period, for its series, entity, period and kind, linked back to the statement.',
  columns: [
    column('point_id', 'INTEGER', 'Row number of the point.'),
    column('indicator_id', 'INTEGER', 'The statement the value was read from (indicators.indicator_id).', { references: 'indicators(indicator_id)' }),
    pick('series_id', { references: 'series(series_id)' }),
    pick('entity'),
    pick('period'),
    column('period_start', 'TEXT', 'First month of the period (YYYY-MM): sort and filter by time with it.'),
    column('period_end', 'TEXT', 'Last month of the period (YYYY-MM); timeseries.csv orders periods by it.'),
    pick('kind'),
    pick('value'),
    pick('upper'),
    pick('unit'),
    pick('qualifier'),
    pick('as_of'),
    pick('document_id', { references: 'documents(document_id)' }),
    pick('source_file'),
    pick('page'),
    pick('quote'),
    column('in_timeseries', 'INTEGER', 'The value timeseries.csv shows for its period: an actual, else an estimate or change when no actual exists; never a target (1 true, 0 false).', { encode: 'bool' }),
    column('conflict', 'INTEGER', 'Another statement of the same series, entity, period and kind states a different value (1 true, 0 false).', { encode: 'bool' }),
  ],
  primaryKey: ['point_id'],
};

/** The fixed tables, in the order they are created and described. */
export const TABLES: Table[] = [DOCUMENTS, DECISIONS, REFERENCES, REFERENCE_PAGES, DECISION_CITATIONS, SERIES, INDICATORS, UNMATCHED, SERIES_POINTS];

/**
 * timeseries.csv as a table: its columns are the periods the corpus has, so they are known only
 * from the pivoted table. A value cell is a number, 'conflict' or NULL (NUMERIC affinity keeps
 * numbers numbers and the word a word).
 */
export function timeseriesTable(header: string[]): Table {
  const fixed: Record<string, Column> = {
    series_id: column('series_id', 'TEXT', 'The series (series.series_id).', { references: 'series(series_id)' }),
    curated: column('curated', 'INTEGER', 'A catalog series (1) or a discovered one (0).', { encode: 'bool' }),
    entity: column('entity', 'TEXT', described(indicatorCols, 'entity').description),
    name: column('name', 'TEXT', 'The series name.'),
    unit: column('unit', 'TEXT', 'The unit of its values.'),
  };
  const columns = header.map((h) => {
    if (fixed[h]) return fixed[h];
    const sources = h.endsWith(' sources');
    return sources
      ? column(h, 'TEXT', `The documents behind the ${h.slice(0, -' sources'.length)} value ("(estimate)" marks an estimate; a conflict lists the values).`, { notNull: false })
      : column(h, 'NUMERIC', `The value for ${h}: the actual, else the estimate; 'conflict' when documents disagree; NULL when none.`, { notNull: false });
  });
  return { name: 'timeseries', description: 'timeseries.csv: one row per series and entity, a value and a sources column per period.', columns, primaryKey: [] };
}

export function createTableSql(t: Table): string {
  const single = t.primaryKey.length === 1;
  const cols = t.columns.map((c) => '  ' + columnSql(c, single && c.name === t.primaryKey[0]));
  if (t.primaryKey.length > 1) cols.push(`  PRIMARY KEY (${t.primaryKey.map(ident).join(', ')})`);
  return `CREATE TABLE ${ident(t.name)} (\n${cols.join(',\n')}\n)`;
}
