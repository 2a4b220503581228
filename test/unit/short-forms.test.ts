/** Short mentions linked to the one full reference they can mean; the rest listed, never guessed. */
import { describe, expect, it } from 'vitest';
import { findShortForms, type FullRef } from '../../src/extract/short-forms.ts';

const REFS: FullRef[] = [
  { key: '749/QĐ-TTg', type: 'Quyết định', number: '749', at: [{ block: 0, offset: 20 }] },
  { key: '553/CTr-UBND', type: 'Chương trình', number: '553', at: [{ block: 0, offset: 80 }] },
  { key: '1033/KH-UBND', type: 'Kế hoạch', number: '1033', at: [{ block: 1, offset: 5 }] },
  { key: '937/KH-UBND', type: 'Kế hoạch', number: '937', at: [{ block: 2, offset: 10 }] },
  { key: '06/QĐ-TTg', type: 'Quyết định', number: '06', at: [{ block: 0, offset: 120 }] },
];

describe('findShortForms', () => {
  it.each([
    ['Triển khai các nhiệm vụ theo Quyết định 749 của Thủ tướng Chính phủ.', '749/QĐ-TTg'], // 2022-12-13 report
    ['Thực hiện Chương trình 553, tỉnh đã hoàn thành 12/15 nhiệm vụ.', '553/CTr-UBND'],
    ['theo Quyết định số 06 của Thủ tướng', '06/QĐ-TTg'],
    ['Quyết định 6 về Đề án', '06/QĐ-TTg'], // leading zeros do not matter
  ])('%s → %s', (text, key) => {
    const r = findShortForms(['', '', '', text], REFS);
    expect([...r.linked]).toEqual([[key, 1]]);
    expect(r.unresolved.size).toBe(0);
  });

  it('a full key is no short form; a decimal or a code after the number is none either', () => {
    const r = findShortForms(['Quyết định số 749/QĐ-TTg ngày 03/6/2020; Kế hoạch 1033/KH-UBND; Nghị quyết 40,5%'], REFS);
    expect(r.linked.size).toBe(0);
    expect(r.unresolved.size).toBe(0);
  });

  it('"Kế hoạch nêu trên" is the last plan cited before it', () => {
    const r = findShortForms(['', 'Kế hoạch 1033/KH-UBND …', 'Sau đó ban hành Kế hoạch 937/KH-UBND; các đơn vị triển khai Kế hoạch nêu trên.'], REFS);
    expect(r.linked.get('937/KH-UBND')).toBe(1);
  });

  it('a short form with no full reference, or of another type, is listed, not linked', () => {
    const r = findShortForms(['Kết quả triển khai Đề án 06 và Đề án 06 năm 2025; Nghị quyết 749 (no such resolution)'], REFS);
    expect(r.linked.size).toBe(0);
    expect([...r.unresolved]).toEqual([['Đề án 06', 2], ['Nghị quyết 749', 1]]);
  });
});
