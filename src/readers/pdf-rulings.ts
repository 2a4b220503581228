/**
 * Ruled tables from the drawing: the lines and thin bars a PDF paints for table borders, read
 * from pdf.js's operator list, then grouped into grids of cells. Text positions alone cannot tell
 * a two-column comparison table from two paragraphs side by side (a gutter-based guess broke a
 * real annex table); the borders Word and Excel draw say it outright.
 *
 * Pure: operator list in, rulings out; rulings in, grids out. Coordinates are the page's user
 * space with the page box's origin subtracted, like the text items of pdf-layout.
 */

/** An axis-aligned line segment: horizontal when y0 === y1, vertical when x0 === x1. */
export interface Ruling {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Rulings {
  horizontal: Ruling[];
  vertical: Ruling[];
}

export interface GridCell {
  /** Index of the cell's first row band (0 = top) and first column band (0 = left). */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  x0: number;
  x1: number;
  /** Bottom and top edge (PDF space: y grows upwards). */
  y0: number;
  y1: number;
}

export interface Grid {
  /** Column boundaries, left to right. */
  xs: number[];
  /** Row boundaries, top to bottom (descending y). */
  ys: number[];
  /** Every cell once, merged cells with their spans, rows top to bottom and left to right. */
  cells: GridCell[];
}

interface OpList {
  fnArray: number[];
  argsArray: unknown[];
}

/** The pdf.js operator codes this module reads (pdfjs.OPS). */
export interface RulingOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  setFillRGBColor: number;
  setStrokeRGBColor: number;
}

// pdf.js 5 path buffer codes (DrawOPS): constructPath's args are [paint op, [Float32Array], bbox].
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUAD_TO = 3;
const CLOSE = 4;

// A filled bar this thin is a border drawn as a rectangle (Word draws every border so, 0.5 pt).
const MAX_BAR = 3;
// Rulings closer than this are one (Word's double borders are two bars 1 pt apart).
const SNAP = 2;
// Pieces of a border shorter than this are corner joints, not lines.
const MIN_LENGTH = 4;
// A page painting more segments than this is a drawing or a chart: no table is read from it.
const MAX_SEGMENTS = 20_000;

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  // m applied after n (PDF's cm: CTM' = n × CTM).
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}

const WHITE = '#ffffff';

/**
 * Horizontal and vertical rulings painted on a page: straight axis-aligned segments of stroked
 * paths and filled rectangles thinner than MAX_BAR, in white neither. Clip paths (endPath) and
 * curves are not borders.
 */
export function rulingsFromOperators(ops: OpList, OPS: RulingOps, offset: [number, number]): Rulings {
  const horizontal: Ruling[] = [];
  const vertical: Ruling[] = [];
  let ctm: Matrix = IDENTITY;
  let fill = '#000000';
  let stroke = '#000000';
  const stack: Array<{ ctm: Matrix; fill: string; stroke: string }> = [];
  const forms: Matrix[] = [];
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const push = (x0: number, y0: number, x1: number, y1: number) => {
    const [a, b] = [ctm[0] * x0 + ctm[2] * y0 + ctm[4] - offset[0], ctm[1] * x0 + ctm[3] * y0 + ctm[5] - offset[1]];
    const [c, d] = [ctm[0] * x1 + ctm[2] * y1 + ctm[4] - offset[0], ctm[1] * x1 + ctm[3] * y1 + ctm[5] - offset[1]];
    if (Math.abs(b - d) < 0.5 && Math.abs(a - c) >= 0.5) horizontal.push({ x0: Math.min(a, c), x1: Math.max(a, c), y0: (b + d) / 2, y1: (b + d) / 2 });
    else if (Math.abs(a - c) < 0.5 && Math.abs(b - d) >= 0.5) vertical.push({ x0: (a + c) / 2, x1: (a + c) / 2, y0: Math.min(b, d), y1: Math.max(b, d) });
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push({ ctm, fill, stroke });
    else if (fn === OPS.restore) ({ ctm, fill, stroke } = stack.pop() ?? { ctm, fill, stroke });
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args.map(Number) as Matrix);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      forms.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = forms.pop() ?? ctm;
    else if (fn === OPS.setFillRGBColor && args) fill = String(args[0]).toLowerCase();
    else if (fn === OPS.setStrokeRGBColor && args) stroke = String(args[0]).toLowerCase();
    else if (fn === OPS.constructPath && args) {
      const paint = Number(args[0]);
      const buf = (args[1] as unknown[] | undefined)?.[0];
      if (!buf || !ArrayBuffer.isView(buf)) continue;
      const path = buf as Float32Array;
      const stroked = strokes.has(paint) && stroke !== WHITE;
      const filled = fills.has(paint) && fill !== WHITE;
      if (!stroked && !filled) continue;
      for (const sub of subpaths(path)) {
        if (stroked) for (let k = 1; k < sub.points.length; k++) if (!sub.curves.has(k)) push(sub.points[k - 1][0], sub.points[k - 1][1], sub.points[k][0], sub.points[k][1]);
        if (stroked && sub.closed && sub.points.length > 2) push(sub.points[sub.points.length - 1][0], sub.points[sub.points.length - 1][1], sub.points[0][0], sub.points[0][1]);
        if (filled && !sub.curved) {
          const bar = thinBar(sub.points.map(([x, y]) => [ctm[0] * x + ctm[2] * y + ctm[4] - offset[0], ctm[1] * x + ctm[3] * y + ctm[5] - offset[1]]));
          if (bar) (bar.y0 === bar.y1 ? horizontal : vertical).push(bar);
        }
      }
      if (horizontal.length + vertical.length > MAX_SEGMENTS) return { horizontal: [], vertical: [] };
    }
  }
  return { horizontal, vertical };
}

