import { describe, expect, it } from 'vitest';
import { restoreTcvn3Capitals } from '../../src/text/tcvn3-capitals.js';

describe("TCVN3 capitals fonts: a heading's toned letters that came out small (real-more/10)", () => {
  it.each([
    ['NHIệM Vụ, QUYềN HạN, Tổ CHứC Bộ MáY CủA CƠ QUAN ĐĂNG Ký KINH DOANH', 'NHIỆM VỤ, QUYỀN HẠN, TỔ CHỨC BỘ MÁY CỦA CƠ QUAN ĐĂNG KÝ KINH DOANH'],
    ['ĐặT TÊN DOANH NGhIệP', 'ĐẶT TÊN DOANH NGHIỆP'],
    ['CHíNH PHủ', 'CHÍNH PHỦ'],
    // Prose, mixed lines and a number line stay as they are.
    ['Bộ Y tế và Sở Nội vụ', 'Bộ Y tế và Sở Nội vụ'],
    ['Vụ Kế hoạch', 'Vụ Kế hoạch'],
    ['NGHị ĐịNH CủA CHíNH PHủ Về đăng ký kinh doanh', 'NGHị ĐịNH CủA CHíNH PHủ Về đăng ký kinh doanh'],
    ['Số: 12/2001/QĐ-BTC', 'Số: 12/2001/QĐ-BTC'],
    ['Chương II', 'Chương II'],
  ])('%s', (text, expected) => {
    const out = restoreTcvn3Capitals(text);
    expect(out).toBe(expected);
    expect(out.length).toBe(text.length);
  });
});
