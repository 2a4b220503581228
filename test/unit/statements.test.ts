/**
 * The statement extractor's parsers and refiners, table-driven with sentences from real reports
 * (fixtures/real, fixtures/real-more), and every error class issue 15 measured: the neighbouring
 * figure taken, a plan's targets dated by its first year, a monthly figure filed under the year,
 * a bound stored as an exact value, two levels read as one entity, the fraction behind a rate
 * lost, the snapshot day lost.
 */
import fs from 'node:fs';
import path from 'node:path';
import { processBuffer } from '../../src/process.ts';
import { DEFAULT_LIMITS } from '../../src/limits.ts';
import { ROOT } from '../support/fixtures.ts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newBlock } from '../../src/model.js';
import { cellNumber, describeTable, groupsWithCommas } from '../../src/extract/tables.js';
import { extractStatements } from '../../src/extract/statements/index.js';
import { proseFigures, countingNoun } from '../../src/extract/statements/figures.js';
import { captionUnit, figureCell } from '../../src/extract/statements/table-figures.js';
import { labelBefore, nounPhraseAfter, verbBefore } from '../../src/extract/statements/label.js';
import { futureKind, statementKind } from '../../src/extract/statements/kind.js';
import { asOfDate, horizonOf, periodOf, periodsIn } from '../../src/extract/statements/period.js';
import { entityOf } from '../../src/extract/statements/entity.js';
import { isSamePeriod, itemMeasure, statedIn, withoutCitation } from '../../src/extract/statements/label-cleanup.js';
import { isBareItem, leadInMeasure, measureOfReach } from '../../src/extract/statements/lead-in.js';
import { derivedSeriesId, normalizeLabel } from '../../src/resolve/series-identity.js';
import { nearIdentical } from '../../src/resolve/series-link.js';
import { periodOf as reportPeriod } from '../../src/extract/metadata.js';

const run = (text: string, ctx: Parameters<typeof extractStatements>[1] = { period: '2025' }) => extractStatements([newBlock('paragraph', text)], ctx).statements;
// A table block from its rows of cell texts, its text the rows joined as the readers join them.
const tableBlock = (rows: string[][]) => newBlock('table', rows.map((r) => r.join(' | ')).join('\n'), { rows: rows.map((r) => r.map((text) => ({ text, colSpan: 1, rowSpan: 1 }))) });

describe('figure parsers', () => {
  it.each([
    ['thu giữ 1.447 cây cần sa', [{ value: 1447, unit: 'cây' }]],
    ['đạt 90,58% (419.218/462.814 hồ sơ)', [{ value: 90.58, unit: '%', numerator: 419218, denominator: 462814 }]],
    ['37/39 hệ thống được phê duyệt, đạt tỷ lệ 94,8%', [{ value: 94.8, numerator: 37, denominator: 39 }]],
    // Farther apart, the x/y and the rate are two figures; the rate is then the share of the count.
    ['37/39 hệ thống thông tin được phê duyệt cấp độ, đạt tỷ lệ 94,8%', [{ value: 37, numerator: 37, denominator: 39 }, { value: 94.8 }]],
    ['tổng mức bán lẻ hàng hoá đạt gần 104,5 nghìn tỷ đồng', [{ value: 104.5e12, unit: 'đồng', qualifier: 'gần' }]],
    ['Tạo việc làm mới cho 1,6 triệu lao động', [{ value: 1.6e6, unit: 'lao động' }]],
    ['trong đó xuất khẩu lao động 7 vạn người', [{ value: 70000, unit: 'người' }]],
    ['gần 57 triệu USD', [{ value: 57e6, unit: 'USD', qualifier: 'gần' }]],
    // "5% tấm" is the rice's grade (real-more/06 key: no statement), the price its figure.
    ['giá gạo 5% tấm ở mức 460 USD/tấn', [{ value: 460, unit: 'USD/tấn' }]],
    ['khoảng 50 - 55 học viên', [{ value: 50, upper: 55, qualifier: 'range' }]],
    // fixtures/real-more/06_TW_BC_nonglamngunghiep_thang1-2006.pdf: the scale after the upper end is the range's.
    ['sản xuất được 850-860 nghìn tấn đường kính', [{ value: 850000, upper: 860000, unit: 'tấn', qualifier: 'range' }]],
    ['hiện chỉ còn 9 - 9,2 nghìn đồng/kg', [{ value: 9000, upper: 9200, unit: 'đồng/kg', qualifier: 'range' }]],
    // … and a range whose upper end has its price unit written against it.
    ['bắp cải 3000- 4000đ/kg', [{ value: 3000, upper: 4000, unit: 'đồng/kg', qualifier: 'range' }]],
    ['giai đoạn 2021-2025 đạt 5 tấn', [{ value: 5, unit: 'tấn' }]],
    // Lengths (fixtures/real-more/06, 07, 08): "m" is the unit, not the start of what is counted.
    ['mực nước sông Hồng tại Hà Nội ngày 25/12 là 2,02 m', [{ value: 2.02, unit: 'm' }]],
    ['12.000 m cầu đường bộ', [{ value: 12000, unit: 'm' }]],
    ['lượng mưa phổ biến 50 mm', [{ value: 50, unit: 'mm' }]],
    ['công suất 300 MW', [{ value: 300, unit: 'MW' }]],
    // fixtures/real-more/36_TW: a range whose ends both carry the scale; a rate per year; years back from now.
    ['Quy mô đầu tư từ 10 tỉ đến 115 tỉ đồng.', [{ value: 10e9, upper: 115e9, unit: 'đồng', qualifier: 'range' }]],
    ['Tốc độ tăng trưởng GDP bình quân trong 10 năm qua là 7,5%/năm', [{ value: 7.5, unit: '%' }]],
    ['trong 5 năm tới đây', []],
    // fixtures/real-more/26_TW: the plant's number before its capacity is no range "1 - 250".
    ['đuôi hơi Cà Mau 1 - 250MW', [{ value: 250, unit: 'MW' }]],
    // Numbers inside names and codes are no figures (fixtures/real-more/26 and 37).
    ['+ Kế hoạch số 192/KH-ĐKT 557 ngày 23/4/2025 của Đoàn kiểm tra', []],
    ['UBND Phường 1, Phường 3 Bảo Lộc', []],
    ['các Tập đoàn, Tổng Công ty 91 ước đạt 73,8 nghìn tỷ đồng', [{ value: 73.8e12, unit: 'đồng' }]],
    ['Công ty TNHH NN 1 thành viên Dệt Kim Đông Xuân', []],
    ['kim ngạch của khu vực doanh nghiệp 100% vốn trong nước đạt 5 tỷ USD', [{ value: 5e9, unit: 'USD' }]],
    ['đóng điện đường dây 220 kV Tuyên Quang-Sóc Sơn', []],
    ['vận hành chính quyền địa phương 2 cấp', []],
    ['Lâm Đồng xếp thứ 12 toàn quốc', [{ value: 12, cls: 'rank' }]],
    ['phát hiện, bắt giữ trên 3.000 vụ ma túy, gần 5.000 đối tượng', [{ value: 3000, unit: 'vụ', qualifier: 'trên' }, { value: 5000, unit: 'đối tượng', qualifier: 'gần' }]],
  ])('%s', (text, expected) => {
    const got = proseFigures(text);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
  });

  it.each([
    'Căn cứ Quyết định số 335 ngày 12/3/2024',
    'trong thời hạn 15 ngày làm việc kể từ ngày nhận hồ sơ',
    'người từ 18 tuổi trở lên',
    'Kết luận số 132-KL/TW ngày 18/3/2025',
    'Điện thoại: 0263.3822.111',
    // A rule's condition, a name in a list of names, a stretch of time.
    '(trường hợp dưới 95% thì tiêu chí này đạt 0 điểm)',
    'Tình hình thực hiện các chỉ số PAR Index, SIPAS, PAPI, PCI, 766 năm 2024',
    'Tính chung 3 tháng, giá trị sản xuất',
    // The copies of a form (fixtures/real-more/38_VL).
    'Bản cam kết này được lập thành 03 bản: 01 bản lưu tại cơ quan, đơn vị; 01 bản lưu giữ tại Sở Nội vụ và 01 bản do người cam kết giữ.',
    // A formula's constants (fixtures/real-more/34_PT).
    'TCF = 0,6 + (0,01 x TFW)',
    'EF = 1,4 + (-0,03 x EFW)',
    'G = Định giá phần mềm nội bộ = 1,4 x E x P x H',
  ])('no statement figure in "%s"', (text) => {
    expect(proseFigures(text)).toEqual([]);
  });

  // fixtures/real-more/26_TW, 07_TW: a condition that sets a part aside states the adjusted figure;
  // what it sets aside before "thì" is none.
  it.each([
    ['Như vậy, nếu loại trừ yếu tố tăng giá hàng hoá và yếu tố tái xuất của vàng và sắt thép thì KNXK 9 tháng tăng 15,5% so với cùng kỳ 2007.', [[15.5, 'KNXK']]],
    ['Nếu loại trừ yếu tố tăng giá khoảng 9,5% thì tổng mức bán lẻ tăng 8%.', [[8, 'tổng mức bán lẻ']]],
    ['Và nếu loại trừ phần trị giá tăng do lượng nhập khẩu 9 tháng tăng khoảng 29%.', [[29, undefined]]],
  ])('%s', (text, want) => {
    const s = run(text, { period: '2008-01/2008-09' });
    expect(s.map((x) => x.figure.value)).toEqual(want.map((w) => w[0]));
    want.forEach(([, label], i) => label && expect(s[i].label).toBe(label));
  });

  it('counting nouns of several syllables are kept whole', () => {
    expect(countingNoun(' đối tượng phạm tội')).toBe('đối tượng');
    expect(countingNoun(' tổ dân phố, thôn')).toBe('tổ dân phố');
    expect(countingNoun(' và 20')).toBe('');
  });
});

