/**
 * Cross-document view of indicators: flags disagreements between documents on the same
 * indicator and period, and pivots the points into one row per indicator (timeseries.csv).
 */
import type { IndicatorRecord, SeriesPointRecord, SeriesRecord } from '../schemas.js';
import { GRANULARITIES, seriesPoints, sourceOf } from './series-points.js';
import { catalog } from '../data/catalog.js';

/** Two documents stating different values for one indicator, period and kind: both kept, both flagged. */
export function flagConflicts(rows: IndicatorRecord[]): void {
  const conflicts = conflictFinder();
  for (const r of rows) conflicts.add(r);
  for (const r of rows) {
    const w = conflicts.warningOf(r);
    if (w) r.warnings.push(w);
  }
}

/** What flagging conflicts reads of a statement. */
export type ConflictFacts = Pick<IndicatorRecord, 'catalog' | 'series_id' | 'entity' | 'period' | 'kind' | 'value' | 'source_file' | 'as_of'>;

/**
 * flagConflicts fed one statement at a time (rows read from the state, never all held), each
 * slot keeping only the value, file and day of its statements; `warningOf` gives a statement
 * the warning flagConflicts adds to it, if any.
 */
export function conflictFinder(): { add(r: ConflictFacts): void; warningOf(r: ConflictFacts): string | undefined } {
  const slots = new Map<string, Array<Pick<ConflictFacts, 'value' | 'source_file' | 'as_of'>>>();
  const slotOf = (r: ConflictFacts) => `${r.series_id}|${r.entity}|${r.period}|${r.kind}`;
  // Each slot's warning for each of its values, made once: the rows are read again on every walk.
  const made = new Map<string, Map<number, string | undefined>>();
  return {
    add(r) {
      // A discovered series is a hypothesis built from labels ("hồ sơ" in two reports may be two
      // measures): only the catalog's curated series are held to one value per period.
      if (!r.catalog) return;
      const k = slotOf(r);
      (slots.get(k) ?? slots.set(k, []).get(k)!).push({ value: r.value, source_file: r.source_file, as_of: r.as_of });
    },
    warningOf(r) {
      if (!r.catalog) return undefined;
      const slot = slotOf(r);
      const group = slots.get(slot);
      if (!group) return undefined;
      const byValue = made.get(slot) ?? made.set(slot, new Map()).get(slot)!;
      if (byValue.has(r.value)) return byValue.get(r.value);
      let warning: string | undefined;
      if (new Set(group.map((o) => o.value)).size >= 2) {
        // A value "as of" an earlier day is often a snapshot, not a contradiction: say so.
        const others = group.filter((o) => o.value !== r.value).map((o) => `${o.value} in ${o.source_file}${o.as_of ? ` (as of ${o.as_of})` : ''}`);
        warning = `other documents state a different value for ${r.entity ? `${r.entity}, ` : ''}${r.period}: ${[...new Set(others)].join('; ')}`;
      }
      byValue.set(r.value, warning);
      return warning;
    },
  };
}

export interface SeriesTable {
  header: string[];
  rows: string[][];
}

/** What a column of timeseries.csv holds, from its name. */
export type TimeseriesRole = 'series' | 'value' | 'kind' | 'sources';
export const TIMESERIES_FIXED = ['series_id', 'curated', 'entity', 'name', 'unit'];
export function timeseriesRole(column: string): TimeseriesRole {
  if (TIMESERIES_FIXED.includes(column)) return 'series';
  return column.endsWith(' kind') ? 'kind' : column.endsWith(' sources') ? 'sources' : 'value';
}

/**
 * Wide table: one row per indicator and entity ('' = the documents' own scope, listed first).
 * Periods are grouped by granularity (years, halves, quarters, months, runs of years, runs of
 * months: values of different lengths side by side are not comparable) and in time order within
 * a group; each has a value column (a number or empty), a kind column and a sources column.
 * The value is the actual, else the estimate, else the change (the kind column says which);
 * targets never. Disagreeing values leave the cell empty: a spreadsheet or pandas reads the
 * column as numbers, and timeseries_conflicts.csv lists the values. `points` are seriesPoints(rows,
 * series), when the caller has them already.
 */
export function pivotSeries(rows: IndicatorRecord[], series: SeriesRecord[] = [], points: SeriesPointRecord[] = seriesPoints(rows, series)): SeriesTable {
  return pivotTable(rows, series, points);
}

/** What the wide table reads of a statement (all kinds: targets and statements without a period are passed over). */
export type PivotRow = Pick<IndicatorRecord, 'series_id' | 'entity' | 'period' | 'kind' | 'catalog' | 'unit'>;
/** What it reads of a point (those not in_timeseries are passed over). */
export type PivotPoint = Pick<SeriesPointRecord, 'series_id' | 'entity' | 'period' | 'granularity' | 'kind' | 'value' | 'source_file' | 'page' | 'in_timeseries'>;

