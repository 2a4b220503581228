/**
 * Ruled tables from the drawing: operator lists shaped like pdf.js 5 gives them (constructPath
 * carrying its paint operator and a path buffer) for Word's borders (thin filled bars, double
 * outer borders, rows split by a page break) and for what is not a table (a frame, rules under
 * headings, clip paths, white fills), then the cells' text as table blocks.
 */
import { describe, expect, it } from 'vitest';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { cellAt, findGrids, mayHoldTable, rulingsFromOperators, type Ruling, type Rulings } from '../../src/readers/pdf-rulings.ts';
import { layoutDocument, PdfItem, PdfPage } from '../../src/readers/pdf-layout.ts';

// pdf.js path buffer codes.
const M = 0;
const L = 1;
const C = 2;
const Z = 4;
type Op = [number, unknown[] | null];
const path = (paint: number, ...codes: number[]): Op => [OPS.constructPath, [paint, [new Float32Array(codes)], null]];
const rect = (x: number, y: number, w: number, h: number) => [M, x, y, L, x + w, y, L, x + w, y + h, L, x, y + h, Z];
const list = (ops: Op[]) => ({ fnArray: ops.map((o) => o[0]), argsArray: ops.map((o) => o[1]) });
const read = (ops: Op[], offset: [number, number] = [0, 0]) => rulingsFromOperators(list(ops), OPS, offset);
const round = (r: Ruling) => [r.x0, r.y0, r.x1, r.y1].map((v) => Math.round(v * 10) / 10);

describe('rulingsFromOperators', () => {
  const cases: Array<[string, Op[], { horizontal: number[][]; vertical: number[][] }]> = [
    ['a filled bar 0.5 pt high is a horizontal ruling along its middle', [path(OPS.eoFill, ...rect(97.6, 361, 312.5, 0.5))], { horizontal: [[97.6, 361.3, 410.1, 361.3]], vertical: [] }],
    ['a filled bar 0.5 pt wide is a vertical ruling', [path(OPS.fill, ...rect(410.1, 53.5, 0.5, 289.9))], { horizontal: [], vertical: [[410.4, 53.5, 410.4, 343.4]] }],
    ['a stroked line', [path(OPS.stroke, M, 100, 500, L, 300, 500)], { horizontal: [[100, 500, 300, 500]], vertical: [] }],
    ['a stroked rectangle gives its four sides', [path(OPS.closeStroke, ...rect(100, 100, 200, 50))], { horizontal: [[100, 100, 300, 100], [100, 150, 300, 150]], vertical: [[300, 100, 300, 150], [100, 100, 100, 150]] }],
    ['a filled cell background is no ruling', [path(OPS.fill, ...rect(100, 100, 200, 20))], { horizontal: [], vertical: [] }],
    ['a clip path (endPath) is no ruling', [path(OPS.endPath, ...rect(0, 0, 842, 0.5))], { horizontal: [], vertical: [] }],
    ['a white bar is no ruling', [[OPS.setFillRGBColor, ['#FFFFFF']], path(OPS.fill, ...rect(100, 100, 200, 0.5))], { horizontal: [], vertical: [] }],
    ['a curve is no ruling', [path(OPS.stroke, M, 100, 100, C, 150, 150, 200, 150, 250, 100)], { horizontal: [], vertical: [] }],
    ['a slanted line is no ruling', [path(OPS.stroke, M, 100, 100, L, 300, 120)], { horizontal: [], vertical: [] }],
    ['the transform applies (cm 0.75 0 0 0.75 10 20)', [[OPS.transform, [0.75, 0, 0, 0.75, 10, 20]], path(OPS.stroke, M, 0, 0, L, 100, 0)], { horizontal: [[10, 20, 85, 20]], vertical: [] }],
    ['restore undoes the transform', [[OPS.save, null], [OPS.transform, [1, 0, 0, 1, 50, 50]], [OPS.restore, null], path(OPS.stroke, M, 0, 0, L, 0, 100)], { horizontal: [], vertical: [[0, 0, 0, 100]] }],
    ['a form XObject draws in its own matrix', [[OPS.paintFormXObjectBegin, [[2, 0, 0, 2, 0, 0], [0, 0, 10, 10]]], path(OPS.stroke, M, 10, 10, L, 60, 10), [OPS.paintFormXObjectEnd, null], path(OPS.stroke, M, 10, 10, L, 60, 10)], { horizontal: [[20, 20, 120, 20], [10, 10, 60, 10]], vertical: [] }],
  ];
  it.each(cases)('%s', (_, ops, want) => {
    const got = read(ops);
    expect({ horizontal: got.horizontal.map(round), vertical: got.vertical.map(round) }).toEqual(want);
  });

  it('subtracts the page box origin, as the text items do', () => {
    expect(read([path(OPS.stroke, M, 110, 220, L, 310, 220)], [10, 20]).horizontal.map(round)).toEqual([[100, 200, 300, 200]]);
  });
});

