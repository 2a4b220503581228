/**
 * Short forms across the corpus, from real sentences: "Đề án 06" in a Lâm Đồng report that
 * never cites 06/QĐ-TTg in full, linked because another report does; a synthetic pair of two
 * provinces each writing "Quyết định 749" for a local decision of its own (never crossed); one
 * number in two years (not guessed); a dated short form whose date no decision has.
 */
import { describe, expect, it } from 'vitest';
import { newBlock, type DocMeta } from '../../src/model.ts';
import { extractDocumentReferences, linkShortForms } from '../../src/extract/document-references.ts';
import { buildDecisions } from '../../src/resolve/decisions.ts';
import { linkShortFormsAcross, shortFormWarning } from '../../src/resolve/short-form-links.ts';
import type { DocumentRecord, ReferenceRecord } from '../../src/schemas.ts';

const AN_GIANG: DocMeta = { issuer: 'UBND TỈNH AN GIANG – SỞ THÔNG TIN VÀ TRUYỀN THÔNG', place: 'An Giang', issueDate: '2025-01-10' };
const LAM_DONG: DocMeta = { issuer: 'ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', place: 'Lâm Đồng', issueDate: '2025-12-20' };
const HA_NOI: DocMeta = { issueDate: '2025-10-01' }; // the Hà Nội tham luận has no header: no province known

interface Doc {
  record: DocumentRecord;
  refs: ReferenceRecord[];
}

/** One document as the pipeline leaves it: references, short forms, and the warning about them. */
function doc(id: string, meta: DocMeta, ...sentences: string[]): Doc {
  const blocks = sentences.map((s) => newBlock('paragraph', s));
  const found = extractDocumentReferences(blocks, meta);
  const shortForms = linkShortForms(blocks, found, meta);
  const record: DocumentRecord = {
    document_id: id,
    source_file: `in/${id}.docx`,
    source_files: [`in/${id}.docx`],
    format: 'docx',
    sha256: id.padEnd(64, '0'),
    bytes: 1,
    pages: null,
    status: 'ok',
    error: '',
    title: '',
    doc_type: 'Báo cáo',
    number: '',
    issue_date: meta.issueDate ?? '',
    issuer: meta.issuer ?? '',
    place: meta.place ?? '',
    signer: '',
    signer_title: '',
    period: '',
    blocks: blocks.length,
    footnotes: 0,
    warnings: shortForms.length ? [shortFormWarning(shortForms)] : [],
    short_forms: shortForms,
  };
  return { record, refs: found.map((r) => ({ document_id: id, source_file: record.source_file, ...r })) };
}

function corpus(...docs: Doc[]) {
  return linkShortFormsAcross(
    docs.map((d) => d.record),
    buildDecisions(docs.flatMap((d) => d.refs)),
  );
}

// The national project, cited in full by one report (fixtures/reports/2023-bao-cao-ket-qua-nganh-tttt).
const FULL_06 = doc(
  'full06',
  AN_GIANG,
  'Triển khai Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ về việc phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến năm 2030.',
);
// 37_LD_BC-UBND_chamdiem-ChisoCCHC-2025: "Đề án 06" only.
const LD_06 = doc('ld06', LAM_DONG, 'Tiếp tục đẩy mạnh triển khai Đề án 06 gắn với chuyển đổi số trên địa bàn tỉnh.', 'Kết quả thực hiện Đề án 06 được đánh giá cao.');

