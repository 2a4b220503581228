/**
 * Figure parser for tables: every numeric data cell of a described table is a figure, labelled
 * by its row label and its column header path; the header says the kind ("Kế hoạch", "Ước") and
 * the period ("Quý I-2004", "Năm 2024"); a ranking table's rows are entities and its columns
 * the measures. Pure: a described table in, figures with their cell out.
 */
import { cellNumber, type TableGrid } from '../tables.js';
import { headerPeriod } from './period.js';
import type { CellRef, Figure } from './types.js';

// "GDP theo giá thực tế (nghìn tỷ đồng)", "Tốc độ tăng trưởng (%)": the unit written in the label.
const UNIT_IN_LABEL = /\(\s*(%|nghìn tỷ đồng|ngàn tỷ đồng|tỷ đồng|tỉ đồng|triệu đồng|nghìn đồng|đồng|triệu USD|tỷ USD|USD|người|lượt|ha|tấn|nghìn tấn|km|điểm|hồ sơ|doanh nghiệp|[\p{L} ]{1,20})\s*\)\s*$/iu;
const MONEY_SCALE: Record<string, number> = { 'nghìn tỷ đồng': 1e12, 'ngàn tỷ đồng': 1e12, 'tỷ đồng': 1e9, 'tỉ đồng': 1e9, 'triệu đồng': 1e6, 'nghìn đồng': 1e3, đồng: 1 };
// Summary rows are statements too ("Tổng cộng"); rows that only number or group are not.
const GROUP_ROW = /^(?:[IVXLC]+|[A-Z])\.?$/u;
// "2019", "2023*" (starred: an estimate, footnoted): a row that is a year, under "Năm".
const YEAR_ROW = /^((?:19|20)\d{2})\*?$/u;
// "Tổng số" under rows of years: the sum over those years.
const TOTAL_ROW = /^(?:tổng số|tổng cộng|tổng|cộng)$/iu;

export interface TableFigure {
  figure: Figure;
  cell: CellRef;
}

export function tableFigures(grid: TableGrid, tableNo: number, docYear?: string): TableFigure[] {
  const out: TableFigure[] = [];
  const labelCol = grid.columns.find((c) => c.role === 'label');
  const unitCol = grid.columns.find((c) => c.role === 'unit');
  if (!labelCol) return out;
  const valueCols = grid.columns.filter((c) => c.role === 'value' || (c.role === 'other' && c.index !== labelCol.index));
  const years = grid.rows.flatMap((r) => YEAR_ROW.exec((r.cells[labelCol.index] ?? '').trim())?.[1] ?? []).sort();
  const rowPeriod = (label: string) => YEAR_ROW.exec(label)?.[1] ?? (years.length >= 2 && TOTAL_ROW.test(label) ? `${years[0]}-${years[years.length - 1]}` : undefined);
  for (const row of grid.rows) {
    const rowLabel = (row.cells[labelCol.index] ?? '').replace(/\s+/g, ' ').trim();
    if (!rowLabel || GROUP_ROW.test(rowLabel)) continue;
    const unitText = unitCol ? (row.cells[unitCol.index] ?? '').trim() : '';
    const labelUnit = UNIT_IN_LABEL.exec(rowLabel)?.[1] ?? '';
    for (const col of valueCols) {
      const raw = (row.cells[col.index] ?? '').trim();
      const n = cellNumber(raw);
      if (n === null) continue;
      const unitWord = (unitText || labelUnit || (grid.entityTable ? UNIT_IN_LABEL.exec(col.header)?.[1] ?? '' : '')).toLowerCase();
      const percent = n.percent || unitWord === '%';
      const scale = MONEY_SCALE[unitWord];
      const cls = percent ? 'percent' : scale ? 'money' : unitWord === 'điểm' || /(?<![\p{L}])điểm(?![\p{L}])/iu.test(col.header) ? 'score' : 'count';
      const figure: Figure = {
        start: 0,
        end: raw.length,
        raw,
        value: scale ? n.value * scale : n.value,
        cls,
        unit: percent ? '%' : scale ? 'đồng' : cls === 'score' ? 'điểm' : unitWord,
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