/** Rulings of a table: horizontals at ys spanning [x0, x1], verticals at xs spanning [y0, y1]. */
function table(xs: number[], ys: number[], extra: Partial<Rulings> = {}): Rulings {
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  return {
    horizontal: [...ys.map((y) => ({ x0, x1, y0: y, y1: y })), ...(extra.horizontal ?? [])],
    vertical: [...xs.map((x) => ({ x0: x, x1: x, y0, y1 })), ...(extra.vertical ?? [])],
  };
}
const h = (y: number, x0: number, x1: number): Ruling => ({ x0, x1, y0: y, y1: y });
const v = (x: number, y0: number, y1: number): Ruling => ({ x0: x, x1: x, y0, y1 });
const shape = (r: Rulings) => findGrids(r).map((g) => g.cells.map((c) => `${c.row},${c.col}:${c.rowSpan}x${c.colSpan}`).join(' '));

describe('findGrids', () => {
  const cases: Array<[string, Rulings, string[]]> = [
    ['two columns, two rows', table([100, 300, 500], [700, 680, 600]), ['0,0:1x1 0,1:1x1 1,0:1x1 1,1:1x1']],
    [
      // Word's double outer border: two bars 1 pt apart are one line.
      'a double outer border is one line',
      { horizontal: [h(700, 100, 500), h(701, 100, 500), h(600, 100, 500), h(599, 100, 500)], vertical: [v(100, 599, 701), v(99, 599, 701), v(300, 600, 700), v(500, 599, 701), v(501, 599, 701)] },
      ['0,0:1x1 0,1:1x1'],
    ],
    [
      'a header cell over two columns (no divider in the top row)',
      { horizontal: [h(700, 100, 500), h(680, 100, 500), h(600, 100, 500)], vertical: [v(100, 600, 700), v(500, 600, 700), v(250, 600, 680), v(400, 600, 700)] },
      ['0,0:1x2 0,2:1x1 1,0:1x1 1,1:1x1 1,2:1x1'],
    ],
    [
      'a label cell over two rows (no floor under it)',
      { horizontal: [h(700, 100, 500), h(650, 300, 500), h(600, 100, 500)], vertical: [v(100, 600, 700), v(300, 600, 700), v(500, 600, 700)] },
      ['0,0:2x1 0,1:1x1 1,1:1x1'],
    ],
    [
      // A row split by the page break: Word leaves it open at the page's bottom.
      'verticals running below the last horizontal close a last row',
      { horizontal: [h(700, 100, 500), h(680, 100, 500)], vertical: [v(100, 60, 700), v(300, 60, 700), v(500, 60, 700)] },
      ['0,0:1x1 0,1:1x1 1,0:1x1 1,1:1x1'],
    ],
    ['two tables apart are two grids', { horizontal: [...table([100, 300, 500], [700, 650]).horizontal, ...table([100, 200, 500], [400, 350]).horizontal], vertical: [...table([100, 300, 500], [700, 650]).vertical, ...table([100, 200, 500], [400, 350]).vertical] }, ['0,0:1x1 0,1:1x1', '0,0:1x1 0,1:1x1']],
    ['a frame around text (one cell) is no table', table([100, 500], [700, 600]), []],
    ['a frame with rows but one column is no table', table([100, 500], [700, 650, 600]), []],
    ['horizontals alone (rules under headings) are no table', { horizontal: [h(700, 100, 500), h(650, 100, 500), h(600, 100, 500)], vertical: [] }, []],
    ['verticals alone (margin bars) are no table', { horizontal: [], vertical: [v(100, 600, 700), v(300, 600, 700), v(500, 600, 700)] }, []],
    ['corner joints shorter than 4 pt are no lines', { horizontal: [h(700, 100, 102), h(600, 100, 102)], vertical: [v(100, 600, 700), v(102, 600, 700)] }, []],
  ];
  it.each(cases)('%s', (_, rulings, want) => {
    expect(shape(rulings)).toEqual(want);
  });

  it('finds the cell of a point, nothing outside the grid', () => {
    const [grid] = findGrids(table([100, 300, 500], [700, 680, 600]));
    expect(cellAt(grid, 350, 650)).toMatchObject({ row: 1, col: 1 });
    expect(cellAt(grid, 150, 690)).toMatchObject({ row: 0, col: 0 });
    expect(cellAt(grid, 550, 650)).toBeNull();
    expect(cellAt(grid, 150, 710)).toBeNull();
  });
});