interface Subpath {
  points: Array<[number, number]>;
  /** Indices k of points reached by a curve from point k - 1 (no straight segment there). */
  curves: Set<number>;
  closed: boolean;
  curved: boolean;
}

/** Split a pdf.js path buffer into subpaths of straight points; a curve marks its subpath. */
function subpaths(path: Float32Array): Subpath[] {
  const out: Subpath[] = [];
  let cur: Subpath | null = null;
  for (let k = 0; k < path.length; ) {
    const op = path[k];
    if (op === MOVE_TO) {
      cur = { points: [[path[k + 1], path[k + 2]]], curves: new Set(), closed: false, curved: false };
      out.push(cur);
      k += 3;
    } else if (op === LINE_TO) {
      if (!cur) out.push((cur = { points: [], curves: new Set(), closed: false, curved: false }));
      cur.points.push([path[k + 1], path[k + 2]]);
      k += 3;
    } else if (op === CURVE_TO || op === QUAD_TO) {
      const n = op === CURVE_TO ? 6 : 4;
      if (cur) {
        cur.curved = true;
        cur.curves.add(cur.points.length);
        cur.points.push([path[k + n - 1], path[k + n]]);
      }
      k += n + 1;
    } else if (op === CLOSE) {
      if (cur) cur.closed = true;
      // A new subpath starts at the closed one's first point; it gets its own moveTo when used.
      cur = null;
      k += 1;
    } else return out; // an unknown code: the rest cannot be decoded safely
  }
  return out;
}

/** A filled axis-aligned rectangle thinner than MAX_BAR, as the ruling along its middle. */
function thinBar(points: Array<[number, number]>): Ruling | null {
  if (points.length < 4 || points.length > 5) return null;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Every corner on the box (a rectangle, not a slanted quadrilateral).
  if (!points.every(([x, y]) => (Math.abs(x - x0) < 0.1 || Math.abs(x - x1) < 0.1) && (Math.abs(y - y0) < 0.1 || Math.abs(y - y1) < 0.1))) return null;
  const [w, h] = [x1 - x0, y1 - y0];
  if (h <= MAX_BAR && w > h) return { x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 };
  if (w <= MAX_BAR && h > w) return { x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 };
  return null;
}

/** A line after merging: position across, extent along. */
interface Line {
  at: number;
  from: number;
  to: number;
}

/**
 * Collinear pieces into lines: positions within SNAP are one line (a double border is one),
 * pieces along it that touch or overlap are one; pieces shorter than MIN_LENGTH are dropped.
 */
