/**
 * What the time series need of the statements written, kept as they are walked once: each
 * point's slot (its values, its cell's kinds) and, for the wide table, a few short fields of each
 * statement with a period that is no target, no quote, label or warnings. timeseries.csv is pivoted from them; the
 * points themselves are made again from the statements each time they are written (pointsOf).
 */
import type { IndicatorRecord, SeriesRecord } from '../schemas.js';
import { pivotTable, type PivotPoint, type PivotRow, type SeriesTable } from './series.js';
import { inTimeseries, periodRange, pointSlots, type PointSlots } from './series-points.js';

type Fact = PivotRow & Pick<IndicatorRecord, 'value' | 'source_file' | 'page'>;

export interface SeriesFacts {
  /** A statement written (every one, in indicators.csv order). */
  add(r: IndicatorRecord): void;
  /** Once every statement is added: the points' slots, and the wide table. */
  done(series: SeriesRecord[]): { slots: PointSlots; table: SeriesTable };
}

export function seriesFacts(): SeriesFacts {
  const slots = pointSlots();
  const facts: Fact[] = [];
  // One string per distinct id, entity, period or unit: each row parsed from the state has its own copies.
  const strings = new Map<string, string>();
  const intern = (s: string) => strings.get(s) ?? (strings.set(s, s), s);
  return {
    add(r) {
      slots.add(r);
      // (the wide table passes over targets and statements without a period)
      if (!r.period || r.kind === 'target') return;
      facts.push({ series_id: intern(r.series_id), entity: intern(r.entity), period: intern(r.period), kind: r.kind, catalog: r.catalog, unit: intern(r.unit), value: r.value, source_file: r.source_file, page: r.page });
    },
    done(series) {
      const done = slots.done();
      const shown: PivotPoint[] = [];
      for (const f of facts) {
        const range = periodRange(f.period);
        if (range && inTimeseries(f, done)) shown.push({ ...f, granularity: range.granularity, in_timeseries: true });
      }
      const table = pivotTable(facts, series, shown);
      facts.length = 0;
      strings.clear();
      return { slots: done, table };
    },
  };
}
