/** Layout rules on hand-made pdfjs-like items: every geometric decision, no PDF needed. */
import { describe, expect, it } from 'vitest';
import { layoutDocument, PdfItem, PdfPage } from '../../src/readers/pdf-layout.ts';

const W = 595;
const H = 842;
const LEFT = 85;
const RIGHT = 510;

/** One line of body text at baseline y, running from x to the right edge unless `end` given. */
function line(str: string, y: number, opts: Partial<PdfItem> & { end?: number } = {}): PdfItem {
  const x = opts.x ?? LEFT;
  const end = opts.end ?? RIGHT;
  return { str, x, y, width: end - x, size: opts.size ?? 14, bold: opts.bold ?? false, artifact: opts.artifact ?? false };
}
const marker = (str: string, x: number, y: number, size = 8): PdfItem => ({ str, x, y: y + 0.45 * size, width: 5, size, bold: false, artifact: false });
const page = (number: number, items: PdfItem[]): PdfPage => ({ number, width: W, height: H, items });

// Enough ordinary body lines that the statistics (body size, margins) are those of a real page.
const filler = (y0: number, n: number): PdfItem[] =>
  Array.from({ length: n }, (_, i) => line(i === n - 1 ? 'Kết thúc đoạn văn bản mẫu.' : 'Đoạn văn bản mẫu dùng để đo lề và cỡ chữ của trang', y0 - i * 18, { x: i === 0 ? LEFT + 30 : LEFT, end: i === n - 1 ? 300 : RIGHT }));

describe('layoutDocument', () => {
  const pages = [
    page(1, [
      ...filler(780, 6),
      line('Căn cứ Nghị định số 82/2024/NĐ-', 650, { x: LEFT + 30 }),
      line('CP của Chính phủ, Sở đã ban hành Kế hoạch', 632, { end: 400 }),
      marker('1', 401, 632),
      line(' triển khai nhiệm vụ năm 2024 và tiếp tục thực hiện', 632, { x: 407 }),
      line('1', 60, { x: 290, end: 297 }), // page number at the bottom
      marker('1', LEFT, 90, 6),
      line('Số 955/KH-UBND ngày 03/10/2024 của UBND tỉnh', 90, { x: LEFT + 6, size: 10, end: 400 }),
    ]),
    page(2, [
      line('các chỉ tiêu đã đề ra.', 780, { end: 250 }),
      ...filler(750, 5),
      line('2', 60, { x: 290, end: 297 }),
    ]),
  ];
  const { blocks } = layoutDocument(pages);
  const body = blocks.filter((b) => b.kind !== 'footnote');
  const notes = blocks.filter((b) => b.kind === 'footnote');
  const cited = body.find((b) => b.text.startsWith('Căn cứ'))!;

  it('joins a line ending in a code hyphen without a space and keeps the hyphen', () => {
    expect(cited.text).toContain('82/2024/NĐ-CP của Chính phủ');
  });

  it('continues a paragraph across the page break and records where page 2 begins', () => {
    expect(cited.text).toMatch(/tiếp tục thực hiện các chỉ tiêu đã đề ra\.$/);
    expect(cited.page).toBe(1);
    expect(cited.pageEnd).toBe(2);
    const [offset, p] = cited.pageBreaks![0];
    expect(p).toBe(2);
    expect(cited.text.slice(offset)).toBe('các chỉ tiêu đã đề ra.');
  });

  it('keeps a small raised "1" as a footnote marker linked to the footnote text', () => {
    expect(cited.footnoteRefs).toEqual([{ label: '1', offset: cited.text.indexOf('Kế hoạch') + 'Kế hoạch'.length }]);
    expect(cited.text).not.toMatch(/Kế hoạch1/);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ label: '1', page: 1, text: 'Số 955/KH-UBND ngày 03/10/2024 của UBND tỉnh' });
  });

  it('drops page numbers', () => {
    expect(body.some((b) => /^\d+$/.test(b.text))).toBe(false);
  });
});

describe('a line that stops mid-sentence', () => {
  // Each case: the two lines after a page of filler; whether they come out as one paragraph.
  const cases: Array<[string, PdfItem[], boolean]> = [
    // TCVN3 whose 'ư' lost its width (real-more/07): the line stops 2 em short of the right edge.
    ['short by lost glyph widths, going on in lower case at the margin', [line('trong vμ ngoμi níc. T¹o bíc chuyÓn vÒ chÊt lîng. N©ng cao', 600, { end: RIGHT - 28 }), line('søc c¹nh tranh vμ hiÖu qu¶ cña nÒn kinh tÕ.', 582, { end: 380 })], true],
    ['a TCVN3 "đ" (®) starting the next line', [line('§Õn nay, kÕt qu¶ ®¹t ®îc cña c¸c ngµnh', 600, { end: RIGHT - 40 }), line('®· v­ît chØ tiªu ®Ò ra.', 582, { end: 300 })], true],
    // Nơi nhận of real-more/09 and fixture 2023: a hanging indent after "- ".
    ['a hanging indent under a dash item', [line('- Các Bộ, cơ quan ngang Bộ (để phối', 600, { end: 300 }), line('hợp);', 582, { x: LEFT + 7, end: 130 })], true],
    ['a title going on in a line centred under it', [line('Báo cáo về tình hình sản xuất kinh doanh ngành công', 600), line('nghiệp tháng 02 và 2 tháng đầu năm 2007', 582, { x: LEFT + 60, end: RIGHT - 60 })], true],
    ['a list item "a)" in lower case starts its own paragraph', [line('Các trường hợp được hỗ trợ gồm', 600, { end: 300 }), line('a) Cán bộ, công chức;', 582, { end: 250 })], false],
    ['a sentence ended is not run on', [line('Kết quả đạt được khá.', 600, { end: 300 }), line('tuy nhiên vẫn còn hạn chế.', 582, { end: 300 })], false],
    ['a line in capitals after a short line starts its own paragraph', [line('Về công tác chỉ đạo', 600, { end: 250 }), line('Sở đã ban hành kế hoạch.', 582, { end: 300 })], false],
    ['a lower-case line far to the right (another column) is not run on', [line('Kính gửi Sở Nội vụ tỉnh', 600, { end: 250 }), line('tỉnh Lâm Đồng', 582, { x: 330, end: 420 })], false],
  ];
  it.each(cases)('%s', (_, lines, joined) => {
    const { blocks } = layoutDocument([page(1, [...filler(780, 8), ...lines])]);
    const texts = blocks.map((b) => b.text);
    const [a, b] = lines.map((l) => l.str);
    expect(texts.includes(`${a} ${b}`)).toBe(joined);
    expect(texts.includes(a) && texts.includes(b)).toBe(!joined);
  });
});