function mergeLines(pieces: Line[]): Line[] {
  const sorted = [...pieces].sort((a, b) => a.at - b.at);
  const bands: Line[][] = [];
  for (const p of sorted) {
    const band = bands[bands.length - 1];
    if (band && p.at - band[0].at <= SNAP) band.push(p);
    else bands.push([p]);
  }
  const out: Line[] = [];
  for (const band of bands) {
    const at = band.reduce((s, p) => s + p.at, 0) / band.length;
    const spans = band.map((p) => [p.from, p.to]).sort((a, b) => a[0] - b[0]);
    let [from, to] = spans[0];
    for (const [a, b] of spans.slice(1)) {
      if (a <= to + SNAP) to = Math.max(to, b);
      else {
        out.push({ at, from, to });
        [from, to] = [a, b];
      }
    }
    out.push({ at, from, to });
  }
  return out.filter((l) => l.to - l.from >= MIN_LENGTH);
}

/** Boundaries closer than SNAP are one (the ends of verticals and the horizontals they meet). */
function snapValues(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1] <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** Share of [a, b] that the lines at position `at` (within SNAP) cover. */
function coverage(lines: Line[], at: number, a: number, b: number): number {
  let covered = 0;
  for (const l of lines) {
    if (Math.abs(l.at - at) > SNAP) continue;
    covered += Math.max(0, Math.min(b, l.to + SNAP) - Math.max(a, l.from - SNAP));
  }
  return b > a ? Math.min(1, covered / (b - a)) : 0;
}

// A boundary counts for a cell edge when a ruling covers this share of it.
const EDGE_COVER = 0.6;

/**
 * Grids of cells from a page's rulings: horizontals and verticals that meet form one grid; a
 * grid needs two of each and two columns somewhere (a single framed box is a text frame, not a
 * table). Rulings of one direction alone (rules under headings, a margin bar) make no grid.
 */
export function findGrids(rulings: Rulings): Grid[] {
  const hs = mergeLines(rulings.horizontal.map((r) => ({ at: r.y0, from: r.x0, to: r.x1 })));
  const vs = mergeLines(rulings.vertical.map((r) => ({ at: r.x0, from: r.y0, to: r.y1 })));
  if (hs.length < 2 || vs.length < 2) return [];
  // Connected components over "a horizontal meets a vertical".
  const parent = [...hs, ...vs].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  hs.forEach((h, i) => {
    vs.forEach((v, j) => {
      if (v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP) parent[find(i)] = find(hs.length + j);
    });
  });
  const groups = new Map<number, { h: Line[]; v: Line[] }>();
  hs.forEach((h, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    g.h.push(h);
    groups.set(find(i), g);
  });
  vs.forEach((v, j) => {
    const g = groups.get(find(hs.length + j)) ?? { h: [], v: [] };
    g.v.push(v);
    groups.set(find(hs.length + j), g);
  });
  const grids: Grid[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 2) continue;
    const grid = gridOf(g.h, g.v);
    if (grid) grids.push(grid);
  }
  return grids.sort((a, b) => b.ys[0] - a.ys[0]);
}

