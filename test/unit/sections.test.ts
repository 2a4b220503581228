/**
 * Section paths from real headings (fixtures/real-more/02_VL_BC293-SNV_tongket_daotao_2021-2025.pdf):
 * a part ("PHẦN THỨ NHẤT") whose title runs over the unnumbered heading lines after it, lettered
 * divisions ("A. ĐỀ ÁN …") above "I.", and the period such a heading gives every figure under it.
 */
import { describe, expect, it } from 'vitest';
import { newBlock } from '../../src/model.js';
import { assignSections, headingLevel } from '../../src/extract/sections.js';
import { extractStatements } from '../../src/extract/statements/index.js';

const h = (text: string) => newBlock('heading', text);
const p = (text: string) => newBlock('paragraph', text);

describe('section paths', () => {
  it.each([
    ['PHẦN THỨ NHẤT', 0],
    ['Phần II', 0],
    ['A. ĐỀ ÁN ĐÀO TẠO 50 CÁN BỘ KHOA HỌC', 0.5],
    ['I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN', 1],
    ['1. Những mặt làm được', 2],
    ['Phần lớn các xã đã hoàn thành', 6],
  ])('%s is level %d', (text, level) => {
    expect(headingLevel(text)).toBe(level);
  });

  it("a part's title runs over the heading lines after it; a lettered division sits above I.", () => {
    const blocks = assignSections([
      h('PHẦN THỨ NHẤT'),
      h('CÔNG TÁC ĐÀO TẠO, BỒI DƯỠNG ĐỐI VỚI CÁN BỘ,'),
      h('CÔNG CHỨC, VIÊN CHỨC GIAI ĐOẠN 2021-2025'),
      h('I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN'),
      p('Đã tổ chức 06 lớp bồi dưỡng.'),
      h('PHẦN THỨ HAI'),
      h('TỔNG KẾT CÁC ĐỀ ÁN'),
      h('A. ĐỀ ÁN ĐÀO TẠO 50 CÁN BỘ KHOA HỌC, KỸ THUẬT Ở NƯỚC NGOÀI CÓ TRÌNH ĐỘ SAU ĐẠI HỌC CỦA TỈNH BẾN TRE GIAI ĐOẠN 2009 - 2015'),
      h('II. KẾT QUẢ THỰC HIỆN'),
      p('Toàn tỉnh có 34 ứng viên tham gia Đề án Bến Tre - 50.'),
    ]);
    expect(blocks[4].sectionPath).toEqual(['PHẦN THỨ NHẤT CÔNG TÁC ĐÀO TẠO, BỒI DƯỠNG ĐỐI VỚI CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC GIAI ĐOẠN 2021-2025', 'I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN']);
    expect(blocks[9].sectionPath).toEqual(['PHẦN THỨ HAI TỔNG KẾT CÁC ĐỀ ÁN', blocks[7].text, 'II. KẾT QUẢ THỰC HIỆN']);
    const { statements } = extractStatements(blocks, { period: '2026', issueDate: '2026-04-09' });
    expect(statements.map((s) => [s.figure.value, s.period])).toEqual([
      [6, '2021-2025'],
      [34, '2009-2015'],
    ]);
  });
});
