/**
 * The series steps fed one statement at a time (what writeOutputs does with rows read from the
 * state) give what they give on every statement held at once: the same series, the same rows
 * after linking and flagging, the same points and the same wide table.
 */
import { describe, expect, it } from 'vitest';
import { flagConflicts, pivotSeries } from '../../src/resolve/series.ts';
import { pointsOf, seriesNames, seriesPoints } from '../../src/resolve/series-points.ts';
import { linkSeries } from '../../src/resolve/series-link.ts';
import { seriesFacts } from '../../src/resolve/series-facts.ts';
import { statementChanges } from '../../src/resolve/statement-changes.ts';
import { derivedSeriesId, normalizeLabel } from '../../src/resolve/series-identity.ts';
import type { IndicatorRecord } from '../../src/schemas.ts';
import { indicatorRow } from '../support/indicator-row.ts';

const row = (over: Partial<IndicatorRecord>): IndicatorRecord => indicatorRow({ label: 'Tỷ lệ hồ sơ số hoá', label_normalized: 'ty le ho so so hoa', ...over });

const discovered = (doc: string, label: string, value: number, over: Partial<IndicatorRecord> = {}) => {
  const norm = normalizeLabel(label);
  return row({ document_id: doc, source_file: `${doc}.pdf`, catalog: false, label, label_normalized: norm, series_id: derivedSeriesId(norm, '%'), value, label_from: 'before', ...over });
};

// Merged phrasings, catalog values that disagree
// (one as of an earlier day), an estimate and a change beside an actual, a target, an entity,
// statements without a period, DOCX rows without a page.
const corpus = (): IndicatorRecord[] => [
  row({ value: 82, source_file: '02.docx', document_id: 'd2', page: null }),
  row({ value: 72, source_file: '07.pdf', document_id: 'd7', as_of: '2025-11-05', quote: 'Tỷ lệ 72%' }),
  row({ value: 82, source_file: '09.pdf', document_id: 'd9' }),
  row({ value: 60, kind: 'target', period: '2026' }),
  row({ value: 5, kind: 'change', period: '2024' }),
  row({ value: 90, kind: 'estimate', period: '2024' }),
  row({ value: 91, entity: 'cấp xã', period: '2024-H1' }),
  row({ value: 3, period: '' }),
  discovered('a', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 97.2, { period: '2024' }),
  discovered('b', 'Tỷ lệ hồ sơ được giải quyết đúng hẹn', 98.1),
  discovered('b', 'Tỷ lệ hồ sơ được giải quyết đúng hẹn', 97, { period: '2024-Q3', unit: '' }),
  discovered('c', 'Tỷ lệ hài lòng của người dân', 90, { period: '' }),
  discovered('c', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 96),
  discovered('d', 'Tỷ lệ hồ sơ giải quyết đúng hẹn', 95),
];

describe('series steps fed one statement at a time', () => {
  const held = corpus();
  const heldSeries = linkSeries(held);
  flagConflicts(held);
  const stored = corpus();
  const changes = statementChanges(stored);
  const written = stored.map(changes.change);

  it('link series and flag conflicts as the steps over every statement do, leaving the stored rows as they were', () => {
    expect(changes.series).toEqual(heldSeries);
    expect(written).toEqual(held);
    expect(written.some((r) => r.warnings.length)).toBe(true);
    expect(heldSeries.some((s) => s.merged_from.length)).toBe(true);
    expect(stored).toEqual(corpus());
  });

  it('make the same points and the same wide table', () => {
    const facts = seriesFacts();
    for (const r of written) facts.add(r);
    const { slots, table } = facts.done(heldSeries);
    const points = seriesPoints(held, heldSeries);
    expect([...pointsOf(written, slots, seriesNames(heldSeries))]).toEqual(points);
    expect(points.some((p) => p.conflict)).toBe(true);
    expect(table).toEqual(pivotSeries(held, heldSeries, points));
  });
});