const tx = (str: string, x: number, y: number, size = 13, width = str.length * size * 0.45) => ({ str, transform: [size, 0, 0, size, x, y], width });

describe('mayHoldTable', () => {
  const cases: Array<[string, object[], boolean]> = [
    ['two columns on three baselines, the gap at one place', [0, 1, 2].flatMap((k) => [tx('quy định về chính sách hỗ trợ', 100, 700 - 15 * k), tx('Việc quy định đối tượng', 420, 700 - 15 * k)]), true],
    ['two baselines only (a letterhead)', [0, 1].flatMap((k) => [tx('UBND TỈNH', 100, 700 - 15 * k), tx('CỘNG HÒA', 420, 700 - 15 * k)]), false],
    [
      'wide gaps at different places (glyphs without widths)',
      ['Tăng tr', 'Tăng trưởng kinh tế của t', 'Một hai ba bốn năm sáu bảy tám chín m'].flatMap((first, k) => [tx(first, 100, 700 - 15 * k), tx('ởng kinh tế', 100 + first.length * 13 * 0.45 + 15, 700 - 15 * k)]),
      false,
    ],
    ['running text', [0, 1, 2, 3].map((k) => tx('Trên cơ sở kết quả thẩm định của Sở Nội vụ đối với danh mục', 100, 700 - 15 * k)), false],
  ];
  it.each(cases)('%s', (_, items, want) => {
    expect(mayHoldTable(items)).toBe(want);
  });
});

const item = (str: string, x: number, y: number, size = 13, width = str.length * size * 0.45): PdfItem => ({ str, x, y, width, size, bold: false, artifact: false });
const W = 842;
const H = 595;
// A comparison table as in real-more/03: columns 97–410 and 410–806, a header row, rows below.
const xs = [97, 410, 806];
const grid = (ys: number[], open = false) =>
  findGrids(
    open
      ? { horizontal: ys.map((y) => h(y, xs[0], xs[2])), vertical: xs.map((x) => v(x, 60, ys[0])) }
      : table(xs, ys),
  );

