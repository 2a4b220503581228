/**
 * Tables inside a legacy Word (.doc) body as word-extractor gives it. Word 97 ends every table
 * cell, and every row, with a cell mark; word-extractor writes each mark as a tab. So a table row
 * is the text up to a line that ends with a tab ("Khách quốc tế\tLượt khách\t258.000\t…\t29%\t"),
 * and a cell holding several paragraphs runs over several lines ("Thực hiện\nNăm 2006").
 * Without this, a table reads as one line of numbers per row ("Khách quốc tế Lượt khách 258.000
 * 295.000 …"), whose figures no column names. Pure: body text in, lines and tables out.
 */

export type BodyPart = { kind: 'line'; text: string } | { kind: 'table'; rows: string[][] };

/** Lines a single row may run over (a cell of several paragraphs); beyond it the tabs are not cell marks. */
const MAX_ROW_LINES = 8;
/**
 * Lines a row of stacked values may run over: legacy tables that put a whole column in one cell,
 * a paragraph per value ("1\n2\n…\n6" beside "19.300\n16.100\n…\n1.700", fixtures/real-more/28).
 */
const MAX_STACKED_LINES = 80;
/** A line of a stacked cell: a value or a short label ("Loại 3", "  6.525"). */
const STACKED_LINE = 40;
// A stacked value. Example match: "19.300", "    6.525", "1.440.000", "12,5%".
const STACKED_VALUE = /^\s*\d[\d.,]*\s*%?\s*$/u;
/** A line without a cell mark inside a row is one paragraph of a cell: longer, it is body text. */
const MAX_CELL_LINE = 200;

/**
 * The body's lines, with runs of two or more table rows made into tables. A row is kept as
 * lines when it stands alone: one tab-ended line is as likely a paragraph with a stray tab.
 */
export function splitDocBody(body: string): BodyPart[] {
  const lines = body.split(/\r?\n|\r/);
  const out: BodyPart[] = [];
  let rows: string[][] = [];
  let rowLines: string[][] = [];
  const flush = () => {
    if (rows.length >= 2 && isLayout(rows)) {
      // A table that only lays text out side by side reads as its cells' paragraphs.
      for (const c of rows.flat()) if (c) out.push({ kind: 'line', text: c });
    } else if (rows.length >= 2 && rows.some((r) => r.length >= 2)) {
      out.push({ kind: 'table', rows });
    } else {
      for (const ls of rowLines) for (const text of ls) out.push({ kind: 'line', text: text.replace(/\t/g, ' ') });
    }
    rows = [];
    rowLines = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const row = rowAt(lines, i, Math.max(0, ...rows.map((r) => r.length)));
    if (!row) {
      flush();
      out.push({ kind: 'line', text: lines[i] });
      continue;
    }
    rows.push(...(unstack(row.raw) ?? [row.cells]));
    rowLines.push(lines.slice(i, row.next));
    i = row.next - 1;
  }
  flush();
  return out;
}

/** Cells this long are passages of text, not values or labels. */
const PASSAGE = 100;

/**
 * Whether a table only lays passages out in columns ("-Trung tâm Công nghiệp … diện tích 38,2 ha,
 * hiện có 17 dự án … | -Cụm Công nghiệp …"): a few rows, most of their cells whole passages. Read
 * as a table, its first row would be taken for a header and its figures lost.
 */
function isLayout(rows: string[][]): boolean {
  const cells = rows.flat().filter(Boolean);
  return rows.length <= 3 && cells.length > 0 && cells.filter((c) => c.length > PASSAGE).length * 2 >= cells.length;
}

/** The row starting at line `i`: its cells (and their lines) and the line after it; null when no tab-ended line closes it. */
function rowAt(lines: string[], i: number, width = 0): { cells: string[]; raw: string[]; next: number } | null {
  const inTable = width > 0;
  // "\t-Trung tâm Công nghiệp …": tabs only before the text indent it; they mark no cell.
  // (Below a row, a row of stacked values may open with a line of its first cell: "", "1".)
  const opens = lines[i].replace(/^\t+/, '').includes('\t') || lines[i].endsWith('\t');
  if (!opens && !(inTable && lines[i].length <= STACKED_LINE)) return null;
  for (let j = i; j < Math.min(lines.length, i + MAX_STACKED_LINES); j++) {
    // A row runs over short lines of a cell ("Thực hiện" / "Năm 2006"), not over whole paragraphs.
    if (j > i && !lines[j].includes('\t') && lines[j].length > MAX_CELL_LINE) return null;
    // Past a few lines, only a row of stacked values runs on: short lines all.
    if (j - i >= MAX_ROW_LINES && lines[j].length > STACKED_LINE) return null;
    if (!lines[j].endsWith('\t')) continue;
    // The row mark ends the row: the last tab closes no cell of its own.
    const text = lines.slice(i, j + 1).join('\n').slice(0, -1);
    const raw = text.split('\t');
    // (a stacked row's cells end in cell marks of their own: it ends when the table's width is reached)
    if (!opens && raw.length < width) continue;
    if ((j - i >= MAX_ROW_LINES || !opens) && !unstack(raw)) return null;
    return { cells: raw.map((c) => c.replace(/\s+/g, ' ').trim()), raw, next: j + 1 };
  }
  return null;
}

/**
 * The rows a row of stacked cells stands for: cells holding the same number (three or more) of
 * short paragraphs, one of them a column of values ("Loại 1\nLoại 2\nLoại 3" beside
 * "800.000\n500.000\n300.000"), are that many rows; a cell of one paragraph ("Vị Thanh - Châu
 * Thành") covers them all, as a merged cell. Null for any other row.
 */
export function unstack(raw: string[]): string[][] | null {
  const stacks = raw.map((c) => c.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean));
  const multi = stacks.filter((s) => s.length >= 2);
  if (multi.length < 2) return null;
  const k = multi[0].length;
  if (k < 3 || multi.some((s) => s.length !== k || s.some((l) => l.length > STACKED_LINE))) return null;
  if (!multi.some((s) => s.every((l) => STACKED_VALUE.test(l)))) return null;
  return Array.from({ length: k }, (_, r) => stacks.map((s) => (s.length === k ? s[r] : s[0] ?? '')));
}
