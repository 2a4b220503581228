/**
 * The tidy time series (series_points.csv): one point per statement with a period, its period
 * spelled out (granularity, first and last month), whether timeseries.csv shows it and whether
 * other statements of its slot disagree. timeseries.csv and timeseries_conflicts.csv are
 * derived from these points, so the three files and index.sqlite cannot disagree.
 */
import type { IndicatorRecord, SeriesPointRecord, SeriesRecord, TimeseriesConflictRecord } from '../schemas.js';
import { catalog } from '../data/catalog.js';

export type Granularity = SeriesPointRecord['granularity'];
/** The column groups of timeseries.csv, in this order. */
export const GRANULARITIES: Granularity[] = ['year', 'half', 'quarter', 'month', 'years', 'months'];

/** What timeseries.csv shows for a period: actuals, else estimates, else changes; never targets. */
const SHOWN: Array<IndicatorRecord['kind']> = ['actual', 'estimate', 'change'];

/** First and last month (YYYY-MM) of a period as the schemas write it, and its granularity; null for no period. */
export function periodRange(p: string): { start: string; end: string; granularity: Granularity } | null {
  const m2 = (n: number) => String(n).padStart(2, '0');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(p))) return { start: `${m[1]}-01`, end: `${m[1]}-12`, granularity: 'year' };
  if ((m = /^(\d{4})-H([12])$/.exec(p))) return { ...(m[2] === '1' ? { start: `${m[1]}-01`, end: `${m[1]}-06` } : { start: `${m[1]}-07`, end: `${m[1]}-12` }), granularity: 'half' };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(p))) return { start: `${m[1]}-${m2(Number(m[2]) * 3 - 2)}`, end: `${m[1]}-${m2(Number(m[2]) * 3)}`, granularity: 'quarter' };
  if ((m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(p))) return { start: p, end: p, granularity: 'month' };
  if ((m = /^(\d{4})-(\d{4})$/.exec(p))) return { start: `${m[1]}-01`, end: `${m[2]}-12`, granularity: 'years' };
  if ((m = /^(\d{4}-\d{2})\/(\d{4}-\d{2})$/.exec(p))) return { start: m[1], end: m[2], granularity: 'months' };
  return null;
}

/** The name of every series: the catalog's, else the discovered series' own. */
export function seriesNames(series: SeriesRecord[]): Map<string, string> {
  const names = new Map(series.map((s) => [s.series_id, s.name]));
  for (const c of catalog) names.set(c.id, c.name);
  return names;
}

/**
 * One point per statement with a period. `indicators` are the rows of indicators.csv as written:
 * a point's indicator_id is its statement's row number there.
 */
export function seriesPoints(indicators: IndicatorRecord[], series: SeriesRecord[] = []): SeriesPointRecord[] {
  const slots = pointSlots();
  for (const r of indicators) slots.add(r);
  return [...pointsOf(indicators, slots.done(), seriesNames(series))];
}

/** What a point's slot reads of a statement. */
export type SlotFacts = Pick<IndicatorRecord, 'series_id' | 'entity' | 'period' | 'kind' | 'value'>;

/** For each statement's slot: the distinct values of its kind, and the kind timeseries.csv shows for its cell. */
export interface PointSlots {
  valuesOf(r: SlotFacts): number[];
  shownKindOf(r: SlotFacts): IndicatorRecord['kind'] | undefined;
}

const cellOf = (r: SlotFacts) => `${r.series_id}\u0000${r.entity}\u0000${r.period}`;

/**
 * The slots of the points, fed one statement at a time (every statement written, in indicators.csv
 * order: the values are listed in reading order): only each slot's values and each cell's kinds are kept.
 */
export function pointSlots(): { add(r: SlotFacts): void; done(): PointSlots } {
  const slotValues = new Map<string, number[]>();
  const cellKinds = new Map<string, Set<string>>();
  return {
    add(r) {
      if (!periodRange(r.period)) return;
      const cell = cellOf(r);
      const slot = `${cell}\u0000${r.kind}`;
      const values = slotValues.get(slot) ?? slotValues.set(slot, []).get(slot)!;
      if (!values.includes(r.value)) values.push(r.value);
      (cellKinds.get(cell) ?? cellKinds.set(cell, new Set()).get(cell)!).add(r.kind);
    },
    done: () => ({
      valuesOf: (r) => slotValues.get(`${cellOf(r)}\u0000${r.kind}`) ?? [],
      shownKindOf: (r) => {
        const kinds = cellKinds.get(cellOf(r));
        return kinds && SHOWN.find((k) => kinds.has(k));
      },
    }),
  };
}

/** Whether timeseries.csv shows a statement's value: its cell's shown kind, never a target. */
export const inTimeseries = (r: SlotFacts, slots: PointSlots): boolean => r.kind !== 'target' && r.kind === slots.shownKindOf(r);

/** The points of `indicators` (indicators.csv's rows, in order: indicator_id is the row number), made one at a time. */
export function* pointsOf(indicators: Iterable<IndicatorRecord>, slots: PointSlots, names: Map<string, string>): Generator<SeriesPointRecord> {
  let id = 0;
  let pointId = 0;
  for (const r of indicators) {
    id++;
    const range = periodRange(r.period);
    if (!range) continue;
    const values = slots.valuesOf(r);
    yield {
      point_id: ++pointId,
      indicator_id: id,
      series_id: r.series_id,
      name: names.get(r.series_id) ?? r.label,
      curated: r.catalog,
      entity: r.entity,
      period: r.period,
      granularity: range.granularity,
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
      in_timeseries: inTimeseries(r, slots),
      conflict: values.length > 1,
      conflict_values: values.length > 1 ? [...values] : [],
    };
  }
}

/** A statement as a source: "file p.N" (no page where the format has none). */
export const sourceOf = (p: { source_file: string; page: number | null }) => (p.page === null ? p.source_file : `${p.source_file} p.${p.page}`);

/** What the conflicts file reads of a point (not its quote). */
export type ConflictPoint = Pick<SeriesPointRecord, 'series_id' | 'name' | 'entity' | 'unit' | 'period' | 'kind' | 'value' | 'source_file' | 'page' | 'in_timeseries' | 'conflict' | 'conflict_values'>;

/** The cells of timeseries.csv that documents disagree on, one row each, in the points' order. */
export function timeseriesConflicts(points: Iterable<ConflictPoint>, unitOf: (seriesId: string, entity: string) => string = () => ''): TimeseriesConflictRecord[] {
  const cells = new Map<string, ConflictPoint[]>();
  for (const p of points) {
    if (!p.in_timeseries || !p.conflict) continue;
    const k = `${p.series_id}\u0000${p.entity}\u0000${p.period}`;
    (cells.get(k) ?? cells.set(k, []).get(k)!).push(p);
  }
  return [...cells.values()].map((group) => {
    const first = group[0];
    return {
      series_id: first.series_id,
      name: first.name,
      entity: first.entity,
      unit: unitOf(first.series_id, first.entity) || first.unit,
      period: first.period,
      kind: first.kind as TimeseriesConflictRecord['kind'],
      values: first.conflict_values,
      statements: group.length,
      sources: group.map((p) => `${sourceOf(p)}: ${p.value}`),
    };
  });
}
