/**
 * Tables rebuilt from item positions (a PDF has no table structure, only text at coordinates).
 * Pure, like pdf-layout: a page's lines in, tables (header per column, cell grid, the lines they
 * used) out, so every rule is testable with hand-made items.
 *
 * The evidence for a table is geometric: several consecutive rows that split into three or more
 * segments at wide gaps, with figures among them, whose segments line up in columns. Column
 * bounds come from those full rows only; header rows, wrapped labels and summary rows are then
 * placed by overlap, so a label wrapped over two lines ("Sở Khoa học và Công" / "nghệ") stays one
 * cell.
 */
import type { Line } from './pdf-layout.js';
import { lineText } from './pdf-layout.js';

/** A run of a line's items between wide gaps: one cell's worth of text on one baseline. */
export interface Segment {
  x0: number;
  x1: number;
  y: number;
  text: string;
}

/** Lines on the same baseline (a table row's cells are separate lines in the content stream). */
interface PhysRow {
  y: number;
  size: number;
  segments: Segment[];
  lines: Line[];
}

export interface PdfTable {
  page: number;
  /** One header per column (stacked header lines joined top to bottom); '' where none. */
  header: string[];
  /** Header cells spanning several columns ("Lâm Đồng" over "Chỉ số | Thứ hạng"), column range inclusive. */
  groups: Array<{ text: string; first: number; last: number }>;
  rows: string[][];
  /** Every line the table took, so the paragraph builder skips them. */
  lines: Set<Line>;
  top: number;
  columns: Array<[number, number]>;
}

// A gap wider than this many font sizes separates cells; word spaces are ~0.25–0.35 em and
// justified text stretches them to ~0.6 em at most; the narrowest cell gap seen is 0.9 em
// ("82,5%   43/63" in 07's PAPI table).
const CELL_GAP_EM = 0.75;
// "14,50", "93,10%", "2.471.745", "12/63" (a rank), "9,49/9,5" (a score of its maximum), "-",
// "x": what a value cell holds.
const NUMERIC_CELL = /^(?:[-+]?\d[\d.,]*\s*%?|\d[\d.,]*\s*\/\s*\d[\d.,]*|[-–x])$/u;
// "9,49/" over "9,5": a score typeset as a stacked fraction, numerator line ending in the slash.
const FRACTION_HEAD = /^\d[\d.,]*\s*\/$/u;
const PLAIN_NUMBER = /^\d[\d.,]*$/u;
// "1", "2.1", "III", "III.1": the row-number cell of the first column.
const ROW_NUMBER_CELL = /^(?:\d+(?:\.\d+)*\.?|[IVXLC]+(?:\.\d+)*\.?)$/u;
// "I. ĐỐI VỚI CẤP SỞ", "2. Kết quả", "a) Cấp xã", "Biểu 1:": text above a table that is not its header.
const HEADING_LIKE = /^(?:[IVXLC]+\.|\d+(?:\.\d+)*\.\s|[a-zđ]\)\s)|:$/u;
// "KẾT QUẢ CHỈ SỐ PAR INDEX NĂM 2024": a caption in capitals under a table starts the next figure.
const CAPTION = /^(?=(?:\S+\s+){2,}\S)[^\p{Ll}]{12,}$/u;
const MIN_DATA_ROWS = 3;
const MIN_COLUMNS = 3;

export function splitSegments(line: Line): Segment[] {
  const out: Segment[] = [];
  let pieces: Line['pieces'] = [];
  let prevEnd: number | null = null;
  const flush = () => {
    const text = lineText({ ...line, pieces }).trim();
    if (text) {
      const solid = pieces.filter((p) => p.item.str.trim());
      out.push({ x0: Math.min(...solid.map((p) => p.item.x)), x1: Math.max(...solid.map((p) => p.item.x + p.item.width)), y: line.y, text });
    }
    pieces = [];
  };
  for (const p of line.pieces) {
    const gap = CELL_GAP_EM * Math.max(line.size, 1);
    if (p.item.str.trim() === '') {
      if (p.item.width > gap) flush();
      else pieces.push(p);
      continue;
    }
    if (prevEnd !== null && p.item.x - prevEnd > gap) flush();
    pieces.push(p);
    prevEnd = p.item.x + p.item.width;
  }
  flush();
  return out;
}

