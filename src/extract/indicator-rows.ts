/**
 * One list of indicator rows per document: the catalog's values (curated ids, names and units;
 * the catalog decides the id whenever it matches) and every other statement, with a series id
 * derived from its label and unit. A statement standing where a catalog value stands (the same
 * figure, or a repeat collapsed into it) is that value, not a second row. Figures no label could
 * be attached to are the unmatched ones. Pure: values and statements in, rows out.
 */
import { derivedSeriesId, normalizeLabel } from '../resolve/series-identity.js';
import type { IndicatorValue, UnmatchedValue } from './indicators.js';
import type { Statement, Unlabelled } from './statements/index.js';
import type { StatementKind } from './statements/types.js';
import { labelBefore } from './statements/label.js';

export interface IndicatorRow {
  series_id: string;
  catalog: boolean;
  label: string;
  label_normalized: string;
  entity: string;
  value: number;
  upper: number | null;
  unit: string;
  numerator: number | null;
  denominator: number | null;
  qualifier: string;
  kind: StatementKind;
  period: string;
  as_of: string;
  page: number | null;
  section: string;
  quote: string;
  figure: string;
  block: number;
  span_start: number;
  span_end: number;
  label_from: string;
  confidence: number;
  ocr: boolean;
  count: number;
  warnings: string[];
}

const overlaps = (a: [number, number, number], b: { blockIndex: number; figure: { start: number; end: number } }) =>
  a[0] === b.blockIndex && b.figure.start < Math.max(a[2], a[1] + 1) && b.figure.end > a[1];

export function indicatorRows(values: IndicatorValue[], statements: Statement[], unlabelled: Unlabelled[], ocrBlocks: Set<number>): { rows: IndicatorRow[]; unmatched: UnmatchedValue[] } {
  const rows: IndicatorRow[] = values.map((v) => ({
    series_id: v.series_id,
    catalog: true,
    label: cleanLabel(v.label, v.quote),
    label_normalized: normalizeLabel(cleanLabel(v.label, v.quote)),
    entity: v.entity,
    value: v.value,
    upper: null,
    unit: v.unit,
    numerator: v.numerator,
    denominator: v.denominator,
    qualifier: qualifierOf(v.warnings),
    kind: v.kind,
    period: v.period,
    as_of: v.as_of,
    page: v.page,
    section: v.section,
    quote: v.quote,
    figure: v.figure,
    block: v.block_index,
    span_start: v.span_start,
    span_end: v.span_end,
    label_from: 'catalog',
    confidence: v.confidence,
    ocr: v.ocr,
    count: v.count,
    warnings: v.warnings,
  }));
  const covers = values.flatMap((v) => v.covers);
  const covered = (s: { blockIndex: number; figure: { start: number; end: number } }) => covers.some((c) => overlaps(c, s));
  const nameless: Unlabelled[] = [];
  for (const s of statements) {
    if (covered(s)) continue;
    const labelNormalized = normalizeLabel(s.label);
    // "(LP)", "(thời kỳ 1992 - 1997)": a note in parentheses names no measure.
    if (!labelNormalized) {
      nameless.push({ figure: s.figure, blockIndex: s.blockIndex, page: s.page, left: s.label, quote: s.quote });
      continue;
    }
    rows.push({
      series_id: derivedSeriesId(labelNormalized, s.figure.unit),
      catalog: false,
      label: s.label,
      label_normalized: labelNormalized,
      entity: s.entity,
      value: s.figure.value,
      upper: s.figure.upper ?? null,
      unit: s.figure.unit,
      numerator: s.figure.numerator,
      denominator: s.figure.denominator,
      qualifier: s.figure.qualifier,
      kind: s.kind,
      period: s.period,
      as_of: s.asOf,
      page: s.page,
      section: s.section,
      quote: s.quote,
      figure: s.figure.raw,
      block: s.blockIndex,
      span_start: s.figure.start,
      span_end: s.figure.end,
      label_from: s.labelFrom,
      confidence: s.confidence,
      ocr: ocrBlocks.has(s.blockIndex),
      count: 1,
      warnings: s.warnings,
    });
  }
  const unmatched: UnmatchedValue[] = [...unlabelled, ...nameless]
    .filter((u) => !covered(u))
    .map((u) => ({ label: u.left.trim().replace(/[,:]\s*$/, '').slice(-120), value: u.figure.value, unit: u.figure.unit, page: u.page, quote: u.quote }));
  return { rows, unmatched };
}

/**
 * The catalog path keeps the words before a prose figure as they stand ("Năm 2024, tỷ lệ … đạt");
 * the label refiner reads the measure out of them, as for every statement. Table labels
 * (quotes citing "[bảng …]") are row labels already.
 */
function cleanLabel(label: string, quote: string): string {
  if (quote.startsWith('[bảng')) return label;
  return labelBefore(label, false) ?? label;
}

/** The catalog path writes a bound as a warning ('approximate: "hơn"'); rows carry it as a field. */
function qualifierOf(warnings: string[]): string {
  for (const w of warnings) {
    const m = /^approximate: "(.+)"$/.exec(w);
    if (m) return m[1];
  }
  return '';
}