describe('short forms linked across the corpus', () => {
  it('"Đề án 06" with no full key in its document is 06/QĐ-TTg, cited in full by another report', () => {
    const { documents, decisions } = corpus(FULL_06, LD_06);
    const sf = documents.find((d) => d.document_id === 'ld06')!.short_forms;
    expect(sf).toMatchObject([{ form: 'Đề án 06', mentions: 2, province: 'Lâm Đồng', status: 'linked across documents', decision_id: '06/QĐ-TTg' }]);
    const d = decisions.find((x) => x.decision_id === '06/QĐ-TTg')!;
    expect(d.short_forms).toEqual([{ document_id: 'ld06', source_file: 'in/ld06.docx', form: 'Đề án 06', mentions: 2 }]);
    expect(d.mentions).toBe(3); // one full mention, two short ones
    expect(d.citations).toBe(1); // the short forms are counted as mentions, not as citing reports
    expect(d.cited_by.map((c) => c.document_id)).toEqual(['full06']);
  });

  it('the warning says what the corpus made of it, not that it has no full key anywhere', () => {
    expect(LD_06.record.warnings[0]).toBe('cited by type and number only — no full reference in this document to say which: Đề án 06 (2×)');
    const linked = corpus(FULL_06, LD_06).documents.find((d) => d.document_id === 'ld06')!;
    expect(linked.warnings).toEqual(['cited by type and number only — linked across documents, as the one decision of the corpus that fits: Đề án 06 (2×) → 06/QĐ-TTg']);
    const alone = corpus(LD_06).documents[0];
    expect(alone.warnings).toEqual(['cited by type and number only — no full key in any processed report: Đề án 06 (2×)']);
    expect(alone.short_forms[0]).toMatchObject({ status: 'no full key', decision_id: '' });
  });

  // Synthetic pair: each province writes "Quyết định 749" for its own 749/QĐ-UBND.
  const AG_749 = doc('ag749', AN_GIANG, 'Thực hiện Quyết định số 749/QĐ-UBND ngày 12/4/2024 của UBND tỉnh An Giang về việc ban hành Kế hoạch cải cách hành chính.');
  const LD_749 = doc('ld749', LAM_DONG, 'Căn cứ Quyết định số 749/QĐ-UBND ngày 03/9/2025 về việc kiện toàn Ban Chỉ đạo chuyển đổi số tỉnh.');
  const AG_SHORT = doc('agshort', AN_GIANG, 'Các sở, ngành tiếp tục triển khai Quyết định 749 đúng tiến độ.');
  const LD_SHORT = doc('ldshort', LAM_DONG, 'Ban Chỉ đạo theo Quyết định 749 đã họp 02 lần.');
  const HN_SHORT = doc('hnshort', HA_NOI, 'Thực hiện Quyết định 749, Thành phố đã…');

  it.each<[string, Doc[], string, string, string, string[]]>([
    // [case, corpus, citing document, status, decision linked, candidates]
    ["a province's short form links to its own local decision", [AG_749, LD_749, AG_SHORT], 'agshort', 'linked across documents', '749/QĐ-UBND · An Giang', []],
    ['…and the other province to its own, never across', [AG_749, LD_749, LD_SHORT], 'ldshort', 'linked across documents', '749/QĐ-UBND · Lâm Đồng', []],
    ["another province's local decision is no candidate", [LD_749, AG_SHORT], 'agshort', 'no full key', '', []],
    ['a document of unknown province links to no local decision', [AG_749, HN_SHORT], 'hnshort', 'no full key', '', []],
    [
      'a national and a local decision of the number: several, not guessed',
      [AG_749, doc('ttg', AN_GIANG, 'Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia.'), AG_SHORT],
      'agshort',
      'several in the corpus',
      '',
      ['749/QĐ-TTg', '749/QĐ-UBND · An Giang'],
    ],
    [
      'one number in two years: a short form without a date does not pick',
      [
        doc('y2020', AN_GIANG, 'Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ.'),
        doc('y2023', LAM_DONG, 'Thực hiện Quyết định số 749/QĐ-TTg ngày 10/7/2023 của Thủ tướng Chính phủ.'),
        HN_SHORT,
      ],
      'hnshort',
      'several in the corpus',
      '',
      ['749/QĐ-TTg (2020)', '749/QĐ-TTg (2023)'],
    ],
    [
      'a dated short form fits only a decision of that date (39_HN: "Nghị quyết số 50 ngày 13/3/2025")',
      [
        doc('nq50', AN_GIANG, 'giải quyết tình trạng sử dụng SIM rác theo Nghị quyết số 50/NQ-CP ngày 08/4/2022 của Chính phủ.'),
        doc('hn50', HA_NOI, 'Nghị quyết số 50 ngày 13/3/2025 của Chính phủ và Kế hoạch của UBND Thành phố.'),
      ],
      'hn50',
      'no full key',
      '',
      [],
    ],
    [
      'the one decision that fits, issued after the citing report, is not it',
      [doc('later', LAM_DONG, 'Theo Quyết định số 749/QĐ-TTg ngày 10/7/2026 của Thủ tướng Chính phủ.'), HN_SHORT],
      'hnshort',
      'only a later decision',
      '',
      ['749/QĐ-TTg'],
    ],
  ])('%s', (_case, docs, citing, status, decisionId, candidates) => {
    const { documents, decisions } = corpus(...docs);
    const sf = documents.find((d) => d.document_id === citing)!.short_forms[0];
    expect(sf).toMatchObject({ status, decision_id: decisionId, candidates });
    // Nothing is merged: the decisions are those the full keys make, each province's its own.
    expect(decisions.map((d) => d.decision_id).sort()).toEqual(buildDecisions(docs.flatMap((d) => d.refs)).map((d) => d.decision_id).sort());
    const linkedTo = decisions.filter((d) => d.short_forms.length).map((d) => d.decision_id);
    expect(linkedTo).toEqual(decisionId ? [decisionId] : []);
  });

  it('a short form its own document resolves ambiguously is not looked for across the corpus', () => {
    const both = doc(
      'both',
      AN_GIANG,
      'Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ; Quyết định số 749/QĐ-UBND ngày 12/4/2024 của UBND tỉnh An Giang.',
      'Thực hiện Quyết định 749, …',
    );
    const { documents } = corpus(both, AG_749);
    expect(documents[0].short_forms).toMatchObject([{ status: 'several in this document', candidates: ['749/QĐ-TTg', '749/QĐ-UBND'] }]);
    expect(documents[0].warnings[0]).toContain('several references of this document fit, not guessed: Quyết định 749 (749/QĐ-TTg, 749/QĐ-UBND)');
  });
});