function groupRows(lines: Line[]): PhysRow[] {
  const rows: PhysRow[] = [];
  for (const line of [...lines].sort((a, b) => b.y - a.y)) {
    const segs = splitSegments(line);
    const row = rows.find((r) => Math.abs(r.y - line.y) < 0.35 * Math.max(r.size, line.size));
    if (row) {
      row.segments.push(...segs);
      row.lines.push(line);
    } else rows.push({ y: line.y, size: line.size, segments: segs, lines: [line] });
  }
  for (const r of rows) r.segments.sort((a, b) => a.x0 - b.x0);
  return rows.sort((a, b) => b.y - a.y);
}

/**
 * Scores typeset as stacked fractions ("9,49/" above "9,5", the row's other figures on the line
 * between) become one cell "9,49/9,5": the denominator is the nearest plain number under the
 * numerator, within two lines. A row left empty gives its lines to the numerator's row.
 */
function joinStackedFractions(rows: PhysRow[]): PhysRow[] {
  rows.forEach((row, k) => {
    for (const s of row.segments) {
      if (!FRACTION_HEAD.test(s.text)) continue;
      const mid = (s.x0 + s.x1) / 2;
      for (const below of rows.slice(k + 1)) {
        if (row.y - below.y > 2.5 * row.size) break;
        const t = below.segments.find((x) => PLAIN_NUMBER.test(x.text) && Math.abs((x.x0 + x.x1) / 2 - mid) < row.size);
        if (!t) continue;
        s.text = `${s.text.replace(/\s+/g, '')}${t.text}`;
        s.x0 = Math.min(s.x0, t.x0);
        s.x1 = Math.max(s.x1, t.x1);
        below.segments.splice(below.segments.indexOf(t), 1);
        if (!below.segments.length) row.lines.push(...below.lines);
        break;
      }
    }
  });
  return rows.filter((r) => r.segments.length);
}

// "STT | Chỉ tiêu | 2024 | 2025": a header whose figures are all years is not data.
const YEAR = /^(?:19|20)\d{2}$/u;
const numericCount = (r: PhysRow) => {
  const figures = r.segments.slice(1).filter((s) => NUMERIC_CELL.test(s.text));
  return figures.every((s) => YEAR.test(s.text)) && !NUMERIC_CELL.test(r.segments[0]?.text ?? '') ? 0 : figures.length;
};
const isFullRow = (r: PhysRow) => r.segments.length >= MIN_COLUMNS && numericCount(r) >= 1;
// Inside a table: a summary row ("Chỉ số trung bình … 61,69%") has a label and a figure.
const isDataRow = (r: PhysRow) => isFullRow(r) || (r.segments.length >= 2 && numericCount(r) >= 1);

/** Column of a segment: the one it overlaps most, else the nearest by centre. */
function columnOf(seg: Segment, columns: Array<[number, number]>): number {
  let best = -1;
  let bestOverlap = 0;
  columns.forEach(([a, b], i) => {
    const o = Math.min(b, seg.x1) - Math.max(a, seg.x0);
    if (o > bestOverlap) [best, bestOverlap] = [i, o];
  });
  if (best >= 0) return best;
  const mid = (seg.x0 + seg.x1) / 2;
  let dist = Infinity;
  columns.forEach(([a, b], i) => {
    const d = Math.abs((a + b) / 2 - mid);
    if (d < dist) [best, dist] = [i, d];
  });
  return best;
}

/** Indices of the columns whose cells in the full rows are mostly figures. */
function figureColumnsOf(columns: Array<[number, number]>, full: PhysRow[]): Set<number> {
  const out = new Set<number>();
  columns.forEach((_, k) => {
    const inCol = full.flatMap((r) => r.segments.filter((s) => columnOf(s, columns) === k));
    if (inCol.length && inCol.filter((s) => NUMERIC_CELL.test(s.text)).length >= 0.5 * inCol.length) out.add(k);
  });
  return out;
}

