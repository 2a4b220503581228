/**
 * Text of a page put into the cells of its ruled grids (pdf-rulings): a two-column comparison
 * table whose cells hold whole paragraphs side by side is read cell by cell instead of across
 * both columns. Pure, like pdf-layout: lines and grids in, tables and the lines left over out.
 */
import { Block, FootnoteRef, TableCell, newBlock } from '../model.js';
import { TextBuilder } from '../text/normalize.js';
import type { Line, PdfItem } from './pdf-layout.js';
import { appendLine, buildLines, joinLine } from './pdf-layout.js';
import { Grid, GridCell, cellAt } from './pdf-rulings.js';

export interface RuledTable {
  page: number;
  grid: Grid;
  /** Text lines of each cell of grid.cells (same order), top to bottom. */
  cellLines: Line[][];
  /** Body lines whose pieces went (at least partly) into the table. */
  lines: Set<Line>;
  top: number;
}

/**
 * Where in a cell a piece's text stands: a little into its first glyph and up from the baseline,
 * so a glyph touching the cell's left border or a descender under the row's floor counts inside.
 */
function anchor(item: PdfItem): [number, number] {
  return [item.x + Math.min(item.width / 2, 0.3 * item.size), item.y + 0.3 * item.size];
}

export interface Taken {
  /** Lines outside every table, in stream order. */
  rest: Line[];
  tables: RuledTable[];
  /** `rest` with the tables' lines where they stood, for placing each table in reading order. */
  order: Line[];
}

/**
 * Split a page's body lines between its grids and the rest. A grid with text in fewer than two
 * cells is a frame or a box drawn around text, not a table: its lines stay as they are. Lines
 * partly inside a grid keep their outside pieces as a line of their own.
 */
export function takeRuledTables(body: Line[], grids: Grid[], page: number): Taken {
  if (!grids.length) return { rest: body, tables: [], order: body };
  const inCell = new Map<Line['pieces'][number], { grid: number; cell: GridCell }>();
  for (const line of body) {
    for (const p of line.pieces) {
      const [x, y] = anchor(p.item);
      for (let g = 0; g < grids.length; g++) {
        const cell = cellAt(grids[g], x, y);
        if (cell) {
          inCell.set(p, { grid: g, cell });
          break;
        }
      }
    }
  }
  const tables: RuledTable[] = [];
  const kept = new Set<number>();
  grids.forEach((grid, g) => {
    const items = new Map<GridCell, PdfItem[]>();
    for (const line of body) for (const p of line.pieces) if (inCell.get(p)?.grid === g && p.item.str.trim()) items.set(inCell.get(p)!.cell, [...(items.get(inCell.get(p)!.cell) ?? []), p.item]);
    if (items.size < 2) return;
    kept.add(g);
    const cellLines = grid.cells.map((c) => buildLines({ number: page, width: 0, height: 0, items: items.get(c) ?? [] }).sort((a, b) => b.y - a.y));
    const lines = new Set(body.filter((l) => l.pieces.some((p) => inCell.get(p)?.grid === g)));
    tables.push({ page, grid, cellLines, lines, top: grid.ys[0] });
  });
  if (!tables.length) return { rest: body, tables, order: body };
  const rest: Line[] = [];
  const order: Line[] = [];
  for (const line of body) {
    const outside = line.pieces.filter((p) => !kept.has(inCell.get(p)?.grid ?? -1));
    if (outside.length === line.pieces.length) {
      rest.push(line);
      order.push(line);
      continue;
    }
    if (outside.some((p) => p.item.str.trim())) {
      const own = buildLines({ number: page, width: 0, height: 0, items: outside.map((p) => p.item) });
      rest.push(...own);
      order.push(...own);
    }
    order.push(line);
  }
  return { rest, tables, order };
}

interface CellText {
  text: string;
  refs: FootnoteRef[];
}

// "9,49/" over "9,5": a score typeset as a stacked fraction; "số 12/" over "QĐ-UBND": a code.
const SLASH_END = /[^\s/]\/$/u;

/** A cell's lines top to bottom as one text, the way a paragraph's lines are joined. */
function cellText(lines: Line[]): CellText {
  const b = new TextBuilder();
  const refs: FootnoteRef[] = [];
  lines.forEach((line, k) => {
    if (k > 0 && SLASH_END.test(b.toString())) b.glue();
    else if (k > 0) joinLine(b);
    appendLine(b, line, refs);
  });
  const text = b.toString();
  const trimmed = text.trim();
  const lead = text.length - text.trimStart().length;
  return { text: trimmed, refs: refs.map((r) => ({ label: r.label, offset: Math.max(0, Math.min(trimmed.length, r.offset - lead)) })) };
}

