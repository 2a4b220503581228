/**
 * Scanned reports (fixtures/scanned: image-only copies of two fixture reports, built by
 * scripts/make-scanned.ts) read by OCR give the references and indicator values the text PDFs
 * of the same reports give: recall ≥ 0.9, precision ≥ 0.95, wrong indicator values ≤ 2%.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORTS, ROOT } from './support/fixtures.js';
import { runInto, Outputs } from './support/run.js';
import { compareKeyOf } from '../src/extract/references.js';
import { repairOcrCapitals, repairOcrText } from '../src/ocr/repair.js';
import { splitLine } from '../src/ocr/recognize.js';

const SCANNED = path.join(ROOT, 'fixtures', 'scanned');
const STEMS = ['2025-01-bao-cao-chinh-quyen-dien-tu', '2022-12-13-bc-346-chuyen-doi-so'];
let ocr: Outputs;
let text: Outputs;
beforeAll(async () => {
  ocr = await runInto([SCANNED], 'vnx-ocr-');
  text = await runInto(STEMS.map((s) => path.join(REPORTS, `${s}.pdf`)), 'vnx-ocr-text-');
}, 300_000);

const of = (out: Outputs, stem: string, kind: string) => out.jsonl(kind).filter((r) => path.basename(String(r.source_file)).startsWith(stem));

describe('OCR of scanned reports against the text PDFs of the same reports', () => {
  it.each(STEMS)('%s: references recall ≥ 0.9, precision ≥ 0.95; records marked as OCR', (stem) => {
    const got = new Set(of(ocr, stem, 'references').map((r) => compareKeyOf(String(r.key))));
    const want = new Set(of(text, stem, 'references').map((r) => compareKeyOf(String(r.key))));
    const tp = [...got].filter((k) => want.has(k)).length;
    const figures = { stem, ocr: got.size, text: want.size, precision: tp / got.size, recall: tp / want.size };
    console.log(JSON.stringify(figures));
    expect(figures.recall).toBeGreaterThanOrEqual(0.9);
    expect(figures.precision).toBeGreaterThanOrEqual(0.95);
    for (const r of of(ocr, stem, 'references')) expect(r.ocr_confidence).toBeGreaterThan(50);
    const d = ocr.jsonl('documents').find((x) => path.basename(String(x.source_file)).startsWith(stem))!;
    expect(d.status).toBe('ok');
    expect((d.warnings as string[]).join('\n')).toMatch(/comes from OCR \(mean confidence \d+%\)$/m);
  });

  it.each(STEMS)('%s: catalog indicator values wrong in ≤ 2% of rows', (stem) => {
    const truth = new Map(of(text, stem, 'indicators').filter((r) => r.catalog).map((r) => [`${String(r.series_id)}|${String(r.period)}|${String(r.kind)}`, r.value]));
    const rows = of(ocr, stem, 'indicators').filter((r) => r.catalog);
    const wrong = rows.filter((r) => {
      const t = truth.get(`${String(r.series_id)}|${String(r.period)}|${String(r.kind)}`);
      return t !== undefined && t !== r.value;
    });
    const found = rows.filter((r) => truth.has(`${String(r.series_id)}|${String(r.period)}|${String(r.kind)}`)).length;
    console.log(JSON.stringify({ stem, ocrRows: rows.length, textRows: truth.size, matchedSlots: found, wrong: wrong.length }));
    expect(wrong.length / Math.max(1, rows.length)).toBeLessThanOrEqual(0.02);
    expect(found / truth.size).toBeGreaterThanOrEqual(0.9);
    for (const r of rows) expect(r.ocr).toBe(true);
  });
});

describe('a mixed document (pages 1–3 text, 4–9 scanned)', () => {
  it('OCRs only the scanned pages and finds what the text PDF has', () => {
    const mixed = 'fixtures/scanned/2025-01-mixed-text-and-scan.pdf';
    const d = ocr.jsonl('documents').find((x) => x.source_file === mixed)!;
    expect(d.status).toBe('ok');
    expect((d.warnings as string[]).join('\n')).toMatch(/text of page\(s\) 4, 5, 6, 7, 8, 9 comes from OCR/);
    const got = ocr.jsonl('references').filter((r) => r.source_file === mixed);
    const want = new Set(of(text, STEMS[0], 'references').map((r) => compareKeyOf(String(r.key))));
    const tp = got.filter((r) => want.has(compareKeyOf(String(r.key)))).length;
    expect(tp / want.size).toBeGreaterThanOrEqual(0.9);
    expect(tp / got.length).toBeGreaterThanOrEqual(0.95);
    // References only on the text pages are not marked as OCR.
    expect(got.some((r) => r.ocr_confidence === null)).toBe(true);
    expect(got.some((r) => typeof r.ocr_confidence === 'number')).toBe(true);
  });
});

describe('post-OCR repair', () => {
  it.each([
    ['năm 2O22', 'năm 2022'],
    ['số l5/QÐ-UBND ngày 2O/1O/2024', 'số 15/QĐ-UBND ngày 20/10/2024'],
    ['Tổng số 2.O88 dịch vụ', 'Tổng số 2.088 dịch vụ'],
    ['ngày 0l/7/2025', 'ngày 01/7/2025'],
    ['Oanh và Lâm ở I. KẾT QUẢ', 'Oanh và Lâm ở I. KẾT QUẢ'],
    ['Nghị quyết 0I-NQ/TU', 'Nghị quyết 01-NQ/TU'],
    ['Phú Thọ, ngày ÄÙ tháng 12 năm 201]', 'Phú Thọ, ngày ÄÙ tháng 12 năm 2011'], // fixtures/real/40
    ['xem mục [2] và [3]', 'xem mục [2] và [3]'], // brackets around a digit are not a year
    ['Quyết định số 38 71/QĐ-BGDĐT ngày 28/12/2021', 'Quyết định số 3871/QĐ-BGDĐT ngày 28/12/2021'],
    ['Nghị định số 126 /2024/NĐ-CP', 'Nghị định số 126 /2024/NĐ-CP'], // a space before the slash is the reference parser's to read
    ['Căn cứ Nghị quyết số 1671/NQ-UBTVQH 15 ngày 16/6/2025', 'Căn cứ Nghị quyết số 1671/NQ-UBTVQH15 ngày 16/6/2025'], // real-more/16
    ['Nghị quyết số 202/2025/QH 15', 'Nghị quyết số 202/2025/QH15'],
    ['Số: 16/ĐĐN- LĐBR BTh', 'Số: 16/ĐĐN-LĐBR BTh'], // real-more/16
    ['năm 2025 có 12 15/QĐ', 'năm 2025 có 12 15/QĐ'], // no "số" before: two numbers stay two
    ['tăng 38 71 hồ sơ', 'tăng 38 71 hồ sơ'],
    ['QH 15 đại biểu', 'QH 15 đại biểu'], // no code before QH
    ['khoản 2 Điều 5 - Quy định', 'khoản 2 Điều 5 - Quy định'],
  ])('%s → %s', (raw, fixed) => {
    expect(repairOcrText(raw)).toBe(fixed);
  });
});

describe('post-OCR repair of header capitals (fixtures/real 22, 26, 40)', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['TÍNH QUẢNG NGÃI', 'TỈNH QUẢNG NGÃI'],
    ['CÔNG AN TỈNH LÂM ĐÔNG', 'CÔNG AN TỈNH LÂM ĐỒNG'],
    ['_- < UBNDTÌNHPHÚTHỌ', '_- < UBND TỈNH PHÚ THỌ'],
    ['SƠ THÔNG TIN VÀ TRUYỆN THÔNG', 'SỞ THÔNG TIN VÀ TRUYỆN THÔNG'],
    ['UBND TP. HỒ CHÍ MINH', 'UBND TP. HỒ CHÍ MINH'], // an abbreviation keeps its period
    ['UBND TỈNH KHÁNH HOÀ', 'UBND TỈNH KHÁNH HOÀ'], // old tone placement is a spelling, not a misreading
  ])('%s → %s', (raw, fixed) => {
    expect(repairOcrCapitals(raw)).toBe(fixed);
  });
});

describe('OCR lines into segments', () => {
  const word = (text: string, x0: number, x1: number) => ({ text, bbox: { x0, x1, y0: 100, y1: 130 } });
  it('cuts a line where two header columns meet, not at word spaces', () => {
    const line = { words: [word('TỈNH', 100, 160), word('QUẢNG', 170, 260), word('NGÃI', 270, 330), word('Độc', 700, 750), word('lập', 760, 800)], bbox: { x0: 100, x1: 800, y0: 100, y1: 130 } };
    expect(splitLine(line)).toEqual({ segments: ['TỈNH QUẢNG NGÃI', 'Độc lập'], top: 100, width: 700 });
  });
});