describe('label refiner', () => {
  it.each([
    ['Tỷ lệ hồ sơ giải quyết đúng hạn đạt ', 'Tỷ lệ hồ sơ giải quyết đúng hạn'],
    ['Số thuê bao: ', 'Số thuê bao'],
    ['Trong năm 2024, tỷ lệ hồ sơ trực tuyến đạt ', 'tỷ lệ hồ sơ trực tuyến'],
    ['tổng số lượt tra cứu bằng CCCD khi đi khám chữa bệnh BHYT là ', 'tổng số lượt tra cứu bằng CCCD khi đi khám chữa bệnh BHYT'],
    // real-more/07: "cả năm 2004" is the period, "cả" no word of the measure.
    ['(7) Tổng chi Ngân sách nhà nước cả năm 2004 ước đạt ', 'Tổng chi Ngân sách nhà nước'],
    // real-more/26 (key): a plan "for the whole year" is the measure's own words.
    ['mục tiêu đặt ra cho cả năm là ', 'mục tiêu đặt ra cho cả năm'],
  ])('before: "%s" → %s', (left, label) => {
    expect(labelBefore(left)).toBe(label);
  });

  it.each([
    [' Hội nghị đối thoại với doanh nghiệp.', false, 'Hội nghị đối thoại với doanh nghiệp'],
    [' hồ sơ, đạt 97%', false, 'hồ sơ'],
    [' hồ sơ được số hóa, đạt 97%', true, 'hồ sơ được số hóa'],
    [' cán bộ, công chức, viên chức tham gia bồi dưỡng.', false, 'cán bộ, công chức, viên chức tham gia bồi dưỡng'],
    [' và 20 xã', false, null],
    // fixtures/real/02_LD: a long conjunct is still the counted noun …
    [' hệ thống thông tin, cơ sở dữ liệu của các bộ, ngành trung ương.', false, 'hệ thống thông tin, cơ sở dữ liệu của các bộ, ngành trung ương'],
    // A long phrase is cut where a piece ends, not inside a word.
    [' cơ sở khám bệnh, chữa bệnh thực hiện liên thông dữ liệu khám sức khỏe lái xe, giấy chứng sinh, giấy báo tử.', true, 'cơ sở khám bệnh, chữa bệnh thực hiện liên thông dữ liệu khám sức khỏe lái xe'],
    [' công chức, viên chức, người lao động cấp tỉnh về cấp xã.', false, 'công chức, viên chức, người lao động cấp tỉnh về cấp xã'],
    // … unless it opens a clause of its own (fixtures/real-more/40_Hue).
    [' người, song hiện vẫn chưa giải quyết hết được số người nghiện trên địa bàn.', false, 'người'],
    [' cuộc kiểm tra, phát hiện nhiều sai phạm về quản lý đất đai.', false, 'cuộc kiểm tra'],
  ])('after: "%s"', (right, rate, label) => {
    expect(nounPhraseAfter(right, rate)).toBe(label);
  });

  it.each([
    ['Sở Công Thương đã tổ chức ', 'tổ chức'],
    ['lực lượng Công an phát hiện, bắt giữ trên ', 'phát hiện, bắt giữ'],
    ['toàn tỉnh có ', ''],
  ])('verb: "%s" → %s', (left, verb) => {
    expect(verbBefore(left)).toBe(verb);
  });

  it('the neighbouring figure is not taken: each count keeps its own noun', () => {
    const s = run('Toàn tỉnh có 5.887 trạm BTS 4G và 1.099 trạm 5G.');
    expect(s.map((x) => [x.figure.value, x.label])).toEqual([
      [5887, 'trạm BTS 4G'],
      [1099, 'trạm 5G'],
    ]);
  });

  it('label after the figure carries its verb; a parallel count shares it', () => {
    const s = run('Các lực lượng phát hiện, bắt giữ trên 3.000 vụ ma túy, gần 5.000 đối tượng.');
    expect(s.map((x) => x.label)).toEqual(['phát hiện, bắt giữ vụ ma túy', 'phát hiện, bắt giữ đối tượng']);
  });

  it('a rate after a count is its share; a change after an amount is its change', () => {
    const s = run('Trong đó: 4.568 hồ sơ đã trả kết quả (đạt tỷ lệ 86,8%). Giá trị sản xuất đạt 1.339,5 tỷ đồng, tăng 8,26% so với tháng trước.');
    expect(s.map((x) => [x.figure.value, x.label, x.kind])).toEqual([
      [4568, 'hồ sơ đã trả kết quả', 'actual'],
      [86.8, 'tỷ lệ hồ sơ đã trả kết quả', 'actual'],
      [1339.5e9, 'Giá trị sản xuất', 'actual'],
      [8.26, 'Giá trị sản xuất', 'change'],
    ]);
  });

  // Sentences from fixtures/real and fixtures/real-more whose labels were wrong (issue 15's label
  // precision): each row is a sentence and the [value, label] pairs it must give.
  it.each([
    // A rate after a count of "Số …" is the rate of it, not the count's label.
    ['Số hồ sơ giải quyết trước và đúng hạn là 193.457 (tỷ lệ 99,1%).', [[193457, 'Số hồ sơ giải quyết trước và đúng hạn'], [99.1, 'Tỷ lệ hồ sơ giải quyết trước và đúng hạn']]],
    // A rate measured against a base says so; the second base does not become a label.
    ['Tổng chi ngân sách địa phương thực hiện đến hết ngày 10/12/2025 là 40.554 tỷ đồng, bằng 89,9% dự toán Trung ương, bằng 84,52% dự toán Hội đồng nhân dân tỉnh giao.', [[40554e9, 'Tổng chi ngân sách địa phương'], [89.9, 'Tổng chi ngân sách địa phương so với dự toán Trung ương'], [84.52, 'Tổng chi ngân sách địa phương so với dự toán Hội đồng nhân dân tỉnh giao']]],
    // The same measure for the year before, inside parentheses.
    ['Tốc độ tăng GDP mới đạt ở mức 7,2%, tuy cao hơn cùng kỳ năm 2004 (cùng kỳ tăng 7%).', [[7.2, 'Tốc độ tăng GDP'], [7, 'Tốc độ tăng GDP']]],
    // "thực hiện" after "đã"/"chưa" or "kinh phí" is part of the measure, not how it was obtained.
    ['số kiến nghị đã thực hiện là 94.848.107.153 đồng.', [[94848107153, 'số kiến nghị đã thực hiện']]],
    ['Chi thường xuyên: Thực hiện 26.798 tỷ đồng.', [[26798e9, 'Chi thường xuyên']]],
    // Two-syllable words are not split by a stop word: "trang bị" is no "bị".
    ['Có 98 Trung tâm Phục vụ hành chính công trang bị Camera.', [[98, 'Trung tâm Phục vụ hành chính công trang bị Camera']]],
    // The measure's head before coordinated parts.
    ['Tỷ lệ thủ tục hành chính được cập nhật, công khai đúng hạn đạt 76,43%.', [[76.43, 'Tỷ lệ thủ tục hành chính được cập nhật, công khai đúng hạn']]],
    // A bound inside a measure's name is no statement; a bound after a cue is one.
    ['số đơn vị sự nghiệp tự bảo đảm dưới 30% chi thường xuyên là 29 đơn vị.', [[29, 'số đơn vị sự nghiệp tự bảo đảm dưới 30% chi thường xuyên']]],
    ['Tỷ lệ hồ sơ đúng hạn đạt trên 95% và tỷ lệ trực tuyến là 60%.', [[95, 'Tỷ lệ hồ sơ đúng hạn'], [60, 'tỷ lệ trực tuyến']]],
    // Value added is a measure's name, not a cue; a qualifier between the cue and the figure.
    ['giá trị tăng thêm tăng 3,8%.', [[3.8, 'giá trị tăng thêm']]],
    ['khối lượng vận tải hàng hoá ước đạt gần 64,2 triệu tấn hàng.', [[64.2e6, 'khối lượng vận tải hàng hoá']]],
    // The clause after a connective names the measure; a parenthesis naming only a period does not.
    ['Thời tiết thuận tiện cho việc khai thác hải sản nên sản lượng khai thác tháng 3/2005 đạt 135 ngàn tấn.', [[135000, 'sản lượng khai thác']]],
    ['Kim ngạch xuất khẩu tăng (quý I/2003 tăng 43,4%, quý I/2004 tăng 15,1%).', [[43.4, 'Kim ngạch xuất khẩu'], [15.1, 'Kim ngạch xuất khẩu']]],
    // An amount is named by what it is for; a share by its weight in a total.
    ['UBND thành phố đã đầu tư 70 tỷ đồng để xây dựng cơ sở cai nghiện độc lập tại phường Thủy Phương.', [[70e9, 'đầu tư xây dựng cơ sở cai nghiện độc lập']]],
    ['Kim ngạch xuất khẩu gạo ước đạt 138,1 triệu USD, chiếm tỷ trọng 36,5% trong tổng kim ngạch xuất khẩu của thành phố.', [[138.1e6, 'Kim ngạch xuất khẩu gạo'], [36.5, 'tỷ trọng kim ngạch xuất khẩu gạo trong tổng kim ngạch xuất khẩu của thành phố']]],
    ['Tổng kinh phí chi cho 02 giai đoạn là 47.591.366.683 đồng.', [[47591366683, 'Tổng kinh phí chi cho 02 giai đoạn']]],
    // A rate whose cue names it a rate ("đạt tỷ lệ") is a "tỷ lệ …" rate; "(đạt 100%)" keeps the counted noun.
    ['đến nay đã có 2.111/2.627 cơ quan, tổ chức (đạt tỷ lệ 80,35%).', [[80.35, 'tỷ lệ cơ quan, tổ chức']]],
    ['kiểm tra tại 42/42 cơ quan, đơn vị, địa phương (đạt 100%).', [[100, 'cơ quan, đơn vị, địa phương']]],
    // After a colon a rate's own noun phrase names it, unless the words before are a measure.
    ['Việc thanh toán không dùng tiền mặt: 100% TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến.', [[100, 'TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến']]],
    ['Tỷ lệ hồ sơ được số hóa: 85% hồ sơ.', [[85, 'Tỷ lệ hồ sơ được số hóa']]],
    ['đã cập nhật nhưng chưa đầy đủ thông tin 147/8.203 tàu cá, tỷ lệ 1,8%.', [[1.8, 'tỷ lệ tàu cá']]],
    // Goal words name no measure: the rate's own noun phrase does; "phấn đấu" leads no label.
    ['phấn đấu đạt mục tiêu 90% cơ quan Nhà nước các cấp hoàn thiện chính quyền điện tử.', [[90, 'cơ quan Nhà nước các cấp hoàn thiện chính quyền điện tử']]],
    ['phấn đấu tỷ lệ xã không ma tuý đạt 20% trong năm 2025 và 50% vào năm 2030.', [[20, 'tỷ lệ xã không ma tuý'], [50, 'tỷ lệ xã không ma tuý']]],
    // fixtures/real-more/08_TW_BC_congnghiep_thang2-2007_tcvn3.pdf: the base of the first change names a month
    // with its number; the second change is still of the same measure.
    ['Tháng 02 năm 2007 giá trị sản xuất công nghiệp (GTSXCN) ước đạt 39.897 tỷ đồng giảm 19% so với tháng 01 năm 2007 và tăng 11,9% so cùng kỳ.', [[39897e9, 'giá trị sản xuất công nghiệp (GTSXCN)'], [19, 'giá trị sản xuất công nghiệp (GTSXCN)'], [11.9, 'giá trị sản xuất công nghiệp (GTSXCN)']]],
    // fixtures/real-more/05_TW_BKHDT_BC-KTXH_thang3-quyI-2005.pdf: "A% <base> và B% <other base>" are two
    // rates of one measure; the first one's base is no label of the second.
    ['Tính đến 15/3/2005, các tỉnh miền Nam thu hoạch được 1.216,2 nghìn ha lúa đông xuân, chiếm 68% diện tích gieo cấy và bằng 98,7% so với cùng kỳ.', [[1216200, 'thu hoạch lúa đông xuân'], [68, 'thu hoạch lúa đông xuân'], [98.7, 'thu hoạch lúa đông xuân so với cùng kỳ']]],
    // fixtures/real/16_LD_BC-BCD_DeAn06_den20-11-2025.doc: paired units ("xã, phường") run on as one phrase.
    ['(trong đó, 37 xã, phường đã được nghiệm thu dữ liệu phục vụ vận hành, khai thác).', [[37, 'xã, phường đã được nghiệm thu dữ liệu phục vụ vận hành, khai thác']]],
    // After "và" the figure opens a conjunct of its own.
    ['Hội nghị có sự tham gia của thủ trưởng các sở, ban, ngành, đơn vị và 342 doanh nghiệp, nhà đầu tư trên địa bàn tỉnh.', [[342, 'doanh nghiệp, nhà đầu tư']]],
    // Coordinated nouns keep their shared tail; the period after them is no part of the label.
    ['để thực hiện mục 20% xã, phường không ma túy trong năm 2025.', [[20, 'xã, phường không ma túy']]],
  ] as Array<[string, Array<[number, string]>]>)('%s', (text, expected) => {
    const s = run(text);
    expect(s.map((x) => [x.figure.value, x.label])).toEqual(expected);
  });

  it('"cụ thể:" only says details follow: the count\'s own noun names it', () => {
    // fixtures/real/02_LD_BC329-UBND_CCHC2025_draft.docx
    const s = run('Ngoài ra, có 31 đơn vị sự nghiệp công lập thuộc đơn vị sự nghiệp thuộc Ủy ban nhân dân tỉnh (cụ thể: 28 Ban quản lý dự án khu vực thuộc Ban Quản lý dự án đầu tư xây dựng thuộc Ủy ban nhân dân tỉnh).');
    expect(s.map((x) => x.figure.value)).toEqual([31, 28]);
    expect(s[1].label.startsWith('Ban quản lý dự án khu vực')).toBe(true);
    expect(s[1].labelFrom).toBe('after');
  });

  it('a list item names the measure when the figure only says it was reached ("ước thực hiện")', () => {
    const s = run('-Hàng may mặc: tháng 6 ước thực hiện 300 ngàn sản phẩm, với giá trị 2,1 triệu USD.', { period: '2009-06' });
    expect(s.map((x) => [x.figure.value, x.label])).toEqual([[300000, 'Hàng may mặc'], [2.1e6, 'giá trị Hàng may mặc']]);
  });

  it("a list of places after a lead that names the measure: the measure is the label, each place the entity; 'Tp.' ends no clause", () => {
    // fixtures/real-more/08_TW_BC_congnghiep_thang2-2007_tcvn3.pdf
    const s = run('Theo vùng lãnh thổ các tỉnh, thành phố đạt mức tăng trưởng GTSXCN so cùng kỳ cao hơn kế hoạch toàn ngành (16%) gồm: Tp. Hồ Chí Minh tăng 16,4% (chiếm tỷ trọng 26,1%), Hà Nội tăng 16,3%, Hải phòng tăng 18,1%.', { period: '2007-01/2007-02' });
    expect(s.slice(1).map((x) => [x.figure.value, x.label, x.entity])).toEqual([
      [16.4, 'mức tăng trưởng GTSXCN', 'Tp. Hồ Chí Minh'],
      [26.1, 'tỷ trọng GTSXCN', 'Tp. Hồ Chí Minh'],
      [16.3, 'mức tăng trưởng GTSXCN', 'Hà Nội'],
      [18.1, 'mức tăng trưởng GTSXCN', 'Hải phòng'],
    ]);
  });

  it('places before a parenthesis of figures, items of a list split by ";": the lead of the sentence names the measure', () => {
    // fixtures/real-more/26_TW_BC-BCT_9thang-2008.doc
    const s = run('Tốc độ tăng trưởng giá trị sản xuất công nghiệp của một số tỉnh, thành phố tháng 9 và 9 tháng đạt khá so với cùng kỳ như: Vĩnh Phúc (tháng 9 tăng 33,9% và 9 tháng tăng 32,6%); Bình Dương (24,7% và 23,8%); Tp. Đà Nẵng (17,9% và 13,6%).', { period: '2008-01/2008-09' });
    expect(new Set(s.map((x) => x.label))).toEqual(new Set(['Tốc độ tăng trưởng giá trị sản xuất công nghiệp']));
    expect(s.map((x) => x.entity)).toEqual(['Vĩnh Phúc', 'Vĩnh Phúc', 'Bình Dương', 'Bình Dương', 'Tp. Đà Nẵng', 'Tp. Đà Nẵng']);
  });

  it('a list of places led by "gồm" without a colon: the first place is an item too, not part of the label', () => {
    // fixtures/real-more/05_TW_BKHDT_BC-KTXH_thang3-quyI-2005.pdf
    const s = run('Ba tháng đầu năm 2005, một số địa phương đạt mức tăng trưởng cao so với cùng kỳ gồm thành phố Hà Nội tăng 16,8%, thành phố Hải Phòng tăng 15,6%, tỉnh Vĩnh Phúc tăng 19%.', { period: '2005-Q1' });
    expect(s.map((x) => [x.figure.value, x.label, x.entity])).toEqual([
      [16.8, 'mức tăng trưởng', 'thành phố Hà Nội'],
      [15.6, 'mức tăng trưởng', 'thành phố Hải Phòng'],
      [19, 'mức tăng trưởng', 'tỉnh Vĩnh Phúc'],
    ]);
  });

  it('a province named before a change is a breakdown of the measure, not its label', () => {
    const s = run('Tốc độ tăng trưởng công nghiệp của một số địa phương đạt 12%, trong đó Phú Thọ tăng 13,2%, Quảng Ninh tăng 5,2%.');
    expect(s.map((x) => [x.figure.value, x.entity])).toEqual([[12, ''], [13.2, 'Phú Thọ'], [5.2, 'Quảng Ninh']]);
    expect(new Set(s.map((x) => x.label)).size).toBe(1);
  });

  it('a breakdown names its part as the entity', () => {
    const s = run('Tổng số hồ sơ tiếp nhận là 1.234 hồ sơ, trong đó: cấp tỉnh 120, cấp xã 300.');
    expect(s.map((x) => [x.figure.value, x.entity])).toEqual([
      [1234, ''],
      [120, 'cấp tỉnh'],
      [300, 'cấp xã'],
    ]);
    expect(s[1].label).toBe(s[0].label);
  });
});

  // fixtures/real-more/08 (industry, 2007), 05 (2005) and 26_TW (2008): a statistics report breaks
  // its measure down by economic sector, and the sectors by their parts in parentheses.
  it('a sector of the economy is a part: the measure with the sector is the label, the sector the entity', () => {
    const s = run('Giá trị sản xuất công nghiệp (GTSXCN) tăng 11,9% so cùng kỳ, trong đó khu vực doanh nghiệp nhà nước tăng 8,4%, khu vực ngoài quốc doanh tăng 15%, khu vực có vốn đầu tư nước ngoài tăng 11,7% so với cùng kỳ (trong đó Tcty dầu khí tăng 8,5%, các ngành khác tăng 12,4%).');
    expect(s.map((x) => [x.figure.value, x.label, x.entity])).toEqual([
      [11.9, 'Giá trị sản xuất công nghiệp (GTSXCN)', ''],
      [8.4, 'Giá trị sản xuất công nghiệp (GTSXCN) khu vực doanh nghiệp nhà nước', 'khu vực doanh nghiệp nhà nước'],
      [15, 'Giá trị sản xuất công nghiệp (GTSXCN) khu vực ngoài quốc doanh', 'khu vực ngoài quốc doanh'],
      [11.7, 'Giá trị sản xuất công nghiệp (GTSXCN) khu vực có vốn đầu tư nước ngoài', 'khu vực có vốn đầu tư nước ngoài'],
      [8.5, 'Giá trị sản xuất công nghiệp (GTSXCN) khu vực có vốn đầu tư nước ngoài Tcty dầu khí', 'khu vực có vốn đầu tư nước ngoài Tcty dầu khí'],
      [12.4, 'Giá trị sản xuất công nghiệp (GTSXCN) khu vực có vốn đầu tư nước ngoài các ngành khác', 'khu vực có vốn đầu tư nước ngoài các ngành khác'],
    ]);
  });

  it('a figure in a parenthesis names a part only there: after it the breakdown goes on from the measure', () => {
    const s = run('Giá trị sản xuất công nghiệp toàn ngành ước đạt 493.196,1 tỷ đồng, tăng 16,0% so với cùng kỳ năm trước, trong đó: khu vực quốc doanh Trung ương tăng 9,0% (Riêng các doanh nghiệp thuộc Bộ tăng 12,4%), khu vực quốc doanh địa phương giảm 1,7%.');
    expect(s.map((x) => [x.figure.value, x.entity])).toEqual([
      [493196.1e9, ''],
      [16, ''],
      [9, 'khu vực quốc doanh Trung ương'],
      [12.4, 'khu vực quốc doanh Trung ương các doanh nghiệp thuộc Bộ'],
      [1.7, 'khu vực quốc doanh địa phương'],
    ]);
    expect(s[4].label).toBe('Giá trị sản xuất công nghiệp toàn ngành khu vực quốc doanh địa phương');
  });

  it('a region is a part; the part did what the whole did ("các tỉnh đồng bằng sông Cửu Long thu hoạch …")', () => {
    const s = run('Tính đến 15/3/2005, các tỉnh miền Nam thu hoạch được 1.216,2 nghìn ha lúa đông xuân, chiếm 68% diện tích gieo cấy, trong đó các tỉnh đồng bằng sông Cửu Long thu hoạch 1.201,4 nghìn ha.');
    expect(s.map((x) => [x.figure.value, x.label, x.entity])).toEqual([
      [1216.2e3, 'thu hoạch lúa đông xuân', ''],
      [68, 'thu hoạch lúa đông xuân', ''],
      [1201.4e3, 'thu hoạch lúa đông xuân', 'các tỉnh đồng bằng sông Cửu Long'],
    ]);
  });

  it('a former province (Hà Tây, before 2008) is a place of a list too', () => {
    const s = run('Một số tỉnh đạt mức tăng trưởng GTSXCN cao gồm: Hà Nội tăng 16,3%, Hà Tây tăng 20,3%.');
    expect(s.map((x) => [x.figure.value, x.label, x.entity])).toEqual([
      [16.3, 'mức tăng trưởng GTSXCN', 'Hà Nội'],
      [20.3, 'mức tăng trưởng GTSXCN', 'Hà Tây'],
    ]);
  });

  it.each([
    // 05: the same measure in another unit, after "và".
    ['khối lượng vận tải hàng hoá ước đạt 45,2 triệu tấn hàng và gần 13,4 tỷ TKm', 1, 'khối lượng vận tải hàng hoá'],
    // but two counts of two nouns keep their own.
    ['có 12 xã và 3 phường', 1, 'phường'],
    ['bao gồm 265 đơn vị thuộc sở và 01 đơn vị thuộc chi cục', 1, 'đơn vị thuộc chi cục'],
    // Two rates joined by "và" alone are of one measure.
    ['Tốc độ tăng trưởng giá trị sản xuất công nghiệp của một số tỉnh: Quảng Ninh (16,7% và 13,7%)', 1, 'Tốc độ tăng trưởng giá trị sản xuất công nghiệp'],
    ['giá dầu thô xuất khẩu bình quân đạt 92 USD/thùng và 95 USD/thùng', 1, 'giá dầu thô xuất khẩu'],
    // A multiple of the measure, and a cue word coordinated with the name's verb.
    ['tổng vốn đầu tư trực tiếp nước ngoài cấp mới và tăng thêm đạt 57 tỷ USD, tăng gấp 3,99 lần so với cùng kỳ năm 2007', 1, 'tổng vốn đầu tư trực tiếp nước ngoài cấp mới và tăng thêm'],
    // An amount contributed is named by what it went into (26_TW).
    ['Giá dầu thô XK tăng cao đã đóng góp 3,55 tỷ USD vào mức tăng KNXK chung của cả nước trong 9 tháng đầu năm', 0, 'đóng góp vào mức tăng KNXK chung của cả nước'],
    // The item named after the clause that introduces it (08_TW); not a figure after "là".
    ['Nhiều sản phẩm quan trọng giảm so với cùng kỳ năm trước như dầu thô khai thác chỉ bằng 89,9%', 0, 'dầu thô khai thác'],
    ['phân khai kế hoạch là 1.931,2 tỷ đồng, giảm 3 tỷ đồng', 1, 'phân khai kế hoạch'],
    // A list item's mark is no word of the measure's head.
    ['- Tỷ lệ số hóa hồ sơ đạt 93,34%. - Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 83,93%.', 1, 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa'],
    // 26_TW: a running total of the month's measure.
    ['kim ngạch xuất khẩu dệt may cả nước tháng 9 ước đạt 0,82 tỷ USD, tăng 26,7% so với tháng 9/2007, cộng chung 9 tháng ước đạt 6,83 tỷ USD', 2, 'kim ngạch xuất khẩu dệt may cả nước'],
    // 26_TW: the change after a share is of the measure, not of the share's base.
    ['kim ngạch xuất khẩu của khu vực doanh nghiệp 100% vốn trong nước đạt 21,9 tỷ USD, chiếm 45% tổng KNXK của cả nước, tăng 43,9% so với cùng kỳ năm trước', 2, 'kim ngạch xuất khẩu của khu vực doanh nghiệp 100% vốn trong nước'],
    // 26_TW: "cùng kỳ" is the same measure a year before, not a label.
    ['kim ngạch nhập khẩu của các doanh nghiệp có vốn đầu tư nước ngoài đạt 21,4 tỷ USD, tăng 39,9% so với cùng kỳ năm 2007 (cùng kỳ năm 2007 đạt 15,3 tỷ USD, chiếm 35,3% tổng KNNK cả nước)', 2, 'kim ngạch nhập khẩu của các doanh nghiệp có vốn đầu tư nước ngoài'],
    // 05: a rate of other years in a parenthesis after a change.
    ['kim ngạch xuất khẩu ước đạt gần 6,72 tỷ USD, tăng 16,2% so với cùng kỳ năm 2004 (quý I/2003 tăng 43,4%, quý I/2004 tăng 15,1%)', 2, 'kim ngạch xuất khẩu'],
    // 06: the level a price now stands at, after its change; "cũng" is no part of the label.
    ['Giá hạt tiêu thu mua trong nước cũng tăng 500- 1000 đồng/kg, hiện ở mức 18.500 đến 19.000 đồng/kg', 1, 'Giá hạt tiêu thu mua trong nước'],
    // 05: a list in the measure's object; the period after it is no piece of the list.
    ['Giá trị sản xuất toàn ngành nông, lâm, ngư nghiệp quý I năm 2005 tăng 5% so với cùng kỳ (cùng kỳ tăng 0,8%)', 1, 'Giá trị sản xuất toàn ngành nông, lâm, ngư nghiệp'],
    // 26_TW: a measure's head alone after a comma is the label, not the tail of the words before.
    ['Tình hình sản xuất và kinh doanh ngành da giầy cơ bản ổn định, sản lượng 9 tháng ước đạt 239,5 triệu đôi', 0, 'sản lượng'],
    // 02_LD: "vượt X% so với …" compares the amount before; a long counted phrase is read to its end.
    ['Tổng thu ngân sách địa phương ước đạt 14.000 tỷ đồng, vượt 10% so với chính phủ giao.', 1, 'Tổng thu ngân sách địa phương'],
    ['có 553/553 TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến (đạt 100%)', 1, 'TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến'],
    // 16: "cụ thể", "tiếp tục …" after a comma are no second noun of the count.
    ['đã hoàn thành 06 nhiệm vụ, tiếp tục triển khai 06 nhiệm vụ, cụ thể như sau', 1, 'triển khai nhiệm vụ'],
    ['toàn tỉnh có 2.846.632 tài khoản định danh điện tử /2.935.139 công dân từ đủ 14 tuổi, đạt 97%', 1, 'tài khoản định danh điện tử'],
    // 07 (2004): a list of goods led by "hàng".
    ['hàng nông, lâm, thủy sản 8 tỷ USD, chiếm 28% tổng kim ngạch xuất khẩu, tăng 14,3 % so với ước thực hiện năm 2004.', 2, 'hàng nông, lâm, thủy sản'],
    // 25_TW: a sector after a sector: no measure to join.
    ['Khu vực doanh nghiệp nhà nước tăng 5%, khu vực có vốn đầu tư nước ngoài tăng 7%.', 1, 'khu vực có vốn đầu tư nước ngoài'],
    // 26_TW: the generic measure of "this item" is the list item's: one series per commodity, not one "KNXK".
    ['- Thuỷ sản: 9 tháng đầu năm KNXK mặt hàng này đạt 3,32 tỷ USD (78% mục tiêu KNXK cả năm), tăng 21,9%', 0, 'KNXK thuỷ sản'],
    ['- Cà phê: KNXK 9 tháng đầu năm của mặt hàng này đạt 1,6 tỷ USD, tăng 9,6 % so với cùng kỳ năm trước', 1, 'KNXK cà phê'],
    ['Kết quả: sản lượng đạt 5 triệu tấn', 0, 'sản lượng'],
    // 40: a paired unit cut off by the next figure still ends at its stop word; a later horizon keeps the measure.
    ['nhằm đạt mục tiêu xây dựng 30% xã, phường không ma túy năm 2025 và đến năm 2030 đạt 100% theo chỉ đạo', 0, 'xã, phường không ma túy'],
    ['nhằm đạt mục tiêu xây dựng 30% xã, phường không ma túy năm 2025 và đến năm 2030 đạt 100% theo chỉ đạo', 1, 'xã, phường không ma túy'],
    // 07: not a piece that is a clause of its own.
    ['đạt tỷ lệ 30% (4/15 sở, ngành và 38/124 UBND cấp xã, chỉ tiêu đề ra là tối thiểu 20%).', 2, 'UBND cấp xã'],
    // 06: the same count in another unit, in a parenthesis; where a rate went.
    ['số lượt gia cầm được tiêm phòng: gà là 167,6 triệu lượt (84 triệu con)', 1, 'số lượt gia cầm được tiêm phòng: gà'],
    ['mức thuế giảm từ 40% xuống 20%', 1, 'mức thuế'],
    // 07-style lists: two units of one kind run over the comma up to the next figure's "và".
    ['toàn tỉnh có 07 sở, ngành và 35 UBND cấp xã đang triển khai các mô hình, sáng kiến', 0, 'sở, ngành'],
    // 08: a weight is of the measure just broken down, or "in" what follows it when none was;
    // "(chỉ còn 26,1%)" names nothing, the words before it do.
    ['GTSXCN tăng 17,5%, trong đó khu vực có vốn đầu tư nước ngoài tăng 22% chiếm tỷ trọng 39% toàn ngành', 2, 'tỷ trọng GTSXCN'],
    ['Riêng tháng 2, chiếm tỷ trọng 39% toàn ngành', 0, 'tỷ trọng toàn ngành'],
    ['khu vực quốc doanh tăng 8,8% và có tỷ trọng tiếp tục giảm trong GTSXCN cả nước (chỉ còn 26,1%)', 1, 'tỷ trọng tiếp tục giảm trong GTSXCN cả nước'],
  ])('%s → figure %i is «%s»', (text, at, label) => {
    expect(run(text)[at]?.label).toBe(label);
  });

  it('a fraction split by its nouns is one count with its total; the rate after it is its share (16, Đề án 06)', () => {
    const s = run('Cổng dịch vụ công đã tiếp nhận, giải quyết 104.462 hồ sơ trực tuyến/108.117 tổng hồ sơ tiếp nhận, đạt tỷ lệ 96,62%.');
    expect(s.map((x) => [x.figure.value, x.figure.numerator, x.figure.denominator, x.label])).toEqual([
      [104462, 104462, 108117, 'tiếp nhận, giải quyết hồ sơ trực tuyến'],
      [96.62, null, null, 'tỷ lệ hồ sơ trực tuyến'],
    ]);
  });

  it('a total the count is out of ("trên tổng số 3.416 hồ sơ") is no measure the rate after it is a share of', () => {
    const s = run('phát sinh 3.065 hồ sơ cấp phiếu Lý lịch tư pháp trên ứng dụng VNeID trên tổng số 3.416 hồ sơ tiếp nhận từ các nguồn, đạt 89,7%.');
    expect(s[2].label).not.toMatch(/nguồn/u);
    expect(s[2].label).toMatch(/hồ sơ cấp phiếu Lý lịch tư pháp/u);
  });

  it.each([
    // 06, 17, 26_QNg: only a verb before an amount; whom it is for or where it comes from names it.
    ['Bố trí 3 tỷ đồng cho dự án đường giao thông từ tỉnh lộ 1A', 'Bố trí cho dự án đường giao thông từ tỉnh lộ 1A', ''],
    ['Dự kiến tỉnh Lâm Đồng sẽ được hỗ trợ khoảng 400 tỷ đồng từ ngân sách trung ương thuộc Chương trình MTQG phòng, chống ma tuý.', 'kinh phí hỗ trợ từ ngân sách trung ương thuộc Chương trình MTQG phòng', 'tỉnh Lâm Đồng'],
    ['Sử dụng 2.100 triệu đồng từ nguồn thu hồi kinh phí mua xe', 'kinh phí sử dụng từ nguồn thu hồi kinh phí mua xe', ''],
  ])('an amount named by its recipient or source: %s', (text, label, entity) => {
    const [s] = run(text);
    expect([s.label, s.entity]).toEqual([label, entity]);
  });

  it('a table cell that names its measure breaks it down by level in a parenthesis; a citation is no part of a label (37)', () => {
    const cells = [
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', 'Tài liệu kiểm chứng'],
      ['4.2.1', 'Thực hiện quy định về sử dụng biên chế hành chính', '0.50', '0.50', '- Số người có mặt (tại Báo cáo số 347/BC-UBND ngày 25/12/2025 của UBND tỉnh) là 8.429 (cấp tỉnh: 2.821, cấp xã: 5.608).'],
    ];
    const table = newBlock('table', cells.map((r) => r.join(' | ')).join('\n'), { rows: cells.map((r) => r.map((text) => ({ text, colSpan: 1, rowSpan: 1 }))), page: 1 });
    const s = extractStatements([table], { period: '2025' }).statements.filter((x) => x.figure.value > 1000);
    expect(s.map((x) => [x.figure.value, x.label, x.entity])).toEqual([
      [8429, 'Số người có mặt', ''],
      [2821, 'Số người có mặt', 'cấp tỉnh'],
      [5608, 'Số người có mặt', 'cấp xã'],
    ]);
  });

  it('a label never holds a figure stated before it: "ước đạt 6,83 tỷ USD" names nothing', () => {
    const r = extractStatements([newBlock('paragraph', 'Ngành dệt may: cộng chung 9 tháng ước đạt 6,83 tỷ USD, đạt 71,9% kế hoạch')], { period: '2025' });
    expect(r.statements.filter((s) => /6,83/u.test(s.label))).toEqual([]);
  });

  it.each([
    // 08, 26_TW: a plant's capacity; a plant is no agency or place, so it is part of the label.
    ['nhà máy phôi thép Đình Vũ (Hải phòng) công suất 250.000 tấn/năm', 'công suất nhà máy phôi thép Đình Vũ (Hải phòng)', 'tấn/năm'],
    ['nhà máy kẽm điện phân Thái nguyên công suất 10.000 tấn kẽm thỏi/năm', 'công suất nhà máy kẽm điện phân Thái nguyên', 'tấn'],
    ['đi vào sản xuất như xi măng Sông Gianh (1,4 triệu tấn/năm)', 'công suất xi măng Sông Gianh', 'tấn/năm'],
    ['thủy điện Cửa Đạt (97 MW)', 'công suất thủy điện Cửa Đạt', 'MW'],
    // 40: a centre's intake capacity.
    ['Cơ sở cai nghiện mới với công suất tiếp nhận 144 học viên cai nghiện ma túy', 'công suất tiếp nhận cơ sở cai nghiện', 'học viên'],
  ])('capacity: %s', (text, label, unit) => {
    const [s] = run(text);
    expect([s.label, s.entity, s.figure.unit]).toEqual([label, '', unit]);
  });

  it('a price per unit keeps its unit: "120.000 đ/kg"; the "/kg" is no label of the change after it', () => {
    const s = run('giá tôm sú nguyên liệu loại 20 con/kg là 120.000 đ/kg (tăng 50% so cùng kỳ năm 2007)');
    expect(s.map((x) => [x.figure.value, x.figure.unit, x.label])).toEqual([
      [120000, 'đồng/kg', 'giá tôm sú nguyên liệu loại 20 con/kg'],
      [50, '%', 'giá tôm sú nguyên liệu loại 20 con/kg'],
    ]);
  });

describe('lead-in refiner', () => {
  // A list item names only its category; the lead-in of its list names the measure, and the item
  // stays as the label's tail (a level as the item is the entity). Each row: a sentence as written
  // in the report, and the [value, label, entity] triples it must give.
  it.each([
    // fixtures/real-more/02_VL_BC293-SNV_tongket_daotao_2021-2025.pdf: the sentence opens with the lead.
    [
      'Về ngành nghề cử đi đào tạo: (1) Kinh tế: 11 ứng viên (chiếm 32,36% tổng số ứng viên được cử đi học); (2) Nông nghiệp: 07 ứng viên (chiếm 20,59%); Tài nguyên và môi trường: 03 ứng viên (chiếm 8,82%).',
      [
        [11, 'ngành nghề cử đi đào tạo / Kinh tế', ''],
        [32.36, 'ngành nghề cử đi đào tạo / Kinh tế', ''],
        [7, 'ngành nghề cử đi đào tạo / Nông nghiệp', ''],
        [20.59, 'ngành nghề cử đi đào tạo / Nông nghiệp', ''],
        [3, 'ngành nghề cử đi đào tạo / Tài nguyên và môi trường', ''],
        [8.82, 'ngành nghề cử đi đào tạo / Tài nguyên và môi trường', ''],
      ],
    ],
    // fixtures/real-more/27_CT_BC67-SCT_6thang-2009.doc: a parenthesis breaks down the figure before it.
    [
      '- Sáu tháng đầu năm 2009: cấp 20 giấy chứng nhận đủ điều kiện kinh doanh xăng dầu (cấp mới: 03 giấy; gia hạn: 01 giấy; cấp lại: 16 giấy); cấp 09 giấy phép kinh doanh thuốc lá (cấp lại: 03 giấy; cấp mới: 06 giấy).',
      [
        [20, 'cấp giấy chứng nhận đủ điều kiện kinh doanh xăng dầu', ''],
        [3, 'giấy chứng nhận đủ điều kiện kinh doanh xăng dầu / cấp mới', ''],
        [1, 'giấy chứng nhận đủ điều kiện kinh doanh xăng dầu / gia hạn', ''],
        [16, 'giấy chứng nhận đủ điều kiện kinh doanh xăng dầu / cấp lại', ''],
        [9, 'cấp giấy phép kinh doanh thuốc lá', ''],
        [3, 'giấy phép kinh doanh thuốc lá / cấp lại', ''],
        [6, 'giấy phép kinh doanh thuốc lá / cấp mới', ''],
      ],
    ],
    // fixtures/real-more/27_CT_BC67-SCT_6thang-2009.doc: the figure's own words only say it was reached
    // ("ước thực hiện"); the phrase before the comma, or the sentence's lead-in across ";", names it.
    [
      'Tổng giá trị kim ngạch xuất khẩu và doanh thu dịch vụ thu ngoại tệ tháng 6, ước thực hiện gần 57 triệu USD, giảm 6,6% so với tháng trước.',
      [
        [57e6, 'Tổng giá trị kim ngạch xuất khẩu và doanh thu dịch vụ thu ngoại tệ', ''],
        [6.6, 'Tổng giá trị kim ngạch xuất khẩu và doanh thu dịch vụ thu ngoại tệ', ''],
      ],
    ],
    [
      'Giá trị kim ngạch nhập khẩu: tháng 6, ước thực hiện 38,5 triệu USD, giảm 4,7% so tháng trước; Sáu tháng, ước thực hiện trên 200 triệu USD, đạt 27,6% so kế hoạch và giảm 43,8% so cùng kỳ.',
      [
        [38.5e6, 'Giá trị kim ngạch nhập khẩu', ''],
        [4.7, 'Giá trị kim ngạch nhập khẩu', ''],
        [200e6, 'Giá trị kim ngạch nhập khẩu', ''],
        [27.6, 'Giá trị kim ngạch nhập khẩu', ''],
        [43.8, 'Giá trị kim ngạch nhập khẩu', ''],
      ],
    ],
    // fixtures/real-more/05_TW_BKHDT_BC-KTXH_thang3-quyI-2005.pdf: the phrase before "ước đạt" is a predicate
    // of the sentence's subject, which is the measure.
    [
      '(1) Kim ngạch xuất khẩu đạt tốc độ tăng trưởng khá, trong tháng 3 ước đạt 2,5 tỷ USD, tăng 38,4% so với tháng 2.',
      [
        [2.5e9, 'Kim ngạch xuất khẩu', ''],
        [38.4, 'Kim ngạch xuất khẩu', ''],
      ],
    ],
    [
      'Khách du lịch nội địa 3 tháng đầu năm tăng mạnh do cả nước đang mùa lễ hội, ước đạt gần 3,9 triệu lượt khách, tăng 8,3% so cùng kỳ năm 2004.',
      [
        [3.9e6, 'Khách du lịch nội địa', ''],
        [8.3, 'Khách du lịch nội địa', ''],
      ],
    ],
    // A colon a figure follows names that figure: it leads no list ("Số thuê bao: 2.471.745").
    ['Số thuê bao: 2.471.745; Internet: 300 thuê bao.', [[2471745, 'Số thuê bao', ''], [300, 'Internet', '']]],
    // "Kết quả:" says only that details follow; the item's own words stay the label.
    ['Kết quả: Kinh tế: 11 ứng viên.', [[11, 'Kinh tế', '']]],
  ] as Array<[string, Array<[number, string, string]>]>)('%s', (text, expected) => {
    const s = run(text, { period: '2025' });
    expect(s.map((x) => [x.figure.value, x.label, x.entity])).toEqual(expected);
  });

  it('a comparison table whose first column holds whole passages: their figures are read like prose', async () => {
    // real-more/03_VL_BangSoSanh (draft text | explanation), its table read from the ruled borders:
    // the draft column is the table's first, and was skipped as row names.
    const file = path.join(ROOT, 'fixtures/real-more/03_VL_BangSoSanh_duthao-NQ_nhanluc_landscape.pdf');
    const { document } = await processBuffer(fs.readFileSync(file), file, { ...DEFAULT_LIMITS, ocr: false });
    const found = extractStatements(document.blocks, { period: '2026' }).statements;
    expect(found.filter((x) => x.figure.value === 140_000_000 && x.label === 'Tiến sĩ')).toHaveLength(1);
    expect(found.filter((x) => x.figure.value === 600_000_000).length).toBe(1);
    expect(found.length).toBeGreaterThanOrEqual(15);
  }, 60_000);

  it('a level in a table\'s note cell is the entity; the row and the column name the measure', () => {
    // fixtures/real/02_LD_BC329-UBND_CCHC2025_draft.docx, "Biểu mẫu 6 Cải cách tài chính công".
    const cells = [
      ['STT', 'Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)', 'Đơn vị tính', 'Số liệu', 'Ghi chú'],
      ['1.', 'Tỷ lệ thực hiện Kế hoạch giải ngân vốn đầu tư công', '%', '51,8', ''],
      ['2.', 'Thực hiện tự chủ tài chính của đơn vị sự nghiệp (ĐVSN) tại địa phương', '', '1.647', 'Cấp tỉnh: 271 Cấp xã: 1.376'],
    ];
    const block = newBlock('table', cells.map((r) => r.join(' | ')).join('\n'), { rows: cells.map((r) => r.map((text) => ({ text, colSpan: 1, rowSpan: 1 }))), page: 1 });
    const notes = extractStatements([block], { period: '2025' }).statements.filter((x) => x.labelFrom !== 'table');
    expect(notes.map((x) => [x.figure.value, x.label, x.entity])).toEqual([
      [271, 'Thực hiện tự chủ tài chính của đơn vị sự nghiệp (ĐVSN) tại địa phương / Ghi chú', 'cấp tỉnh'],
      [1376, 'Thực hiện tự chủ tài chính của đơn vị sự nghiệp (ĐVSN) tại địa phương / Ghi chú', 'cấp xã'],
    ]);
  });

  it.each([
    ['Tổng giá trị kim ngạch xuất khẩu và doanh thu dịch vụ thu ngoại tệ tháng 6, ước thực hiện gần ', '', 'Tổng giá trị kim ngạch xuất khẩu và doanh thu dịch vụ thu ngoại tệ'],
    ['Sáu tháng, ước thực hiện trên ', 'Giá trị kim ngạch nhập khẩu: tháng 6, ước thực hiện 38,5 triệu USD, giảm 4,7% so tháng trước; Sáu tháng, ước thực hiện trên ', 'Giá trị kim ngạch nhập khẩu'],
    // A lead that names no measure ("Nội dung:") is none; nor are words that do not only say "reached".
    ['tháng 6, ước thực hiện ', 'Nội dung: tháng 6, ước thực hiện ', ''],
    ['Tỉnh đã tiếp nhận ', 'Tỉnh đã tiếp nhận ', ''],
  ])('the measure of "%s" (sentence "%s") is "%s"', (clauseLeft, sentenceLeft, measure) => {
    expect(measureOfReach(clauseLeft, sentenceLeft || clauseLeft)).toBe(measure);
  });

  it.each([
    ['Kinh tế', true],
    ['ngành công nghiệp (cơ khí, kỹ thuật)', true],
    ['cấp mới', true],
    ['Số hồ sơ tiếp nhận', false],
    ['Tỷ lệ hồ sơ đúng hạn', false],
    ['cụ thể', false],
    ['Ban quản lý dự án của 03 tỉnh', false],
  ] as Array<[string, boolean]>)('"%s" is a bare list item: %s', (label, bare) => {
    expect(isBareItem(label)).toBe(bare);
  });

  it.each([
    ['Về ngành nghề cử đi đào tạo: (1) Kinh tế: ', 'ngành nghề cử đi đào tạo'],
    ['Về ngành nghề cử đi đào tạo: Quản lý nhà nước: 03 ứng viên (chiếm 4,28% tổng số ứng cử viên được cử đi đào tạo); Nông nghiệp, môi trường: ', 'ngành nghề cử đi đào tạo'],
    // One colon is the item's own: no lead.
    ['(1) Kinh tế: ', ''],
    ['Số thuê bao: 2.471.745; Internet: ', ''],
    ['Cụ thể như sau: Cấp tỉnh: ', ''],
  ])('the lead-in of "%s" is "%s"', (left, lead) => {
    expect(leadInMeasure(left)).toBe(lead);
  });
});

describe('unlabelled figures', () => {
  it('a figure outside the catalog is a statement with its label; a chart’s axis ticks are nothing', () => {
    const [s] = run('Tỷ lệ DVCTT phát sinh hồ sơ trực tuyến trên tổng số DVCTT có phát sinh hồ sơ đạt 93%.');
    expect(s).toMatchObject({ label: 'Tỷ lệ DVCTT phát sinh hồ sơ trực tuyến trên tổng số DVCTT có phát sinh hồ sơ', figure: { value: 93, unit: '%' } });
    const ticks = ['10,000%', '20,000%', '9,49 9,38 9,45'].map((t) => newBlock('paragraph', t, { page: 5 }));
    expect(extractStatements(ticks, {})).toEqual({ statements: [], unlabelled: [] });
  });
});

describe('qualifier', () => {
  it('"đạt dưới 95%" is a bound, never the exact 95', () => {
    const [s] = run('Tỷ lệ hài lòng của người dân đạt dưới 95%.');
    expect(s.figure).toMatchObject({ value: 95, qualifier: 'dưới' });
    expect(s.warnings.join()).toMatch(/dưới/);
  });
});

describe('kind refiner', () => {
  it.each([
    ['Tỷ lệ hồ sơ đúng hạn đạt 97,2%', 'Tỷ lệ hồ sơ đúng hạn đạt ', 'actual'],
    ['Giá trị sản xuất ước đạt 36,3 nghìn tỷ đồng', 'Giá trị sản xuất ước đạt ', 'estimate'],
    ['phấn đấu đến năm 2030 đạt 80%', 'phấn đấu đến năm 2030 đạt ', 'target'],
    ['Kim ngạch xuất khẩu tăng 16,2% so với cùng kỳ', 'Kim ngạch xuất khẩu tăng ', 'change'],
    ['Tốc độ tăng trưởng 7,23%', 'Tốc độ tăng trưởng ', 'change'],
    ['Tổng sản phẩm trong nước (GDP) tăng 8,5%', 'Tổng sản phẩm trong nước (GDP) tăng ', 'change'],
    ['chưa đạt chỉ tiêu đề ra (chỉ tiêu tối thiểu 98%)', 'chưa đạt chỉ tiêu đề ra (chỉ tiêu tối thiểu ', 'target'],
    // fixtures/real-more/27_CT_BC67-SCT_6thang-2009.doc: the estimate is the amount's, the rate after "tăng" its change.
    ['tháng 6 ước thực hiện 1.339,5 tỷ đồng, tăng 8,26% so với tháng trước', 'tháng 6 ước thực hiện 1.339,5 tỷ đồng, tăng ', 'change'],
    ['Kim ngạch xuất khẩu ước tăng 8% so với cùng kỳ', 'Kim ngạch xuất khẩu ước tăng ', 'estimate'],
    ['phấn đấu năm 2025 tăng 10% so với năm 2024', 'phấn đấu năm 2025 tăng ', 'target'],
    // fixtures/real-more/06: a forecast of the season under way is an estimate; a plan's "dự kiến" stays a target.
    ['Dự kiến sản lượng mía thu mua và ép cả vụ chỉ đạt khoảng 9 triệu tấn', 'Dự kiến sản lượng mía thu mua và ép cả vụ chỉ đạt khoảng ', 'estimate'],
    ['dự kiến tổ chức 05 lớp bồi dưỡng', 'dự kiến tổ chức ', 'target'],
    // fixtures/real-more/05 and 08: a plan's own figure named right before it is the goal.
    ['thấp hơn mức kế hoạch (kế hoạch 16%)', 'thấp hơn mức kế hoạch (kế hoạch ', 'target'],
    ['quý I chỉ tăng 14,4% so với cùng kỳ và thấp hơn so với mục tiêu là 16%', 'và thấp hơn so với mục tiêu là ', 'target'],
    ['vượt mức kế hoạch đề ra cho cả năm 2007 (16%)', 'vượt mức kế hoạch đề ra cho cả năm 2007 (', 'target'],
    // fixtures/real/07_LD: "so với chỉ tiêu" measures what was achieved, but the goal's own figure is the goal.
    ['bằng 78,75% so với chỉ tiêu phấn đấu tăng thu 25% so với dự toán', 'bằng 78,75% so với chỉ tiêu phấn đấu tăng thu ', 'target'],
    ['đạt 42,5% kế hoạch', 'đạt ', 'actual'],
    ['đạt 57 tỷ USD, tăng gấp 3,99 lần so với cùng kỳ', 'đạt 57 tỷ USD, tăng gấp ', 'change'],
    // fixtures/real-more/26_TW, 29_DN: how it rose between the rise and its figure.
    ['Mặt hàng phân bón có kim ngạch tăng mạnh nhất hơn 200% so với cùng kỳ', 'Mặt hàng phân bón có kim ngạch tăng mạnh nhất hơn ', 'change'],
    ['Doanh thu giai đoạn 2001-2006 tăng bình quân hàng năm đạt 9%', 'Doanh thu giai đoạn 2001-2006 tăng bình quân hàng năm đạt ', 'change'],
    ['kim ngạch nhập khẩu 9 tháng năm nay tăng về số tuyệt đối là 20,97 tỷ USD', 'kim ngạch nhập khẩu 9 tháng năm nay tăng về số tuyệt đối là ', 'change'],
    // … but a name ending in "tăng thêm" and its cue, and a rise to a level, are no change.
    ['tổng số vốn cấp mới và tăng thêm đạt 1.732 triệu USD', 'tổng số vốn cấp mới và tăng thêm đạt ', 'actual'],
    ['giá thép xây dựng trong nước tăng ở mức trên 8,5 triệu đ/tấn', 'giá thép xây dựng trong nước tăng ở mức trên ', 'actual'],
    // fixtures/real-more/06: a gap from a period's or an average's level is a change; a forecast an estimate.
    ['mực nước thấp hơn cùng kỳ năm 2004 là 0,29 m', 'mực nước thấp hơn cùng kỳ năm 2004 là ', 'change'],
    ['thấp hơn từ 30-40% so với trung bình nhiều năm', 'thấp hơn từ ', 'change'],
    ['mực nước Sông Hồng (tại Hà Nội) có thể ở mức 1,7 m', 'mực nước Sông Hồng (tại Hà Nội) có thể ở mức ', 'estimate'],
    // fixtures/real-more/37: the quota compared with is the quota's own figure, no gap.
    ['Tổng số người có mặt là 8.429 thấp hơn số biên chế được giao là 9.818', 'Tổng số người có mặt là 8.429 thấp hơn số biên chế được giao là ', 'actual'],
  ])('%s → %s', (clause, left, kind) => {
    expect(statementKind(clause, left, [], {})).toBe(kind);
  });

  // fixtures/real-more/06 and fixtures/real/02_LD: money a plan or budget allots is a target; spent, an actual.
  it.each([
    ['Vốn lâm nghiệp giao 174 tỷ đồng', 'Vốn lâm nghiệp giao ', 'target'],
    ['tổng số vốn được giao: 25 tỷ đồng phân bổ cho 8 dự án', 'tổng số vốn được giao: ', 'target'],
    ['kế hoạch vốn năm 2025 đã giải ngân được 9.400 tỷ đồng', 'kế hoạch vốn năm 2025 đã giải ngân được ', 'actual'],
    ['- Bố trí 3 tỷ đồng cho dự án đường giao thông từ tỉnh lộ 1 A', '- Bố trí ', 'target'],
    ['đã bố trí 5 tỷ đồng cho xã', 'đã bố trí ', 'actual'],
    ['điều chỉnh tăng dự toán chi sự nghiệp kinh tế với kinh phí là 906 triệu đồng', 'điều chỉnh tăng dự toán chi sự nghiệp kinh tế với kinh phí là ', 'change'],
    // fixtures/real/26_QNg (a scan: "chỉ" for "chi"): the raise after the cut, past the 80 characters read before the figure.
    ['Điều chỉnh giảm chỉ quản lý hành chính năm 2024 với kinh phí là 139 triệu đồng: đồng thời tăng chi sự nghiệp văn hóa thông tin, với kinh phí là 139 triệu đồng', 'năm 2024 với kinh phí là 139 triệu đồng: đồng thời tăng chỉ sự nghiệp văn hóa thông tin, với kinh phí là ', 'change'],
  ])('money: %s → %s', (clause, left, kind) => {
    expect(statementKind(clause, left, [], {}, '', false, true)).toBe(kind);
  });
});

describe('a study dated nowhere (fixtures/real-more/36_TW, 2003)', () => {
  it("a snapshot's day or a month written with its year dates its figures", () => {
    const s = run('Tính đến 10/1/2001 cả nước có 56 064 cơ sở y dược tư nhân. Chỉ riêng ở thành phố Hồ Chí Minh đến 5/2003 có 10886 cơ sở y dược tư nhân.', {});
    expect(s.map((x) => [x.figure.value, x.period, x.asOf])).toEqual([[56064, '2001-01', '2001-01-10'], [10886, '2003-05', '']]);
  });

  it("its cover's place and date ('Thành phố Hồ Chí Minh, ngày 10-11/09/2003') date it; an earlier snapshot keeps its own month", () => {
    const blocks = [newBlock('paragraph', 'Thành phố Hồ Chí Minh, ngày 10-11/09/2003'), newBlock('paragraph', 'Hiện nay cả nước có 29 bệnh viện tư. Tính đến 10/1/2001 cả nước có 56 064 cơ sở y dược tư nhân.')];
    const s = extractStatements(blocks, {}).statements;
    expect(s.map((x) => [x.figure.value, x.period])).toEqual([[29, '2003'], [56064, '2001-01']]);
  });

  it('a column of the years things happened holds no measures', () => {
    const rows = [['STT', 'Tên bệnh viện', 'Số giường', 'Năm cấp giấy phép'], ['1', 'BV đa khoa Hoàn Mỹ', '30', '1999'], ['2', 'BV đa khoa Vạn Hạnh', '52', '2000'], ['3', 'BV đa khoa Hồng Đức', '24', '2000']];
    const block = tableBlock(rows);
    const s = extractStatements([block], {}).statements;
    expect(s.map((x) => x.figure.value)).toEqual([30, 52, 24]);
  });
});

describe('a name and the figure closing its clause, no cue between (fixtures/real-more/36_TW)', () => {
  it.each([
    ['Các loại hình phổ biến là phòng khám chuyên khoa có 16 900 cơ sở, dịch vụ y tế cơ sở 7 793, nhà hộ sinh tư 261.', [[16900, 'cơ sở'], [7793, 'dịch vụ y tế cơ sở'], [261, 'nhà hộ sinh tư']]],
    ['Bác sĩ/dược sỹ 72', [[72, 'Bác sĩ/dược sỹ']]],
    ['Bác sĩ khoảng 2 triệu.', [[2e6, 'Bác sĩ']]],
  ])('%s', (text, want) => {
    expect(run(text, { period: '2003' }).map((x) => [x.figure.value, x.label])).toEqual(want);
  });

  // A document's parts and names completed by a number are no measures.
  it.each(['Điều 5', 'Phụ lục 2', 'Hương lộ 12', 'Vị trí 1', 'Cũng như Đề án Bến Tre 50, trong quá trình thực hiện'])('%s', (text) => {
    expect(run(text, { period: '2003' })).toEqual([]);
  });
});

describe('names, classes and validity are no measures; lead-ins date their items (fixtures/real-more/32_CM, 28_CT, 35_TW)', () => {
  it.each(['Đội kiểm tra 814 cấp tỉnh có một Đội trưởng', 'Thẻ kiểm tra có giá trị sử dụng: 1 năm tính từ ngày cấp.', 'Mỗi loại đường chia ra làm 4 vị trí:', 'sau rà soát quy hoạch 03 loại rừng'])('%s', (text) => {
    expect(run(text, { period: '2006' })).toEqual([]);
  });

  it('a lead-in naming one run of days dates the items under it; a rule quoted sets its shares', () => {
    const blocks = [
      newBlock('paragraph', 'Theo Bộ Tư pháp, từ ngày 01/01/2017 đến 31/12/2023:'),
      newBlock('paragraph', '(i) Trung tâm LLTP cấp 209.214 Phiếu LLTP với tổng số tiền phí thu được 35,4 tỷ đồng.'),
      newBlock('paragraph', '- Tại Điều 7 Thông tư số 244 quy định:'),
      newBlock('paragraph', '1. Trung tâm LLTP được để lại 85%, nộp NSNN 15%.'),
    ];
    const s = extractStatements(blocks, { docType: 'Thuyết minh' }).statements;
    expect(s.map((x) => [x.figure.value, x.kind, x.period])).toEqual([[209214, 'actual', '2017-2023'], [35.4e9, 'actual', '2017-2023'], [85, 'target', ''], [15, 'target', '']]);
  });
});

describe('documents whose figures are set, not measured (fixtures/real-more/38_VL, 34_PT, 30_BRVT)', () => {
  it('a resolution that enacts a support policy sets its levels: targets over its horizon', () => {
    const ctx = { docType: 'Nghị quyết', title: 'Ban hành quy định chính sách hỗ trợ đào tạo cán bộ, công chức; thu hút nguồn nhân lực chất lượng cao 2026-2030' };
    const s = run('a) Tiến sĩ: 140.000.000 đồng; b) Thạc sĩ: 50.000.000 đồng.', ctx);
    expect(s.map((x) => [x.figure.value, x.kind, x.period])).toEqual([[140e6, 'target', '2026-2030'], [50e6, 'target', '2026-2030']]);
  });

  it("a cost estimate's amounts are planned, dated by its cover's year", () => {
    const rows = [['STT', 'Nội dung chi phí', 'Thành tiền trước thuế (VNĐ)'], ['1', 'Chi phí phần mềm', '197,128,000'], ['2', 'Chi phí khác', '532,000']];
    const cover = newBlock('paragraph', 'Phú Thọ, 2012');
    const block = tableBlock(rows);
    const s = extractStatements([cover, block], { docType: 'Đề cương', title: 'Đề cương và dự toán chi tiết' }).statements;
    expect(s.map((x) => [x.figure.value, x.figure.unit, x.kind, x.period])).toEqual([[197128000, 'đồng', 'target', '2012'], [532000, 'đồng', 'target', '2012']]);
  });

  it("a decree's or circular's caps, rates and scores are the rule's levels (fixtures/real-more/04_TW, 09_TW, 10_TW)", () => {
    const cap = run('a) Mức vốn góp của một tổ chức tín dụng vào một Quỹ bảo lãnh tín dụng không được vượt quá 11% vốn điều lệ của Quỹ.', { docType: 'Thông tư', period: '2006' });
    expect(cap.map((x) => [x.figure.value, x.kind])).toEqual([[11, 'target']]);
    const score = run('Tiêu chí về kết quả thực hiện nhiệm vụ được chấm tối đa là 70 điểm (trong thang điểm 100), bao gồm:', { docType: 'Nghị định', period: '2025' });
    expect(score.map((x) => [x.figure.value, x.kind])).toEqual([[70, 'target']]);
  });

  it('a report on how a budget was spent states actuals', () => {
    const s = run('Tổng chi ngân sách đạt 1.250 tỷ đồng.', { docType: 'Báo cáo', title: 'Tình hình thực hiện dự toán ngân sách năm 2024', period: '2024' });
    expect(s.map((x) => x.kind)).toEqual(['actual']);
  });
});

describe('a cost estimate whose table groups thousands the English way (fixtures/real-more/34_PT)', () => {
  it('"532,000" is 532 thousand when the table also writes "197,128,000"', () => {
    const rows = [['STT', 'Nội dung chi phí', 'Thành tiền trước thuế (VNĐ)', 'Thành tiền sau thuế (VNĐ)'], ['1', 'Chi phí phần mềm và chuyển giao công nghệ', '197,128,000', '197,703,000'], ['2', 'Chi phí khác', '532,000', '532,000']];
    const block = tableBlock(rows);
    const s = extractStatements([block], {}).statements;
    expect(s.map((x) => x.figure.value)).toEqual([197128000, 197703000, 532000, 532000]);
  });

  it('a table grouped the Vietnamese way keeps the decimal comma', () => {
    expect(cellNumber('149,542', groupsWithCommas(['1.234.567', '149,542']))?.value).toBe(149.542);
    expect(cellNumber('149,542')?.value).toBe(149.542);
  });
});

describe("a monthly report's sentences (fixtures/real-more/27_CT, June 2009)", () => {
  const ctx = { period: '2009-H1', year: '2009' };
  it('a month named in an earlier clause of the sentence holds for the clauses after it', () => {
    const s = run('Hàng hóa bán ra tháng 6 ước thực hiện 3.945 tỷ đồng, tăng 5,9% so tháng trước; bán lẻ ước đạt 1.947 tỷ đồng, tăng 6,3% so tháng trước.', ctx);
    expect(s.map((x) => [x.figure.raw, x.period])).toEqual([['3.945 tỷ đồng', '2009-06'], ['5,9%', '2009-06'], ['1.947 tỷ đồng', '2009-06'], ['6,3%', '2009-06']]);
  });

  it("but not a programme's run of years or a comparison's year", () => {
    const s = run('Trong năm 2025, tỉnh được bố trí 7,623 tỷ đồng để thực hiện 03 dự án trong Chương trình phòng, chống ma tuý giai đoạn 2021 - 2025 (Dự án 2: 3,683 tỷ đồng; Dự án 3: 2,64 tỷ đồng).', { period: '2025' });
    expect(s.filter((x) => x.figure.raw === '2,64 tỷ đồng').map((x) => x.period)).toEqual(['2025']);
  });

  it("the parts and shares of an estimate in its sentence are estimated; last year's figure is not", () => {
    const s = run('Tổng giá trị kim ngạch xuất khẩu tháng 6, ước thực hiện gần 57 triệu USD, giảm 6,6% so với tháng trước; trong đó, xuất khẩu hàng hóa gần 55 triệu USD, giảm 6,8% so với tháng trước.', ctx);
    expect(s.map((x) => [x.figure.raw, x.kind])).toEqual([['57 triệu USD', 'estimate'], ['6,6%', 'change'], ['55 triệu USD', 'estimate'], ['6,8%', 'change']]);
    const t = run('Nhập siêu cả năm 2008 ước đạt 17 tỷ USD với tỷ lệ nhập siêu/xuất khẩu là 27%, giảm so với năm 2007 (năm 2007 là 29,1%).', { period: '2008' });
    expect(t.map((x) => [x.figure.raw, x.kind, x.period])).toEqual([['17 tỷ USD', 'estimate', '2008'], ['27%', 'estimate', '2008'], ['29,1%', 'actual', '2007']]);
  });
});

describe('a quantity restated in other terms', () => {
  it('"(tương đương 48,3%)" after a rise is the same rise (fixtures/real-more/26_TW)', () => {
    const s = run('Kim ngạch nhập khẩu 9 tháng đầu năm tăng 20,97 tỷ USD về giá trị tuyệt đối (tương đương 48,3%).', { period: '2008-01/2008-09' });
    expect(s.map((x) => [x.figure.raw, x.label, x.kind])).toEqual([
      ['20,97 tỷ USD', 'Kim ngạch nhập khẩu', 'change'],
      ['48,3%', 'Kim ngạch nhập khẩu', 'change'],
    ]);
  });
});

describe('a sentence naming only another period', () => {
  it('states the same measure as the last figure of its kind (fixtures/real-more/26_TW)', () => {
    const s = run('Tổng kim ngạch nhập khẩu đạt 64,4 tỷ USD, tăng 48,3% so với cùng kỳ năm 2007. Riêng tháng 9 đạt 5,8 tỷ USD, tăng 17,2 % so với tháng 9/2007.', { period: '2008-01/2008-09', year: '2008' });
    expect(s.map((x) => [x.figure.value, x.label, x.kind, x.period])).toEqual([
      [64.4e9, 'Tổng kim ngạch nhập khẩu', 'actual', '2008-01/2008-09'],
      [48.3, 'Tổng kim ngạch nhập khẩu', 'change', '2008-01/2008-09'],
      [5.8e9, 'Tổng kim ngạch nhập khẩu', 'actual', '2008-09'],
      [17.2, 'Tổng kim ngạch nhập khẩu', 'change', '2008-09'],
    ]);
  });

  it('"thì" before only a period keeps the measure named before it (fixtures/real-more/07_TW)', () => {
    expect(labelBefore('Đặc biệt, tỷ trọng của ngành dịch vụ sau 3 năm liên tục giảm thì năm 2004 đã có xu hướng phục hồi, đạt ')).toMatch(/^tỷ trọng của ngành dịch vụ/u);
    expect(labelBefore('Theo chỉ tiêu Quốc hội đề ra thì tốc độ tăng trưởng xuất khẩu là ')).toBe('tốc độ tăng trưởng xuất khẩu');
  });
});

describe('gaps and forecasts', () => {
  // fixtures/real-more/06_TW (January 2006) and 26_TW: the comparison names nothing of the measure.
  it.each([
    ['Mực nước sông Hồng tại Hà Nội xuống thấp, ngày 25/12 là 2,02 m, thấp hơn bình quân nhiều năm là 1,42 m.', '2006-01', [[1.42, 'change', '2006-01']]],
    ['Dự báo tháng 3, mực nước Sông Hồng (tại Hà Nội) có thể ở mức 1,7 m.', '2006-01', [[1.7, 'estimate', '2006-03', 'mực nước Sông Hồng (tại Hà Nội)']]],
    ['Kim ngạch xuất khẩu bình quân của 9 tháng đạt khoảng 5,4 tỷ USD, cao hơn 1,5 tỷ USD so với mức bình quân tháng cùng kỳ năm 2007.', '2008-01/2008-09', [[1.5e9, 'change', '2008-01/2008-09', 'Kim ngạch xuất khẩu bình quân']]],
  ])('%s', (text, period, want) => {
    const s = run(text, { period, year: period.slice(0, 4) });
    for (const [value, kind, p, label] of want as Array<[number, string, string, string?]>) {
      const hit = s.find((x) => x.figure.value === value);
      expect(hit, String(value)).toBeDefined();
      expect([hit!.kind, hit!.period]).toEqual([kind, p]);
      if (label) expect(hit!.label).toBe(label);
      else expect(hit!.label).not.toMatch(/hơn|^m$/u);
    }
  });
});

describe('a programme issued late in the year it reports on (fixtures/real-more/29, 17/9/2007)', () => {
  const ctx = { period: '2007-2010', docType: 'Quyết định', title: 'V/v Ban hành Chương trình Phát triển Du lịch giai đoạn 2007-2010', issueDate: '2007-09-17' };
  it.each([
    // What is expected of the year under way is an estimate of its outcome, its rise a change.
    ['- Dự kiến, năm 2007, tổng doanh thu chuyên ngành du lịch đạt 606 tỉ đồng, tăng 39% so với năm 2006.', [[606e9, 'estimate', '2007'], [39, 'change', '2007']]],
    // A paragraph headed by its goals holds targets.
    ['2. Mục tiêu: Đến năm 2010 đón được 2 triệu khách du lịch. Tốc độ tăng trưởng về lượng khách bình quân hàng năm từ 2007-2010 đạt 27%, về doanh thu tăng bình quân 29%.', [[2e6, 'target', '2010'], [27, 'target', '2007-2010'], [29, 'target', '2007-2010']]],
    // The period opening a list item's first sentence frames the next one.
    ['- Trong 6 tháng đầu năm 2007, tổng doanh thu chuyên ngành du lịch đạt 297,97 tỉ đồng. Thu nhập xã hội từ hoạt động du lịch đạt 655,5tỉ đồng.', [[297.97e9, 'actual', '2007-H1'], [655.5e9, 'actual', '2007-H1']]],
  ])('%s', (text, want) => {
    const s = run(text, ctx);
    expect(s.map((x) => [x.figure.value, x.kind, x.period])).toEqual(want);
  });

  it('in a plan issued early in its year, what it expects of that year stays a target', () => {
    const s = run('Dự kiến năm 2007, tổng doanh thu chuyên ngành du lịch đạt 606 tỉ đồng.', { ...ctx, issueDate: '2007-02-10' });
    expect(s.map((x) => [x.kind, x.period])).toEqual([['target', '2007']]);
  });
});

describe('budget adjustments', () => {
  it('"đồng thời" opens a clause only with its own comma: the raise after it is the label', () => {
    expect(labelBefore('đồng thời tăng chỉ sự nghiệp kinh tế và sự nghiệp khác, với kinh phí là ')).toBe('tăng chỉ sự nghiệp kinh tế và sự nghiệp khác');
    expect(labelBefore('Đồng thời, tỷ lệ hồ sơ giải quyết đúng hạn đạt ')).toBe('tỷ lệ hồ sơ giải quyết đúng hạn');
  });

  it('an amount raised or cut is a change, labelled by what is adjusted, not by "kinh phí"', () => {
    const s = run('Điều chỉnh giảm chi quản lý hành chính năm 2024 với kinh phí là 139 triệu đồng; tăng chi sự nghiệp văn hóa thông tin, với kinh phí là 139 triệu đồng.', { period: '2024' });
    expect(s.map((x) => [x.figure.value, x.kind, x.label])).toEqual([
      [139e6, 'change', 'Điều chỉnh giảm chi quản lý hành chính'],
      [139e6, 'change', 'tăng chi sự nghiệp văn hóa thông tin'],
    ]);
  });
});

describe('a list of goals', () => {
  it('figures after "các chỉ tiêu … sau:" are targets', () => {
    const s = run('Quốc hội đã thông qua Nghị quyết năm 2005 với các chỉ tiêu kinh tế chủ yếu sau: Tổng sản phẩm trong nước (GDP) tăng 8,5%; Giá trị sản xuất công nghiệp tăng 16%.', { period: '2005' });
    expect(s.map((x) => [x.figure.value, x.kind])).toEqual([
      [8.5, 'target'],
      [16, 'target'],
    ]);
  });
});

describe('table cells that hold a quantity with its unit (fixtures/real-more/25, 29)', () => {
  it.each([
    ['83,28 tỷ kWh', 83.28e9, 'kWh', undefined],
    ['Tăng 12,5%', 12.5, '%', 'change'],
    ['15,86 triệu tấn,', 15.86e6, 'tấn', undefined],
    ['200,8 nghìn cái', 200800, 'cái', undefined],
    ['2,7 - 3 triệu tấn', 2.7e6, 'tấn', undefined],
  ] as const)('%s', (raw, value, unit, cue) => {
    const one = figureCell(raw);
    expect([one?.figure.value, one?.figure.unit, one?.cue]).toEqual([value, unit, cue]);
  });

  it.each(['Tăng mới', 'Năm 2007-2010', 'Quyết định 749/QĐ-TTg', 'khách sạn 5 sao, 200 phòng'])('%s holds no one figure', (raw) => {
    expect(figureCell(raw)).toBeNull();
  });

  it('a scale in the row label scales its cells: "(nghìn người)" (fixtures/real-more/05)', () => {
    const block = tableBlock([['Chỉ tiêu', 'Kế hoạch 2005', 'Quý I'], ['(12) Tạo việc làm mới (nghìn người)', '1.600', '250'], ['(13) Kim ngạch xuất khẩu (triệu USD)', '31.500', '6.350']]);
    const s = extractStatements([block], { period: '2005-Q1' }).statements;
    expect(s.map((x) => [x.figure.value, x.figure.unit, x.figure.cls])).toEqual([
      [1.6e6, 'người', 'count'],
      [250e3, 'người', 'count'],
      [31.5e9, 'USD', 'money'],
      [6.35e9, 'USD', 'money'],
    ]);
  });

  it('a table of such cells is read below its header, each cell labelled by its row and column', () => {
    const block = tableBlock([['Sản phẩm công nghiệp', 'Sản lượng năm 2009', 'Tăng/giảm 2009/2008 (%)'], ['+ Điện phát ra', '83,28 tỷ kWh', 'Tăng 12,5%'], ['+ Than sạch', '41,0 triệu tấn', 'Tăng 3,0%']]);
    const s = extractStatements([block], { period: '2008' }).statements;
    expect(s.map((x) => [x.figure.value, x.label, x.kind, x.period])).toEqual([
      [83.28e9, 'Điện phát ra / Sản lượng năm 2009', 'target', '2009'],
      [12.5, 'Điện phát ra / Tăng/giảm 2009/2008 (%)', 'target', '2009'],
      [41e6, 'Than sạch / Sản lượng năm 2009', 'target', '2009'],
      [3, 'Than sạch / Tăng/giảm 2009/2008 (%)', 'target', '2009'],
    ]);
  });

  it('a caption line gives the table its unit ("Đvt: triệu đồng"); a rate in a money row stays a rate', () => {
    expect(captionUnit('Đvt: triệu đồng')).toBe('triệu đồng');
    expect(captionUnit('(ĐVT: Tỷ đồng)')).toBe('Tỷ đồng');
    expect(captionUnit('Đơn vị tính của bảng là gì')).toBe('');
    const rows = [['Stt', 'Nội dung', 'Năm 2008', 'Năm 2009'], ['1', 'Quy hoạch phát triển du lịch', '900', '800']];
    const table = tableBlock(rows);
    const s = extractStatements([newBlock('paragraph', 'Đvt: triệu đồng'), table], { period: '2007' }).statements;
    expect(s.map((x) => [x.figure.value, x.figure.unit])).toEqual([[900e6, 'đồng'], [800e6, 'đồng']]);
  });
});

describe('a plan\'s table of tasks (fixtures/real-more/29: Stt | Nội dung | Thời gian thực hiện)', () => {
  it('its numbered rows are data, its tasks\' figures are read, dated by the row\'s schedule and, in a plan, targets', () => {
    const rows = [['Stt', 'Nội dung', 'Thời gian thực hiện'], ['1', 'Đưa 06 dự án vào hoạt động, gồm 360 phòng (k/s Queen, Hoàng Anh Plaza).', 'Năm 2007'], ['2', 'Đưa 03 dự án vào hoạt động: gồm 450 phòng với tổng vốn đầu tư 700 tỷ đồng.', 'Năm 2008']];
    const block = tableBlock(rows);
    expect(describeTable(block)!.headerRows).toBe(1);
    const ctx = { period: '2007-2010', docType: 'Quyết định', title: 'V/v Ban hành Chương trình Phát triển Du lịch giai đoạn 2007-2010', issueDate: '2007-09-17' };
    const s = extractStatements([block], ctx).statements;
    expect(s.map((x) => [x.figure.value, x.kind, x.period])).toEqual([
      [6, 'target', '2007'],
      [360, 'target', '2007'],
      // (not "03 dự án vào hoạt động:", a count of the list that follows it)
      [450, 'target', '2008'],
      [700e9, 'target', '2008'],
    ]);
  });

  it('a row whose schedule cell is empty (the rest of a cell merged down) keeps the schedule of the row above', () => {
    const rows = [['Stt', 'Nội dung', 'Thời gian thực hiện'], ['1', 'Đưa 03 dự án vào hoạt động: gồm 450 phòng với tổng vốn đầu tư 700 tỷ đồng.', 'Năm 2008'], ['2', '- Khởi công xây dựng 06 dự án: + Dự án Sân golf Hoà Ninh: Diện tích 100 ha, vốn đầu tư 12 triệu USD, với 50 phòng.', ''], ['3', 'Đưa 04 dự án vào hoạt động: 500 phòng với tổng vốn đầu tư 3.172 tỷ đồng.', 'Năm 2009']];
    const block = tableBlock(rows);
    const ctx = { period: '2007-2010', docType: 'Quyết định', title: 'V/v Ban hành Chương trình Phát triển Du lịch giai đoạn 2007-2010', issueDate: '2007-09-17' };
    const s = extractStatements([block], ctx).statements;
    const at = (v: number) => s.filter((x) => x.figure.value === v).map((x) => [x.kind, x.period]);
    expect(at(100)).toEqual([['target', '2008']]);
    expect(at(12e6)).toEqual([['target', '2008']]);
    expect(at(500)).toEqual([['target', '2009']]);
  });
});

describe('plans and what lies ahead', () => {
  it.each([
    // fixtures/real-more/25: the 2009 plan inside a report on 2008.
    ['actual', '2009', '2008', 'Tổng kim ngạch xuất khẩu hàng hoá đạt ', 'target'],
    ['change', '2009', '2008', 'Giá trị sản xuất công nghiệp tăng ', 'target'],
    ['actual', '2008', '2008', 'Tổng kim ngạch xuất khẩu hàng hoá đạt ', 'actual'],
    // What was done early in the next year, said so, stays done.
    ['actual', '2009', '2008', 'tháng 1/2009 đã khởi công ', 'actual'],
    ['estimate', '2009', '2008', 'dự kiến ', 'estimate'],
    // No period known for the report: nothing to compare with.
    ['actual', '2009', undefined, 'đạt ', 'actual'],
  ] as const)('%s of %s in a report on %s ("%s") → %s', (kind, period, report, left, expected) => {
    expect(futureKind(kind, period, report, left)).toBe(expected);
  });

  it('rates listed after a lead of rises are changes (fixtures/real-more/26_TW)', () => {
    const s = run('Một số sản phẩm tăng trên mức bình quân của toàn ngành: xe tải 72,2%, xe chở khách 67,4%. Tỷ lệ hồ sơ đúng hạn: 97%.', { period: '2008' });
    expect(s.map((x) => [x.figure.value, x.kind])).toEqual([[72.2, 'change'], [67.4, 'change'], [97, 'actual']]);
  });

  it('a programme issued in 2007 for 2007-2010 (fixtures/real-more/29): its goals are targets, each year after 2007 ahead, its present state of 2007', () => {
    const ctx = { period: '2007-2010', docType: 'Quyết định', title: 'V/v Ban hành Chương trình Phát triển Du lịch thành phố Đà Nẵng giai đoạn 2007-2010', issueDate: '2007-09-17' };
    const s = run('Thành phố hiện có trên 109 khách sạn. 6 tháng đầu năm năm 2007 tổng lượt khách du lịch đạt 577.433 lượt. Năm 2008: 03 dự án vào hoạt động.', ctx);
    expect(s.map((x) => [x.figure.value, x.kind, x.period])).toEqual([
      [109, 'actual', '2007'],
      [577433, 'actual', '2007-H1'],
      [3, 'target', '2008'],
    ]);
  });

  it('a report on a run of years is no sub-period of its first year', () => {
    expect(periodOf('Năm 2007 tổng lượt khách du lịch đạt 577.433 lượt', 30, [], { period: '2007-2010' }, 'actual')).toBe('2007');
  });
});

describe('label refiner: words that name no measure (fixtures/real-more/26, 06 held-out classes)', () => {
  it.each([
    // What follows a rise is its effect, not what it counts.
    ['Đối với mặt hàng dầu thô, giá dầu thô xuất khẩu bình quân tăng khoảng 67% làm cho kim ngạch xuất khẩu mặt hàng này tăng mạnh.', [[67, 'giá dầu thô xuất khẩu']]],
    ['Do giá xuất khẩu bình quân tăng 39,7% nên KNXK tăng mạnh.', [[39.7, 'giá xuất khẩu']]],
    // A period opening the label without a comma is no word of it.
    ['Trong 9 tháng vốn FDI thực hiện là 8,1 tỷ USD.', [[8.1e9, 'vốn FDI']]],
    // A rate restating the amount before it is of the same measure.
    ['Kim ngạch nhập khẩu 9 tháng đầu năm tăng 20,97 tỷ USD về giá trị tuyệt đối (tương đương 48,3%).', [[20.97e9, 'Kim ngạch nhập khẩu'], [48.3, 'Kim ngạch nhập khẩu']]],
    // The same measure of another period, after "trong khi".
    ['Sản xuất phân bón tăng 15%, trong khi 9 tháng năm 2007 tăng 20,3% so với cùng kỳ.', [[15, 'Sản xuất phân bón'], [20.3, 'Sản xuất phân bón']]],
    // "cao hơn": the difference of the measure just stated; the period's "của" goes with the period.
    ['Kim ngạch xuất khẩu bình quân của 9 tháng đạt 5,5 tỷ USD/tháng, cao hơn 1,5 tỷ USD so với mức bình quân tháng cùng kỳ năm 2007.', [[5.5e9, 'Kim ngạch xuất khẩu bình quân'], [1.5e9, 'Kim ngạch xuất khẩu bình quân']]],
    // A counting noun alone names no measure: no statement rather than "con".
    ['Hiện vẫn khoảng 220 triệu con.', []],
    // The clause's own rise and its period are no words of the measure (real-more/06).
    ['giá đường cuối năm 2005 đầu năm 2006 tăng đột biến, lên tới 11-12 nghìn đồng/kg', [[11000, 'giá đường']]],
    ['Bộ Tài chính đã cho phép số đơn vị nhập khẩu với mức thuế giảm từ 40% xuống 20%.', [[40, 'mức thuế'], [20, 'mức thuế']]],
    // A crop year and a rice grade are no figures.
    ['lượng tiêu thụ niên vụ 05/06 của thế giới khoảng 414 triệu tấn', [[414e6, 'lượng tiêu thụ niên vụ 05/06 của thế giới']]],
    ['Giá gạo xuất khẩu Thái Lan loại 5% tấm là 278 USD/tấn.', [[278, 'Giá gạo xuất khẩu Thái Lan loại 5% tấm']]],
    ['Trong khi đó mục tiêu XK cả năm khoảng 3,0 tỷ USD.', [[3e9, 'mục tiêu XK cả năm']]],
    ['kim ngạch nhập khẩu 9 tháng năm nay tăng 20 tỷ USD.', [[20e9, 'kim ngạch nhập khẩu']]],
  ])('%s', (text, expected) => {
    expect(run(text, { period: '2008-01/2008-09' }).map((x) => [x.figure.value, x.label])).toEqual(expected);
  });
});

describe('period refiner', () => {
  it('a period after a comma belongs to the next figure\'s clause: "tăng 15%, trong khi năm 2007 tăng 20,3%"', () => {
    const s = run('Sản xuất phân bón 9 tháng năm 2008 tăng 15%, trong khi năm 2007 tăng 20,3%.', { period: '2008' });
    expect(s.map((x) => [x.figure.value, x.period])).toEqual([[15, '2008-01/2008-09'], [20.3, '2007']]);
    // A decimal comma is no clause's end (real-more/07).
    const t = run('Tỷ trọng của ngành nông nghiệp giảm từ 76,6% năm 2003 xuống còn 75,5% năm 2004.', { period: '2004' });
    expect(t.map((x) => [x.figure.value, x.period])).toEqual([[76.6, '2003'], [75.5, '2004']]);
  });

  it('a period after a comma opens the next item of a list, not this one: "(quý I/2003 tăng 43,4%, quý I/2004 tăng 15,1%)"', () => {
    const s = run('Tính chung quý I/2005, kim ngạch xuất khẩu tăng 16,2% so với cùng kỳ năm 2004 (quý I/2003 tăng 43,4%, quý I/2004 tăng 15,1%)');
    expect(s.map((x) => [x.figure.value, x.period])).toEqual([[16.2, '2005-Q1'], [43.4, '2003-Q1'], [15.1, '2004-Q1']]);
  });

  it('a plan\'s own figure is for the plan\'s year, not the months the report covers', () => {
    const s = run('Giá trị sản xuất công nghiệp quý I chỉ tăng 14,4% so với cùng kỳ, thấp hơn so với mục tiêu là 16%.', { period: '2005-Q1' });
    expect(s.map((x) => [x.figure.value, x.kind, x.period])).toEqual([[14.4, 'change', '2005-Q1'], [16, 'target', '2005']]);
  });

  it.each([
    ['Trong tháng 3/2005, giá trị đạt 100', 30, '2005', '2005-03'],
    ['Quý I năm 2005 tăng 7,23%', 20, '2005', '2005-Q1'],
    ['Sáu tháng, ước thực hiện 1.930 ngàn sản phẩm', 30, '2009-H1', '2009-H1'],
    ['9 tháng năm 2008 đạt 100', 16, '2008', '2008-01/2008-09'],
    ['giai đoạn 2021 – 2025 đào tạo 500 lượt', 30, '2026', '2021-2025'],
    ['từ năm 2021 đến nay đã cử 120 người', 30, '2025', '2021-2025'],
    ['tăng 5% so với cùng kỳ năm 2004', 6, '2005-03', '2005-03'],
    ['tính đến ngày 20/11/2025 có 120 hồ sơ', 30, '2025-11', '2025-11'],
    ['quý I chỉ tăng 14,4% so với cùng kỳ (cùng kỳ tăng 15,6%)', 50, '2005-Q1', '2004-Q1'],
    ['9 tháng đầu năm đạt 28,1 tỷ USD, cùng kỳ năm 2007 đạt 20 tỷ USD', 54, '2008', '2007-01/2007-09'],
    // real-more/26: the whole year, unnamed, before a figure; after it, what the figure is measured against.
    ['mục tiêu XK cả năm khoảng 3,0 tỷ USD', 30, '2008-01/2008-09', '2008'],
    // real-more/07: a price base's year is no period.
    ['Giá trị sản xuất năm 2004 theo giá so sánh năm 1994 ước đạt 172,8 nghìn tỷ đồng', 66, '2004', '2004'],
    ['nhưng chỉ đạt 59,3% mục tiêu KNXK của cả năm', 18, '2008-01/2008-09', '2008-01/2008-09'],
  ])('%s', (clause, at, own, period) => {
    expect(periodOf(clause, at, [], { period: own }, 'actual')).toBe(period);
  });

  it("a plan's targets cover its whole horizon, not its first year", () => {
    expect(horizonOf('Kế hoạch phát triển nguồn nhân lực giai đoạn 2026-2030')).toBe('2026-2030');
    const [s] = run('Phấn đấu tỷ lệ cán bộ có trình độ đại học đạt 90%.', { period: '2026', title: 'Kế hoạch phát triển nguồn nhân lực giai đoạn 2026-2030', docType: 'Kế hoạch' });
    expect(s).toMatchObject({ kind: 'target', period: '2026-2030' });
  });

  it('a period after up to three opening words frames the clauses after it ("Tính đến cuối năm 2023, …; …")', () => {
    // fixtures/real-more/02_VL_BC293-SNV_tongket_daotao_2021-2025.pdf
    const s = run('Tính đến cuối năm 2023, có 23 ứng viên hoàn thành khóa học và đang phục vụ trong các cơ quan, đơn vị trên địa bàn tỉnh; 01 ứng viên chưa hoàn thành khóa học; 02 ứng viên nghỉ việc sau khi công tác hết thời gian cam kết phục vụ.', { period: '2026' });
    expect(s.map((x) => [x.figure.value, x.period])).toEqual([[23, '2023'], [1, '2023'], [2, '2023']]);
  });

  it("under a heading on a plan's year, a monthly report's figures are the plan's year; a later month without a year is last year's", () => {
    // fixtures/real-more/06_TW_BC_nonglamngunghiep_thang1-2006.pdf, a report on January 2006.
    const ctx = { period: '2006-01' };
    const block = newBlock('paragraph', '- Tổng vốn đầu tư thực hiện dự án theo ngành giao là 1934.2 tỷ đồng, phân khai kế hoạch là 1931.2 tỷ đồng, giảm 3 tỷ đồng.', {
      sectionPath: ['II. Tình hình triển khai giao kế hoạch năm 2006.', '1. Về triển khai kế hoạch 2006 của Bộ Nông nghiệp và PTNT:'],
    });
    expect(new Set(extractStatements([block], ctx).statements.map((x) => x.period))).toEqual(new Set(['2006']));
    const clause = 'Trên các sông ở Bắc bộ từ tháng 10 đến nay, mực nước liên tục giảm 1,42 m';
    expect(periodOf(clause, clause.indexOf('1,42'), [], ctx, 'actual')).toBe('2005-10');
    // Not on a plan: the figure is the report's month; a month before the report's is this year's.
    const sugar = 'Sản lượng mía thu mua và ép tháng 1/2006 ước đạt 1,83 triệu tấn';
    expect(periodOf(sugar, sugar.indexOf('1,83'), ['III. Tiến độ sản xuất nông nghiệp'], ctx, 'estimate')).toBe('2006-01');
  });

  it("a monthly report's figures belong to its month", () => {
    expect(reportPeriod('Kết quả triển khai Đề án 06 trên địa bàn tỉnh Lâm Đồng tháng 11/2025')).toBe('2025-11');
    expect(reportPeriod('Tình hình hoạt động 6 tháng đầu năm và kế hoạch công tác 6 tháng cuối năm 2009')).toBe('2009-H1');
    const [s] = run('Trong kỳ, toàn tỉnh tiếp nhận 5.264 hồ sơ.', { period: '2025-11' });
    expect(s.period).toBe('2025-11');
  });

  it('a figure "so với … tháng trước" is the same measure a month before; a change "so với tháng trước" is this month\'s', () => {
    // fixtures/real-more/06_TW_BC_nonglamngunghiep_thang1-2006.pdf
    const s = run('Giá cà phê xuất khẩu ở mức 1.450 USD/tấn, so với 1400 USD/tấn tháng trước. Giá trị sản xuất tăng 8,26% so với tháng trước.', { period: '2006-01' });
    expect(s.map((x) => [x.figure.value, x.label, x.period])).toEqual([
      [1450, 'Giá cà phê xuất khẩu', '2006-01'],
      [1400, 'Giá cà phê xuất khẩu', '2005-12'],
      [8.26, 'Giá trị sản xuất', '2006-01'],
    ]);
  });

  it('a day and month without a year date a figure to that month, last year\'s when it is after the report\'s month', () => {
    // fixtures/real-more/06_TW_BC_nonglamngunghiep_thang1-2006.pdf
    const s = run('Mực nước sông Hồng tại Hà Nội ngày 25/12 là 2,02 m.', { period: '2006-01' });
    expect(s.map((x) => [x.label, x.period])).toEqual([['Mực nước sông Hồng tại Hà Nội', '2005-12']]);
  });

  it("a plan's figure in a monthly report is for the plan's year", () => {
    const s = run('Vốn lâm nghiệp giao 174 tỷ đồng.', { period: '2006-01' });
    expect(s.map((x) => [x.kind, x.period])).toEqual([['target', '2006']]);
  });

  it('"tính đến ngày …" is as_of', () => {
    expect(asOfDate('Tính đến ngày 15/11/2025, toàn tỉnh có ')).toBe('2025-11-15');
    const [s] = run('Tính đến ngày 15/11/2025, toàn tỉnh phát sinh 3.065 hồ sơ.', { period: '2025-11' });
    expect(s).toMatchObject({ asOf: '2025-11-15', period: '2025-11' });
  });

  it('periods in arbitrary text are well formed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (t) => {
        for (const p of periodsIn(`${t} tháng 3 năm 2024 ${t}`, '2024')) expect(p.period).toMatch(/^\d{4}(-(H[12]|Q[1-4]|\d{2}|\d{4}))?(\/\d{4}-\d{2})?$/);
      }),
    );
  });
});