function gridOf(h: Line[], v: Line[]): Grid | null {
  const xs = snapValues(v.map((l) => l.at));
  // Row bounds: the horizontals, and the verticals' ends where a row runs off the page unclosed
  // (Word leaves a row split by a page break open at the bottom).
  const ys = snapValues([...h.map((l) => l.at), ...v.flatMap((l) => [l.from, l.to])]).reverse();
  if (xs.length < 2 || ys.length < 2) return null;
  const left = xs[0];
  const right = xs[xs.length - 1];
  const top = ys[0];
  const bottom = ys[ys.length - 1];
  // The outline must be closed on the left and right (verticals) over most of its height.
  if (coverage(v, left, bottom, top) < EDGE_COVER || coverage(v, right, bottom, top) < EDGE_COVER) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  // divider[r][c]: a vertical at xs[c] bounds row band r; floor[r][c]: a horizontal at ys[r + 1] under column band c.
  const divider = Array.from({ length: rows }, (_, r) => xs.map((x) => coverage(v, x, ys[r + 1], ys[r]) >= EDGE_COVER));
  const floor = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => r === rows - 1 || coverage(h, ys[r + 1], xs[c], xs[c + 1]) >= EDGE_COVER));
  const owner: Array<Array<GridCell | null>> = Array.from({ length: rows }, () => new Array<GridCell | null>(cols).fill(null));
  const cells: GridCell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (owner[r][c]) continue;
      let colSpan = 1;
      while (c + colSpan < cols && !divider[r][c + colSpan]) colSpan++;
      let rowSpan = 1;
      // Down while no floor under any of its columns and the row below has the same dividers here.
      while (
        r + rowSpan < rows &&
        Array.from({ length: colSpan }, (_, k) => !floor[r + rowSpan - 1][c + k]).every(Boolean) &&
        Array.from({ length: colSpan - 1 }, (_, k) => !divider[r + rowSpan][c + k + 1]).every(Boolean) &&
        owner[r + rowSpan].slice(c, c + colSpan).every((o) => o === null)
      )
        rowSpan++;
      const cell: GridCell = { row: r, col: c, rowSpan, colSpan, x0: xs[c], x1: xs[c + colSpan], y1: ys[r], y0: ys[r + rowSpan] };
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) owner[r + dr][c + dc] = cell;
      cells.push(cell);
    }
  }
  // Two columns somewhere, or this is a frame around text.
  if (!cells.some((c) => c.colSpan < cols)) return null;
  return { xs, ys, cells };
}

/** The cell of a grid holding a point, if any. */
export function cellAt(grid: Grid, x: number, y: number): GridCell | null {
  if (x < grid.xs[0] || x > grid.xs[grid.xs.length - 1] || y > grid.ys[0] || y < grid.ys[grid.ys.length - 1]) return null;
  return grid.cells.find((c) => x >= c.x0 && x < c.x1 && y <= c.y1 && y > c.y0) ?? null;
}

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
}

// Two texts on one baseline this far apart (in font sizes) stand in different columns: a cell's
// padding on both sides of a border is about 0.8 em at 13 pt; justified word spaces stay under 0.6.
const COLUMN_GAP = 0.7;
// Baselines whose gaps line up a page needs before its drawing is read (a letterhead has two or three).
const MIN_GAPPED_BASELINES = 3;

/**
 * Whether a page's text could stand in a ruled table of two or more columns: several baselines
 * with a wide gap at the same place (where a border between two cells would run). Reading the
 * drawing costs pdf.js as much as reading the text, so pages of running text are spared it;
 * gaps that do not line up are glyphs whose widths were lost (TCVN3's 'ư' in real-more/07).
 */
export function mayHoldTable(items: readonly object[]): boolean {
  const text = (items as TextItemLike[]).filter((it) => it.str?.trim() && it.transform && it.width !== undefined) as Array<Required<TextItemLike>>;
  const rows = text
    .map((it) => ({ x: it.transform[4], y: it.transform[5], end: it.transform[4] + it.width, size: Math.hypot(it.transform[2], it.transform[3]) || 1 }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  // Gaps as [from, to], one list per baseline.
  const gaps: Array<[number, number, number]> = [];
  let baseline = 0;
  for (let i = 0; i < rows.length; baseline++) {
    let j = i + 1;
    while (j < rows.length && Math.abs(rows[j].y - rows[i].y) < 0.3 * rows[i].size) j++;
    const line = rows.slice(i, j).sort((a, b) => a.x - b.x);
    let end = line[0].end;
    for (let k = 1; k < line.length; k++) {
      if (line[k].x - end > COLUMN_GAP * line[k].size) gaps.push([end, line[k].x, baseline]);
      end = Math.max(end, line[k].end);
    }
    i = j;
  }
  // Sweep: the most baselines whose gaps share one x.
  const events = gaps.flatMap(([a, b, line]) => [[a, 1, line] as const, [b, -1, line] as const]).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const open = new Map<number, number>();
  for (const [, d, line] of events) {
    const n = (open.get(line) ?? 0) + d;
    if (n > 0) open.set(line, n);
    else open.delete(line);
    if (open.size >= MIN_GAPPED_BASELINES) return true;
  }
  return false;
}
