/**
 * Tables of a legacy Word (.doc) body as word-extractor gives them: every cell and row mark is a
 * tab, a cell of several paragraphs runs over several lines. Bodies written as fixtures/real-more/25,
 * 27 and 29 give them.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitDocBody } from '../../src/readers/doc-tables.js';

describe('splitDocBody', () => {
  it('rows ended by a tab make a table; a cell of two lines stays one cell (29_DN)', () => {
    const body = [
      '1/ Chỉ tiêu khách du lịch giai đoạn 2007-2010:',
      'CHỈ TIÊU\tĐơn vị tính\tThực hiện',
      'Năm 2006\tKế hoạch',
      'Năm 2007\tNăm 2008\t',
      'Khách quốc tế\tLượt khách\t258.000\t295.000\t',
      'Khách nội địa\tLượt khách\t516.000\t615.000\t',
      '',
      '2/ Về quy hoạch phát triển du lịch:',
    ].join('\n');
    expect(splitDocBody(body)).toEqual([
      { kind: 'line', text: '1/ Chỉ tiêu khách du lịch giai đoạn 2007-2010:' },
      { kind: 'table', rows: [['CHỈ TIÊU', 'Đơn vị tính', 'Thực hiện Năm 2006', 'Kế hoạch Năm 2007', 'Năm 2008'], ['Khách quốc tế', 'Lượt khách', '258.000', '295.000'], ['Khách nội địa', 'Lượt khách', '516.000', '615.000']] },
      { kind: 'line', text: '' },
      { kind: 'line', text: '2/ Về quy hoạch phát triển du lịch:' },
    ]);
  });

  it('tabs that only indent a paragraph mark no cell (27_CT)', () => {
    const body = 'b) Cụm công nghiệp:\n\t-Trung tâm Công nghiệp Cái Sơn- Hàng Bàng: diện tích 38,2 ha, hiện có 17 dự án đang hoạt động.\n\t-Cụm Công nghiệp thị trấn Thạnh An: diện tích khoảng 49,2 ha.\nII. Hoạt động Thương mại:\n2.1. Xuất khẩu:\t';
    const parts = splitDocBody(body);
    expect(parts.every((p) => p.kind === 'line')).toBe(true);
    expect(parts.filter((p) => p.kind === 'line' && p.text.includes('38,2 ha'))).toHaveLength(1);
  });

  it('a lone tab-ended line is a line, not a one-row table', () => {
    expect(splitDocBody('Nơi nhận:\t\n- Như trên;')).toEqual([{ kind: 'line', text: 'Nơi nhận: ' }, { kind: 'line', text: '- Như trên;' }]);
  });

  it('a table that only lays passages side by side is read as their paragraphs', () => {
    const long = (s: string) => `${s} ${'đã triển khai thực hiện nhiều nhiệm vụ trọng tâm của ngành trong năm '.repeat(2)}`;
    const parts = splitDocBody(`\t${long('Một là')}\t${long('Hai là')}\t\n\t${long('Ba là')}\t\t`);
    expect(parts.map((p) => p.kind)).toEqual(['line', 'line', 'line']);
  });

  it('never loses or invents text: every non-blank word of the body is kept, once', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('\t', '\n', ' ', 'Năm 2006', '12,5%', 'Kế hoạch', 'x'), fc.string({ maxLength: 6 })), { maxLength: 60 }), (pieces) => {
        const body = pieces.join('');
        const words = (s: string) => s.split(/\s+/u).filter(Boolean).sort();
        const text = splitDocBody(body).map((p) => (p.kind === 'line' ? p.text : p.rows.flat().join(' '))).join(' ');
        expect(words(text)).toEqual(words(body.replace(/\r/g, ' ')));
      }),
    );
  });
});

describe('spanShortRows', () => {
  it('a total row with fewer cells has its label span the missing columns (29_DN)', async () => {
    const { spanShortRows } = await import('../../src/readers/doc.js');
    const cells = (...t: string[]) => t.map((text) => ({ text, colSpan: 1, rowSpan: 1 }));
    const rows = [cells('Stt', 'Nội dung', 'Năm 2008', 'Năm 2009'), cells('1', 'Quy hoạch', '900', '800'), cells('Tổng cộng:', '3.740', '4.190'), cells('Ghi chú', 'xem phụ lục')];
    spanShortRows(rows);
    expect(rows.map((r) => r[0].colSpan)).toEqual([1, 1, 2, 1]);
  });
});

describe('a row whose cells stack a column of values, a paragraph per value (fixtures/real-more/28)', () => {
  it('is as many rows as values; a one-paragraph cell covers them all', () => {
    const body = ['HẠNG\tMỨC GIÁ\t', '\tTPCT(1)\t(2)\t', '', '1', '2', '3\t', '19.300', '16.100', '13.000', '\t', '15.440', '12.880', '10.400\t', '', 'Cột 1: Mức giá đất'].join('\n');
    const table = splitDocBody(body).find((p) => p.kind === 'table');
    expect(table).toEqual({ kind: 'table', rows: [['HẠNG', 'MỨC GIÁ'], ['', 'TPCT(1)', '(2)'], ['1', '19.300', '15.440'], ['2', '16.100', '12.880'], ['3', '13.000', '10.400']] });
    const towns = splitDocBody(['A\tB\tC\t', 'Vị Thanh - Châu Thành\tLoại 1', 'Loại 2', 'Loại 3\t800.000', '500.000', '300.000\t', ''].join('\n')).find((p) => p.kind === 'table');
    expect(towns && towns.kind === 'table' ? towns.rows.slice(1) : []).toEqual([['Vị Thanh - Châu Thành', 'Loại 1', '800.000'], ['Vị Thanh - Châu Thành', 'Loại 2', '500.000'], ['Vị Thanh - Châu Thành', 'Loại 3', '300.000']]);
  });
});