describe('layoutDocument with ruled grids', () => {
  it('reads each cell top to bottom instead of across both columns; text outside stays paragraphs', () => {
    const items = [
      item('BẢNG SO SÁNH THUYẾT MINH', 300, 540, 14),
      item('DỰ THẢO VĂN BẢN', 200, 505, 13),
      item('THUYẾT MINH', 560, 505, 13),
      // Stream order as Word writes it: across the row, line by line.
      item('Điều 1. Phạm vi điều chỉnh, quy định về chính sách hỗ trợ', 103, 470),
      item('Việc quy định đối tượng hỗ trợ đào tạo sau đại học phù hợp', 416, 470),
      item('đào tạo cán bộ, công chức của tỉnh.', 103, 455),
      item('với quy định của Nghị định số 171/2025/NĐ-CP.', 416, 455),
      item('Điều 2. Nguyên tắc thực hiện chính sách', 103, 420),
      item('Bảo đảm công khai, minh bạch.', 416, 420),
      item('Sau bảng là đoạn văn bình thường của văn bản, không thuộc bảng nào cả.', 97, 300),
    ];
    const page: PdfPage = { number: 1, width: W, height: H, items, grids: grid([520, 490, 435, 400]) };
    const { blocks } = layoutDocument([page]);
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0].rows!.map((r) => r.map((c) => c.text))).toEqual([
      ['DỰ THẢO VĂN BẢN', 'THUYẾT MINH'],
      ['Điều 1. Phạm vi điều chỉnh, quy định về chính sách hỗ trợ đào tạo cán bộ, công chức của tỉnh.', 'Việc quy định đối tượng hỗ trợ đào tạo sau đại học phù hợp với quy định của Nghị định số 171/2025/NĐ-CP.'],
      ['Điều 2. Nguyên tắc thực hiện chính sách', 'Bảo đảm công khai, minh bạch.'],
    ]);
    expect(tables[0].text.split('\n')[0]).toBe('DỰ THẢO VĂN BẢN | THUYẾT MINH');
    const texts = blocks.map((b) => b.text);
    expect(texts.indexOf('BẢNG SO SÁNH THUYẾT MINH')).toBeLessThan(blocks.indexOf(tables[0]));
    expect(texts.indexOf('Sau bảng là đoạn văn bình thường của văn bản, không thuộc bảng nào cả.')).toBeGreaterThan(blocks.indexOf(tables[0]));
  });

  it('goes on over the page break: the repeated header left out, a cell that runs on in lower case joined', () => {
    const page1: PdfPage = {
      number: 1,
      width: W,
      height: H,
      items: [item('DỰ THẢO VĂN BẢN', 200, 505), item('THUYẾT MINH', 560, 505), item('Điều 3. Chính sách hỗ trợ đào tạo sau đại học cho', 103, 470), item('Phù hợp với khả năng ngân sách.', 416, 470)],
      grids: grid([520, 490], true),
    };
    const page2: PdfPage = {
      number: 2,
      width: W,
      height: H,
      items: [item('DỰ THẢO VĂN BẢN', 200, 505), item('THUYẾT MINH', 560, 505), item('cán bộ, công chức đang công tác tại tỉnh.', 103, 470), item('Điều 4. Chính sách thu hút', 103, 420), item('Thu hút người có trình độ cao.', 416, 420)],
      grids: grid([520, 490, 435, 400]),
    };
    const { blocks } = layoutDocument([page1, page2]);
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0].rows!.map((r) => r.map((c) => c.text))).toEqual([
      ['DỰ THẢO VĂN BẢN', 'THUYẾT MINH'],
      ['Điều 3. Chính sách hỗ trợ đào tạo sau đại học cho cán bộ, công chức đang công tác tại tỉnh.', 'Phù hợp với khả năng ngân sách.'],
      ['Điều 4. Chính sách thu hút', 'Thu hút người có trình độ cao.'],
    ]);
    expect(tables[0].page).toBe(1);
    expect(tables[0].pageEnd).toBe(2);
    // The page break stands where page 2's own rows begin.
    const [[at, p]] = tables[0].pageBreaks!;
    expect(p).toBe(2);
    expect(tables[0].text.slice(at)).toBe('Điều 4. Chính sách thu hút | Thu hút người có trình độ cao.');
  });

  it('keeps a row that starts a new sentence on the next page a row of its own', () => {
    const page1: PdfPage = { number: 1, width: W, height: H, items: [item('Điều 1. Phạm vi điều chỉnh.', 103, 505), item('Phù hợp.', 416, 505)], grids: grid([520, 490], true) };
    const page2: PdfPage = { number: 2, width: W, height: H, items: [item('Đối tượng áp dụng: cán bộ, công chức.', 103, 505), item('Theo Luật.', 416, 505)], grids: grid([520, 490], true) };
    const tables = layoutDocument([page1, page2]).blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0].rows!.map((r) => r.map((c) => c.text))).toEqual([
      ['Điều 1. Phạm vi điều chỉnh.', 'Phù hợp.'],
      ['Đối tượng áp dụng: cán bộ, công chức.', 'Theo Luật.'],
    ]);
  });

  it('leaves a grid with text in one cell only (a box drawn around a paragraph) as paragraphs', () => {
    const page: PdfPage = { number: 1, width: W, height: H, items: [item('Ghi chú: số liệu ước tính đến hết tháng 6.', 103, 505)], grids: grid([520, 490]) };
    const { blocks } = layoutDocument([page]);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([['paragraph', 'Ghi chú: số liệu ước tính đến hết tháng 6.']]);
  });

  it('joins a stacked fraction in a cell without a space, and gives merged cells their spans', () => {
    const rulings = { horizontal: [h(520, 97, 806), h(490, 97, 806), h(440, 97, 806)], vertical: [v(97, 440, 520), v(806, 440, 520), v(410, 490, 520), v(600, 440, 520)] };
    const page: PdfPage = {
      number: 1,
      width: W,
      height: H,
      items: [item('Chỉ tiêu', 103, 505), item('Điểm', 416, 505), item('Ghi chú', 610, 505), item('CHỈ SỐ CHUNG', 103, 470), item('83,1/', 420, 475), item('100', 420, 460), item('Đạt', 610, 470)],
      grids: findGrids(rulings),
    };
    const [table1] = layoutDocument([page]).blocks.filter((b) => b.kind === 'table');
    expect(table1.rows).toEqual([
      [{ text: 'Chỉ tiêu', colSpan: 1, rowSpan: 1 }, { text: 'Điểm', colSpan: 1, rowSpan: 1 }, { text: 'Ghi chú', colSpan: 1, rowSpan: 1 }],
      [{ text: 'CHỈ SỐ CHUNG 83,1/100', colSpan: 2, rowSpan: 1 }, { text: 'Đạt', colSpan: 1, rowSpan: 1 }],
    ]);
  });
});
