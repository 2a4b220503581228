/**
 * Ranking tables: one row per agency or commune ("1 | Sở Tư pháp | 14,50 | 14,50 | 13,50 |
 * 93,10%"), one measure per column. Each cell becomes a value of the column's measure for the
 * row's entity. Summary rows ("Chỉ số trung bình") are not entities: they are checked against
 * the rows instead, and a disagreement is reported on the column's values.
 * Columns no catalog measure names are left to the statement extractor (a discovered series).
 * Pure: a described table in, per-entity values out.
 */
import { fold } from '../text/normalize.js';
import { eligibleEntries } from './catalog-match.js';
import type { Quantity } from './quantities.js';
import { cellNumber, cellPlace, type TableColumn, type TableGrid, type TableValue } from './tables.js';

// "Chỉ số cao nhất", "Điểm trung bình", "Tổng cộng", "Bình quân": statistics over the rows.
const AGGREGATE = /^(?:(?:chỉ số|điểm|tỷ lệ|giá trị)\s+)?(cao nhất|thấp nhất|trung bình|bình quân)$|^(?:tổng cộng|tổng số|tổng|cộng)$/iu;

export function entityTableValues(grid: TableGrid, tableNo: number, context: string): { values: TableValue[] } {
  const values: TableValue[] = [];
  const labelCol = grid.columns.find((c) => c.role === 'label');
  if (!labelCol) return { values };
  const numberCol = grid.columns.find((c) => c.role === 'number');
  const rows = grid.rows.map((r, i) => ({ i, r, label: (r.cells[labelCol.index] ?? '').replace(/\s+/g, ' ').trim() })).filter((x) => x.label);
  // A row number makes a row an entity ("1 | Chỉ số …"); a summary label merged over the number
  // and label columns (a ruled PDF table or a DOCX one) fills both and is no number.
  const rowNumber = (x: { r: { cells: string[] }; label: string }) => {
    const n = numberCol ? x.r.cells[numberCol.index]?.replace(/\s+/g, ' ').trim() ?? '' : '';
    return n !== '' && n !== x.label;
  };
  const aggregates = rows.filter((x) => AGGREGATE.test(x.label) && !rowNumber(x));
  const entities = rows.filter((x) => !aggregates.includes(x));
  for (const col of grid.columns.filter((c) => c.role === 'value')) {
    const cells = entities.flatMap((x) => {
      const raw = x.r.cells[col.index]?.trim() ?? '';
      const n = cellNumber(raw);
      return n === null ? [] : [{ ...x, raw, value: n.value, percent: n.percent }];
    });
    if (!cells.length) continue;
    const percent = cells.every((c) => c.percent);
    const q: Quantity = { value: cells[0].value, kind: percent ? 'percent' : 'number', unit: percent ? '%' : '', raw: cells[0].raw, start: 0, end: cells[0].raw.length };
    const header = fold(col.header).trim();
    const entry = eligibleEntries(q, context, header, true).find((e) => e.aliasesFolded.some((a) => header.includes(a) && a.length >= 0.6 * header.length));
    if (!entry) continue;
    const warnings = checkAggregates(aggregates, col, cells.map((c) => c.value));
    for (const c of cells) {
      const rowNo = numberCol ? c.r.cells[numberCol.index]?.trim() : '';
      values.push({
        series_id: entry.id,
        label: col.header,
        entity: c.label,
        value: c.value,
        unit: entry.unit === 'score' ? 'điểm' : q.unit,
        numerator: null,
        denominator: null,
        kind: col.kind ?? 'actual',
        column: col,
        rowIndex: c.i,
        quote: `${cellPlace(tableNo, rowNo, col.header)} ${c.label}: ${c.raw}`,
        warnings: [...warnings],
      });
    }
  }
  return { values };
}

/** Stated maxima, minima and means against the rows' own; a difference is worth a warning. */
function checkAggregates(aggregates: Array<{ label: string; r: { cells: string[] } }>, col: TableColumn, xs: number[]): string[] {
  const out: string[] = [];
  for (const a of aggregates) {
    const raw = a.r.cells[col.index]?.trim() ?? '';
    const stated = cellNumber(raw)?.value ?? null;
    if (stated === null) continue;
    const what = fold(a.label);
    const computed = /cao nhat/.test(what)
      ? Math.max(...xs)
      : /thap nhat/.test(what)
        ? Math.min(...xs)
        : /trung binh|binh quan/.test(what)
          ? xs.reduce((s, x) => s + x, 0) / xs.length
          : xs.reduce((s, x) => s + x, 0);
    const decimals = (raw.replace(/%$/, '').split(',')[1] ?? '').length;
    const tolerance = 0.5 * 10 ** -decimals + 1e-9;
    if (Math.abs(computed - stated) > tolerance) {
      out.push(`the table states "${a.label}" = ${raw}, but its ${xs.length} rows give ${Math.round(computed * 100) / 100}`);
    }
  }
  return out;
}
