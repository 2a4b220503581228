/**
 * Where a table's header ends and which columns hold values: the tables legacy Word documents and
 * annexes give (fixtures/real-more/01, 25, 33, 36): a row numbering the columns, a group row across
 * the table, rows of plain numbers, quantities with their units, codes and row numbers.
 */
import { describe, expect, it } from 'vitest';
import { newBlock } from '../../src/model.ts';
import { describeTable } from '../../src/extract/tables.ts';

const table = (rows: string[][]) => newBlock('table', rows.map((r) => r.join(' | ')).join('\n'), { rows: rows.map((r) => r.map((text) => ({ text, colSpan: 1, rowSpan: 1 }))), page: 1 });
const roles = (rows: string[][]) => describeTable(table(rows))!.columns.map((c) => c.role);

describe('table header and column roles', () => {
  it('a row that numbers the columns names none of them; a group row across the table ends the header (01_TH)', () => {
    const grid = describeTable(table([
      ['STT', 'NHÓM NHIỆM VỤ', 'KHUNG ĐIỂM', 'ĐIỂM CHẤM (KHOẢNG)'],
      ['(1)', '(2)', '(3)', '(4)=(3)÷5'],
      ['PHẦN I. LÃNH ĐẠO, QUẢN LÝ', '', '', ''],
      ['I.A.1', 'Chỉ đạo, điều hành', '≤300', '200–280'],
    ]))!;
    expect(grid.headerRows).toBe(2);
    expect(grid.columns.map((c) => c.header)).toEqual(['STT', 'NHÓM NHIỆM VỤ', 'KHUNG ĐIỂM', 'ĐIỂM CHẤM (KHOẢNG)']);
  });

  it('rows of quantities with their units are data below a one-row header (25_TW)', () => {
    expect(describeTable(table([['Sản phẩm công nghiệp', 'Sản lượng năm 2009', 'Tăng/giảm 2009/2008 (%)'], ['+ Điện phát ra', '83,28 tỷ kWh', 'Tăng 12,5%'], ['+ Than sạch', '41,0 triệu tấn', 'Tăng 3,0%']]))!.headerRows).toBe(1);
  });

  it('rows mostly of numbers are data, a header row of years is not (36_TW)', () => {
    expect(describeTable(table([['STT', 'Đặc trưng', 'SL', 'Tỉ lệ %'], ['1. Tuổi', 'Dưới 10', '22', '16.9'], ['', '21-40', '48', '36.9']]))!.headerRows).toBe(1);
    expect(describeTable(table([['Chỉ tiêu', 'Năm', '', ''], ['', '2022', '2023', '2024'], ['Số hồ sơ', '120', '140', '160']]))!.headerRows).toBe(2);
  });

  it('codes and row numbers are no values, whatever the header says (33_TW)', () => {
    expect(roles([['S', 'Tên tài khoản', 'Số hiệu TK'], ['TT', '', 'Cấp 1'], ['1', 'Tiền mặt', '111'], ['2', 'Tiền gửi ngân hàng', '112'], ['3', 'Ngoại tệ các loại', '007']])).toEqual(['number', 'label', 'number']);
    expect(roles([['Nội dung', 'Tr.'], ['Tổng quan', '3'], ['Giới thiệu về nghiên cứu', '3'], ['Những chủ đề của nghiên cứu', '9']])).toEqual(['label', 'note']);
  });
});

describe('row numbers under group marks', () => {
  it('"1, 2, 3" numbered again under "I", "II" is a row-number column (33_TW)', () => {
    expect(roles([['STT', 'Tên chứng từ', 'Số lượng'], ['I', 'Chỉ tiêu lao động tiền lương', ''], ['1', 'Bảng chấm công', '12'], ['2', 'Bảng thanh toán tiền lương', '14'], ['II', 'Chỉ tiêu vật tư', ''], ['1', 'Phiếu nhập kho', '9'], ['2', 'Phiếu xuất kho', '7']])[0]).toBe('number');
    expect(roles([['Năm', 'Số vụ'], ['2021', '12'], ['2022', '15'], ['2023', '9']])[1]).toBe('value');
  });
});
