/**
 * Tables from item positions, on hand-made items shaped like the Word-exported annex of
 * fixtures/real/12 (stacked header words, a label wrapped under its row, summary rows, a table
 * running onto the next page) and like a bar chart, which must not become a table.
 */
import { describe, expect, it } from 'vitest';
import { layoutDocument, PdfItem, PdfPage } from '../../src/readers/pdf-layout.ts';
import { findTables, looksLikeChart } from '../../src/readers/pdf-tables.ts';
import { buildLines } from '../../src/readers/pdf-layout.ts';

const item = (str: string, x: number, y: number, size = 13, width = str.length * size * 0.5): PdfItem => ({ str, x, y, width, size, bold: false, artifact: false });
const page = (number: number, items: PdfItem[]): PdfPage => ({ number, width: 595, height: 842, items });

// Columns as in 12's annex: STT 106, Đơn vị 140, three scores 299/366/433, index 488.
function dataRow(y: number, no: string, label: string, a: string, b: string, c: string, idx: string): PdfItem[] {
  return [item(no, 106, y), item(label, 140, y), item(a, 299, y), item(b, 366, y), item(c, 433, y), item(idx, 488, y)];
}
const header = (y: number): PdfItem[] => [
  item('Điểm', 300, y + 14, 12),
  item('chuẩn tối', 290, y, 12),
  item('đa', 307, y - 14, 12),
  item('STT', 98, y, 12),
  item('Đơn vị', 191, y, 12),
  item('Điểm tự', 360, y + 7, 12),
  item('đánh giá', 358, y - 7, 12),
  item('Điểm', 434, y + 14, 12),
  item('thẩm', 434, y, 12),
  item('định', 436, y - 14, 12),
  item('Chỉ số', 491, y, 12),
];

const annexPage1 = page(1, [
  item('I. ĐỐI VỚI CẤP SỞ', 121, 708, 14),
  ...header(673),
  ...dataRow(638, '1', 'Sở Tư pháp', '14,50', '14,50', '13,50', '93,10%'),
  ...dataRow(609, '2', 'Sở Nội vụ', '12,50', '12,50', '10,50', '84,00%'),
  // The label wraps: its second line sits below the row's baseline, in the label column.
  item('4', 106, 551),
  item('Sở Khoa học và Công', 140, 551),
  item('nghệ', 140, 543),
  item('12,50', 299, 550),
  item('12,50', 366, 550),
  item('9,50', 436, 550),
  item('76,00%', 488, 550),
  ...dataRow(520, '5', 'Sở Y tế', '14,50', '13,50', '6,00', '41,38%'),
  item('Chỉ số trung bình', 233, 491),
  item('61,69%', 486, 491),
  item('Kết thúc phụ lục.', 85, 420, 14),
]);

