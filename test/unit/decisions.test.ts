/** The corpus index: one row per decision (key scoped by province and year), conflicts flagged, nothing silently fixed. */
import { describe, expect, it } from 'vitest';
import { buildDecisions } from '../../src/resolve/decisions.ts';
import { mergedAway, provinceIn, provinceNow, scopeOf } from '../../src/extract/issuer-scope.ts';
import type { ReferenceRecord } from '../../src/schemas.ts';

function ref(doc: string, key: string, over: Partial<ReferenceRecord> = {}): ReferenceRecord {
  const [number, ...rest] = key.split(/[/-]/);
  return {
    document_id: doc, source_file: `in/${doc}.pdf`, key, type: 'Công văn', number, year: null, symbol: rest.join('-'), issuer: '',
    issue_date: '', subject: '', relation: '', mentions: 1, in_footnote: false, pages: [1], context: '', ocr_confidence: null,
    scope: 'national', province: '', province_from: '', province_now: '', warnings: [], ...over,
  };
}
const local = (doc: string, key: string, province: string, over: Partial<ReferenceRecord> = {}) =>
  ref(doc, key, { scope: 'local', province, province_from: province ? 'citing document' : '', province_now: province ? provinceNow(province) : '', issuer: 'Ủy ban nhân dân tỉnh', ...over });

describe('buildDecisions', () => {
  it('one row per key across documents, spelling variants merged and kept', () => {
    const rows = buildDecisions([ref('a', '553/CTr-UBND'), ref('b', '553/CTR-UBND'), ref('c', '0553/CTr-UBND'), ref('d', '57-NQ/TW'), ref('e', '57/NQ/TW')]);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.key === '553/CTr-UBND')).toMatchObject({ citations: 3, mentions: 3, variants: ['0553/CTr-UBND', '553/CTR-UBND', '553/CTr-UBND'] });
    expect(rows.find((r) => r.variants.includes('57/NQ/TW'))!.variants).toEqual(['57-NQ/TW', '57/NQ/TW']);
  });

  it('one decision cited with two dates in one year: both kept, conflict flagged with who wrote which', () => {
    const rows = buildDecisions([
      ref('a', '01-NQ/TU', { issue_date: '2022-08-22' }),
      ref('b', '01-NQ/TU', { issue_date: '2022-08-22' }),
      ref('c', '01-NQ/TU', { issue_date: '2022-09-22' }),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0].issue_date).toBe('2022-08-22');
    expect(rows[0].dates_seen).toEqual(['2022-08-22', '2022-09-22']);
    expect(rows[0].conflicts).toEqual(['cited with 2 different dates: 2022-08-22 (a.pdf, b.pdf); 2022-09-22 (c.pdf)']);
  });

  it('two provinces citing their own 1336/QĐ-UBND are two decisions, no conflict (An Giang 2023, Lâm Đồng 2025)', () => {
    const rows = buildDecisions([
      local('ag', '1336/QĐ-UBND', 'An Giang', { issue_date: '2023-08-18' }),
      local('ld', '1336/QĐ-UBND', 'Lâm Đồng', { issue_date: '2025-06-27' }),
      local('ld2', '1336/QĐ-UBND', 'Lâm Đồng', { issue_date: '2025-06-27' }),
    ]);
    expect(rows.map((r) => [r.decision_id, r.citations, r.conflicts])).toEqual([
      ['1336/QĐ-UBND · An Giang', 1, []],
      ['1336/QĐ-UBND · Lâm Đồng', 2, []],
    ]);
  });

  it('a national key cited from several provinces stays one decision', () => {
    const rows = buildDecisions([ref('ag', '749/QĐ-TTg', { issue_date: '2020-06-03' }), ref('ld', '749/QĐ-TTg', { issue_date: '2020-06-03' }), ref('hn', '749/QĐ-TTg')]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ decision_id: '749/QĐ-TTg', citations: 3, conflicts: [] });
    expect(rows[0].warnings).toEqual(['hn.pdf cites it without a date: taken as the only one known, of 2020']);
  });

  it('a key without the year in its number, dated in two years, is two decisions (numbers restart every 1 January)', () => {
    const rows = buildDecisions([ref('a', '112/QĐ-TTg', { issue_date: '2021-12-30' }), ref('b', '112/QĐ-TTg', { issue_date: '2024-01-20' }), ref('c', '112/QĐ-TTg')]);
    expect(rows.map((r) => r.decision_id)).toEqual(['112/QĐ-TTg', '112/QĐ-TTg (2021)', '112/QĐ-TTg (2024)']);
    expect(rows[0].warnings).toEqual(['c.pdf cites it without a date, and 2 such decisions are known: not joined to any']);
  });

  it('a Party document is numbered through a term, not a year: a date in another year is a conflict, not a second decision', () => {
    const rows = buildDecisions([ref('a', '01-NQ/TU', { issue_date: '2022-08-22' }), ref('b', '01-NQ/TU', { issue_date: '2023-08-22' })]);
    expect(rows).toHaveLength(1);
    expect(rows[0].conflicts).toEqual(['cited with 2 different dates: 2022-08-22 (a.pdf); 2023-08-22 (b.pdf)']);
  });

  it('a local citation whose province is unknown joins the only decision of its key, and says so; with two, none', () => {
    const one = buildDecisions([local('ld', '937/KH-UBND', 'Lâm Đồng', { issue_date: '2025-03-01' }), local('x', '937/KH-UBND', '', { issue_date: '2025-03-01' })]);
    expect(one).toHaveLength(1);
    expect(one[0].warnings).toEqual(["x.pdf does not say whose it is: taken as Lâm Đồng's, the only one known"]);
    const two = buildDecisions([
      local('ld', '937/KH-UBND', 'Lâm Đồng', { issue_date: '2025-03-01' }),
      local('ag', '937/KH-UBND', 'An Giang', { issue_date: '2025-05-02' }),
      local('x', '937/KH-UBND', '', { issue_date: '2025-03-01' }),
    ]);
    expect(two).toHaveLength(3);
    expect(two.find((r) => !r.province)!.warnings).toContain('local numbering, and no province is known for it');
  });

  it("a report's PDF and DOCX (same own number and date) are one citing report; every file stays in cited_by", () => {
    const rows = buildDecisions([ref('pdf', '749/QĐ-TTg'), ref('docx', '749/QĐ-TTg'), ref('other', '749/QĐ-TTg')], new Map([['pdf', '346/BC-STTTT|2022-12-13'], ['docx', '346/BC-STTTT|2022-12-13']]));
    expect(rows[0].citations).toBe(2);
    expect(rows[0].cited_by).toHaveLength(3);
  });

  it('near-identical keys with the same date are flagged on both rows', () => {
    const rows = buildDecisions([ref('a', '1552/BTTTT-THH', { issue_date: '2022-04-26' }), ref('b', '1552/BTTTT-TTH', { issue_date: '2022-04-26' })]);
    expect(rows.map((r) => r.warnings)).toEqual([
      ['near-identical key 1552/BTTTT-TTH (same date 2022-04-26): possibly the same document mistyped'],
      ['near-identical key 1552/BTTTT-THH (same date 2022-04-26): possibly the same document mistyped'],
    ]);
  });

  it('same number, different issuers and dates are different documents', () => {
    const rows = buildDecisions([local('a', '88/QĐ-BCĐ', 'An Giang', { issue_date: '2023-06-29' }), local('b', '88/QĐ-BCĐCĐS', 'An Giang', { issue_date: '2022-06-09' })]);
    expect(rows.flatMap((r) => [...r.warnings, ...r.conflicts])).toEqual([]);
  });

  it('reference warnings (year vs date, type word vs code) travel into the index', () => {
    const rows = buildDecisions([ref('a', '22/2024/QĐ-UBND', { year: 2024, issue_date: '2022-07-11', warnings: ['year 2024 in the number contradicts the date 2022-07-11'] })]);
    expect(rows[0].warnings).toEqual(['year 2024 in the number contradicts the date 2022-07-11']);
  });
});