/** pivotSeries from what it reads of the statements and points (made from the state without holding their records). */
export function pivotTable(rows: Iterable<PivotRow>, series: SeriesRecord[], points: PivotPoint[]): SeriesTable {
  const shown = points.filter((p) => p.in_timeseries);
  const group = new Map(GRANULARITIES.map((g, i) => [g, i]));
  const granularityOf = new Map(shown.map((p) => [p.period, p.granularity]));
  const periods = [...granularityOf.keys()].sort((a, b) => group.get(granularityOf.get(a)!)! - group.get(granularityOf.get(b)!)! || byPeriodEnd(a, b));
  const order = new Map(catalog.map((c, i) => [c.id, i]));
  const byId = new Map(catalog.map((c) => [c.id, c]));
  const discovered = new Map(series.filter((x) => !x.curated).map((x) => [x.series_id, x]));
  // One series per indicator and entity, its statements (all kinds but targets: the unit) and shown points gathered in one pass.
  const seriesKeys = new Map<string, { id: string; entity: string; rows: PivotRow[]; points: PivotPoint[] }>();
  const keyOf = (r: { series_id: string; entity: string }) => `${r.series_id}\u0000${r.entity}`;
  for (const r of rows) {
    if (r.kind === 'target' || !r.period) continue;
    const k = keyOf(r);
    const s = seriesKeys.get(k) ?? seriesKeys.set(k, { id: r.series_id, entity: r.entity, rows: [], points: [] }).get(k)!;
    s.rows.push(r);
  }
  for (const p of shown) seriesKeys.get(keyOf(p))?.points.push(p);
  // Catalog order, then the document's own scope before entities, entities in reading order of first appearance.
  const firstSeen = new Map([...seriesKeys.keys()].map((k, i) => [k, i]));
  const keys = [...seriesKeys.entries()].sort(
    ([ka, a], [kb, b]) => (order.get(a.id) ?? 999) - (order.get(b.id) ?? 999) || (a.entity === '' ? 0 : 1) - (b.entity === '' ? 0 : 1) || firstSeen.get(ka)! - firstSeen.get(kb)!,
  );
  const header = [...TIMESERIES_FIXED, ...periods.flatMap((p) => [p, `${p} kind`, `${p} sources`])];
  const out: string[][] = [];
  for (const [, { id, entity, rows: mine, points }] of keys) {
    const entry = byId.get(id);
    const found = discovered.get(id);
    const curated = mine.some((r) => r.catalog);
    const row = [id, String(curated), entity, entry?.name ?? found?.name ?? '', curated ? displayUnit(entry?.unit, entry?.nouns, mine.map((r) => r.unit)) : found?.unit ?? mine[0].unit];
    const byPeriod = new Map<string, PivotPoint[]>();
    for (const p of points) (byPeriod.get(p.period) ?? byPeriod.set(p.period, []).get(p.period)!).push(p);
    for (const period of periods) {
      const cell = byPeriod.get(period) ?? [];
      const values = [...new Set(cell.map((p) => p.value))];
      const sources = [...new Set(cell.map(sourceOf))].sort();
      row.push(values.length === 1 ? String(values[0]) : '', cell[0]?.kind ?? '', values.length > 1 ? `${sources.join('; ')} [values: ${values.join(' vs ')}]` : sources.join('; '));
    }
    out.push(row);
  }
  return { header, rows: out };
}

/** The unit of every row of the wide table, for the conflicts file. */
export function tableUnits(table: SeriesTable): (seriesId: string, entity: string) => string {
  const units = new Map(table.rows.map((r) => [`${r[0]}\u0000${r[2]}`, r[4]]));
  return (seriesId, entity) => units.get(`${seriesId}\u0000${entity}`) ?? '';
}

/**
 * Periods in the order a spreadsheet reader expects: by the day they end, shorter first on ties
 * ("2024-H1" before "2024", "2025-01" before "2025-Q1" before "2025").
 */
export function byPeriodEnd(a: string, b: string): number {
  return periodEnd(a).localeCompare(periodEnd(b)) || a.length - b.length || a.localeCompare(b);
}

function periodEnd(p: string): string {
  const run = /^\d{4}-(\d{4})$/.exec(p) ?? /\/(\d{4}-\d{2})$/.exec(p);
  if (run) return run[1].length === 4 ? `${run[1]}-12` : run[1];
  const y = p.slice(0, 4);
  const h = /^\d{4}-H([12])$/.exec(p);
  if (h) return `${y}-${h[1] === '1' ? '06' : '12'}`;
  const q = /^\d{4}-Q([1-4])$/.exec(p);
  if (q) return `${y}-${String(Number(q[1]) * 3).padStart(2, '0')}`;
  const m = /^\d{4}-(\d{2})$/.exec(p);
  if (m) return `${y}-${m[1]}`;
  return `${y}-12`;
}

/** One unit per series row: the catalog's, else the counting noun most values carry. */
function displayUnit(kind: string | undefined, nouns: string[] | undefined, seen: string[]): string {
  if (kind === 'percent' || kind === 'fraction') return '%';
  if (kind === 'score') return 'điểm';
  if (kind === 'rank') return 'hạng';
  const counts = new Map<string, number>();
  for (const u of seen) if (u) counts.set(u, (counts.get(u) ?? 0) + 1);
  const best = [...counts].sort((x, y) => y[1] - x[1])[0]?.[0];
  return best ?? nouns?.[0] ?? '';
}