describe('findTables', () => {
  const tables = findTables(buildLines(annexPage1), 1);

  it('finds one table with the columns of the full rows', () => {
    expect(tables).toHaveLength(1);
    expect(tables[0].columns).toHaveLength(6);
  });

  it('joins stacked header words per column, top to bottom, and stops at the heading above', () => {
    expect(tables[0].header).toEqual(['STT', 'Đơn vị', 'Điểm chuẩn tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Chỉ số']);
  });

  it('keeps a wrapped label in its row and a summary row with its figure in the right column', () => {
    expect(tables[0].rows).toEqual([
      ['1', 'Sở Tư pháp', '14,50', '14,50', '13,50', '93,10%'],
      ['2', 'Sở Nội vụ', '12,50', '12,50', '10,50', '84,00%'],
      ['4', 'Sở Khoa học và Công nghệ', '12,50', '12,50', '9,50', '76,00%'],
      ['5', 'Sở Y tế', '14,50', '13,50', '6,00', '41,38%'],
      ['', 'Chỉ số trung bình', '', '', '', '61,69%'],
    ]);
  });

  it('leaves the heading and the paragraph after the table as text', () => {
    const { blocks } = layoutDocument([annexPage1]);
    expect(blocks.map((b) => b.kind).slice(1)).toEqual(['table', 'paragraph']);
    expect(blocks[0].text).toBe('I. ĐỐI VỚI CẤP SỞ');
    expect(blocks[2].text).toBe('Kết thúc phụ lục.');
    expect(blocks[1].rows?.[0].map((c) => c.text)).toEqual(['STT', 'Đơn vị', 'Điểm chuẩn tối đa', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Chỉ số']);
  });

  it('continues a table onto the next page when the header repeats, with the page break recorded', () => {
    const next = page(2, [...header(760), ...dataRow(720, '6', 'Sở Ngoại vụ', '12,50', '12,00', '2,00', '16,00%'), ...dataRow(690, '7', 'Thanh tra tỉnh', '12,50', '12,00', '5,50', '44,00%'), ...dataRow(660, '8', 'Sở Tài chính', '12,50', '12,50', '6,00', '48,00%')]);
    const endsWithTable = page(1, annexPage1.items.filter((i) => i.str !== 'Kết thúc phụ lục.'));
    const { blocks } = layoutDocument([endsWithTable, next]);
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toHaveLength(1 + 5 + 3);
    expect(tables[0].pageEnd).toBe(2);
    const [[offset, pageNo]] = tables[0].pageBreaks!;
    expect(pageNo).toBe(2);
    expect(tables[0].text.slice(offset).startsWith('6 | Sở Ngoại vụ')).toBe(true);
  });

  it('does not see a table in ordinary prose, or in two-column header blocks', () => {
    const prose = page(1, [
      item('UBND TỈNH AN GIANG', 85, 800),
      item('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 800),
      item('Số: 346/BC-STTTT', 85, 780),
      item('An Giang, ngày 13 tháng 12 năm 2022', 300, 780),
      ...Array.from({ length: 8 }, (_, k) => item('Năm 2022, toàn tỉnh có 2.471.745 thuê bao di động, đạt 78,91% kế hoạch', 85, 740 - 18 * k, 14, 425)),
    ]);
    expect(findTables(buildLines(prose), 1)).toEqual([]);
  });

  it('rejects a bar chart: data labels scattered over a mostly empty grid', () => {
    expect(looksLikeChart([
      ['9,49 9,38 9,45', '', '', '10'],
      ['8,9 8,67', '', '', ''],
      ['', '', '8,56', ''],
    ])).toBe(true);
    expect(looksLikeChart([
      ['1', 'Sở Tư pháp', '14,50', '93,10%'],
      ['2', 'Sở Nội vụ', '12,50', '84,00%'],
    ])).toBe(false);
  });
});

/**
 * Shaped like 07's PAR Index table (coordinates from the PDF): province names centred over three
 * columns each, scores typeset as stacked fractions ("9,49/" over "9,5", the rest of the row a
 * line lower), labels and row numbers centred in tall rows, justified label words far apart.
 */
describe('findTables on a province-comparison table', () => {
  const it12 = (str: string, x: number, y: number) => item(str, x, y, 12, str.length * 5.2);
  const head = [
    it12('Lâm Đồng', 209, 485), it12('Đắk Nông', 337, 485), it12('Bình Thuận', 460, 485),
    it12('STT', 73, 467), it12('Nội dung', 114, 467),
    ...[180, 306, 432].flatMap((x) => [it12('Điểm', x, 460), it12('Chỉ số', x + 41, 453), it12('số', x + 8, 446), it12('Thứ', x + 88, 460), it12('hạng', x + 87, 446)]),
  ];
  // One table row: label lines centred on the row's baseline y, the row number 1.4 above it, each
  // score split into "9,49/" (y + 7) over "9,5" (y − 7), index and rank on y.
  const row = (y: number, no: string, label: string[], scores: string[], max: string, pcts: string[], ranks: string[]): PdfItem[] => [
    ...label.map((l, k) => it12(l, 107, y + 6.9 * (label.length - 1) - 13.8 * k)),
    ...scores.flatMap((s, k) => [it12(`${s}/`, 182 + 126 * k, y + 7), it12(max, 187 + 126 * k, y - 7)]),
    it12(no, 82, y + 1.4),
    ...pcts.flatMap((p, k) => [it12(p, 222 + 126 * k, y), it12(ranks[k], 266 + 126 * k, y)]),
  ];
  const rows = (y0: number) => [
    ...row(y0, '1', ['Công tác', 'chỉ       đạo,', 'điều hành'], ['9,49', '9,45', '9,43'], '9,5', ['99,9%', '99,5%', '99,2%'], ['12/63', '22/63', '25/63']),
    ...row(y0 - 43, '2', ['Cải cách thể', 'chế'], ['9,38', '8,67', '8,9'], '10', ['93,8%', '86,7%', '89,0%'], ['20/63', '55/63', '48/63']),
    ...row(y0 - 86, '3', ['Cải cách thủ', 'tục     hành', 'chính'], ['11,97', '12,84', '11,24'], '13', ['92,1%', '98,8%', '86,5%'], ['55/63', '31/63', '62/63']),
  ];
  const [table] = findTables(buildLines(page(1, [...head, ...rows(413)])), 1);

  it('joins stacked scores, keeps each row on one line, and every label line with its row', () => {
    expect(table.rows).toEqual([
      ['1', 'Công tác chỉ đạo, điều hành', '9,49/9,5', '99,9%', '12/63', '9,45/9,5', '99,5%', '22/63', '9,43/9,5', '99,2%', '25/63'],
      ['2', 'Cải cách thể chế', '9,38/10', '93,8%', '20/63', '8,67/10', '86,7%', '55/63', '8,9/10', '89,0%', '48/63'],
      ['3', 'Cải cách thủ tục hành chính', '11,97/13', '92,1%', '55/63', '12,84/13', '98,8%', '31/63', '11,24/13', '86,5%', '62/63'],
    ]);
  });

  it('gives each province name the run of columns it is centred over', () => {
    expect(table.groups).toEqual([
      { text: 'Lâm Đồng', first: 2, last: 4 },
      { text: 'Đắk Nông', first: 5, last: 7 },
      { text: 'Bình Thuận', first: 8, last: 10 },
    ]);
    expect(table.header.slice(0, 5)).toEqual(['STT', 'Nội dung', 'Điểm số', 'Chỉ số', 'Thứ hạng']);
  });

  it('keeps the maxima of scores in the bottom band: "10  10  10" on one baseline are not page numbers', () => {
    // The last row's "/10" line falls in the bottom 9% of the page, where page numbers are.
    const { blocks } = layoutDocument([page(1, [...head.map((i) => ({ ...i, y: i.y - 260 })), ...rows(153)])]);
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0].rows!.at(-1)!.map((c) => c.text).slice(0, 3)).toEqual(['3', 'Cải cách thủ tục hành chính', '11,97/13']);
  });
});

describe('layoutDocument around tables', () => {
  it('puts a caption that comes first in the content stream but stands under the table after it', () => {
    const caption = item('KẾT QUẢ CHỈ SỐ PAR INDEX NĂM 2024', 200, 400, 13);
    const table = [...header(673), ...dataRow(638, '1', 'Sở Tư pháp', '14,50', '14,50', '13,50', '93,10%'), ...dataRow(609, '2', 'Sở Nội vụ', '12,50', '12,50', '10,50', '84,00%'), ...dataRow(580, '3', 'Sở Y tế', '14,50', '13,50', '6,00', '41,38%')];
    const { blocks } = layoutDocument([page(1, [item('1. Kết quả năm 2024', 85, 720, 14), caption, ...table])]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(blocks[2].text).toBe('KẾT QUẢ CHỈ SỐ PAR INDEX NĂM 2024');
  });
});
