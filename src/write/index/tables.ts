/**
 * The tables of index.sqlite: every output record type as a typed table (its zod schema's
 * columns, plus an integer id where the record has no key of its own, links and folded text),
 * and the child tables the common questions need: the pages a reference is cited on, the reports
 * citing a decision, one point per value of a series.
 */
import { DecisionRecord, DocumentRecord, IndicatorRecord, ReferenceRecord, SeriesPointRecord, SeriesRecord, TimeseriesConflictRecord, UnmatchedRecord } from '../../schemas.js';
import { timeseriesRole } from '../../resolve/series.js';
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

export const SERIES_POINTS: Table = {
  name: 'series_points',
  description: 'series_points.csv: one row per value of a series (a statement with a period) for its series, entity, period and kind, linked back to the statement.',
  columns: linked(schemaColumns(SeriesPointRecord), { indicator_id: 'indicators(indicator_id)', series_id: 'series(series_id)', document_id: 'documents(document_id)' }),
  primaryKey: ['point_id'],
};

export const TIMESERIES_CONFLICTS: Table = {
  name: 'timeseries_conflicts',
  description: 'timeseries_conflicts.csv: the cells of timeseries.csv left empty because documents disagree, with every value and its source.',
  columns: linked(schemaColumns(TimeseriesConflictRecord), { series_id: 'series(series_id)' }),
  primaryKey: ['series_id', 'entity', 'period'],
};

/** The fixed tables, in the order they are created and described. */
export const TABLES: Table[] = [DOCUMENTS, DECISIONS, REFERENCES, REFERENCE_PAGES, DECISION_CITATIONS, SERIES, INDICATORS, UNMATCHED, SERIES_POINTS, TIMESERIES_CONFLICTS];

/**
 * timeseries.csv as a table: its columns are the periods the corpus has, so they are known only
 * from the pivoted table. A value cell is a number or NULL (a disagreement is in timeseries_conflicts).
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
    const role = timeseriesRole(h);
    if (role === 'series') return fixed[h];
    const period = h.replace(/ (kind|sources)$/, '');
    if (role === 'kind') return column(h, 'TEXT', `What the ${period} value is: actual, estimate or change; NULL when none.`, { notNull: false, values: ['actual', 'estimate', 'change'] });
    if (role === 'sources') return column(h, 'TEXT', `The statements behind the ${period} value ("file p.N"); a disagreement lists the values.`, { notNull: false });
    return column(h, 'REAL', `The value for ${period}: the actual, else the estimate, else the change; NULL when none or when documents disagree (timeseries_conflicts).`, { notNull: false });
  });
  return { name: 'timeseries', description: 'timeseries.csv: one row per series and entity, a value, a kind and a sources column per period.', columns, primaryKey: [] };
}

export function createTableSql(t: Table): string {
  const single = t.primaryKey.length === 1;
  const cols = t.columns.map((c) => '  ' + columnSql(c, single && c.name === t.primaryKey[0]));
  if (t.primaryKey.length > 1) cols.push(`  PRIMARY KEY (${t.primaryKey.map(ident).join(', ')})`);
  return `CREATE TABLE ${ident(t.name)} (\n${cols.join(',\n')}\n)`;
}
