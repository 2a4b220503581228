/**
 * The ten real archive documents (fixtures/real, copied from provincial archives): each gets a
 * status, and what a person reading it sees — its own number and date, references it cites
 * (checked by hand against pdftotext / LibreOffice conversions), annex-table indicators — is
 * what the pipeline reports. Scans and the broken-font PDF are read by OCR (or are needs_ocr with
 * OCR turned off), never passed on as garbage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/fixtures.js';
import { runInto, Outputs } from './support/run.js';
import { readDoc } from '../src/readers/doc.js';
import { words, wordAgreement } from './support/markdown.js';
import os from 'node:os';
import { runPipeline } from '../src/pipeline.js';
import { DEFAULT_LIMITS } from '../src/limits.js';
import { SCHEMAS } from '../src/schemas.js';

const REAL = path.join(ROOT, 'fixtures', 'real');
let out: Outputs;
// The whole real corpus with OCR: about a minute on a quiet 2-core machine, several when it is shared.
beforeAll(async () => {
  out = await runInto([REAL], 'vnx-real-');
}, 600_000);

const doc = (prefix: string) => out.jsonl('documents').find((d) => path.basename(String(d.source_file)).startsWith(prefix))!;
const refsOf = (prefix: string) => out.jsonl('references').filter((r) => path.basename(String(r.source_file)).startsWith(prefix));
const statementsOf = (prefix: string) => out.jsonl('indicators').filter((r) => path.basename(String(r.source_file)).startsWith(prefix));
// The catalog's rows: curated measures with their ids (the open-world statements are asserted apart).
const indicatorsOf = (prefix: string) => statementsOf(prefix).filter((r) => r.catalog === true);

// file prefix → status, own number, issue date, place, doc type, and references read by hand.
const EXPECTED: Array<[string, string, string, string | null, string, string, Array<[string, string, string]>]> = [
  ['02_', 'ok', '', '', 'Lâm Đồng', 'Báo cáo', [['4625/BNV-CCHC', 'Công văn', '2025-07-02'], ['68-NQ/TW', 'Nghị quyết', '2025-05-04'], ['1868/KH-UBND', 'Kế hoạch', '2025-08-15']]],
  ['03_', 'ok', '', '', '', 'Phụ lục', [['19/NQ-HĐND', 'Nghị quyết', '2025-08-28'], ['14/NQ-HĐND', 'Nghị quyết', '2025-08-28'], ['20/NQ-HĐND', 'Nghị quyết', '2025-08-28']]],
  // E-signed: "184" and "06" are drawn by signature fields into the header's blanks.
  ['07_', 'ok', '184/BC-SNV', '2025-11-06', 'Lâm Đồng', 'Báo cáo', [['6484/UBND-NC', 'Công văn', '2025-11-04'], ['1187/QĐ-BNV', 'Quyết định', '2025-10-15'], ['766/QĐ-TTg', 'Quyết định', '2022-06-23']]],
  ['12_', 'ok', '', '', '', 'Phụ lục', []],
  ['16_', 'ok', '', '', 'Lâm Đồng', 'Báo cáo', [['06/QĐ-TTg', 'Quyết định', '2022-01-06'], ['07/CT-TTg', 'Chỉ thị', '2025-03-14'], ['9574/KH-BCĐ06', 'Kế hoạch', '2023-11-01']]],
  // Broken font: read by OCR, whose "Lâm Đông" is the province Lâm Đồng. Its number (298) and day
  // are handwritten: OCR misses the number and reads the day as 23 where the archive listing says
  // 24, so the date is not asserted (null).
  // It cites two decrees by number (and two laws by bare name, which are no citations).
  ['22_', 'ok', '', null, 'Lâm Đồng', 'Tờ trình', [['116/2021/NĐ-CP', 'Nghị định', '2021-12-21'], ['184/2025/NĐ-CP', 'Nghị định', '2025-07-01']]],
  // Scan of a signed copy: own number from the stamp-free header, references by OCR.
  // The day is handwritten ("ngày Â@ tháng 11"): place and year only.
  ['26_', 'ok', '280/BC-UBND', '', 'Quảng Ngãi', 'Báo cáo', [['4039/STC-HCSN', 'Công văn', '2024-11-20'], ['83/NQ-HĐND', 'Nghị quyết', '2023-12-07'], ['1368/QĐ-UBND', 'Quyết định', '2023-12-12']]],
  ['30_', 'ok', '565/TB-UBND', '2024-11-15', 'Quảng Ngãi', 'Thông báo', [['01/CT-UBND', 'Chỉ thị', '2024-01-03'], ['4643/UBND-KGVX', 'Công văn', '2024-08-28'], ['5442/UBND-KGVX', 'Công văn', '2024-10-10']]],
  // Nghị định 30/2020 cites its law by name and date only ("Căn cứ Luật Tổ chức Chính phủ ngày 19
  // tháng 6 năm 2015"), and the two decrees it replaces by number.
  ['34_', 'ok', '30/2020/NĐ-CP', '2020-03-05', 'Hà Nội', 'Nghị định', [['Luật Tổ chức Chính phủ (19/06/2015)', 'Luật', '2015-06-19'], ['110/2004/NĐ-CP', 'Nghị định', '2004-04-08'], ['09/2010/NĐ-CP', 'Nghị định', '2010-02-08']]],
  // A 2011 scan of poor quality (OCR confidence ~68%): number and day are handwritten; the
  // place, the year (OCR's "201]" repaired) and the type (a "V/v" subject line) are read.
  ['40_', 'ok', '', '', 'Phú Thọ', 'Công văn', [['25/KH-STTTT', 'Kế hoạch', '2011-12-06']]],
];

describe('fixtures/real', () => {
  it('every file has a document row', () => {
    expect(out.jsonl('documents')).toHaveLength(10);
  });

  it.each(EXPECTED)('%s: status %s, number %j, date %j, place %j, type %j, references read by hand', (prefix, status, number, date, place, type, refs) => {
    const d = doc(prefix);
    expect(d.status).toBe(status);
    expect(d.number).toBe(number);
    if (date !== null) expect(d.issue_date).toBe(date);
    expect(d.place).toBe(place);
    expect(d.doc_type).toBe(type);
    const found = refsOf(prefix);
    for (const [key, t, iso] of refs) expect(found.find((r) => r.key === key), key).toMatchObject({ type: t, issue_date: iso });
  });

  it('drafts with a blank number give an empty number, not a wrong one', () => {
    for (const p of ['02_', '16_']) {
      expect(doc(p).number, p).toBe('');
      expect(doc(p).issue_date, p).toBe('');
    }
  });

  it('e-signed copies (07, 30; numbers asserted above): the signer stamp drawn beside the header is not text', () => {
    const all = fs.readFileSync(path.join(out.dir, 'references.jsonl'), 'utf8') + fs.readFileSync(path.join(out.dir, 'documents.jsonl'), 'utf8');
    expect(all).not.toMatch(/TRUNG TÂM CÔNG/);
  });

  it('reads issuers and signers from real headers', () => {
    expect(doc('07_')).toMatchObject({ issuer: 'UBND TỈNH LÂM ĐỒNG – SỞ NỘI VỤ', signer: 'Trần Hữu Tuấn' });
    // 02 signs before its annex of tables: the signature is where the report proper ends.
    expect(doc('02_')).toMatchObject({ signer: 'Nguyễn Ngọc Phúc', signer_title: 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH' });
    expect(doc('30_')).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', signer: 'Phùng Tô Long' });
    expect(doc('34_')).toMatchObject({ issuer: 'CHÍNH PHỦ', signer: 'Nguyễn Xuân Phúc', title: 'Về công tác văn thư' });
    // OCR of a scan: "ỦY BAN NHÂN DÂN." / "TÍNH QUẢNG NGÃI" under stamp noise.
    expect(doc('26_')).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' });
    // OCR: 22's "Số" is lost with its handwritten number, its "ĐỒNG" read "ĐÔNG"; the signers stand
    // line by line beside the recipients list (titles as OCR reads them: "ĐÓC" for "ĐỐC").
    expect(doc('22_')).toMatchObject({ issuer: 'BỘ CÔNG AN – CÔNG AN TỈNH LÂM ĐỒNG', signer: 'Trương Minh Đương', signer_title: 'GIÁM ĐÓC / Thiếu tướng' });
    expect(doc('40_')).toMatchObject({ issuer: 'UBND TỈNH PHÚ THỌ – SỞ THÔNG TIN VÀ TRUYỆN THÔNG', signer: 'Nguyễn Hữu Việt', signer_title: 'KT. GIÁM ĐÓC / PHÓ GIÁẢM ĐÓC' });
    expect(doc('16_')).toMatchObject({ signer: 'Nguyễn Ngọc Phúc', title: 'Kết quả triển khai Đề án 06 trên địa bàn tỉnh Lâm Đồng tháng 11/2025' });
  });

  it('annex tables give indicator rows with exact values, kind and table provenance', () => {
    const rows = indicatorsOf('03_');
    const want: Array<[string, number]> = [
      ['cchc_directive_documents', 82],
      ['cchc_plan_completion_pct', 100],
      ['legal_documents_issued', 249],
      ['admin_procedures_new', 247],
      ['admin_procedures_total', 2372],
      ['public_investment_disbursement_pct', 51.8],
      ['full_online_dossier_pct', 90.58],
      ['partial_online_dossier_pct', 86.99],
    ];
    for (const [id, value] of want) {
      const r = rows.find((x) => x.series_id === id);
      expect(r, id).toMatchObject({ value, kind: 'actual', period: '2025' });
      expect(String(r!.quote)).toMatch(/^\[bảng \d+, dòng [\d.]+, cột "Kết quả thống kê \/ Số liệu"\]/);
    }
  });

  it('the PDF annex (12): ranking tables rebuilt from positions give per-agency values, checked against pdftotext -layout', () => {
    const rows = indicatorsOf('12_');
    // Two tables (15 departments, 124 communes over pages 2–5) × three matched measures.
    expect(rows).toHaveLength((15 + 124) * 3);
    const want: Array<[string, string, number, string, number]> = [
      ['Sở Tư pháp', 'par_direction_index_pct', 93.1, '%', 1],
      ['Sở Khoa học và Công nghệ', 'par_direction_index_pct', 76, '%', 1], // label wrapped over two lines
      ['Sở Ngoại vụ', 'par_direction_appraised_score', 2, 'điểm', 1],
      ['Văn phòng UBND tỉnh', 'par_direction_self_score', 9, 'điểm', 1],
      ['UBND phường Lang Biang - Đà Lạt', 'par_direction_index_pct', 73.53, '%', 2],
      ['UBND xã Hàm Tân', 'par_direction_index_pct', 52.94, '%', 3], // page 3 repeats the header: same table
      ['UBND xã Tuy Phong', 'par_direction_appraised_score', 3, 'điểm', 5],
      ['UBND xã Trà Tân', 'par_direction_index_pct', 8.82, '%', 5],
    ];
    for (const [entity, id, value, unit, page] of want) {
      const r = rows.find((x) => x.entity === entity && x.series_id === id);
      expect(r, `${entity} ${id}`).toMatchObject({ value, unit, kind: 'actual', period: '2025', page });
      expect(String(r!.quote)).toMatch(/^\[bảng [12], dòng \d+, cột "(Chỉ số|Điểm thẩm định|Điểm tự đánh giá)"\]/);
    }
    // Summary rows are statistics, not agencies; the stated means (61,69% and 44,77%) agree with the rows.
    expect(rows.some((r) => /cao nhất|trung bình|thấp nhất/.test(String(r.entity)))).toBe(false);
    expect(rows.every((r) => (r.warnings as string[]).length === 0)).toBe(true);
    // The maximum-score column has no catalog measure: it is a discovered series, one statement per
    // agency with the agency as entity; nothing of the annex is left unmatched.
    const maxima = statementsOf('12_').filter((r) => r.catalog === false && r.label === 'Điểm chuẩn tối đa');
    expect(maxima).toHaveLength(15 + 124);
    expect(new Set(maxima.map((r) => r.series_id)).size).toBe(1);
    expect(maxima.find((r) => r.entity === 'Sở Tư pháp')).toMatchObject({ unit: 'điểm', kind: 'actual', period: '2025' });
    const unmatched = out.jsonl('unmatched').filter((r) => path.basename(String(r.source_file)).startsWith('12_'));
    expect(unmatched).toEqual([]);
  });

  it('07 (Word-exported PDF report): stated rates with their kind, the provincial agencies kept apart', () => {
    const rows = indicatorsOf('07_');
    const want: Array<[string, string, number, string]> = [
      ['procedures_published_on_time_pct', '', 76.43, 'actual'],
      ['on_time_resolution_pct', '', 97.4, 'actual'],
      ['on_time_resolution_pct', '', 98, 'target'], // "chưa đạt chỉ tiêu đề ra (chỉ tiêu tối thiểu 98%, hiện đạt 97,4%)"
      ['on_time_resolution_pct', 'cấp tỉnh', 93.5, 'actual'],
      ['digitized_data_reuse_pct', '', 63, 'actual'],
      ['electronic_results_pct', '', 80.7, 'actual'],
      ['full_online_dossier_pct', '', 78.6, 'actual'],
      ['e_work_processing_pct', '', 76.9, 'actual'],
    ];
    for (const [id, entity, value, kind] of want) {
      expect(rows.find((r) => r.series_id === id && r.entity === entity && r.kind === kind), `${id} ${entity} ${kind}`).toMatchObject({ value, period: '2025' });
    }
    // The scoring table on page 12 states 71,95% where the text says 72%: kept, and said.
    const digitized = rows.find((r) => r.series_id === 'digitized_dossiers_pct')!;
    expect(digitized.value).toBe(72);
    expect(digitized.warnings).toContain('the report also states 71.95 for this indicator and period (page 12)');
  });

  it('07: the PAR, SIPAS, PAPI, PCI and 766 tables give every component per province, checked against pdftotext -layout', () => {
    const rows = indicatorsOf('07_').filter((r) => /^(par_index|sipas|papi|pci|service_766)_/.test(String(r.series_id)));
    // PAR 9 rows × 3 provinces × (score, index, rank); SIPAS 12 × 3 × (index, rank); PAPI 9 × 3 × 3;
    // PCI 11 × 3 × (score, rank); 766: 6 groups × (score, rank) + the overall row's index, score, rank.
    expect(rows).toHaveLength(81 + 72 + 81 + 66 + 15);
    const want: Array<[string, string, number, number | null, number | null, string, number]> = [
      ['par_index_direction_score', 'Lâm Đồng', 9.49, 9.49, 9.5, '2024', 1], // "9,49/" over "9,5"
      ['par_index_direction_index', 'Lâm Đồng', 99.9, null, null, '2024', 1],
      ['par_index_direction_rank', 'Bình Thuận', 25, 25, 63, '2024', 1],
      ['par_index_socioeconomic_impact_score', 'Bình Thuận', 14.21, 14.21, 16.5, '2024', 2], // row 8 continues on page 2
      ['par_index_overall_rank', 'Lâm Đồng', 62, 62, 63, '2024', 2],
      ['sipas_overall_index', 'Lâm Đồng', 83, null, null, '2024', 6],
      ['sipas_policy_participation_rank', 'Đắk Nông', 37, 37, 63, '2024', 6],
      ['papi_participation_score', 'Bình Thuận', 5.63, 5.63, 10, '2024', 7], // label justified over wide gaps
      ['papi_overall_rank', 'Bình Thuận', 3, 3, 63, '2024', 8],
      ['pci_overall_score', 'Đắk Nông', 67.45, null, null, '2024', 10],
      ['pci_legal_institutions_rank', 'Lâm Đồng', 48, 48, 63, '2024', 10],
      ['service_766_digitization_rank', '', 17, 17, 34, '2025', 12],
      ['service_766_overall_score', '', 88.72, null, null, '2025', 13],
    ];
    for (const [id, entity, value, numerator, denominator, period, page] of want) {
      expect(rows.find((r) => r.series_id === id && r.entity === entity), `${id} ${entity}`).toMatchObject({ value, numerator, denominator, period, page, kind: 'actual' });
    }
    // The 766 table's detail rates are no components: they stay with the catalog (71,95% digitized).
    expect(rows.some((r) => String(r.label).startsWith('Tỷ lệ'))).toBe(false);
    const series = out.csv('timeseries').filter((r) => r.series_id === 'papi_overall_rank');
    expect(series.map((r) => [r.entity, r['2024']])).toEqual([['Lâm Đồng', '54'], ['Đắk Nông', '58'], ['Bình Thuận', '3']]);
  });

  it('every output row of the real archives validates against its schema', () => {
    for (const stem of ['documents', 'references', 'indicators', 'decisions', 'unmatched'] as const) {
      for (const row of out.jsonl(stem)) SCHEMAS[stem].parse(row);
    }
  });

  it('per-entity values get their own time-series rows, after the province-wide ones', () => {
    const series = out.csv('timeseries').filter((r) => r.series_id === 'par_direction_index_pct');
    expect(series).toHaveLength(15 + 124);
    expect(series[0]).toMatchObject({ entity: 'Sở Tư pháp', '2025': '93.1' });
  });

  it('the broken-font PDF and the scans are read by OCR, marked as such; no garbage in any output', () => {
    for (const p of ['22_', '26_', '40_']) {
      expect((doc(p).warnings as string[]).join('\n'), p).toMatch(/comes from OCR \(mean confidence \d+%/);
      for (const r of refsOf(p)) expect(r.ocr_confidence, `${p} ${String(r.key)}`).toBeGreaterThan(0);
    }
    // No output row anywhere carries C0 control characters or private-use glyphs.
    for (const stem of ['documents', 'references', 'indicators', 'unmatched', 'decisions']) {
      expect(fs.readFileSync(path.join(out.dir, `${stem}.jsonl`), 'utf8'), stem).not.toMatch(/\\u00(0[0-8bcef]|1[0-9a-f])|[\uE000-\uF8FF]/);
    }
  });

  it('with OCR off, the broken-font PDF is needs_ocr and yields nothing', async () => {
    const off = await runPipeline({ inputs: [path.join(REAL, '22_LD_TTr298-CAT-PC04_brokenfont.pdf')], outDir: fs.mkdtempSync(path.join(os.tmpdir(), 'vnx-noocr-')), limits: { ...DEFAULT_LIMITS, ocr: false }, concurrency: 1 });
    expect(off.run.by_status.needs_ocr).toBe(1);
    expect(off.run.references).toBe(0);
  });

  it('the legacy .doc reads to text matching a LibreOffice conversion on ≥ 98% of words', async () => {
    const r = await readDoc(fs.readFileSync(path.join(REAL, '16_LD_BC-BCD_DeAn06_den20-11-2025.doc')));
    const expected = words(fs.readFileSync(path.join(ROOT, 'fixtures', 'real-expected', '16_LD_BC-BCD_DeAn06_den20-11-2025.txt'), 'utf8'));
    const body = words(r.blocks.filter((b) => b.kind !== 'footnote').map((b) => b.text).join('\n'));
    const agreement = wordAgreement(expected, body);
    console.log(JSON.stringify({ docWordAgreement: agreement, words: expected.length }));
    expect(agreement).toBeGreaterThanOrEqual(0.98);
    expect(r.blocks.filter((b) => b.kind === 'footnote').length).toBe(10);
  });
});