describe('entity refiner', () => {
  it.each([
    ['tỷ lệ hồ sơ giải quyết đúng hạn cấp tỉnh chỉ đạt ', 'cấp tỉnh'],
    ['tỷ lệ hồ sơ giải quyết đúng hạn cấp tỉnh, cấp xã đạt ', ''],
    ['tại tỉnh Bình Thuận (cũ) đã tiếp nhận ', 'tỉnh Bình Thuận (cũ)'],
    ['toàn tỉnh tiếp nhận ', ''],
  ])('%s → "%s"', (left, entity) => {
    expect(entityOf(left)).toBe(entity);
  });
});

describe('series identity', () => {
  it('a stable id from the folded label and unit, fillers and numbers dropped', () => {
    expect(normalizeLabel('Tỷ lệ hồ sơ đã giải quyết đúng hạn năm 2024')).toBe('ty le ho so giai quyet dung han');
    expect(derivedSeriesId(normalizeLabel('Tổng số hồ sơ tiếp nhận'), 'hồ sơ')).toBe('x_ho_so_tiep_nhan__ho_so');
    expect(derivedSeriesId('ty le', '%')).toMatch(/__pct$/);
  });

  it('near-identical labels link; different measures do not', () => {
    const near = (a: string, b: string) => nearIdentical(normalizeLabel(a), normalizeLabel(b));
    expect(near('Tỷ lệ hồ sơ giải quyết đúng hạn', 'tỷ lệ hồ sơ được giải quyết đúng hạn')).toBe(true);
    expect(near('tỷ lệ hồ sơ giải quyết đúng hạn', 'tỷ lệ hồ sơ giải quyết đúng hẹn')).toBe(true);
    expect(near('khu vực doanh nghiệp nhànước', 'khu vực doanh nghiệp nhà nước')).toBe(true);
    expect(near('tiếp nhận hồ sơ', 'giải quyết hồ sơ')).toBe(false);
    // A word more is another measure.
    expect(near('khu vực quốc doanh', 'khu vực ngoài quốc doanh')).toBe(false);
    expect(near('dự án đầu tư', 'dự án đầu tư mới')).toBe(false);
  });

  it('arbitrary labels give ids of the catalog-safe shape', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 10 }), (label, unit) => {
        expect(derivedSeriesId(normalizeLabel(label), unit)).toMatch(/^x_[a-z0-9_]+__[a-z0-9_]+$/);
      }),
    );
  });
});

