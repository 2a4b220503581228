/**
 * Composite-index tables (PAR Index, SIPAS, PAPI, PCI, 766): which heading names the index, which
 * row is which component, what each measure's cell becomes. Rows and headings from 07's tables.
 */
import { describe, expect, it } from 'vitest';
import { newBlock, TableCell } from '../../src/model.ts';
import { describeTable } from '../../src/extract/tables.ts';
import { componentOf, indexOfHeadings, indexTableValues } from '../../src/extract/index-tables.ts';
import { compositeIndices, compositeCatalogEntries, loadCompositeIndices } from '../../src/data/composite-indices.ts';
import { catalog } from '../../src/data/catalog.ts';
import { extractIndicators } from '../../src/extract/indicators.ts';

const ix = (id: string) => compositeIndices.find((x) => x.id === id)!;
const cell = (text: string, colSpan = 1, rowSpan = 1): TableCell => ({ text, colSpan, rowSpan });

// Two header rows: province names spanning three measure columns each.
const PAR_ROWS: TableCell[][] = [
  [cell('STT', 1, 2), cell('Nội dung', 1, 2), cell('Lâm Đồng', 3), cell('Đắk Nông', 3)],
  ['Điểm số', 'Chỉ số', 'Thứ hạng', 'Điểm số', 'Chỉ số', 'Thứ hạng'].map((t) => cell(t)),
  ['1', 'Công tác chỉ đạo, điều hành', '9,49/9,5', '99,9%', '12/63', '9,45/9,5', '99,5%', '22/63'].map((t) => cell(t)),
  ['2', 'Cải cách thể chế', '9,38/10', '93,8%', '20/63', '8,67/10', '86,7%', '55/63'].map((t) => cell(t)),
  ['7', 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', '11,92/13,5', '88,3%', '17/63', '11/13,5', '81,5%', '48/63'].map((t) => cell(t)),
  ['', 'CHỈ SỐ CHUNG', '83,1/100', '83,1%', '62/63', '86,6/100', '86,6%', '50/63'].map((t) => cell(t)),
];
const PAR_PATH = ['I. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)', '1. Kết quả Chỉ số năm 2024'];
const block = (rows: TableCell[][], sectionPath: string[]) => newBlock('table', rows.map((r) => r.map((c) => c.text).join(' | ')).join('\n'), { rows, sectionPath, page: 1 });

describe('composite-index tables', () => {
  it.each([
    [PAR_PATH, 'par_index'],
    [['II. CHỈ SỐ MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN ĐỐI VỚI SỰ PHỤC VỤ CỦA CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC (SIPAS)', '1. Kết quả năm 2024'], 'sipas'],
    [['III. CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG (PAPI)'], 'papi'],
    [['IV. CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI)'], 'pci'],
    [['V. CHỈ SỐ CHỈ ĐẠO, ĐIỀU HÀNH VÀ ĐÁNH GIÁ CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (CHỈ SỐ 766)', '2. Tình hình triển khai năm 2025'], 'service_766'],
    [['2. Kết quả thực hiện các chỉ tiêu', 'Bảng 1'], null], // no index named
    [['Báo cáo về specific PCIe devices'], null], // "pci" only as a whole word
    [['So sánh Chỉ số PAPI và PCI'], null], // two indices: which one is unknowable
  ])('%j → %s', (path, id) => {
    expect(indexOfHeadings(path as string[])?.id ?? null).toBe(id);
  });

  it.each([
    ['Công tác chỉ đạo, điều hành', 'par_index', 'direction'],
    ['Cải cách tổ chức bộ máy hành chính nhà nước', 'par_index', 'organization'],
    ['CHỈ SỐ CHUNG', 'par_index', 'overall'],
    ['Tác động của CCHC đến phát triển kinh tế xã hội của tỉnh', 'par_index', 'socioeconomic_impact'],
    ['Mức độ hài lòng đối với kết quả dịch vụ', 'sipas', 'service_results'],
    ['Mức độ hài lòng đối với kết quả tác động của chính sách', 'sipas', 'policy_impact'],
    ['Công khai, minh bạch', 'papi', 'transparency'],
    ['Thiết chế pháp lý và an ninh trật tự', 'pci', 'legal_institutions'],
    ['Công khai minh bạch', 'service_766', 'publicity'],
    ['Tỷ lệ TTHC công bố đúng hạn', 'service_766', null], // a detail rate, not a component
    ['Cải cách', 'par_index', null], // too little to tell which reform
    ['', 'pci', null],
  ])('row "%s" of %s → %s', (label, index, component) => {
    expect(componentOf(label, ix(index))).toBe(component);
  });

  it('reads a score of its maximum, an index and a rank of the field, per province', () => {
    const b = block(PAR_ROWS, PAR_PATH);
    const { values, rows } = indexTableValues(describeTable(b)!, ix('par_index'), 1);
    expect(values).toHaveLength(4 * 2 * 3);
    expect(rows).toEqual(new Set([0, 1, 2, 3]));
    const pick = (id: string, entity: string) => values.find((v) => v.series_id === id && v.entity === entity);
    expect(pick('par_index_direction_score', 'Lâm Đồng')).toMatchObject({ value: 9.49, numerator: 9.49, denominator: 9.5, unit: 'điểm' });
    expect(pick('par_index_direction_index', 'Lâm Đồng')).toMatchObject({ value: 99.9, numerator: null, denominator: null, unit: '%' });
    expect(pick('par_index_overall_rank', 'Đắk Nông')).toMatchObject({ value: 50, numerator: 50, denominator: 63, unit: 'hạng' });
    expect(pick('par_index_digital_government_score', 'Đắk Nông')).toMatchObject({ value: 11, denominator: 13.5 });
    expect(pick('par_index_institutions_rank', 'Lâm Đồng')!.quote).toBe('[bảng 1, dòng 2, cột "Lâm Đồng / Thứ hạng"] Cải cách thể chế: 20/63');
  });

  it('refuses cells that do not fit the measure', () => {
    const rows: TableCell[][] = [
      ['STT', 'Nội dung', 'Điểm số', 'Chỉ số', 'Thứ hạng'].map((t) => cell(t)),
      ['1', 'Chi phí gia nhập thị trường', '12/10', '140%', '2,5/63'].map((t) => cell(t)), // score over its maximum, index over 100, fractional rank
      ['2', 'Cạnh tranh bình đẳng', '5,97', '59,7%', '29/63'].map((t) => cell(t)),
      ['3', 'Đào tạo lao động', '6,15', '61,5%', '38'].map((t) => cell(t)),
    ];
    const { values } = indexTableValues(describeTable(block(rows, ['IV. CHỈ SỐ PCI']))!, ix('pci'), 1);
    expect(values.filter((v) => v.label === 'Chi phí gia nhập thị trường')).toEqual([]);
    expect(values.map((v) => [v.series_id, v.value])).toEqual([
      ['pci_fair_competition_score', 5.97],
      ['pci_fair_competition_index', 59.7],
      ['pci_fair_competition_rank', 29],
      ['pci_labor_training_score', 6.15],
      ['pci_labor_training_index', 61.5],
      ['pci_labor_training_rank', 38],
    ]);
  });

  it('becomes indicators with the heading\'s year; rows that are no component go to the ordinary reader', () => {
    const rows: TableCell[][] = [
      ['STT', 'Nội dung', 'Tỷ lệ', 'Điểm số', 'Thứ hạng'].map((t) => cell(t)),
      ['IV', 'Số hóa hồ sơ', '', '19,05', '17/34'].map((t) => cell(t)),
      ['1', 'Tỷ lệ hồ sơ TTHC có cấp kết quả giải quyết TTHC điện tử', '80,7%', '4,84', ''].map((t) => cell(t)),
      ['', 'CHỈ SỐ CHUNG', '88,72%', '88,72', '14/34'].map((t) => cell(t)),
    ];
    const { values } = extractIndicators([block(rows, ['V. CHỈ SỐ 766', '2. Tình hình triển khai năm 2025 và kết quả bước đầu'])], {});
    expect(values.map((v) => [v.series_id, v.value, v.period]).sort()).toEqual([
      ['service_766_digitization_score', 19.05, '2025'],
      ['service_766_digitization_rank', 17, '2025'],
      ['electronic_results_pct', 80.7, '2025'],
      ['service_766_overall_index', 88.72, '2025'],
      ['service_766_overall_score', 88.72, '2025'],
      ['service_766_overall_rank', 14, '2025'],
    ].sort());
  });

  it('every index has its catalog entries, and none is matched in prose', () => {
    const entries = compositeCatalogEntries();
    expect(entries).toHaveLength(compositeIndices.reduce((n, x) => n + x.components.length * 3, 0));
    expect(catalog.filter((e) => e.composite)).toHaveLength(entries.length);
    expect(new Set(catalog.map((e) => e.id)).size).toBe(catalog.length);
    const prose = newBlock('paragraph', 'Chỉ số PAPI năm 2024 của tỉnh đạt 41,02 điểm, xếp thứ 54/63.', { sectionPath: ['III. CHỈ SỐ PAPI'], page: 1 });
    expect(extractIndicators([prose], {}).values).toEqual([]);
    // The same words about the DTI are still the DTI rank.
    const dti = newBlock('paragraph', 'Năm 2023, Chỉ số chuyển đổi số An Giang xếp hạng 20/63 tỉnh, thành phố.', { sectionPath: ['1. Chuyển đổi số'], page: 1 });
    expect(extractIndicators([dti], {}).values.map((v) => [v.series_id, v.value])).toEqual([['dti_rank', 20]]);
    expect(() => loadCompositeIndices({ indices: [{ id: 'x', name: 'X', mentions: ['xyz'], components: [{ id: 'a', name: 'A', aliases: ['aaa'] }] }] })).toThrow(/overall/);
  });
});

// fixtures/real-more/37_LD_BC-UBND_chamdiem-ChisoCCHC-2025_PARIndex.docx: a self-scoring table, the
// scores written with a decimal point, the criterion's maximum in "Điểm chuẩn", evidence as text.
describe('a self-scoring table (Điểm chuẩn | Điểm tự đánh giá | Tài liệu kiểm chứng)', () => {
  const rows: TableCell[][] = [
    ['TT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm chuẩn', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng'].map((t) => cell(t)),
    ['1', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', '8.00', '8.00', ''].map((t) => cell(t)),
    ['6', 'CẢI CÁCH TÀI CHÍNH CÔNG', '8.00', '7.25', ''].map((t) => cell(t)),
    ['1.1', 'Thực hiện kế hoạch CCHC', '1.50', '1.50', '(Đã hoàn thành 45/45 nhiệm vụ, đạt 100% kế hoạch)'].map((t) => cell(t)),
  ];
  const b = block(rows, ['Phụ lục']);

  it('reads "8.00" as eight and takes the maximum as the score’s denominator, not as a score', () => {
    const { values } = indexTableValues(describeTable(b)!, ix('par_index'), 1);
    expect(values.map((v) => [v.label, v.value, v.numerator, v.denominator])).toEqual([
      ['CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC / Điểm tự đánh giá', 8, 8, 8],
      ['CẢI CÁCH TÀI CHÍNH CÔNG / Điểm tự đánh giá', 7.25, 7.25, 8],
    ]);
  });

  it('reads the statements written in the evidence cells, with offsets into the table block', async () => {
    const { extractStatements } = await import('../../src/extract/statements/index.ts');
    const { statements } = extractStatements([b], { period: '2025' });
    const prose = statements.filter((s) => s.labelFrom !== 'table');
    expect(prose.map((s) => [s.figure.value, s.figure.numerator, s.figure.denominator])).toEqual([[100, 45, 45]]);
    expect(b.text.slice(prose[0].figure.start, prose[0].figure.end)).toBe(prose[0].figure.raw);
  });
});