/**
 * Justified words in a narrow label cell ("chỉ      đạo,") leave gaps as wide as a column's.
 * Text columns under one header cell ("Nội dung") are one column, and so is a text column with
 * nothing over it and another text column on its left. Merges `columns` in place; returns the
 * figure columns of the result.
 */
function mergeLabelColumns(columns: Array<[number, number]>, header: PhysRow[], full: PhysRow[]): Set<number> {
  let figureCols = figureColumnsOf(columns, full);
  const merge = (a: number, b: number) => {
    columns.splice(a, b - a + 1, [columns[a][0], columns[b][1]]);
    figureCols = figureColumnsOf(columns, full);
  };
  for (const r of header) {
    const spans = r === header[0] ? groupSpans(r, columns, figureCols) : new Map<Segment, number[]>();
    for (const s of r.segments) {
      const spanned = spans.get(s) ?? headerColumns(s, columns);
      if (spanned.length >= 2 && !spanned.some((k) => figureCols.has(k))) merge(spanned[0], spanned[spanned.length - 1]);
    }
  }
  for (let k = columns.length - 1; k >= 1; k--) {
    const headed = header.some((r) => r.segments.some((s) => columnOf(s, columns) === k));
    if (!headed && !figureCols.has(k) && !figureCols.has(k - 1)) merge(k - 1, k);
  }
  return figureCols;
}

/** A merged header cell ("Lâm Đồng" over "Điểm số | Thứ hạng") heads every column it mostly covers. */
function headerColumns(seg: Segment, columns: Array<[number, number]>): number[] {
  const covered = columns.flatMap(([a, b], i) => (Math.min(b, seg.x1) - Math.max(a, seg.x0) >= 0.5 * (b - a) ? [i] : []));
  return covered.length > 1 ? covered : [columnOf(seg, columns)];
}

/**
 * A header line naming fewer things than there are figure columns under it ("Lâm Đồng | Đắk
 * Nông | Bình Thuận" over three columns each) on the table's top line, each name narrower than
 * its columns together: every figure column goes to the name whose centre is nearest.
 */
function groupSpans(r: PhysRow, columns: Array<[number, number]>, figureCols: Set<number>): Map<Segment, number[]> {
  const out = new Map<Segment, number[]>();
  // The figure columns right of the label column (a row-number column is figures too).
  const labelCol = Math.max(-1, ...columns.flatMap((c, k) => (!figureCols.has(k) && c[1] <= r.segments[0].x0 ? [k] : [])));
  const figs = [...figureCols].filter((k) => k > labelCol).sort((a, b) => a - b);
  if (r.segments.length < 2 || r.segments.length >= figs.length) return out;
  if (r.segments.some((s) => !figureCols.has(columnOf(s, columns)))) return out;
  const centre = (a: number, b: number) => (a + b) / 2;
  for (const k of figs) {
    const mid = centre(...columns[k]);
    const s = r.segments.reduce((best, x) => (Math.abs(centre(x.x0, x.x1) - mid) < Math.abs(centre(best.x0, best.x1) - mid) ? x : best));
    out.set(s, [...(out.get(s) ?? []), k]);
  }
  // Every name heads a contiguous run of two or more, or this line is not a group line.
  // and stands centred over it (a stacked header word "Điểm" sits over its own column only).
  const centred = (s: Segment, ks: number[]) => {
    const [a, b] = [columns[ks[0]][0], columns[ks[ks.length - 1]][1]];
    return Math.abs(centre(s.x0, s.x1) - centre(a, b)) < 0.2 * (b - a);
  };
  if (out.size !== r.segments.length || [...out].some(([s, ks]) => ks.length < 2 || ks[ks.length - 1] - ks[0] !== ks.length - 1 || !centred(s, ks))) out.clear();
  return out;
}

/**
 * Column bounds: x ranges covered by the full rows' segments. In a larger table one row with a
 * cell spanning two columns must not fuse them, so there a position needs two rows to count.
 */
