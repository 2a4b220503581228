/**
 * Output records → index rows: ids where a record has none (its row number in the CSV), the
 * decision each reference was placed in, folded text for search, and the rows derived for the
 * child tables (pages of a reference, citing documents of a decision, points of a series).
 */
import { buildDecisions } from '../../resolve/decisions.js';
import type { SeriesTable } from '../../resolve/series.js';
import type { DecisionRecord, DocumentRecord, IndicatorRecord, ReferenceRecord, SeriesRecord, UnmatchedRecord } from '../../schemas.js';
import { fold } from '../../text/normalize.js';
import { encodeCell } from './columns.js';
import type { Table } from './tables.js';

/** What writeOutputs() has validated: the rows of every CSV, and the pivoted time series. */
export interface IndexInput {
  documents: DocumentRecord[];
  references: ReferenceRecord[];
  indicators: IndicatorRecord[];
  unmatched: UnmatchedRecord[];
  decisions: DecisionRecord[];
  series: SeriesRecord[];
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
export function decisionIdsOf(references: ReferenceRecord[], decisions: DecisionRecord[]): Array<string | null> {
  const placed = new Map<ReferenceRecord, string>();
  buildDecisions(references, new Map(), (ref, id) => placed.set(ref, id));
  const written = new Set(decisions.map((d) => d.decision_id));
  return references.map((r) => {
    const id = placed.get(r);
    return id !== undefined && written.has(id) ? id : null;
  });
}

export function referencePages(refs: Row[]): Row[] {
  return refs.flatMap((r) => [...new Set(r.pages as number[])].map((page) => ({ reference_id: r.reference_id, page })));
}

/** decisions.cited_by as rows, each with the reference row of that document placed in the decision. */
export function decisionCitations(decisions: DecisionRecord[], refs: Row[]): Row[] {
  const refOf = new Map<string, unknown>();
  for (const r of refs) {
    const k = `${r.decision_id}\u0000${r.document_id}`;
    if (r.decision_id !== null && !refOf.has(k)) refOf.set(k, r.reference_id);
  }
  return decisions.flatMap((d) =>
    d.cited_by.map((c) => ({ decision_id: d.decision_id, document_id: c.document_id, source_file: c.source_file, reference_id: refOf.get(`${d.decision_id}\u0000${c.document_id}`) ?? null })),
  );
}

/** First and last month (YYYY-MM) of a period as the schemas write it; null for no period. */
export function periodRange(p: string): { start: string; end: string } | null {
  const m2 = (n: number) => String(n).padStart(2, '0');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(p))) return { start: `${m[1]}-01`, end: `${m[1]}-12` };
  if ((m = /^(\d{4})-H([12])$/.exec(p))) return m[2] === '1' ? { start: `${m[1]}-01`, end: `${m[1]}-06` } : { start: `${m[1]}-07`, end: `${m[1]}-12` };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(p))) return { start: `${m[1]}-${m2(Number(m[2]) * 3 - 2)}`, end: `${m[1]}-${m2(Number(m[2]) * 3)}` };
  if ((m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(p))) return { start: p, end: p };
  if ((m = /^(\d{4})-(\d{4})$/.exec(p))) return { start: `${m[1]}-01`, end: `${m[2]}-12` };
  if ((m = /^(\d{4}-\d{2})\/(\d{4}-\d{2})$/.exec(p))) return { start: m[1], end: m[2] };
  return null;
}

/**
 * One point per statement that has a period. `in_timeseries` marks what timeseries.csv shows
 * (pivotSeries: an actual, else whatever non-target value the period has); `conflict` marks a
 * slot (series, entity, period, kind) where statements disagree.
 */
export function seriesPoints(indicators: Row[]): Row[] {
  const timed = indicators.filter((r) => periodRange(r.period as string));
  const slotValues = new Map<string, Set<unknown>>();
  const cellHasActual = new Set<string>();
  const cell = (r: Row) => `${r.series_id}\u0000${r.entity}\u0000${r.period}`;
  for (const r of timed) {
    const slot = `${cell(r)}\u0000${r.kind}`;
    slotValues.set(slot, (slotValues.get(slot) ?? new Set()).add(r.value));
    if (r.kind === 'actual') cellHasActual.add(cell(r));
  }
  return timed.map((r, i) => {
    const range = periodRange(r.period as string)!;
    return {
      point_id: i + 1,
      indicator_id: r.indicator_id,
      series_id: r.series_id,
      entity: r.entity,
      period: r.period,
      period_start: range.start,
      period_end: range.end,
      kind: r.kind,
      value: r.value,
      upper: r.upper,
      unit: r.unit,
      qualifier: r.qualifier,
      as_of: r.as_of,
      document_id: r.document_id,
      source_file: r.source_file,
      page: r.page,
      quote: r.quote,
      in_timeseries: r.kind !== 'target' && (r.kind === 'actual' || !cellHasActual.has(cell(r))),
      conflict: slotValues.get(`${cell(r)}\u0000${r.kind}`)!.size > 1,
    };
  });
}

const SERIES_COLUMNS = new Set(['series_id', 'curated', 'entity', 'name', 'unit']);

/** timeseries.csv's rows as row objects: 'true'/'false' as booleans, an empty period cell as null. */
export function timeseriesRows(table: SeriesTable): Row[] {
  return table.rows.map((cells) => {
    const row: Row = {};
    table.header.forEach((h, i) => {
      const v = cells[i] ?? '';
      row[h] = h === 'curated' ? v === 'true' : !SERIES_COLUMNS.has(h) && v === '' ? null : v;
    });
    return row;
  });
}

/** Every row of every index table, in table order. */
export function indexRows(input: IndexInput): Record<string, Row[]> {
  const decisionIds = decisionIdsOf(input.references, input.decisions);
  const references = input.references.map((r, i) => referenceRow(r, i, decisionIds[i]));
  const indicators = input.indicators.map(indicatorRow);
  return {
    documents: input.documents.map(documentRow),
    decisions: input.decisions.map(decisionRow),
    references,
    reference_pages: referencePages(references),
    decision_citations: decisionCitations(input.decisions, references),
    series: input.series.map(seriesRow),
    indicators,
    unmatched: input.unmatched.map(unmatchedRow),
    series_points: seriesPoints(indicators),
    timeseries: timeseriesRows(input.timeseries),
  };
}

/** A row's cells in the table's column order. */
export function encodeRow(table: Table, row: Row): Array<string | number | null> {
  return table.columns.map((c) => encodeCell(c, row[c.name]));
}
