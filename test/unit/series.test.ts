/** The cross-document view: conflicts between reports, and the wide series with one row per indicator and entity. */
import { describe, expect, it } from 'vitest';
import { flagConflicts, pivotSeries } from '../../src/resolve/series.ts';
import type { IndicatorRecord } from '../../src/schemas.ts';

const row = (over: Partial<IndicatorRecord>): IndicatorRecord => ({
  document_id: 'd1',
  source_file: 'a.pdf',
  series_id: 'digitized_dossiers_pct',
  catalog: true,
  label: '',
  label_normalized: '',
  upper: null,
  qualifier: '',
  figure: '1%',
  block: 0,
  span_start: 0,
  span_end: 2,
  label_from: 'catalog',
  entity: '',
  value: 1,
  unit: '%',
  numerator: null,
  denominator: null,
  kind: 'actual',
  period: '2025',
  as_of: '',
  page: 1,
  section: '',
  quote: 'q',
  confidence: 0.9,
  ocr: false,
  count: 1,
  warnings: [],
  ...over,
});

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
    expect(table.header).toEqual(['series_id', 'curated', 'entity', 'name', 'unit', '2025', '2025 sources']);
    expect(table.rows.map((r) => [r[0], r[2], r[5]])).toEqual([
      ['on_time_resolution_pct', '', '97.4'],
      ['on_time_resolution_pct', 'cấp tỉnh', '93.5'],
      ['par_direction_index_pct', 'Sở Tư pháp', '93.1'],
      ['par_direction_index_pct', 'Sở Nội vụ', '84'],
    ]);
  });
});
