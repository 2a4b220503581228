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
