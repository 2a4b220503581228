/**
 * What the corpus-wide steps change in a statement, found in one walk of the statements as
 * stored and applied to each row as it is read again: discovered series merged into one id
 * (linkSeries), catalog values two documents disagree on flagged (flagConflicts). The same rows
 * as running both on every statement held at once, without holding them.
 */
import type { IndicatorRecord, SeriesRecord } from '../schemas.js';
import { conflictFinder } from './series.js';
import { seriesLinker } from './series-link.js';

export interface StatementChanges {
  /** One record per series, as linkSeries returns them. */
  series: SeriesRecord[];
  /** A statement as stored → as linkSeries then flagConflicts leave it (a new object; the stored one is not touched). */
  change(r: IndicatorRecord): IndicatorRecord;
}

/** `rows`: every statement, checked or not, in write order (walked once). */
export function statementChanges(rows: Iterable<IndicatorRecord>): StatementChanges {
  const linker = seriesLinker();
  const conflicts = conflictFinder();
  for (const r of rows) {
    linker.add(r);
    // Only catalog rows are flagged, and linking never changes their ids: the slot is the stored one.
    conflicts.add(r);
  }
  const { series, rootOf } = linker.link();
  return {
    series,
    change(r) {
      const warning = conflicts.warningOf(r);
      return { ...r, series_id: r.catalog ? r.series_id : (rootOf.get(r.series_id) ?? r.series_id), warnings: warning ? [...r.warnings, warning] : r.warnings };
    },
  };
}
