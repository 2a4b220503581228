/** Indicator matching on real sentences: label, unit, section, kind and period decide together. */
import { describe, expect, it } from 'vitest';
import { extractIndicators, IndicatorContext } from '../../src/extract/indicators.ts';
import { newBlock } from '../../src/model.ts';
import { normalizeChars } from '../../src/text/normalize.ts';

function run(text: string, sections: string[] = [], ctx: IndicatorContext = { period: '2023', docType: 'Báo cáo' }) {
  const b = newBlock('paragraph', normalizeChars(text), { page: 1 });
  b.sectionPath = sections;
  return extractIndicators([b], ctx);
}
const ids = (text: string, sections: string[] = [], ctx?: IndicatorContext) =>
  run(text, sections, ctx).values.map((v) => [v.series_id, v.value, v.kind, v.period]);

describe('extractIndicators', () => {
  it.each([
    ['- Thuê bao điện thoại di động: 2.471.745;', [['mobile_subscribers', 2471745, 'actual', '2023']]],
    ['+ Thuê bao băng rộng cố định: 424.495;', [['fixed_broadband_subscribers', 424495, 'actual', '2023']]],
    ['- Tỷ lệ dân số trưởng thành sử dụng smartphone: 66,2%;', [['adult_smartphone_pct', 66.2, 'actual', '2023']]],
    ['+ Tỷ lệ dân số trưởng thành có điện thoại thông minh: 71,29%;', [['adult_smartphone_pct', 71.29, 'actual', '2023']]],
    ['+ Tỷ lệ thuê bao sử dụng điện thoại thông minh: 74,7%;', [['subscriber_smartphone_pct', 74.7, 'actual', '2023']]],
    ['+ Số vị trí cột, nhà trạm BTS là 2.189. Trong đó, số trạm thu phát sóng thông tin di động là: 4.918;', [['bts_sites', 2189, 'actual', '2023'], ['bts_stations', 4918, 'actual', '2023']]],
    ['Tỷ lệ giải quyết hồ sơ trước hạn và đúng hạn: 98,9%.', [['on_time_resolution_pct', 98.9, 'actual', '2023']]],
    ['- Tỷ lệ trao đổi văn bản điện tử giữa các cơ quan hành chính nhà nước đạt 98,53%.', [['e_document_exchange_pct', 98.53, 'actual', '2023']]],
    ['Năm 2021, Chỉ số Chuyển đổi số An Giang xếp hạng 42/63 với tổng điểm 346,2 điểm.', [['dti_rank', 42, 'actual', '2021'], ['dti_score', 346.2, 'actual', '2021']]],
    ['Xếp hạng Chuyển đổi số (DTI) của tỉnh còn thấp (năm 2020: 29/63; năm 2021 xếp 42/63; năm 2022 xếp 54/63 theo đánh giá DTI của BTTTT);', [['dti_rank', 29, 'actual', '2020'], ['dti_rank', 42, 'actual', '2021'], ['dti_rank', 54, 'actual', '2022']]],
    ['Kết quả thực hiện chỉ tiêu được giao: Tỷ lệ cơ quan nhà nước (CQNN) các cấp hoàn thiện chính quyền điện tử tính đến nay ước đạt 75% (theo mục tiêu đề ra).', [['egov_complete_agencies_pct', 75, 'estimate', '2023']]],
    ['Duy trì CQNN hoàn thiện Chính quyền điện tử tối thiểu đạt 90%.', [['egov_complete_agencies_pct', 90, 'target', '2023']]],
    ['sớm hoàn thiện chính quyền điện tử trong năm 2025, phấn đấu đạt mục tiêu 90% cơ quan Nhà nước các cấp hoàn thiện chính quyền điện tử.', [['egov_complete_agencies_pct', 90, 'target', '2025']]],
    ['Đã thực hiện đồng bộ, tích hợp 100% dịch vụ công trực tuyến một phần và tòan trình của tỉnh (1.348 dịch vụ) trên Cổng dịch vụ công quốc gia.', [['national_portal_services', 1348, 'actual', '2023']]],
    ['Ngoài ra, trên địa bàn tỉnh đã có 07/11 UBND huyện, thị, thành triển IOC cấp huyện.', [['district_ioc', 63.64, 'actual', '2023']]],
    // A typo the aliases miss: found by Jaro–Winkler, with lower confidence.
    ['- Tỷ lệ hộ gia đìnhh có kết nốii băng rộng cố định: 80,5%;', [['household_fixed_broadband_pct', 80.5, 'actual', '2023']]],
    // Not indicators: a case file of 12 subscribers; the whole 5G network; dates and doc numbers.
    ['Hỗ trợ Công an tỉnh xác minh thông tin chủ thuê bao, số IMEI của điện thoại đối với 12 thuê bao di động phục vụ công tác phá án.', []],
    ['Mạng 5G Viettel đã phủ sóng tại thủ phủ 11/11 huyện, thị xã, thành phố từ ngày 15/10/2024.', []],
    ['Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ', []],
    // From fixtures/real/07 (Sở Nội vụ Lâm Đồng, 2025): "chưa đạt chỉ tiêu" achieved nothing, so
    // the figure in "(chỉ tiêu tối thiểu 98%…)" is the target; the actual follows it.
    ['b) Tỷ lệ hồ sơ giải quyết đúng hẹn toàn tỉnh đạt chưa đạt chỉ tiêu đề ra (chỉ tiêu tối thiểu 98%, hiện đạt 97,4%).', [['on_time_resolution_pct', 98, 'target', '2023'], ['on_time_resolution_pct', 97.4, 'actual', '2023']]],
    ['Tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 80,7% (chỉ tiêu đề ra là đạt 100%).', [['electronic_results_pct', 80.7, 'actual', '2023']]],
    ['Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 63% (chỉ tiêu đề ra là tối thiểu 50%).', [['digitized_data_reuse_pct', 63, 'actual', '2023']]],
  ] as const)('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('the section decides between postal and telecom enterprises', () => {
    expect(ids('Tỉnh có 36 doanh nghiệp hoạt động trên địa bàn tỉnh', ['2.2. Về Bưu chính'])).toEqual([['postal_enterprises', 36, 'actual', '2023']]);
    expect(ids('Tỉnh có 36 doanh nghiệp hoạt động trên địa bàn tỉnh', ['2.3. Về Viễn thông'])).toEqual([['telecom_enterprises', 36, 'actual', '2023']]);
    expect(ids('Tỉnh có 36 doanh nghiệp hoạt động trên địa bàn tỉnh', ['2.4. Về Báo chí'])).toEqual([]);
  });

  it('a plan\'s targets section makes targets without a target word', () => {
    expect(ids('Tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 90%.', ['III. NHIỆM VỤ NĂM 2025', '3.3. Chỉ tiêu lĩnh vực Bưu chính, Viễn thông'], { period: '2025', docType: 'Kế hoạch' })).toEqual([
      ['adult_smartphone_pct', 90, 'target', '2025'],
    ]);
  });

  it('a half-year report puts its own-year figures in the half year; targets stay in the year', () => {
    const ctx = { period: '2024-H1', docType: 'Báo cáo' };
    expect(ids('Tính đến ngày 20/6/2024, hệ thống cung cấp tổng số dịch vụ hành chính công: 2.016 dịch vụ công.', ['Năm 2024'], ctx)).toEqual([['public_services_total', 2016, 'actual', '2024-H1']]);
    expect(ids('phấn đấu năm 2024 tỷ lệ cơ quan nhà nước hoàn thiện chính quyền điện tử đạt 80%', [], ctx)).toEqual([['egov_complete_agencies_pct', 80, 'target', '2024']]);
  });

  it('records as_of, approximations and the quote', () => {
    const [v] = run('Tính đến ngày 10/11/2023, Cổng cung cấp tổng số dịch vụ hành chính công: 2.119 dịch vụ.').values;
    expect(v).toMatchObject({ as_of: '2023-11-10', page: 1 });
    expect(v.quote).toContain('2.119 dịch vụ');
    const [p] = run('Hiện nay, toàn tỉnh có khoảng 26 doanh nghiệp bưu chính', ['Bưu chính']).values;
    expect(p).toMatchObject({ series_id: 'postal_enterprises', value: 26, warnings: ['approximate: "khoảng"'] });
  });

  it('repeats collapse with a count; a second value in one report is flagged', () => {
    const b1 = newBlock('paragraph', '- Thuê bao điện thoại di động: 2.471.745;', { page: 2 });
    const b2 = newBlock('paragraph', '+ Thuê bao điện thoại di động: 2.471.745;', { page: 9 });
    const b3 = newBlock('paragraph', '+ Thuê bao điện thoại di động: 2.400.000;', { page: 10 });
    const { values } = extractIndicators([b1, b2, b3], { period: '2022' });
    expect(values).toHaveLength(1);
    expect(values[0]).toMatchObject({ value: 2471745, count: 2, page: 2 });
    expect(values[0].warnings[0]).toMatch(/also states 2400000/);
  });

  it('a figure no catalog entry names is no catalog value (the statement extractor labels it)', () => {
    const { values } = run('Tỷ lệ DVCTT phát sinh hồ sơ trực tuyến trên tổng số DVCTT có phát sinh hồ sơ đạt 93%.');
    expect(values).toEqual([]);
  });

  it('a level named before the figure is its entity: the provincial agencies are not the province', () => {
    const { values } = run('Tỷ lệ hồ sơ giải quyết đúng hẹn toàn tỉnh đạt 97,4%. Trong đó, tỷ lệ hồ sơ giải quyết đúng hẹn cấp tỉnh chỉ đạt 93,5% (trường hợp dưới 95% thì tiêu chí này đạt 0 điểm).');
    expect(values.map((v) => [v.series_id, v.entity, v.value, v.warnings])).toEqual([
      ['on_time_resolution_pct', '', 97.4, []],
      ['on_time_resolution_pct', 'cấp tỉnh', 93.5, []],
    ]);
  });

  it('side-by-side provinces in a table: each value belongs to the province over its column', () => {
    const cell = (text: string, colSpan = 1, rowSpan = 1) => ({ text, colSpan, rowSpan });
    const rows = [
      [cell('STT', 1, 2), cell('Nội dung', 1, 2), cell('Lâm Đồng', 2), cell('Đắk Nông', 2)],
      [cell('Tỷ lệ'), cell('Thứ hạng'), cell('Tỷ lệ'), cell('Thứ hạng')],
      [cell('1'), cell('Tỷ lệ hồ sơ thanh toán trực tuyến'), cell('86,2%'), cell('12/63'), cell('91,0%'), cell('5/63')],
    ];
    const block = newBlock('table', '', { rows, page: 3 });
    const { values } = extractIndicators([block], { period: '2025' });
    expect(values.map((v) => [v.series_id, v.entity, v.value])).toEqual([
      ['online_payment_dossier_pct', 'Lâm Đồng', 86.2],
      ['online_payment_dossier_pct', 'Đắk Nông', 91],
    ]);
  });
});
