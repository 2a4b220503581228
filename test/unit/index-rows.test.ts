/** The pieces of index.sqlite without a pipeline run: folding, column types, row mapping, points, decision links. */
import { describe, expect, it } from 'vitest';
import { buildDecisions } from '../../src/resolve/decisions.js';
import { byPeriodEnd } from '../../src/resolve/series.js';
import { IndicatorRecord, ReferenceRecord } from '../../src/schemas.js';
import { fold } from '../../src/text/normalize.js';
import { schemaColumns } from '../../src/write/index/columns.js';
import { decisionIdsOf, encodeRow, indicatorRow, referenceRow } from '../../src/write/index/rows.js';
import { periodRange, seriesPoints } from '../../src/resolve/series-points.js';
import { INDICATORS, REFERENCES } from '../../src/write/index/tables.js';

// Real rows of the fixture run (2022-12-13-bc-346-chuyen-doi-so.docx, 2025-01-bao-cao-chinh-quyen-dien-tu.docx).
const statement: IndicatorRecord = IndicatorRecord.parse({
  document_id: '14e7c14587047ae1',
  source_file: 'fixtures/reports/2022-12-13-bc-346-chuyen-doi-so.docx',
  series_id: 'online_services_partial',
  catalog: true,
  label: 'số lượng dịch vụ công mức độ 3 (dịch vụ công trực tuyến một phần)',
  label_normalized: 'luong dich vu cong muc do',
  entity: '',
  value: 520,
  upper: null,
  unit: 'dịch vụ',
  numerator: null,
  denominator: null,
  qualifier: '',
  kind: 'actual',
  period: '2022',
  as_of: '',
  page: null,
  section: 'a) Hệ thống thông tin giải quyết thủ tục hành chính tỉnh:',
  quote: '- Trong đó: số lượng dịch vụ công mức độ 3 (dịch vụ công trực tuyến một phần) là 520 dịch vụ, dịch vụ công mức độ 4 (dịch vụ công trực tuyến toàn trình) là 973 dịch vụ, tỷ lệ giải quyết hồ sơ trước hạn và đúng hạn là 99%;',
  figure: '520',
  block: 19,
  span_start: 81,
  span_end: 84,
  label_from: 'catalog',
  confidence: 0.95,
  ocr: false,
  count: 1,
  warnings: [],
});

const reference: ReferenceRecord = ReferenceRecord.parse({
  document_id: 'b5bace38d6fbf1a1',
  source_file: 'fixtures/reports/2025-01-bao-cao-chinh-quyen-dien-tu.docx',
  key: '1033/KH-UBND',
  type: 'Kế hoạch',
  number: '1033',
  year: null,
  symbol: 'KH-UBND',
  issuer: 'Ủy ban nhân dân tỉnh An Giang',
  issue_date: '2024-10-18',
  subject: 'ban hành Kế hoạch triển khai Nghị quyết số 01-NQ/TU ngày 22/8/2022 của Ban thường vụ Tỉnh ủy về chuyển đổi số tỉnh An Giang đến năm 2025, định hướng đến năm 2030',
  relation: '',
  mentions: 2,
  in_footnote: true,
  pages: [],
  context: 'Kế hoạch số 1033/KH-UBND ngày 18/10/2024 của Ủy ban nhân dân tỉnh An Giang triển khai Nghị quyết số 01-NQ/TU ngày 22/8/2022',
  ocr_confidence: null,
  scope: 'local',
  province: 'An Giang',
  province_from: 'text',
  province_now: 'An Giang',
  warnings: [],
});

describe('fold for search', () => {
  it('removes diacritics, folds đ to d, lower-cases, whatever the normalization form', () => {
    expect(fold('Tỷ lệ hồ sơ ĐÚNG HẠN')).toBe('ty le ho so dung han');
    expect(fold('Đắk Lắk')).toBe('dak lak');
    expect(fold('Quyết định 749/QĐ-TTg')).toBe('quyet dinh 749/qd-ttg');
    expect(fold('hồ sơ đúng hạn'.normalize('NFD'))).toBe(fold('hồ sơ đúng hạn'.normalize('NFC')));
  });
});

describe('columns from the schemas', () => {
  it('types every field: integers, reals, booleans, JSON arrays, nullables, enums', () => {
    const cols = new Map(schemaColumns(IndicatorRecord).map((c) => [c.name, c]));
    expect(cols.size).toBe(Object.keys(IndicatorRecord.shape).length);
    expect(cols.get('value')).toMatchObject({ type: 'REAL', notNull: true, encode: 'plain' });
    expect(cols.get('upper')).toMatchObject({ type: 'REAL', notNull: false });
    expect(cols.get('page')).toMatchObject({ type: 'INTEGER', notNull: false });
    expect(cols.get('block')).toMatchObject({ type: 'INTEGER', notNull: true });
    expect(cols.get('catalog')).toMatchObject({ type: 'INTEGER', encode: 'bool' });
    expect(cols.get('warnings')).toMatchObject({ type: 'TEXT', encode: 'json' });
    expect(cols.get('kind')?.values).toEqual(['actual', 'estimate', 'target', 'change']);
    expect(cols.get('quote')?.description).toBe(IndicatorRecord.shape.quote.description);
  });
});

