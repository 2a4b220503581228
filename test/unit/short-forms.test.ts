/** Short mentions linked to the one full reference they can mean; the rest listed, never guessed. */
import { describe, expect, it } from 'vitest';
import { findShortForms, fitsDate, fitsShortForm, type FullRef } from '../../src/extract/short-forms.ts';

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
    expect([...r.unresolved].map(([form, u]) => [form, u.mentions, u.candidates])).toEqual([
      ['Đề án 06', 2, []],
      ['Nghị quyết 749', 1, []],
    ]);
  });

  // Quyết định 06/QĐ-TTg approves Đề án 06, by which name every report after it cites the project.
  const DE_AN_06: FullRef = {
    key: '06/QĐ-TTg',
    type: 'Quyết định',
    number: '06',
    subject: 'về việc phê duyệt Đề án Phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030',
    date: '2022-01-06',
    at: [{ block: 0, offset: 0 }],
  };
  const LD_PLAN: FullRef = { key: '55/KH-SGDĐT', type: 'Kế hoạch', number: '55', date: '2025-12-01', at: [{ block: 0, offset: 0 }] };
  const ND_68: FullRef = { key: '68/2000/NĐ-CP', type: 'Nghị định', number: '68', at: [{ block: 0, offset: 0 }] };
  const NQ_50: FullRef = { key: '50/NQ-CP', type: 'Nghị quyết', number: '50', date: '2022-04-08', at: [{ block: 0, offset: 0 }] };

  it.each<[string, string, FullRef[], string | null, string | null]>([
    // [case, sentence (real, from the corpus), the document's full references, linked key, listed form]
    ['a project by the number of the decision approving it', 'Triển khai thực hiện Đề án 06 trên địa bàn tỉnh (16_LD_BC-BCD_DeAn06)', [DE_AN_06], '06/QĐ-TTg', null],
    ['the decision itself by its short form', 'theo Quyết định 06 của Thủ tướng', [DE_AN_06], '06/QĐ-TTg', null],
    ['a decision approving something else is no plan of that number', 'Thực hiện Kế hoạch 06 của UBND tỉnh', [DE_AN_06], null, 'Kế hoạch 06'],
    ['lower case is linked when the document names it in full', 'biên chế hợp đồng theo nghị định 68 hoàn thành nhiệm vụ (30_BRVT)', [ND_68], '68/2000/NĐ-CP', null],
    ['lower case with no full reference is a count, never listed', 'bổ sung 06 lớp bồi dưỡng trong năm 2025 và đưa ra khỏi kế hoạch 55 lớp (02_LD_BC329)', [], null, null],
    ['a percentage is no number of a plan', 'Tiến hành các cuộc thanh, kiểm tra doanh nghiệp theo Chương trình 100% (2023 report)', [], null, null],
    ['a plan of a year is no plan numbered so', 'phấn đấu hoàn thành Kế hoạch 2005 đã được Quốc hội thông qua (05_TW_BKHDT)', [], null, null],
    ['a dated short form does not fit a reference of another date', 'Nghị quyết số 50 ngày 13/3/2025 của Chính phủ (39_HN)', [NQ_50], null, 'Nghị quyết 50'],
    ['a dated short form fits a reference of that date', 'Nghị quyết số 50 ngày 08/4/2022 của Chính phủ', [NQ_50], '50/NQ-CP', null],
    ['a local plan named once in full', 'Sở Giáo dục và Đào tạo triển khai Kế hoạch 55 về tiếp nhận viên chức', [LD_PLAN], '55/KH-SGDĐT', null],
  ])('%s', (_case, text, refs, key, listed) => {
    const r = findShortForms([text], refs);
    expect([...r.linked.keys()]).toEqual(key ? [key] : []);
    expect([...r.unresolved.keys()]).toEqual(listed ? [listed] : []);
  });

  it('two references of this document that fit equally are listed with both as candidates', () => {
    const local06: FullRef = { key: '06/QĐ-UBND', type: 'Quyết định', number: '06', at: [{ block: 0, offset: 0 }] };
    const r = findShortForms(['Thực hiện Quyết định 06, các sở đã…'], [DE_AN_06, local06]);
    expect(r.linked.size).toBe(0);
    expect(r.unresolved.get('Quyết định 06')?.candidates).toEqual(['06/QĐ-TTg', '06/QĐ-UBND']);
  });

  it('the date after a short form is read, in figures or in words', () => {
    const r = findShortForms(['Nghị quyết số 163 ngày 27/11/2024 của Quốc hội; Quyết định số 984 ngày 5 tháng 8 năm 2025'], []);
    expect([...r.unresolved].map(([f, u]) => [f, u.date])).toEqual([
      ['Nghị quyết 163', '2024-11-27'],
      ['Quyết định 984', '2025-08-05'],
    ]);
  });
});

describe('fitsShortForm / fitsDate', () => {
  it.each<[string, { type: string; subject?: string }, boolean]>([
    ['Quyết định', { type: 'Quyết định' }, true],
    ['Đề án', { type: 'Quyết định', subject: 'phê duyệt Đề án nâng cao hiệu quả hoạt động thông tin cơ sở' }, true],
    ['Chương trình', { type: 'Quyết định', subject: 'phê duyệt Đề án nâng cao hiệu quả hoạt động thông tin cơ sở' }, false],
    ['Kế hoạch', { type: 'Quyết định', subject: 'ban hành Kế hoạch thực hiện Chương trình chuyển đổi số' }, true],
    ['Đề án', { type: 'Quyết định' }, false], // no subject: nothing says it approves a project
    ['Đề án', { type: 'Thông tư', subject: 'phê duyệt Đề án …' }, false], // a circular approves nothing
  ])('%s ~ %j → %s', (type, ref, ok) => expect(fitsShortForm(type, ref)).toBe(ok));

  it.each<[string, string[], number | null, boolean]>([
    ['', ['2020-06-03'], null, true],
    ['2025-03-13', ['2022-04-08'], null, false],
    ['2025-03-13', ['2022-04-08', '2025-03-13'], null, true],
    ['2022-01-14', [], 2022, true], // undated decision, year in its number
    ['2022-01-14', [], null, false], // undated, no year: cannot be confirmed
  ])('date %s vs %j (year %s) → %s', (date, dates, year, ok) => expect(fitsDate(date, dates, year)).toBe(ok));
});
