/**
 * Tables as data: a table block's rows and cells (with merged cells) become a grid, its header
 * rows become one heading per column, and each column gets a role: row label, unit, or values
 * of a kind (Kế hoạch → target, Thực hiện / Kết quả / Số liệu → actual, Ước → estimate).
 * Pure: a table block in, a description of its columns and data rows out.
 */
import type { Block, TableCell } from '../model.js';
import type { IndicatorValue } from './indicators.js';
import { parseVietnameseNumber } from './quantities.js';

export type ColumnRole = 'number' | 'label' | 'unit' | 'value' | 'note' | 'other';
export type ValueKind = 'actual' | 'estimate' | 'target';

export interface TableColumn {
  index: number;
  header: string;
  role: ColumnRole;
  kind?: ValueKind;
  /** A year named in the header ("Thực hiện năm 2024"). */
  year?: string;
  /** Whom the column is about, from a group header over several value columns ("Lâm Đồng" / "Chỉ số"). */
  entity?: string;
}

/**
 * One value a table reader took from a cell: an indicator value's own fields (entity: the agency
 * row or province column it is about), and where in the table it stands.
 */
export type TableValue = Pick<IndicatorValue, 'series_id' | 'label' | 'entity' | 'value' | 'unit' | 'numerator' | 'denominator' | 'kind' | 'quote' | 'warnings'> & {
  column: TableColumn;
  /** Index of the row in the table's rows (for the page it sits on). */
  rowIndex: number;
};

export interface TableRow {
  index: number;
  cells: string[];
}

export interface TableGrid {
  columns: TableColumn[];
  rows: TableRow[];
  headerRows: number;
  /** Rows name agencies or communes ("Đơn vị": Sở Tư pháp, UBND xã Hàm Kiệm): columns are the measures. */
  entityTable: boolean;
}

/** Expand merged cells: a cell spanning k columns or rows fills every slot it covers. */
export function toGrid(rows: TableCell[][]): string[][] {
  const grid: string[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r][c] !== undefined) c++;
      for (let dr = 0; dr < Math.max(1, cell.rowSpan); dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < Math.max(1, cell.colSpan); dc++) grid[r + dr][c + dc] = dr === 0 ? cell.text.trim() : `\u0000${cell.text.trim()}`;
      }
      c += Math.max(1, cell.colSpan);
    }
  });
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}

/**
 * Where each grid slot's own cell stands in the block's text (rows joined by "\n", cells by
 * " | ", as the readers write them): "row:col" → [start, end]. Slots a merged cell covers
 * from above or the left are not listed: the figure stands where the cell is written.
 */
const spansMemo = new WeakMap<TableCell[][], Map<string, [number, number]>>();

export function cellSpans(rows: TableCell[][]): Map<string, [number, number]> {
  const memo = spansMemo.get(rows);
  if (memo) return memo;
  const spans = new Map<string, [number, number]>();
  spansMemo.set(rows, spans);
  const taken: boolean[][] = [];
  let at = 0;
  rows.forEach((row, r) => {
    taken[r] ??= [];
    let c = 0;
    row.forEach((cell, i) => {
      if (i > 0) at += 3;
      while (taken[r][c]) c++;
      spans.set(`${r}:${c}`, [at, at + cell.text.length]);
      for (let dr = 0; dr < Math.max(1, cell.rowSpan); dr++) {
        taken[r + dr] ??= [];
        for (let dc = 0; dc < Math.max(1, cell.colSpan); dc++) taken[r + dr][c + dc] = true;
      }
      c += Math.max(1, cell.colSpan);
      at += cell.text.length;
    });
    at += 1;
  });
  return spans;
}