/** A table's rows as cells (a merged cell listed once, in its first row, as the DOCX reader does). */
interface Row {
  cells: Array<TableCell & { refs: FootnoteRef[]; col: number }>;
}

function rowsOf(t: RuledTable): Row[] {
  const rows: Row[] = Array.from({ length: t.grid.ys.length - 1 }, () => ({ cells: [] }));
  t.grid.cells.forEach((c, k) => {
    const { text, refs } = cellText(t.cellLines[k]);
    rows[c.row].cells.push({ text, colSpan: c.colSpan, rowSpan: c.rowSpan, refs, col: c.col });
  });
  // Bands without text of their own (a sliver between a border and the next one, a row band a
  // merged cell alone spans) are dropped; cells spanning over them lose that row.
  for (let r = rows.length - 1; r >= 0; r--) {
    if (rows[r].cells.some((c) => c.text || c.rowSpan > 1)) continue;
    for (let u = 0; u < r; u++) for (const c of rows[u].cells) if (u + c.rowSpan > r) c.rowSpan--;
    rows.splice(r, 1);
  }
  return rows;
}

const rowKey = (r: Row) => r.cells.map((c) => `${c.col}:${c.colSpan}:${c.text}`).join('|');
const sameColumns = (a: Grid, b: Grid) => a.xs.length === b.xs.length && a.xs.every((x, k) => Math.abs(x - b.xs[k]) <= 3);

/**
 * The table on this page goes on with the one that ended the previous page: same columns. The
 * caller checks that nothing stands between them.
 */
export function continuesRuled(prev: RuledTable, next: RuledTable): boolean {
  return next.page === prev.page + 1 && sameColumns(prev.grid, next.grid);
}

// A cell's text that ends a sentence, or a cell that starts one.
const SENTENCE_END = /[.:;!?…]["'”’)\]]*$/u;
const STARTS_LOWER = /^["'“(]*\p{Ll}/u;

/**
 * A row split by the page break: the next page's first row continues the last one only when a
 * cell visibly runs on, its text on the first page ending mid-sentence and going on in lower
 * case, and the two rows have the same cells. Otherwise the rows stay two (a row too many is
 * better than two rows' texts run together).
 */
function runsOn(last: Row, first: Row): boolean {
  if (last.cells.length !== first.cells.length || last.cells.some((c, k) => c.col !== first.cells[k].col || c.colSpan !== first.cells[k].colSpan)) return false;
  return last.cells.some((c, k) => c.text && !SENTENCE_END.test(c.text) && STARTS_LOWER.test(first.cells[k].text));
}

/**
 * One table block from a ruled table and its continuations on the next pages: header rows
 * repeated at the top of a later page are left out, a row split by a page break is joined.
 * Text is cells joined by " | " and rows by "\n", as for every table block.
 */
export function ruledTableToBlock(parts: RuledTable[]): Block {
  const rows: Row[] = [];
  const startsPage: Array<[number, number]> = [];
  parts.forEach((part, k) => {
    let own = rowsOf(part);
    if (k > 0) {
      // Word repeats the header rows on every page.
      let same = 0;
      while (same < own.length && same < rows.length && rowKey(own[same]) === rowKey(rows[same])) same++;
      own = own.slice(same);
      if (own.length && rows.length && runsOn(rows[rows.length - 1], own[0])) {
        const last = rows[rows.length - 1];
        last.cells.forEach((c, i) => {
          const more = own[0].cells[i];
          if (!more.text) return;
          const sep = c.text ? ' ' : '';
          more.refs.forEach((r) => c.refs.push({ label: r.label, offset: c.text.length + sep.length + r.offset }));
          c.text += sep + more.text;
        });
        own = own.slice(1);
      }
    }
    if (own.length) startsPage.push([rows.length, part.page]);
    rows.push(...own);
  });
  let text = '';
  const refs: FootnoteRef[] = [];
  const breaks: Array<[number, number]> = [];
  rows.forEach((row, r) => {
    if (r > 0) text += '\n';
    const pageStart = startsPage.find(([at]) => at === r);
    if (pageStart && r > 0) breaks.push([text.length, pageStart[1]]);
    row.cells.forEach((c, i) => {
      if (i > 0) text += ' | ';
      for (const ref of c.refs) refs.push({ label: ref.label, offset: text.length + ref.offset });
      text += c.text;
    });
  });
  const cellRows: TableCell[][] = rows.map((r) => r.cells.map(({ text: t, colSpan, rowSpan }) => ({ text: t, colSpan, rowSpan })));
  const block = newBlock('table', text, { page: parts[0].page, rows: cellRows, footnoteRefs: refs });
  if (breaks.length) {
    block.pageBreaks = breaks;
    block.pageEnd = parts[parts.length - 1].page;
  }
  return block;
}
