/**
 * Composite-index tables: rows are an index's components ("Cải cách thể chế", "Chỉ số chung"),
 * columns a measure per province ("Lâm Đồng / Điểm số | Chỉ số | Thứ hạng"). The table's own
 * heading names the index (PAR Index, SIPAS, PAPI, PCI, Chỉ số 766). Each cell of a component row
 * becomes that component's measure for the column's province: "9,49/9,5" a score of its maximum,
 * "99,9%" the index, "12/63" a rank among 63. Rows that are no component (the 766 table's detail
 * rates) are left to the ordinary table reader.
 * Pure: a described table and its headings in, values and the rows used out.
 */
import { CompositeIndex, compositeIndices, indicatorId, Measure, words } from '../data/composite-indices.js';
import { fold } from '../text/normalize.js';
import { parseVietnameseNumber } from './quantities.js';
import { cellNumber, cellPlace, type TableColumn, type TableGrid, type TableValue } from './tables.js';

// "Thứ hạng", "Xếp hạng"; "Điểm số", "Điểm"; "Chỉ số", "Tỷ lệ" (the index as a percentage).
const RANK_HEADER = /(?<![\p{L}])(thu hang|xep hang|thu tu)(?![\p{L}])/u;
const SCORE_HEADER = /(?<![\p{L}])diem(?![\p{L}])/u;
const INDEX_HEADER = /(?<![\p{L}])(chi so|ty le)(?![\p{L}])/u;
// The most a criterion can score, not a score: "Điểm chuẩn", "Điểm tối đa", "Thang điểm".
const MAX_HEADER = /(?<![\p{L}])(diem chuan|diem toi da|toi da|thang diem)(?![\p{L}])/u;
// "12/63", "9,49/9,5", "9,49 / 9,5"
const OF = /^(\d[\d.,]*)\s*\/\s*(\d[\d.,]*)$/u;
const MIN_MATCH = 0.8;

/** The index a table reports: the innermost heading above it that names one. */
export function indexOfHeadings(sectionPath: string[], indices: CompositeIndex[] = compositeIndices): CompositeIndex | null {
  for (const heading of [...sectionPath].reverse()) {
    const h = words(heading).join(' ');
    const named = indices.filter((ix) => ix.mentions.some((m) => m.test(h)));
    if (named.length === 1) return named[0];
    if (named.length > 1) return null;
  }
  return null;
}

function measureOf(col: TableColumn): Measure | null {
  const last = fold(col.header.split(' / ').pop() ?? '');
  if (MAX_HEADER.test(last)) return null;
  if (RANK_HEADER.test(last)) return 'rank';
  if (SCORE_HEADER.test(last)) return 'score';
  if (INDEX_HEADER.test(last)) return 'index';
  return null;
}

/** How well two word lists name the same thing: the share of the less covered one that is shared. */
function overlap(a: string[], b: string[]): number {
  const [sa, sb] = [new Set(a), new Set(b)];
  const shared = [...sa].filter((w) => sb.has(w)).length;
  return Math.min(shared / sa.size, shared / sb.size);
}

/** The component a row label names: the best alias, clearly ahead of any other component's. */
export function componentOf(label: string, ix: CompositeIndex): string | null {
  const w = words(label);
  if (!w.length) return null;
  const scored = ix.components
    .map((c) => ({ id: c.id, score: Math.max(...c.aliasWords.map((a) => overlap(w, a))) }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best.score < MIN_MATCH || (second && best.score - second.score < 0.1)) return null;
  return best.id;
}

function parseCell(raw: string, measure: Measure): { value: number; numerator: number | null; denominator: number | null } | null {
  const of = OF.exec(raw);
  if (of) {
    const [a, b] = [parseVietnameseNumber(of[1]), parseVietnameseNumber(of[2])];
    if (measure === 'index' || a === null || b === null || a > b) return null;
    if (measure === 'rank' && !(Number.isInteger(a) && Number.isInteger(b))) return null;
    return { value: a, numerator: a, denominator: b };
  }
  const n = cellNumber(raw);
  if (n === null) return null;
  // An index is a percentage ("99,9%", or bare in a "Tỷ lệ" column); a score or rank never is.
  if (measure === 'index' ? n.value > 100 : n.percent || (measure === 'rank' && !Number.isInteger(n.value))) return null;
  return { value: n.value, numerator: null, denominator: null };
}

const UNITS: Record<Measure, string> = { score: 'điểm', index: '%', rank: 'hạng' };

export function indexTableValues(grid: TableGrid, ix: CompositeIndex, tableNo: number): { values: TableValue[]; rows: Set<number> } {
  const values: TableValue[] = [];
  const used = new Set<number>();
  const labelCol = grid.columns.find((c) => c.role === 'label');
  const numberCol = grid.columns.find((c) => c.role === 'number');
  if (!labelCol) return { values, rows: used };
  const measured = grid.columns.flatMap((c) => {
    const m = c.role !== 'label' && c.role !== 'number' && c.role !== 'note' ? measureOf(c) : null;
    return m ? [{ col: c, measure: m }] : [];
  });
  if (!measured.length) return { values, rows: used };
  const maxCol = grid.columns.find((c) => c.role !== 'label' && c.role !== 'number' && MAX_HEADER.test(fold(c.header.split(' / ').pop() ?? '')));
  grid.rows.forEach((row, i) => {
    const label = (row.cells[labelCol.index] ?? '').replace(/\s+/g, ' ').trim();
    const component = componentOf(label, ix);
    if (!component) return;
    const rowNo = numberCol ? row.cells[numberCol.index]?.trim() : '';
    for (const { col, measure } of measured) {
      const raw = row.cells[col.index]?.trim() ?? '';
      const cell = raw ? parseCell(raw, measure) : null;
      if (!cell) continue;
      // "8.00 | 7.25" under "Điểm chuẩn | Điểm tự đánh giá": the score out of the criterion's maximum.
      const max = measure === 'score' && maxCol && cell.denominator === null ? cellNumber(row.cells[maxCol.index] ?? '') : null;
      if (max && !max.percent && max.value >= cell.value) Object.assign(cell, { numerator: cell.value, denominator: max.value });
      used.add(i);
      values.push({
        series_id: indicatorId(ix.id, component, measure),
        label: col.header ? `${label} / ${col.header}` : label,
        entity: col.entity ?? '',
        ...cell,
        unit: UNITS[measure],
        kind: 'actual',
        column: col,
        rowIndex: i,
        warnings: [],
        quote: `${cellPlace(tableNo, rowNo, col.header)} ${label}: ${raw}`,
      });
    }
  });
  return { values, rows: used };
}