describe('label cleanup', () => {
  it.each([
    ['Số người có mặt (tại Báo cáo số 347/BC-UBND ngày 25/12/2025 của UBND tỉnh)', 'Số người có mặt'],
    ['Tổng số biên chế được giao (theo Quyết định số 2631/QĐ-UBND)', 'Tổng số biên chế được giao'],
    ['cơ sở cai nghiện (cơ sở mới)', 'cơ sở cai nghiện (cơ sở mới)'],
  ])('withoutCitation(%s) → %s', (label, clean) => expect(withoutCitation(label)).toBe(clean));

  it.each([
    ['KNXK mặt hàng này', 'Thuỷ sản', 'KNXK thuỷ sản'],
    ['KNXK 9 tháng đầu năm của mặt hàng này', 'Cà phê', 'KNXK cà phê'],
    ['sản lượng khai thác', 'Về thuỷ sản', 'sản lượng khai thác thuỷ sản'],
    ['sản lượng', 'Kết quả', null],
    ['tỷ lệ hồ sơ đúng hạn', 'Thuỷ sản', null],
  ])('itemMeasure(%s, %s) → %s', (label, lead, measure) => expect(itemMeasure(label, lead)).toBe(measure));

  it.each([
    ['kỳ', true],
    ['cùng kỳ năm 2007', true],
    ['kỳ họp thứ 10', false],
  ])('isSamePeriod(%s) → %s', (label, same) => expect(isSamePeriod(label)).toBe(same));

  it.each([
    ['ước đạt 6,83 tỷ USD', '6,83 tỷ USD', true],
    ['tăng 16,2% so với cùng kỳ', '16,2%', true],
    ['Giá gạo xuất khẩu Thái Lan loại 5% tấm', '5%', false],
  ])('statedIn(%s, %s) → %s', (label, raw, stated) => expect(statedIn(label, raw)).toBe(stated));
});