const ROW_NUMBER = /^(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.?|[a-zđ]\)|-|\+)$/u; // "1.", "2.1.", "3.3.1", "II", "a)"
const LABEL_HEADER = /chỉ tiêu|nội dung|tên|danh mục|đơn vị$|cơ quan|lĩnh vực|tiêu chí/iu;
const UNIT_HEADER = /^(đơn vị tính|đvt|đơn vị đo)$/iu;
const NOTE_HEADER = /ghi chú/iu;
// "Năm" over "2019 | 2020 | … | Tổng số": the rows are years, the first column names them.
const YEAR_HEADER = /^năm$/iu;
const TARGET_HEADER = /kế hoạch|chỉ tiêu (được )?giao|mục tiêu|điểm chuẩn|tối đa/iu;
const ESTIMATE_HEADER = /(?<![\p{L}])ước/iu;
const ACTUAL_HEADER = /thực hiện|kết quả|số liệu|đạt được|thẩm định|tự đánh giá|chỉ số|điểm|tỷ lệ|giá trị/iu;

// The label column of a ranking table names who is measured.
const ENTITY_HEADER = /^(tên )?(đơn vị|cơ quan|địa phương|sở, ban, ngành|cơ quan, đơn vị|huyện, thị xã, thành phố|xã, phường(, thị trấn)?)$/iu;
// "Sở Tư pháp", "UBND xã Hàm Kiệm", "Văn phòng UBND tỉnh", "Thanh tra tỉnh", "Ban Quản lý các KCN"
const ENTITY_NAME = /^(sở|ubnd|ủy ban nhân dân|ban|văn phòng|thanh tra|công an|bộ|cục|chi cục|trung tâm|huyện|thị xã|thành phố|xã|phường|thị trấn|đặc khu|kho bạc|bảo hiểm|tòa án|viện|đài|báo|hội|liên đoàn|mặt trận|bệnh viện|trường|cơ quan|tỉnh|đoàn)(?![\p{L}])/iu;

/** A cell's figure: "93,10%" → 93.1 (percent), "2.372" → 2372; null for anything else. */
export function cellNumber(raw: string, commaThousands = false): { value: number; percent: boolean } | null {
  const t = raw.trim();
  const bare = t.replace(/\s*%$/, '');
  // "8.00", "11.99" in a score table: a dot followed by one or two digits is a decimal point, since
  // a thousands group always has three digits ("1.500" stays one thousand five hundred).
  // "532,000" in a table whose amounts are grouped the English way ("197,128,000"): 532 thousand.
  const value = commaThousands && COMMA_GROUPS.test(bare) ? Number(bare.replace(/,/g, '')) : DOT_DECIMAL.test(bare) ? Number(bare) : parseVietnameseNumber(bare);
  return value === null ? null : { value, percent: /%$/.test(t) };
}

// Example match: "8.00", "0.5", "11.99"; not "1.500" (a thousands group), not "1.5.2" (a row number).
const DOT_DECIMAL = /^\d{1,3}\.\d{1,2}$/;
// Example match: "532,000", "197,128,000", "1,245,000.50".
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * Whether a table groups thousands the English way: some cell holds two comma groups
 * ("197,128,000") and none is grouped the Vietnamese way ("1.234.567", "1.234,5").
 */
export function groupsWithCommas(cells: string[]): boolean {
  let english = false;
  for (const c of cells) {
    const t = c.trim().replace(/\s*%$/, '');
    if (/^\d{1,3}(?:\.\d{3})+,\d+$|^\d{1,3}(?:\.\d{3}){2,}$/.test(t)) return false;
    if (/^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$/.test(t)) english = true;
  }
  return english;
}

/** Where a cell stands, as quotes cite it: `[bảng 3, dòng 1.4., cột "Kết quả / Số liệu"]`. */
export function cellPlace(tableNo: number, rowNo: string | undefined, header: string): string {
  return `[bảng ${tableNo}${rowNo ? `, dòng ${rowNo}` : ''}, cột "${header}"]`;
}

