/**
 * Output records → index rows: ids where a record has none (its row number in the CSV), the
 * decision each reference was placed in, folded text for search, and the rows derived for the
 * child tables (pages of a reference, citing documents of a decision); series points come as
 * series_points.csv has them.
 */
import { buildDecisions, type ReferenceKey } from '../../resolve/decisions.js';
import { timeseriesRole, type SeriesTable } from '../../resolve/series.js';
import type { DecisionRecord, DocumentRecord, IndicatorRecord, ReferenceRecord, SeriesPointRecord, SeriesRecord, TimeseriesConflictRecord, UnmatchedRecord } from '../../schemas.js';
import { fold } from '../../text/normalize.js';
import { encodeCell } from './columns.js';
import type { Table } from './tables.js';
import type { Rows } from '../outputs.js';

/** What writeOutputs() has validated: the rows of every CSV, and the pivoted time series. */
export interface IndexInput {
  documents: DocumentRecord[];
  /** Walked more than once (rows read from the state, or an array). */
  references: Rows<ReferenceRecord>;
  /** What placing the references in their decisions reads, in the same order (made from `references` when not given). */
  referenceKeys?: ReferenceKey[];
  /** Walked more than once, like the references. */
  indicators: Rows<IndicatorRecord>;
  unmatched: Rows<UnmatchedRecord>;
  decisions: DecisionRecord[];
  series: SeriesRecord[];
  /** series_points.csv: its indicator_id is the statement's row number, the index's indicator_id. */
  series_points: Rows<SeriesPointRecord>;
  timeseries_conflicts: TimeseriesConflictRecord[];
  timeseries: SeriesTable;
}

export type Row = Record<string, unknown>;

export const documentRow = (d: DocumentRecord): Row => ({ ...d, title_folded: fold(d.title) });
export const decisionRow = (d: DecisionRecord): Row => ({ ...d, subject_folded: fold(d.subject) });
export const seriesRow = (s: SeriesRecord): Row => ({ ...s, name_folded: fold(s.name) });
export const unmatchedRow = (u: UnmatchedRecord, i: number): Row => ({ unmatched_id: i + 1, ...u });

export function indicatorRow(r: IndicatorRecord, i: number): Row {
  return { indicator_id: i + 1, ...r, label_folded: fold(r.label), quote_folded: fold(r.quote) };
}

export function referenceRow(r: ReferenceRecord, i: number, decisionId: string | null): Row {
  return { reference_id: i + 1, ...r, decision_id: decisionId, subject_folded: fold(r.subject), context_folded: fold(r.context) };
}

/**
 * The decision each reference belongs to, as buildDecisions places it (a key alone is ambiguous:
 * 1336/QĐ-UBND is one decision per province and year). A reference whose decision is not among
 * the written decisions (one failed its schema) gets null rather than a dangling link.
 */
export function decisionIdsOf(references: ReferenceKey[], decisions: DecisionRecord[]): Array<string | null> {
  const placed = new Map<ReferenceKey, string>();
  buildDecisions(references, new Map(), (ref, id) => placed.set(ref, id));
  const written = new Set(decisions.map((d) => d.decision_id));
  return references.map((r) => {
    const id = placed.get(r);
    return id !== undefined && written.has(id) ? id : null;
  });
}

/** Rows walked once, as a table is filled: made one at a time from the records, never all held. */
function lazy<T>(make: () => Iterable<T>): Iterable<T> {
  return { [Symbol.iterator]: () => make()[Symbol.iterator]() };
}

function* mapRows<T>(rows: Iterable<T>, f: (r: T, i: number) => Row): Generator<Row> {
  let i = 0;
  for (const r of rows) yield f(r, i++);
}

export function referencePages(refs: Iterable<Row>): Row[] {
  const out: Row[] = [];
  for (const r of pagesOf(refs)) out.push(r);
  return out;
}

function* pagesOf(refs: Iterable<Row>): Generator<Row> {
  for (const r of refs) for (const page of new Set(r.pages as number[])) yield { reference_id: r.reference_id, page };
}

/** decisions.cited_by as rows, each with the reference row of that document placed in the decision. */
export function decisionCitations(decisions: Iterable<DecisionRecord>, refs: Iterable<Row>): Row[] {
  return [...citationsOf(decisions, firstReferenceOf(refs))];
}

/** The first reference row of each decision and citing document. */
function firstReferenceOf(refs: Iterable<{ decision_id?: unknown; document_id?: unknown; reference_id?: unknown }>): Map<string, unknown> {
  const refOf = new Map<string, unknown>();
  for (const r of refs) {
    const k = `${r.decision_id}\u0000${r.document_id}`;
    if (r.decision_id !== null && !refOf.has(k)) refOf.set(k, r.reference_id);
  }
  return refOf;
}

function* citationsOf(decisions: Iterable<DecisionRecord>, refOf: Map<string, unknown>): Generator<Row> {
  for (const d of decisions) {
    for (const c of d.cited_by) yield { decision_id: d.decision_id, document_id: c.document_id, source_file: c.source_file, reference_id: refOf.get(`${d.decision_id}\u0000${c.document_id}`) ?? null };
  }
}

/** timeseries.csv's rows as row objects: 'true'/'false' as booleans, values as numbers, an empty period cell as null. */
export function timeseriesRows(table: SeriesTable): Row[] {
  return [...timeseriesRowsOf(table)];
}

function* timeseriesRowsOf(table: SeriesTable): Generator<Row> {
  const roles = table.header.map(timeseriesRole);
  for (const cells of table.rows) {
    const row: Row = {};
    table.header.forEach((h, i) => {
      const v = cells[i] ?? '';
      row[h] = h === 'curated' ? v === 'true' : roles[i] === 'series' ? v : v === '' ? null : roles[i] === 'value' ? Number(v) : v;
    });
    yield row;
  }
}

/**
 * Every row of every index table, in table order, each table's rows made as they are inserted
 * (a reference's row, with its folded text, exists only while it is written).
 */
export function indexRows(input: IndexInput): Record<string, Iterable<Row>> {
  const decisionIds = decisionIdsOf(input.referenceKeys ?? [...input.references], input.decisions);
  const references = lazy(() => mapRows(input.references, (r, i) => referenceRow(r, i, decisionIds[i])));
  // What a reference row adds that the child tables need, without the row's text.
  const refKeys = lazy(() => mapRows(input.references, (r, i) => ({ reference_id: i + 1, document_id: r.document_id, decision_id: decisionIds[i], pages: r.pages })));
  return {
    documents: lazy(() => mapRows(input.documents, documentRow)),
    decisions: lazy(() => mapRows(input.decisions, decisionRow)),
    references,
    reference_pages: lazy(() => pagesOf(refKeys)),
    decision_citations: lazy(() => citationsOf(input.decisions, firstReferenceOf(refKeys))),
    series: lazy(() => mapRows(input.series, seriesRow)),
    indicators: lazy(() => mapRows(input.indicators, indicatorRow)),
    unmatched: lazy(() => mapRows(input.unmatched, unmatchedRow)),
    series_points: input.series_points,
    timeseries_conflicts: input.timeseries_conflicts,
    timeseries: lazy(() => timeseriesRowsOf(input.timeseries)),
  };
}

/** A row's cells in the table's column order. */
export function encodeRow(table: Table, row: Row): Array<string | number | null> {
  return table.columns.map((c) => encodeCell(c, row[c.name]));
}