describe('row mapping', () => {
  it('maps a real statement to cells in column order: id, 0/1, JSON, null, folded text', () => {
    const row = indicatorRow(statement, 41);
    const cells = new Map(INDICATORS.columns.map((c, i) => [c.name, encodeRow(INDICATORS, row)[i]]));
    expect(cells.get('indicator_id')).toBe(42);
    expect(cells.get('catalog')).toBe(1);
    expect(cells.get('ocr')).toBe(0);
    expect(cells.get('upper')).toBeNull();
    expect(cells.get('page')).toBeNull();
    expect(cells.get('value')).toBe(520);
    expect(cells.get('warnings')).toBe('[]');
    expect(cells.get('quote')).toBe(statement.quote);
    expect(cells.get('quote_folded')).toContain('ty le giai quyet ho so truoc han va dung han la 99%');
    expect(cells.get('label_folded')).toBe('so luong dich vu cong muc do 3 (dich vu cong truc tuyen mot phan)');
  });

  it('maps a real reference with its pages as JSON and its decision', () => {
    const row = referenceRow({ ...reference, pages: [3, 9] }, 0, '1033/KH-UBND · An Giang');
    const cells = new Map(REFERENCES.columns.map((c, i) => [c.name, encodeRow(REFERENCES, row)[i]]));
    expect(cells.get('reference_id')).toBe(1);
    expect(cells.get('pages')).toBe('[3,9]');
    expect(cells.get('in_footnote')).toBe(1);
    expect(cells.get('year')).toBeNull();
    expect(cells.get('decision_id')).toBe('1033/KH-UBND · An Giang');
    expect(cells.get('subject_folded')).toContain('chuyen doi so tinh an giang');
  });
});

describe('decision links', () => {
  it('places two same-numbered local decisions of two provinces apart, as buildDecisions does', () => {
    const other: ReferenceRecord = { ...reference, document_id: '0123456789abcdef', source_file: 'x/lam-dong.docx', issuer: 'Ủy ban nhân dân tỉnh Lâm Đồng', province: 'Lâm Đồng', province_now: 'Lâm Đồng', issue_date: '2025-03-01' };
    const decisions = buildDecisions([reference, other]);
    expect(decisions).toHaveLength(2);
    const ids = decisionIdsOf([reference, other], decisions);
    expect(ids).toEqual(['1033/KH-UBND · An Giang', '1033/KH-UBND · Lâm Đồng']);
    // A decision not written (it failed its schema) is no link.
    expect(decisionIdsOf([reference, other], decisions.slice(0, 1))).toEqual(['1033/KH-UBND · An Giang', null]);
  });
});

describe('periods and series points', () => {
  it('gives each period its first and last month, ordered as timeseries.csv orders them', () => {
    expect(periodRange('2024')).toEqual({ start: '2024-01', end: '2024-12', granularity: 'year' });
    expect(periodRange('2024-H2')).toEqual({ start: '2024-07', end: '2024-12', granularity: 'half' });
    expect(periodRange('2025-Q1')).toEqual({ start: '2025-01', end: '2025-03', granularity: 'quarter' });
    expect(periodRange('2025-01')).toEqual({ start: '2025-01', end: '2025-01', granularity: 'month' });
    expect(periodRange('2026-2030')).toEqual({ start: '2026-01', end: '2030-12', granularity: 'years' });
    expect(periodRange('2008-01/2008-09')).toEqual({ start: '2008-01', end: '2008-09', granularity: 'months' });
    expect(periodRange('')).toBeNull();
    const periods = ['2025', '2024-H1', '2025-Q1', '2025-01', '2024', '2022-2025', '2008-01/2008-09', '2024-H2', '2025-2030'];
    const byEnd = [...periods].sort((a, b) => periodRange(a)!.end.localeCompare(periodRange(b)!.end) || a.length - b.length || a.localeCompare(b));
    expect(byEnd).toEqual([...periods].sort(byPeriodEnd));
  });

  it('marks the timeseries value (actual, else estimate, else change; never a target) and disagreements', () => {
    const s = (over: Partial<IndicatorRecord>): IndicatorRecord => ({ ...statement, ...over });
    const rows = [
      s({ value: 520 }),
      s({ value: 525, document_id: 'ffffffffffffffff' }), // another report, another value: a conflict
      s({ value: 600, kind: 'estimate' }), // an actual exists for 2022: not shown
      s({ value: 700, kind: 'estimate', period: '2023' }), // no actual for 2023: shown
      s({ value: 900, kind: 'target', period: '2025' }),
      s({ value: 1, period: '' }), // no period: no point
      s({ value: 5, kind: 'change', period: '2023' }), // an estimate exists for 2023: not shown
    ];
    const points = seriesPoints(rows);
    expect(points.map((p) => [p.indicator_id, p.in_timeseries, p.conflict, p.conflict_values])).toEqual([
      [1, true, true, [520, 525]],
      [2, true, true, [520, 525]],
      [3, false, false, []],
      [4, true, false, []],
      [5, false, false, []],
      [7, false, false, []],
    ]);
    expect(points.map((p) => p.point_id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(points[3]).toMatchObject({ period_start: '2023-01', period_end: '2023-12', granularity: 'year', source_file: statement.source_file, quote: statement.quote });
  });
});