const isNumeric = (s: string) => cellNumber(s) !== null;
// A row-number column's header, whole or split over two header rows ("S" over "TT"). Example match: "S / TT", "Số TT".
const ROW_NO_HEADER = /^(?:stt|tt|s\s*\/\s*tt|s\s*\/\s*t\s*\/\s*t|số\s*\/?\s*tt|số thứ tự)$/iu;
// A column of codes, not amounts. Example match: "Mã số", "Số hiệu TK", "Ký hiệu", "Mẫu số".
const CODE_HEADER = /^(?:mã(?:\s+số)?|số hiệu(?:\s+(?:tk|tài khoản))?|ký hiệu|mẫu số|mã ngành|mã số thuế)$/iu;
// A column of classes the rows are, named by their number. Example match: "HẠNG", "Hạng đất", "Loại đường phố", "Vị trí".
export const CLASS_HEADER = /^(?:hạng(?:\s+đất)?|loại(?:\s+đường(?:\s+phố)?|\s+đất)?|vị trí|bậc|khu vực)$/iu;
// A code's level under a code header. Example match: "Cấp 2" in "Tên Tài khoản / Cấp 2".
const SUB_CODE_HEADER = /^cấp\s*\d$/iu;
// A table of contents' page column. Example match: "Tr.", "Trang".
const PAGE_HEADER = /^(?:tr\.?|trang)$/iu;

