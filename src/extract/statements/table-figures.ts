/**
 * Figure parser for tables: every numeric data cell of a described table is a figure, labelled
 * by its row label and its column header path; the header says the kind ("Kế hoạch", "Ước") and
 * the period ("Quý I-2004", "Năm 2024"); a ranking table's rows are entities and its columns
 * the measures. Pure: a described table in, figures with their cell out.
 */
import { CLASS_HEADER, cellNumber, groupsWithCommas, numbersColumns, type TableGrid } from '../tables.js';
import { scaleBy } from '../quantities.js';
import { headerPeriod } from './period.js';
import { proseFigures } from './figures.js';
import type { CellRef, Figure } from './types.js';

// "GDP theo giá thực tế (nghìn tỷ đồng)", "Tốc độ tăng trưởng (%)": the unit written in the label.
const UNIT_IN_LABEL = /\(\s*(%|nghìn tỷ đồng|ngàn tỷ đồng|tỷ đồng|tỉ đồng|triệu đồng|nghìn đồng|đồng|triệu USD|tỷ USD|USD|người|lượt|ha|tấn|nghìn tấn|km|điểm|hồ sơ|doanh nghiệp|[\p{L} ]{1,20})\s*\)\s*$/iu;
// A column header that says its cells are amounts in đồng. Example match: "(VNĐ)" in "Thành tiền trước thuế (VNĐ)", "Giá trị (VND)".
const MONEY_HEADER = /\(\s*(?:VNĐ|VND|đồng)\s*\)\s*$/u;
// A scale word before any other unit. Example match: "nghìn người" (1: "nghìn", 2: "người"), "triệu usd".
const SCALED_UNIT = /^(nghìn|ngàn|triệu|tỷ|tỉ|vạn)\s+(\p{L}[\p{L} ]{0,20})$/u;
const UNIT_SCALE: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9, vạn: 1e4 };
const MONEY_SCALE: Record<string, number> = { 'nghìn tỷ đồng': 1e12, 'ngàn tỷ đồng': 1e12, 'tỷ đồng': 1e9, 'tỉ đồng': 1e9, 'triệu đồng': 1e6, 'nghìn đồng': 1e3, đồng: 1 };
// A price per unit of something. Example match: "đồng/m2", "đ/kg", "usd/tấn".
const PRICE_UNIT = /^(?:đồng|đ|vnđ|vnd|usd)\s*\/\s*\p{L}[\p{L}\d]*$/iu;
// Summary rows are statements too ("Tổng cộng"); rows that only number or group are not.
const GROUP_ROW = /^(?:[IVXLC]+|[A-Z])\.?$/u;
// "2019", "2023*" (starred: an estimate, footnoted): a row that is a year, under "Năm".
const YEAR_ROW = /^((?:19|20)\d{2})\*?$/u;
// "Tổng số" under rows of years: the sum over those years.
const TOTAL_ROW = /^(?:tổng số|tổng cộng|tổng|cộng)$/iu;

// What may stand in a cell beside its one figure: a cue ("Tăng 12,5%"), a qualifier, punctuation.
// Example match: "Tăng " in "Tăng 12,5%", "," in "15,86 triệu tấn,".
const CELL_CUE = /^[\s,;.:]*(?:(tăng|giảm|ước|ước đạt|đạt|khoảng|gần|hơn|trên|dưới|còn)\s*)*[\s,;.:]*$/iu;

/** The one figure of a cell that holds a figure with its unit ("200,8 nghìn cái") or cue; null for anything else. */
export function figureCell(raw: string): { figure: Figure; cue?: 'change' | 'estimate' } | null {
  if (!/\d/.test(raw) || raw.length > 40) return null;
  const found = proseFigures(raw);
  if (found.length !== 1) return null;
  const f = found[0];
  let after = raw.slice(f.end);
  if (f.unit && after.trimStart().toLowerCase().startsWith(f.unit.toLowerCase())) after = after.trimStart().slice(f.unit.length);
  const rest = `${raw.slice(0, f.start)} ${after}`;
  if (!CELL_CUE.test(rest)) return null;
  const cue = /(?<![\p{L}])(?:tăng|giảm)(?![\p{L}])/iu.test(rest) ? 'change' : /(?<![\p{L}])ước(?![\p{L}])/iu.test(rest) ? 'estimate' : undefined;
  return { figure: { ...f, start: 0, end: raw.length }, ...(cue ? { cue } : {}) };
}

export interface TableFigure {
  figure: Figure;
  cell: CellRef;
}

/**
 * `tableUnit`: the unit the table's caption states for all its cells ("Đvt: triệu đồng" above it),
 * used where neither the row nor the column names one.
 */