function columnsOf(rows: PhysRow[]): Array<[number, number]> {
  const full = rows.filter(isFullRow);
  const segs = full.flatMap((r) => r.segments);
  if (!segs.length) return [];
  const min = Math.floor(Math.min(...segs.map((s) => s.x0)));
  const max = Math.ceil(Math.max(...segs.map((s) => s.x1)));
  const figures = new Array<number>(max - min + 1).fill(0);
  const words = new Array<number>(max - min + 1).fill(0);
  for (const s of segs) {
    const cover = NUMERIC_CELL.test(s.text) ? figures : words;
    for (let x = Math.floor(s.x0); x < Math.ceil(s.x1); x++) cover[x - min]++;
  }
  // A summary label ("CHỈ SỐ CHUNG") spans the number and label columns: text positions need
  // two rows as soon as two rows have text.
  const need = full.length >= 10 ? 2 : 1;
  const needWords = Math.max(need, full.filter((r) => r.segments.some((s) => !NUMERIC_CELL.test(s.text))).length >= 2 ? 2 : 1);
  const out: Array<[number, number]> = [];
  let open: number | null = null;
  figures.forEach((n, k) => {
    const covered = n >= need || words[k] >= needWords || (n > 0 && n + words[k] >= need);
    if (covered && open === null) open = k;
    if (!covered && open !== null) {
      out.push([min + open, min + k]);
      open = null;
    }
  });
  if (open !== null) out.push([min + open, max]);
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Tables on one page: `lines` are its body lines (furniture and footnotes removed). */
export function findTables(lines: Line[], page: number): PdfTable[] {
  const rows = joinStackedFractions(groupRows(lines));
  const tables: PdfTable[] = [];
  let i = 0;
  while (i < rows.length) {
    if (!isFullRow(rows[i])) {
      i++;
      continue;
    }
    // The run of data rows, with the wrapped-label lines between them.
    const start = i;
    let end = i;
    let j = i + 1;
    let sinceData = 0;
    while (j < rows.length && sinceData <= 3) {
      if (isDataRow(rows[j])) {
        end = j;
        sinceData = 0;
      } else if (rows[j].segments.length <= 2 && !HEADING_LIKE.test(rows[j].segments[0]?.text ?? '') && !CAPTION.test(rows[j].segments[0]?.text ?? '')) sinceData++;
      else break;
      j++;
    }
    const run = rows.slice(start, end + 1);
    const data = run.filter(isDataRow);
    const columns = columnsOf(data);
    if (data.filter(isFullRow).length < MIN_DATA_ROWS || columns.length < MIN_COLUMNS) {
      i = end + 1;
      continue;
    }
    const left = columns[0][0];
    const right = columns[columns.length - 1][1];
    // Row pitch; the two baselines of one row (stacked scores above, the rest a line lower) are
    // not a pitch.
    const gaps = data.slice(1).map((r, k) => data[k].y - r.y);
    const pitch = median(gaps.filter((g) => g >= 1.5 * data[0].size)) || median(gaps) || 2 * data[0].size;
    // Rows past the run's end on the same grid (wrapped label of the last row).
    while (end + 1 < rows.length && !isDataRow(rows[end + 1]) && rows[end].y - rows[end + 1].y < 0.6 * pitch && fits(rows[end + 1])) end++;

    // A label centred in a tall row starts above the row's figures: lines that close belong to it.
    let first = start;
    while (first > 0 && rows[first - 1].y - rows[first].y < 0.45 * pitch && rows[first - 1].segments.length <= 2 && numericCount(rows[first - 1]) === 0 && fits(rows[first - 1])) first--;

    // Header: rows above the first data row, packed close together, inside the table's width.
    const header: PhysRow[] = [];
    let above = first - 1;
    let lastY = rows[first].y;
    while (above >= 0 && header.length < 8) {
      const r = rows[above];
      const limit = header.length === 0 ? Math.max(1.3 * pitch, 2.2 * r.size) : 1.8 * r.size;
      // A header cell names a column; text ending a sentence is the paragraph above the table.
      if (r.y - lastY > limit || !fits(r) || r.segments.some((s) => HEADING_LIKE.test(s.text) || /[.;]$/u.test(s.text))) break;
      if (r.segments.length === 1 && r.segments[0].x1 - r.segments[0].x0 > 0.6 * (right - left)) break; // a title line
      header.unshift(r);
      lastY = r.y;
      above--;
    }

    const body = rows.slice(first, end + 1);
    // Columns whose full-row cells are figures: a text segment spilling over one ("Chỉ số trung
    // bình" centred across a merged cell) belongs to the text column it touches.
    const figureCols = mergeLabelColumns(columns, header, data.filter(isFullRow));
    const place = (s: Segment): number => {
      const k = columnOf(s, columns);
      if (!figureCols.has(k) || NUMERIC_CELL.test(s.text)) return k;
      const text = columns.map((_, i) => i).filter((i) => !figureCols.has(i) && columns[i][0] <= s.x0 + 1);
      return text.length ? text[text.length - 1] : k;
    };
    const logical = logicalRows(body, place, figureCols);
    const owner = assignWrappedLines(body, logical, first < start);
    const cells: Array<Array<Array<{ y: number; x: number; text: string }>>> = logical.map(() => columns.map(() => []));
    for (const r of body) for (const s of r.segments) cells[owner.get(r)!][place(s)].push({ y: s.y, x: s.x0, text: s.text });
    const headCells: Array<Array<{ y: number; x: number; text: string }>> = columns.map(() => []);
    const groups: PdfTable['groups'] = [];
    for (const r of header) {
      const spans = r === header[0] ? groupSpans(r, columns, figureCols) : new Map<Segment, number[]>();
      for (const s of r.segments) {
        const spanned = spans.get(s) ?? headerColumns(s, columns);
        if (spanned.length > 1) {
          const g = groups.find((x) => x.first === spanned[0] && x.last === spanned[spanned.length - 1]);
          if (g) g.text = `${g.text} ${s.text}`;
          else groups.push({ text: s.text, first: spanned[0], last: spanned[spanned.length - 1] });
        } else headCells[spanned[0]].push({ y: s.y, x: s.x0, text: s.text });
      }
    }
    const join = (parts: Array<{ y: number; x: number; text: string }>) =>
      parts
        .sort((a, b) => b.y - a.y || a.x - b.x)
        .map((p) => p.text)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
    const grid = cells.map((row) => row.map(join));
    if (looksLikeChart(grid)) {
      i = end + 1;
      continue;
    }
    const used = new Set<Line>([...header, ...body].flatMap((r) => r.lines));
    tables.push({ page, header: headCells.map(join), groups, rows: grid, lines: used, top: (header[0] ?? rows[first]).y, columns });
    i = end + 1;

    function fits(r: PhysRow): boolean {
      const tol = 1.5 * r.size;
      return r.segments.length > 0 && r.segments.every((s) => s.x0 >= left - tol && s.x1 <= right + tol);
    }
  }
  return tables;
}

// "9,49 9,38 9,45": several figures in one cell is a chart's data labels, not a table cell.
const MANY_FIGURES = /\d[\d.,]*%?\s+\d[\d.,]*%?(?:\s|$)/u;

/**
 * A bar chart's axis ticks and data labels also line up in rows and columns; what gives it away
 * is a grid mostly empty and cells holding several figures.
 */
export function looksLikeChart(grid: string[][]): boolean {
  const cells = grid.flat();
  const filled = cells.filter(Boolean);
  const many = filled.filter((c) => MANY_FIGURES.test(c)).length;
  return filled.length < 0.5 * cells.length || many > 0.15 * filled.length;
}

const hasText = (r: PhysRow) => r.segments.some((s) => !NUMERIC_CELL.test(s.text));
// "nghệ", "chính công", "(tiếp)": a line that cannot start a label continues the one above.
const CONTINUES = /^[\p{Ll}\p{P}]/u;

/**
 * Which table row each body line belongs to. Lines of a row's own baselines belong to it. A
 * wrapped label line starting in lower case continues the line above. Otherwise it goes to the
 * nearest row; but when labels are centred in tall rows (`centred`: the first label starts above
 * its row's figures), a line between two rows' anchors (their numbered baselines) goes to the
 * upper row only if that brings the upper label's centre closer to its anchor: Word centres both
 * the label and the row number in the cell.
 */
function assignWrappedLines(body: PhysRow[], groups: PhysRow[][], centred: boolean): Map<PhysRow, number> {
  const owner = new Map<PhysRow, number>();
  groups.forEach((g, k) => g.forEach((r) => owner.set(r, k)));
  const anchor = (g: PhysRow[]) => (g.find((r) => ROW_NUMBER_CELL.test(r.segments[0]?.text ?? '')) ?? g.find(hasText) ?? g[0]).y;
  const anchors = groups.map(anchor);
  const centreOf = (k: number, extra: PhysRow[] = []) => {
    const ys = [...body.filter((r) => owner.get(r) === k && hasText(r)), ...extra].map((r) => r.y);
    return ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : anchors[k];
  };
  const ordered = [...body].sort((a, b) => b.y - a.y);
  ordered.forEach((r, i) => {
    if (owner.has(r)) return;
    const prev = ordered[i - 1];
    if (prev && owner.has(prev) && CONTINUES.test(r.segments[0]?.text ?? '')) {
      owner.set(r, owner.get(prev)!);
      return;
    }
    const below = anchors.findIndex((y) => y < r.y);
    if (!centred || below <= 0) {
      owner.set(r, below === 0 ? 0 : nearestGroup(groups, r.y));
      return;
    }
    // The line and the lower-case lines glued under it move together.
    const run = [r];
    for (let j = i + 1; j < ordered.length && !owner.has(ordered[j]) && CONTINUES.test(ordered[j].segments[0]?.text ?? ''); j++) run.push(ordered[j]);
    const up = below - 1;
    const keepUp = Math.abs(centreOf(up, run) - anchors[up]) < Math.abs(centreOf(up) - anchors[up]);
    owner.set(r, keepUp ? up : below);
  });
  return owner;
}

/** Index of the row group with a member's baseline nearest to y. */
function nearestGroup(groups: PhysRow[][], y: number): number {
  let best = 0;
  let dist = Infinity;
  groups.forEach((g, k) => {
    for (const r of g) {
      if (Math.abs(r.y - y) < dist) [best, dist] = [k, Math.abs(r.y - y)];
    }
  });
  return best;
}

/**
 * Table rows from physical rows. Usually one data row each; but a row whose figures sit on two
 * baselines (stacked scores "9,49/9,5" above, "99,9% | 12/63" a line lower) is two physical rows
 * filling different columns, closer than a line apart: one table row. And a numbered line without
 * figures ("III | Cung cấp dịch vụ trực tuyến", a group heading) is a row of its own when the data
 * row nearest to it has its own number; otherwise its number belongs to that row (a number
 * centred in a tall cell, beside the label's last line).
 */
function logicalRows(body: PhysRow[], place: (s: Segment) => number, figureCols: Set<number>): PhysRow[][] {
  const figuresOf = (r: PhysRow) => new Set(r.segments.filter((s) => NUMERIC_CELL.test(s.text) && figureCols.has(place(s))).map(place));
  const numbered = (r: PhysRow) => r.segments.length >= 1 && ROW_NUMBER_CELL.test(r.segments[0].text) && place(r.segments[0]) === 0;
  const onlyFigures = (r: PhysRow) => r.segments.every((s) => NUMERIC_CELL.test(s.text));
  const groups: PhysRow[][] = [];
  let filled = new Set<number>();
  for (const r of body.filter(isDataRow)) {
    const last = groups[groups.length - 1];
    const mine = figuresOf(r);
    const lastRow = last?.[last.length - 1];
    if (lastRow && lastRow.y - r.y < 1.5 * Math.max(r.size, lastRow.size) && (onlyFigures(r) || onlyFigures(lastRow)) && [...mine].every((k) => !filled.has(k)) && !(numbered(r) && last.some(numbered))) {
      last.push(r);
      for (const k of mine) filled.add(k);
      continue;
    }
    groups.push([r]);
    filled = mine;
  }
  for (const r of body) {
    if (isDataRow(r) || r.segments.length < 2 || !numbered(r) || !groups.length) continue;
    const k = nearestGroup(groups, r.y);
    if (groups[k].some(numbered)) groups.push([r]);
  }
  return groups.sort((a, b) => b[0].y - a[0].y);
}
