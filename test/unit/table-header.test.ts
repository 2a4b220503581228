/**
 * Where a table's header ends and which columns hold values: the tables legacy Word documents and
 * annexes give (fixtures/real-more/01, 25, 33, 36): a row numbering the columns, a group row across
 * the table, rows of plain numbers, quantities with their units, codes and row numbers.
 */
import { describe, expect, it } from 'vitest';
import { newBlock } from '../../src/model.ts';
import { describeTable, numbersColumns } from '../../src/extract/tables.ts';
import { tableFigures } from '../../src/extract/statements/table-figures.ts';

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

describe('forms: a row numbering the columns closes the header (fixtures/real-more/33, 01)', () => {
  it.each([
    [['1', '2', '3', '4', '5', '6'], true],
    [['A', 'B', '1', '2', '3'], true],
    [['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)=(6)÷5', '(8)'], true],
    [['1', '2', '3', '4', '5', '6', '7', '', '8', '9', '10', '11', '12', '13', '.....', '.....', '61', '62'], true],
    [['Tiền mặt', '111', '112', '113'], false],
    [['', '120', '140', '160'], false],
    [['1', '15', '27'], false],
  ])('%j numbers the columns: %s', (cells, expected) => {
    expect(numbersColumns(cells)).toBe(expected);
  });

  it('seven header rows of split words over "1 | 2 | … | 6" are one header; the row numbers and codes are no values', () => {
    const grid = describeTable(table([
      ['Số', 'số hiệu TK', 'Tên Tài khoản', 'Phạm vi', 'Ghi chú'],
      ['TT', 'Cấp 1', 'Cấp 2', '', 'áp dụng', ''],
      ['1', '2', '3', '4', '5', '6'],
      ['1', '111', '', 'Tiền mặt', 'Mọi đơn vị', ''],
      ['', '', '1111', 'Tiền Việt Nam', '', ''],
      ['', '', '1112', 'Ngoại tệ', '', 'Chi tiết theo N.tệ'],
    ]))!;
    expect(grid.headerRows).toBe(3);
    expect(grid.columns.slice(0, 3).map((c) => c.role)).toEqual(['number', 'number', 'number']);
    expect(tableFigures(grid, 1, '2001')).toEqual([]);
  });

  it('"S" over "TT" then "I | Chỉ tiêu lao động": the first group of rows starts the data', () => {
    const grid = describeTable(table([
      ['S', '', '', 'Mẫu'],
      ['TT', 'Tên chứng từ', 'Mẫu số', 'bắt buộc'],
      ['I', 'Chỉ tiêu lao động- tiền lương', '', ''],
      ['1', 'Bảng chấm công', 'C01- H', 'x'],
      ['2', 'Bảng thanh toán tiền lương', 'C02- H', 'x'],
      ['3', 'Giấy chứng nhận nghỉ việc hưởng BHXH', 'C03- BH', 'x'],
    ]))!;
    expect(grid.headerRows).toBe(2);
    expect(grid.columns[0]).toMatchObject({ header: 'S / TT', role: 'number' });
    expect(tableFigures(grid, 1, '2001')).toEqual([]);
  });

  it('a group row merged across the table ends the header (its text fills every column it covers)', () => {
    const merged = newBlock('table', '', {
      rows: [
        [{ text: 'STT', colSpan: 1, rowSpan: 1 }, { text: 'NHÓM NHIỆM VỤ', colSpan: 1, rowSpan: 1 }, { text: 'KHUNG ĐIỂM', colSpan: 1, rowSpan: 1 }],
        [{ text: 'PHẦN I. LÃNH ĐẠO, QUẢN LÝ (09 nhóm)', colSpan: 3, rowSpan: 1 }],
        [{ text: 'I.A.1', colSpan: 1, rowSpan: 1 }, { text: 'Chỉ đạo, điều hành', colSpan: 1, rowSpan: 1 }, { text: '≤300', colSpan: 1, rowSpan: 1 }],
      ],
      page: 1,
    });
    const grid = describeTable(merged)!;
    expect(grid.headerRows).toBe(1);
    expect(grid.columns.map((c) => c.header)).toEqual(['STT', 'NHÓM NHIỆM VỤ', 'KHUNG ĐIỂM']);
  });
});