/** Whether a column's cells count its rows (1, 2, 3, …): row numbers, whatever the header says. */
function countsRows(cells: string[]): boolean {
  // Group marks between the numbers ("I", "II", "A", "a)") are no values either.
  const marks = cells.filter((c) => /^(?:[IVXLC]+|[A-Zđa-z]\)?)\.?$/u.test(c.trim())).length;
  const ints = cells.filter((c) => /^\d{1,3}\.?$/.test(c.trim())).map((c) => Number.parseInt(c, 10));
  if (ints.length < 3 || ints.length + marks < 0.8 * cells.length) return false;
  // Numbered on from 1, or from 1 again in each group.
  const steps = ints.slice(1).filter((n, i) => n === ints[i] + 1 || n === 1).length;
  return ints[0] <= 1 && steps >= 0.9 * (ints.length - 1);
}
// A header row that only numbers the columns. Example match: "(1) (2) (3) (7)=(6)÷5 (8)", "1 2 3 4 5".
const COLUMN_NUMBERS = /^(?:\(?\d{1,2}\)?(?:\s*[=+\-x×÷*/]\s*\(?\d{1,2}\)?)*\s*)+$/u;
// A cell holding one quantity with its unit or its change cue. Example match: "83,28 tỷ kWh", "Tăng 12,5%",
// "2,7 - 3 triệu tấn"; not "2024", "Năm 2024", "Tăng/giảm 2009/2008 (%)".
const QUANTITY_CELL = /^(?:(?:tăng|giảm|ước|khoảng)\s+)?\d[\d.,]*(?:\s*-\s*\d[\d.,]*)?\s*(?:%|(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*\p{L}[\p{L}\d/]*(?:\s+\p{L}[\p{L}\d/]*)?)[,;.]?$/iu;

// One cell of a row that numbers the columns. Example match: "(1)", "7", "(7)=(6)÷5", "4=2+3".
const COLUMN_NUMBER_CELL = /^\(?(\d{1,2})\)?(?:\s*[=+\-x×÷*/]\s*\(?\d{1,2}\)?)*$/u;

/**
 * Whether a row only numbers the table's columns: "1 | 2 | 3 | … | 20", "A | B | 1 | 2 | 3",
 * "(1) | (2) | … | (7)=(6)÷5" — forms and annexes put it under their header (fixtures/real-more/01, 33).
 * Columns a merged cell covers repeat their number; dotted fillers ("…..") stand for columns left out.
 */
export function numbersColumns(cells: string[]): boolean {
  const items = cells.map((c) => c.trim()).filter((c, i, all) => c && !/^[.…]+$/u.test(c) && c !== all[i - 1]);
  let letters = 0;
  while (letters < items.length && items[letters] === String.fromCharCode(65 + letters)) letters++;
  const ints = items.slice(letters).map((c) => COLUMN_NUMBER_CELL.exec(c)?.[1]);
  if (ints.some((n) => n === undefined) || ints.length < 2 || letters + ints.length < 3) return false;
  const nums = ints.map(Number);
  const steps = nums.slice(1).filter((n, i) => n === nums[i] + 1).length;
  return nums[0] <= 1 && steps >= 0.8 * (nums.length - 1);
}

export function describeTable(block: Block): TableGrid | null {
  if (!block.rows?.length) return null;
  const grid = toGrid(block.rows).map((r) => r.map((c) => (c.startsWith('\u0000') ? c.slice(1) : c)));
  // A row numbering the columns closes the header above it, however many rows that header has
  // (fixtures/real-more/33's forms: seven rows of split words over "1 | 2 | … | 20").
  const numbering = grid.slice(1, 9).findIndex(numbersColumns) + 1;
  // Header rows: the top rows before the first row that starts with a row number or holds numbers.
  let headerRows = numbering > 0 && numbering < grid.length - 1 ? numbering + 1 : 0;
  while (headerRows < Math.min(4, grid.length - 1) && !numbering) {
    const row = grid[headerRows];
    // (or, below a header, a row whose cells hold quantities with their units: "+ Điện phát ra | 83,28 tỷ kWh | Tăng 12,5%")
    const rest = row.slice(1).filter(Boolean);
    // (or a row most of whose cells are numbers, years aside: "1. Tuổi | Dưới 10 | 22 | 16.9")
    const mostlyNumbers = rest.length >= 1 && rest.filter(isNumeric).length * 2 >= rest.length && !rest.every((c) => /^(?:19|20)\d{2}$/.test(c.trim()));
    // (or, under a "Stt" header, a row that starts with its number: "1 | Đưa 06 dự án vào hoạt động … | Năm 2007")
    // ("S" over "TT": the row-number header split in two rows; "I | Chỉ tiêu lao động" opens the first group of rows)
    const noHeader = ROW_NO_HEADER.test(grid.slice(0, headerRows).map((r) => r[0].trim()).filter(Boolean).join(' / '));
    const numbered = headerRows > 0 && (/^(?:stt|tt)$/iu.test(grid[0][0].trim()) || noHeader) && (/^\d{1,3}\.?$/u.test(row[0].trim()) || (noHeader && /^[IVXLC]+\.?$/u.test(row[0].trim())));
    const looksData = numbered || (ROW_NUMBER.test(row[0]) && row.slice(1).some((c) => c && isNumeric(c))) || (headerRows > 0 && (mostlyNumbers || row.slice(1).some((c) => QUANTITY_CELL.test(c))));
    // "PHẦN I. LÃNH ĐẠO, QUẢN LÝ" across the table below its header: a group of the rows, no header.
    // (a merged cell repeats its text in every column it covers)
    const groupRow = headerRows > 0 && new Set(row.filter(Boolean)).size === 1 && (grid[0].length > 2);
    if (looksData || groupRow) break;
    headerRows++;
  }
  if (headerRows === 0) return null;
  const width = grid[0].length;
  const columns: TableColumn[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = 0; r < headerRows; r++) {
      const t = grid[r][c];
      // "(1) | (2) | … | (7)=(6)÷5": a row that numbers the columns names none of them.
      if (t && !parts.includes(t) && !COLUMN_NUMBERS.test(grid[r].filter(Boolean).join(' ')) && !numbersColumns(grid[r])) parts.push(t);
    }
    const header = parts.join(' / ');
    const data = grid.slice(headerRows).map((r) => r[c]).filter(Boolean);
    const numeric = data.filter(isNumeric).length;
    let role: ColumnRole = 'other';
    // ("Số hiệu TK" over "Cấp 1 | Cấp 2": the second level of an account code is a code too)
    const subCode = parts.some((p) => SUB_CODE_HEADER.test(p)) && columns[c - 1]?.role === 'number';
    if ((c === 0 && /^stt$|^tt$/iu.test(grid[0][0])) || ROW_NO_HEADER.test(header) || parts.some((p) => CODE_HEADER.test(p)) || subCode || countsRows(data)) role = 'number';
    else if (PAGE_HEADER.test(header)) role = 'note';
    else if (c === 0 && YEAR_HEADER.test(header)) role = 'label';
    else if (NOTE_HEADER.test(header)) role = 'note';
    else if (UNIT_HEADER.test(parts[parts.length - 1] ?? '')) role = 'unit';
    else if (numeric >= Math.max(1, 0.5 * data.length)) role = 'value';
    else if (LABEL_HEADER.test(header) || (data.length && !columns.some((x) => x.role === 'label'))) role = 'label';
    const col: TableColumn = { index: c, header, role };
    if (role === 'value') {
      const last = parts[parts.length - 1] ?? header;
      // Values are actuals unless the header says plan/target or estimate.
      col.kind = ESTIMATE_HEADER.test(header) ? 'estimate' : TARGET_HEADER.test(last) && !ACTUAL_HEADER.test(last) ? 'target' : 'actual';
      col.year = /((?:19|20)\d{2})/.exec(header)?.[1];
    }
    columns.push(col);
  }
  // "HẠNG | MỨC GIÁ" over "1 | 19.300 | 15.440": with no column of names, the first column's classes
  // ("Hạng 1", "Loại đường phố 2") name the rows (fixtures/real-more/28's price tables).
  if (!columns.some((c) => c.role === 'label') && columns[0] && CLASS_HEADER.test(columns[0].header)) {
    columns[0].role = 'label';
    delete columns[0].kind;
    delete columns[0].year;
  }
  markColumnEntities(columns, grid.slice(0, headerRows));
  const rows = grid.slice(headerRows).map((cells, i) => ({ index: headerRows + i, cells }));
  const labelCol = columns.find((c) => c.role === 'label');
  const labels = labelCol ? rows.map((r) => r.cells[labelCol.index]).filter(Boolean) : [];
  const named = labels.filter((l) => ENTITY_NAME.test(l)).length;
  const entityTable = !!labelCol && labels.length >= 3 && (ENTITY_HEADER.test(labelCol.header) ? named >= 0.5 * labels.length : named >= 0.8 * labels.length);
  return { columns, rows, headerRows, entityTable };
}

// Group headers that are periods or kinds ("Năm 2024" over "Kế hoạch | Thực hiện") name no entity.
const NOT_ENTITY = /(?:19|20)\d{2}|kế hoạch|thực hiện|kết quả|ước|so sánh|tỷ lệ|chỉ tiêu|giai đoạn|tháng|quý|năm/iu;

/**
 * Tables comparing provinces or agencies side by side put each one's name over its own value
 * columns ("Lâm Đồng | Đắk Nông | Bình Thuận", each over "Chỉ số | Thứ hạng"): those values
 * belong to that name, not to the document's own scope.
 */
function markColumnEntities(columns: TableColumn[], head: string[][]): void {
  if (head.length < 2) return;
  // Value columns, and the columns beside them a table reader may still use ("12/63" ranks).
  const values = columns.filter((c) => c.role === 'value' || c.role === 'other');
  const group = (c: TableColumn) => (head[0][c.index] === head[head.length - 1][c.index] ? '' : head[0][c.index]);
  const names = new Set(values.map(group).filter(Boolean));
  if (names.size < 2 || [...names].some((n) => NOT_ENTITY.test(n))) return;
  for (const c of values) if (group(c)) c.entity = group(c);
}
