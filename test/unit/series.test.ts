/** The cross-document view: conflicts between reports, and the wide series with one row per indicator and entity. */
import { describe, expect, it } from 'vitest';
import { flagConflicts, pivotSeries, timeseriesRole } from '../../src/resolve/series.ts';
import { seriesPoints, timeseriesConflicts } from '../../src/resolve/series-points.ts';
import type { IndicatorRecord } from '../../src/schemas.ts';
import { indicatorRow } from '../support/indicator-row.ts';
import { linkSeries } from '../../src/resolve/series-link.ts';
import { derivedSeriesId, normalizeLabel } from '../../src/resolve/series-identity.ts';
import { suggestEntries } from '../../src/catalog/suggest.ts';
import { CatalogFile } from '../../src/data/catalog.ts';

const row = indicatorRow;

describe('flagConflicts', () => {
  it('names the other documents, and the day their figure was taken', () => {
    const rows = [row({ value: 82, source_file: '02.docx' }), row({ value: 72, source_file: '07.pdf', as_of: '2025-11-05' })];
    flagConflicts(rows);
    expect(rows[0].warnings).toEqual(['other documents state a different value for 2025: 72 in 07.pdf (as of 2025-11-05)']);
    expect(rows[1].warnings).toEqual(['other documents state a different value for 2025: 82 in 02.docx']);
  });

  it('different entities never conflict', () => {
    const rows = [row({ entity: 'Sở Tư pháp', value: 93.1 }), row({ entity: 'Sở Nội vụ', value: 84 })];
    flagConflicts(rows);
    expect(rows.flatMap((r) => r.warnings)).toEqual([]);
  });
});

describe('pivotSeries', () => {
  it('one row per indicator and entity, the document scope first', () => {
    const table = pivotSeries([
      row({ series_id: 'par_direction_index_pct', entity: 'Sở Tư pháp', value: 93.1, source_file: '12.pdf' }),
      row({ series_id: 'par_direction_index_pct', entity: 'Sở Nội vụ', value: 84, source_file: '12.pdf' }),
      row({ series_id: 'on_time_resolution_pct', entity: 'cấp tỉnh', value: 93.5, source_file: '07.pdf' }),
      row({ series_id: 'on_time_resolution_pct', value: 97.4, source_file: '07.pdf' }),
    ]);
    expect(table.header).toEqual(['series_id', 'curated', 'entity', 'name', 'unit', '2025', '2025 kind', '2025 sources']);
    expect(table.rows.map((r) => [r[0], r[2], r[5]])).toEqual([
      ['on_time_resolution_pct', '', '97.4'],
      ['on_time_resolution_pct', 'cấp tỉnh', '93.5'],
      ['par_direction_index_pct', 'Sở Tư pháp', '93.1'],
      ['par_direction_index_pct', 'Sở Nội vụ', '84'],
    ]);
  });
});

