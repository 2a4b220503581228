/** Ranking tables (one row per agency): which tables count, what each cell becomes, summary rows checked. */
import { describe, expect, it } from 'vitest';
import { newBlock } from '../../src/model.ts';
import { describeTable } from '../../src/extract/tables.ts';
import { entityTableValues } from '../../src/extract/entity-tables.ts';
import { fold } from '../../src/text/normalize.ts';

const table = (rows: string[][], sectionPath = ['Phụ lục I', 'I. ĐỐI VỚI CẤP SỞ']) =>
  newBlock('table', rows.map((r) => r.join(' | ')).join('\n'), { rows: rows.map((r) => r.map((text) => ({ text, colSpan: 1, rowSpan: 1 }))), sectionPath, page: 1 });

const HEADER = ['STT', 'Đơn vị', 'Điểm chuẩn tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Chỉ số'];
const RANKING = [
  HEADER,
  ['1', 'Sở Tư pháp', '14,50', '14,50', '13,50', '93,10%'],
  ['2', 'Sở Nội vụ', '12,50', '12,50', '10,50', '84,00%'],
  ['3', 'Văn phòng UBND tỉnh', '12,50', '9,00', '9,00', '72,00%'],
  ['', 'Chỉ số cao nhất', '', '', '', '93,10%'],
  ['', 'Chỉ số trung bình', '', '', '', '83,03%'],
];
const CONTEXT = fold('Phụ lục I | KẾT QUẢ ĐÁNH GIÁ ĐỐI VỚI CÁC TIÊU CHÍ THUỘC CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH NĂM 2025');

describe('entity tables', () => {
  it.each([
    ['agencies under "Đơn vị"', RANKING, true],
    ['communes under "Tên đơn vị"', [['STT', 'Tên đơn vị', 'Chỉ số'], ['1', 'UBND xã Hàm Kiệm', '85,29%'], ['2', 'UBND phường Mũi Né', '79,41%'], ['3', 'UBND đặc khu Phú Quý', '70,59%']], true],
    ['indicators under "Chỉ tiêu"', [['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả'], ['1', 'Số TTHC', 'TTHC', '2.372'], ['2', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '90,58'], ['3', 'Số văn bản chỉ đạo', 'văn bản', '82']], false],
    ['"Đơn vị" header but rows that are not agencies', [['STT', 'Đơn vị', 'Số lượng'], ['1', 'Máy tính', '120'], ['2', 'Máy in', '40'], ['3', 'Máy chủ', '6']], false],
  ])('%s → entity table: %s', (_name, rows, expected) => {
    expect(describeTable(table(rows as string[][]))?.entityTable).toBe(expected);
  });

  const grid = describeTable(table(RANKING))!;
  const { values } = entityTableValues(grid, 1, CONTEXT);

  it('each matched column gives one value per agency, with its kind and unit', () => {
    expect(values.filter((v) => v.series_id === 'par_direction_index_pct').map((v) => [v.entity, v.value, v.unit, v.kind])).toEqual([
      ['Sở Tư pháp', 93.1, '%', 'actual'],
      ['Sở Nội vụ', 84, '%', 'actual'],
      ['Văn phòng UBND tỉnh', 72, '%', 'actual'],
    ]);
    expect(values.find((v) => v.series_id === 'par_direction_appraised_score' && v.entity === 'Sở Nội vụ')).toMatchObject({ value: 10.5, unit: 'điểm' });
    expect(values.find((v) => v.entity === 'Sở Tư pháp')!.quote).toBe('[bảng 1, dòng 1, cột "Điểm tự đánh giá"] Sở Tư pháp: 14,50');
  });

  it('summary rows are not entities; a stated mean that the rows contradict is reported', () => {
    expect(values.some((v) => /cao nhất|trung bình/.test(v.entity))).toBe(false);
    // (93,10 + 84 + 72) / 3 = 83,03: agrees. The maximum agrees too.
    expect(values.every((v) => v.warnings.length === 0)).toBe(true);
    const wrong = RANKING.map((r) => (r[1] === 'Chỉ số trung bình' ? [...r.slice(0, 5), '80,00%'] : r));
    const checked = entityTableValues(describeTable(table(wrong))!, 1, CONTEXT);
    expect(checked.values.find((v) => v.series_id === 'par_direction_index_pct')!.warnings).toEqual([
      'the table states "Chỉ số trung bình" = 80,00%, but its 3 rows give 83.03',
    ]);
  });

  it('a column without a catalog measure gives no catalog value (it becomes a discovered series)', () => {
    expect(values.some((v) => v.label === 'Điểm chuẩn tối đa')).toBe(false);
  });

  it('per-entity measures need their section: the same table in another annex matches nothing', () => {
    const other = entityTableValues(grid, 1, fold('Phụ lục II | KẾT QUẢ CÔNG TÁC CẢI CÁCH THỂ CHẾ'));
    expect(other.values).toEqual([]);
  });
});
