/**
 * Issuer-scoped identity from real sentences: two provinces citing their own local number (a
 * synthetic pair written from the An Giang report and a Lâm Đồng letter), a national key cited
 * from both, an old province named in the text, a header lending its province.
 */
import { describe, expect, it } from 'vitest';
import { newBlock, type DocMeta } from '../../src/model.ts';
import { extractDocumentReferences } from '../../src/extract/document-references.ts';
import { buildDecisions } from '../../src/resolve/decisions.ts';
import type { ReferenceRecord } from '../../src/schemas.ts';

const AN_GIANG: DocMeta = { issuer: 'UBND TỈNH AN GIANG – SỞ THÔNG TIN VÀ TRUYỀN THÔNG', place: 'An Giang', issueDate: '2025-01-10' };
const LAM_DONG: DocMeta = { issuer: 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', place: 'Lâm Đồng', issueDate: '2025-08-01' };
const MINISTRY: DocMeta = { issuer: 'BỘ CÔNG AN', place: 'Hà Nội', issueDate: '2025-09-02' };

function refs(doc: string, meta: DocMeta, ...sentences: string[]): ReferenceRecord[] {
  return extractDocumentReferences(sentences.map((s) => newBlock('paragraph', s)), meta).map((r) => ({ document_id: doc, source_file: `in/${doc}.pdf`, ...r }));
}

const ag = refs(
  'ag',
  AN_GIANG,
  'Công khai dữ liệu mở theo Quyết định số 1336/QĐ-UBND ngày 18/8/2023 của Ủy ban nhân dân tỉnh An Giang để cá nhân, tổ chức khai thác.',
  'Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia.',
);
const ld = refs(
  'ld',
  LAM_DONG,
  'Thực hiện Quyết định số 1336/QĐ-UBND ngày 27/6/2025 về việc ban hành Kế hoạch sắp xếp đơn vị hành chính.',
  'Theo Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ.',
  'Căn cứ Công văn số 15/ĐĐN-CLB ngày 30/8/2025 của UBND tỉnh Bình Thuận về việc đổi tên câu lạc bộ.',
);
const ministry = refs('bca', MINISTRY, 'Kế hoạch số 227/KH-UBND của Ủy ban nhân dân tỉnh khẩn trương triển khai.');

describe('references: scope and province', () => {
  it('a local key takes the province from its own words, else from a local citing header', () => {
    const agLocal = ag.find((r) => r.key === '1336/QĐ-UBND')!;
    expect(agLocal).toMatchObject({ scope: 'local', province: 'An Giang', province_from: 'text', province_now: 'An Giang' });
    const ldLocal = ld.find((r) => r.key === '1336/QĐ-UBND')!;
    expect(ldLocal).toMatchObject({ scope: 'local', province: 'Lâm Đồng', province_from: 'citing document', issuer: 'Ủy ban nhân dân tỉnh Lâm Đồng' });
  });

  it('a national key has no province', () => {
    expect(ag.find((r) => r.key === '749/QĐ-TTg')).toMatchObject({ scope: 'national', province: '', issuer: 'Thủ tướng Chính phủ' });
  });

  it('an old province named in the text belongs to the one it merged into', () => {
    expect(ld.find((r) => r.key.startsWith('15/'))).toMatchObject({ province: 'Bình Thuận', province_now: 'Lâm Đồng', province_from: 'text' });
  });

  it("a ministry's letter lends no province to a local key it cites without one", () => {
    expect(ministry[0]).toMatchObject({ scope: 'local', province: '', province_from: '' });
  });
});

describe('decisions across provinces', () => {
  const rows = buildDecisions([...ag, ...ld]);

  it('two provinces, one local number: two decisions, no false conflict', () => {
    const local = rows.filter((r) => r.key === '1336/QĐ-UBND');
    expect(local.map((r) => [r.decision_id, r.issue_date, r.conflicts])).toEqual([
      ['1336/QĐ-UBND · An Giang', '2023-08-18', []],
      ['1336/QĐ-UBND · Lâm Đồng', '2025-06-27', []],
    ]);
  });

  it('a national key cited from both provinces: one decision, two citing documents', () => {
    expect(rows.find((r) => r.key === '749/QĐ-TTg')).toMatchObject({ decision_id: '749/QĐ-TTg', citations: 2, conflicts: [] });
  });
});