describe('issuer scope (src/data/symbol-scopes.json)', () => {
  it.each([
    ['TTg', 'national'], ['CP', 'national'], ['QH15', 'national'], ['UBTVQH15', 'national'], ['TW', 'national'], ['BTTTT', 'national'], ['BNV', 'national'], ['BCA', 'national'], ['C04', 'national'],
    ['UBND', 'local'], ['HĐND', 'local'], ['TU', 'local'], ['SNV', 'local'], ['STTTT', 'local'], ['SKHĐT', 'local'], ['VPUBND', 'local'], ['BCĐ', 'local'], ['BCĐ06', 'local'], ['MTTQ', 'local'],
    ['XYZ', 'unknown'], [undefined, 'unknown'],
  ] as const)('%s is %s', (code, scope) => {
    expect(scopeOf(code)).toBe(scope);
  });

  it.each([
    ['Ủy ban nhân dân tỉnh Bình Thuận', 'Bình Thuận'],
    ['UBND TỈNH LÂM ĐỒNG – SỞ NỘI VỤ', 'Lâm Đồng'],
    ['UBND tỉnh Lâm Đông', 'Lâm Đồng'], // OCR's wrong mark
    ['Ban Thường vụ Tỉnh ủy An Giang', 'An Giang'],
    ['UBND Thành phố Hồ Chí Minh', 'Hồ Chí Minh'],
    ['Sở Kế hoạch và Đầu tư tỉnh Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
    ['Thủ tướng Chính phủ', null],
    ['Bộ Thông tin và Truyền thông', null],
  ])('province in "%s": %s', (text, province) => {
    expect(provinceIn(text)).toBe(province);
  });

  it('the 2025 mergers: an old province belongs to its new one, an unchanged one to itself', () => {
    expect(provinceNow('Bình Thuận')).toBe('Lâm Đồng');
    expect(provinceNow('Kiên Giang')).toBe('An Giang');
    expect(provinceNow('Hà Nội')).toBe('Hà Nội');
    expect(mergedAway('Bình Thuận')).toBe(true);
    expect(mergedAway('Lâm Đồng')).toBe(false);
  });
});