describe('pivotSeries: a numeric table', () => {
  const table = pivotSeries([
    row({ series_id: 'on_time_resolution_pct', period: '2025-01', value: 86.4, source_file: 'a.pdf', page: 2 }),
    row({ series_id: 'on_time_resolution_pct', period: '2024', value: 97.6, source_file: 'b.docx', page: null }),
    row({ series_id: 'on_time_resolution_pct', period: '2024-H1', value: 98.9, source_file: 'c.pdf', page: 3 }),
    row({ series_id: 'on_time_resolution_pct', period: '2024-H1', value: 98.1, source_file: 'd.pdf', page: 7 }),
    row({ series_id: 'on_time_resolution_pct', period: '2023', value: 98, kind: 'estimate', source_file: 'e.pdf', page: 1 }),
    row({ series_id: 'on_time_resolution_pct', period: '2026', value: 99, kind: 'target', source_file: 'e.pdf', page: 1 }),
  ]);
  const cell = (period: string) => {
    const i = table.header.indexOf(period);
    return { value: table.rows[0][i], kind: table.rows[0][i + 1], sources: table.rows[0][i + 2] };
  };

  it('groups periods by granularity, in time order within a group; targets stay out', () => {
    expect(table.header.filter((h) => timeseriesRole(h) === 'value')).toEqual(['2023', '2024', '2024-H1', '2025-01']);
  });

  it('holds numbers only: a disagreement leaves the cell empty and names the values in sources', () => {
    for (const h of table.header.filter((x) => timeseriesRole(x) === 'value')) {
      const v = table.rows[0][table.header.indexOf(h)];
      expect(v === '' || Number.isFinite(Number(v)), h).toBe(true);
    }
    expect(cell('2024-H1')).toEqual({ value: '', kind: 'actual', sources: 'c.pdf p.3; d.pdf p.7 [values: 98.9 vs 98.1]' });
  });

  it('marks estimates in the kind column and names the page of each source', () => {
    expect(cell('2023')).toEqual({ value: '98', kind: 'estimate', sources: 'e.pdf p.1' });
    expect(cell('2024')).toEqual({ value: '97.6', kind: 'actual', sources: 'b.docx' });
  });

  it('lists the disagreement in timeseries_conflicts with each source and value', () => {
    const points = seriesPoints([
      row({ period: '2024-H1', value: 98.9, source_file: 'c.pdf', page: 3 }),
      row({ period: '2024-H1', value: 98.1, source_file: 'd.pdf', page: 7 }),
      row({ period: '2024-H1', value: 98.9, source_file: 'c.docx', page: null }),
    ]);
    expect(timeseriesConflicts(points, () => '%')).toEqual([
      { series_id: 'digitized_dossiers_pct', name: expect.any(String), entity: '', unit: '%', period: '2024-H1', kind: 'actual', values: [98.9, 98.1], statements: 3, sources: ['c.pdf p.3: 98.9', 'd.pdf p.7: 98.1', 'c.docx: 98.9'] },
    ]);
  });
});

describe('discovered series across documents', () => {
  const stmt = (doc: string, label: string, value: number, period = '2025') => {
    const norm = normalizeLabel(label);
    return row({ document_id: doc, source_file: `${doc}.pdf`, catalog: false, label, label_normalized: norm, series_id: derivedSeriesId(norm, '%'), value, period, label_from: 'before' });
  };

  it('near-identical labels of two reports form one series, and the series says which labels merged', () => {
    const rows = [stmt('a', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 97.2, '2024'), stmt('b', 'Tỷ lệ hồ sơ được giải quyết đúng hẹn', 98.1), stmt('b', 'Tỷ lệ hài lòng của người dân', 90)];
    const series = linkSeries(rows);
    expect(rows[0].series_id).toBe(rows[1].series_id);
    expect(rows[2].series_id).not.toBe(rows[0].series_id);
    const merged = series.find((s) => s.series_id === rows[0].series_id)!;
    expect(merged).toMatchObject({ curated: false, documents: 2, statements: 2, periods: ['2024', '2025'] });
    expect(merged.labels).toEqual(['Tỷ lệ hồ sơ giải quyết đúng hạn', 'Tỷ lệ hồ sơ được giải quyết đúng hẹn']);
    expect(merged.merged_from).toHaveLength(1);
  });

  it('two phrasings inside one report stay two series; discovered series raise no conflicts', () => {
    const rows = [stmt('a', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 97.2), stmt('a', 'Tỷ lệ hồ sơ giải quyết đúng hẹn', 98.1), stmt('b', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 90)];
    linkSeries(rows);
    expect(rows[0].series_id).not.toBe(rows[1].series_id);
    flagConflicts(rows);
    expect(rows.flatMap((r) => r.warnings)).toEqual([]);
  });

  it('catalog suggest proposes entries the catalog schema accepts, for series seen in enough documents', () => {
    const rows = [stmt('a', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 97.2), stmt('b', 'tỷ lệ hồ sơ giải quyết đúng hạn', 98.1), stmt('c', 'Tỷ lệ hài lòng của người dân', 90)];
    const series = linkSeries(rows);
    const [s, ...rest] = suggestEntries(series, rows, 2);
    expect(rest).toEqual([]);
    expect(s.entry).toMatchObject({ unit: 'percent', name: 'Tỷ lệ hồ sơ giải quyết đúng hạn', aliases: ['tỷ lệ hồ sơ giải quyết đúng hạn'] });
    expect(s.entry.id).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(s.documents).toEqual(['a.pdf', 'b.pdf']);
    expect(CatalogFile.safeParse({ indicators: [s.entry] }).success).toBe(true);
  });
});