export function tableFigures(grid: TableGrid, tableNo: number, docYear?: string, tableUnit = ''): TableFigure[] {
  const out: TableFigure[] = [];
  const labelCol = grid.columns.find((c) => c.role === 'label');
  const unitCol = grid.columns.find((c) => c.role === 'unit');
  if (!labelCol) return out;
  const commas = groupsWithCommas(grid.rows.flatMap((r) => r.cells));
  // "Năm cấp giấy phép | 1999 | 2000 …": a column of the years things happened holds dates, not measures.
  const yearsOnly = (i: number) => {
    const cells = grid.rows.map((r) => (r.cells[i] ?? '').trim()).filter((c) => /\d/.test(c));
    return cells.length > 0 && cells.every((c) => /^(?:19|20)\d{2}$/.test(c));
  };
  const valueCols = grid.columns.filter((c) => (c.role === 'value' || (c.role === 'other' && c.index !== labelCol.index)) && !(/(?<![\p{L}])năm(?![\p{L}])/iu.test(c.header) && yearsOnly(c.index)));
  const years = grid.rows.flatMap((r) => YEAR_ROW.exec((r.cells[labelCol.index] ?? '').trim())?.[1] ?? []).sort();
  const rowPeriod = (label: string) => YEAR_ROW.exec(label)?.[1] ?? (years.length >= 2 && TOTAL_ROW.test(label) ? `${years[0]}-${years[years.length - 1]}` : undefined);
  for (const row of grid.rows) {
    // "+ Xi măng", "- Than sạch": a list mark in the row's label is no word of it.
    const written = (row.cells[labelCol.index] ?? '').replace(/\s+/g, ' ').trim().replace(/^[-+•–]\s+(?=\p{L})/u, '');
    // ("HẠNG" over "1", "2": the class and its number, "HẠNG 1")
    const rowLabel = /^\d{1,2}$/u.test(written) && CLASS_HEADER.test(labelCol.header) ? `${labelCol.header} ${written}` : written;
    // (a header repeated down the table numbers its columns again: no values)
    if (!rowLabel || GROUP_ROW.test(rowLabel) || numbersColumns(row.cells)) continue;
    const unitText = unitCol ? (row.cells[unitCol.index] ?? '').trim() : '';
    const labelUnit = UNIT_IN_LABEL.exec(rowLabel)?.[1] ?? '';
    for (const col of valueCols) {
      const raw = (row.cells[col.index] ?? '').trim();
      const n = cellNumber(raw, commas);
      if (n === null) {
        // "83,28 tỷ kWh", "Tăng 12,5%": a cell holding one figure with its unit or its cue.
        const one = figureCell(raw);
        if (one) {
          const cell: CellRef = { table: tableNo, row: row.index, col: col.index, rowLabel: grid.entityTable ? col.header : rowLabel, header: grid.entityTable ? '' : col.header, kind: one.cue ?? col.kind, period: headerPeriod(col.header, docYear) ?? (grid.entityTable ? undefined : rowPeriod(rowLabel)), entity: grid.entityTable ? rowLabel : col.entity };
          out.push({ figure: one.figure, cell });
        }
        continue;
      }
      // "Thành tiền trước thuế (VNĐ)": a column of money whatever its rows say.
      const headerMoney = MONEY_HEADER.test(col.header) ? 'đồng' : '';
      const unitWord = (unitText || labelUnit || (grid.entityTable ? UNIT_IN_LABEL.exec(col.header)?.[1] ?? '' : '') || headerMoney || tableUnit).toLowerCase();
      const percent = n.percent || unitWord === '%';
      // "24%" in a row of "Tỷ đồng": the rate's own sign says what it is.
      const scale = n.percent ? undefined : MONEY_SCALE[unitWord];
      // "Tạo việc làm mới (nghìn người) | 250": 250 thousand people, as "250 nghìn người" in prose.
      const counted = !scale && !percent ? SCALED_UNIT.exec(unitWord) : null;
      // "Đơn vị tính: đồng/m2": a price per unit is money too.
      const perUnitPrice = !percent && PRICE_UNIT.test(unitWord);
      const cls = percent ? 'percent' : scale || perUnitPrice || (counted && /^(?:usd|đồng)$/u.test(counted[2])) ? 'money' : unitWord === 'điểm' || /(?<![\p{L}])điểm(?![\p{L}])/iu.test(col.header) ? 'score' : 'count';
      const figure: Figure = {
        start: 0,
        end: raw.length,
        raw,
        value: scale ? scaleBy(n.value, scale) : counted ? scaleBy(n.value, UNIT_SCALE[counted[1]]) : n.value,
        cls,
        unit: percent ? '%' : scale ? 'đồng' : counted ? (counted[2] === 'usd' ? 'USD' : counted[2]) : cls === 'score' ? 'điểm' : unitWord,
        numerator: null,
        denominator: null,
        qualifier: '',
      };
      const cell: CellRef = {
        table: tableNo,
        row: row.index,
        col: col.index,
        rowLabel: grid.entityTable ? col.header : rowLabel,
        header: grid.entityTable ? '' : col.header,
        kind: col.kind,
        period: headerPeriod(col.header, docYear) ?? (grid.entityTable ? undefined : rowPeriod(rowLabel)),
        entity: grid.entityTable ? rowLabel : col.entity,
      };
      out.push({ figure, cell });
    }
  }
  return out;
}

// "Đvt: triệu đồng", "ĐVT: Tỷ đồng", "Đơn vị tính: người", "Đơn vị tính : đồng/m2.": the caption line that gives a table's unit.
const UNIT_CAPTION = /^\(?\s*(?:đvt|đơn vị tính|đơn vị)\s*[:.]\s*([\p{L} %][\p{L}\d %/]{0,19}?)\s*\)?\.?$/iu;

/** The unit a caption line above a table states for its cells, or ''. */
export function captionUnit(text: string): string {
  return UNIT_CAPTION.exec(text.trim())?.[1] ?? '';
}

