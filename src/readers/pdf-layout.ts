/**
 * Pure layout analysis: positioned text items of each page → lines → paragraphs and footnotes.
 * No pdfjs here, so every rule is testable with hand-made items.
 *
 * Decisions are geometric (font size, baseline, indentation, gaps), never guessed from
 * digits: a superscript "1" glued to "2030" is a marker because it is small and raised.
 */
import { Block, Diagnostic, FootnoteRef, TableCell, newBlock } from '../model.js';
import { TextBuilder, normalizeChars } from '../text/normalize.js';
import { toSuperscript } from '../text/superscript.js';
import { repairSplitSyllables } from '../text/pdf-spacing.js';
import { PdfTable, findTables } from './pdf-tables.js';
import type { Grid } from './pdf-rulings.js';
import { RuledTable, continuesRuled, ruledTableToBlock, takeRuledTables } from './pdf-ruled-tables.js';

export interface PdfItem {
  str: string;
  x: number;
  /** Baseline, PDF user space (origin bottom-left). */
  y: number;
  width: number;
  size: number;
  bold: boolean;
  /** Inside /Artifact marked content (tagged PDFs mark running headers, footers, page numbers so). */
  artifact: boolean;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
  /** Ruled table grids drawn on the page (pdf-rulings), when the reader looked for them. */
  grids?: Grid[];
}

interface Piece {
  item: PdfItem;
  marker: boolean;
}

export interface Line {
  page: number;
  y: number;
  x: number;
  end: number;
  size: number;
  bold: boolean;
  pieces: Piece[];
  artifact: boolean;
}

const MARKER_TEXT = /^\s*(\d{1,3}|\*{1,3})\s*$/; // e.g. "1", "12", "*"
// Items farther apart than this share of the font size hold separate words (pdf.js itself puts
// a space inside an item from 0.102 em; Word's narrowest justified spaces are wider than that).
const WORD_GAP = 0.15;
const PAGE_NUMBER_TEXT = /^\s*(?:[-–—]\s*)?(?:trang\s+)?\d{1,4}(?:\s*\/\s*\d{1,4})?(?:\s*[-–—])?\s*$/i; // "2", "- 2 -", "Trang 2", "2/13"

/** Group stream-ordered items into lines: same baseline (within half a font size) and moving right. */
export function buildLines(page: PdfPage): Line[] {
  const lines: Line[] = [];
  let cur: Line | null = null;
  for (const item of page.items) {
    if (item.str === '') continue;
    const sameLine =
      cur !== null &&
      Math.abs(item.y - cur.y) < 0.55 * Math.max(cur.size, item.size) &&
      item.x >= cur.end - 0.5 * Math.max(cur.size, item.size);
    if (!sameLine) {
      cur = { page: page.number, y: item.y, x: item.x, end: item.x + item.width, size: item.size, bold: item.bold, pieces: [], artifact: item.artifact };
      lines.push(cur);
    }
    const line = cur!;
    line.pieces.push({ item, marker: false });
    line.end = Math.max(line.end, item.x + item.width);
    line.artifact = line.artifact && item.artifact;
  }
  for (const line of lines) settleLine(line);
  return lines.filter((l) => l.pieces.some((p) => p.item.str.trim() !== ''));
}

/** Main size, baseline and boldness of a line come from its text, not its markers. */
function settleLine(line: Line): void {
  const chars = new Map<number, number>();
  for (const p of line.pieces) {
    const n = p.item.str.trim().length;
    if (n) chars.set(p.item.size, (chars.get(p.item.size) ?? 0) + n);
  }
  let main = line.size;
  let best = -1;
  for (const [size, n] of chars) if (n > best || (n === best && size > main)) [main, best] = [size, n];
  line.size = main;
  const body = line.pieces.filter((p) => p.item.size >= main * 0.8 && p.item.str.trim());
  if (body.length) {
    line.y = body[0].item.y;
    line.x = Math.min(...line.pieces.filter((p) => p.item.str.trim()).map((p) => p.item.x));
    const textChars = body.reduce((n, p) => n + p.item.str.trim().length, 0);
    const boldChars = body.filter((p) => p.item.bold).reduce((n, p) => n + p.item.str.trim().length, 0);
    line.bold = boldChars > 0.8 * textChars;
  }
  for (const p of line.pieces) {
    const raised = p.item.y - line.y > 0.12 * main;
    p.marker = p.item.size < 0.8 * main && raised && MARKER_TEXT.test(p.item.str);
  }
}

// A line's text is asked for by several passes (layout statistics, furniture, the text-layer
// check, paragraph breaks); lines do not change once built, so it is made once per form.
const withMarkersText = new WeakMap<Line, string>();
const withoutMarkersText = new WeakMap<Line, string>();

export function lineText(line: Line, withMarkers = true): string {
  const cache = withMarkers ? withMarkersText : withoutMarkersText;
  const known = cache.get(line);
  if (known !== undefined) return known;
  const b = new TextBuilder();
  appendLine(b, line, withMarkers ? undefined : null);
  const text = b.toString();
  cache.set(line, text);
  return text;
}

/**
 * Append a line's pieces to a builder: a space where items are apart, none where pdf.js
 * split one word into several items ("Thư" + "ờ" + "ng"). Markers go to `refs` instead of the text.
 * Split syllables are repaired on the joined run of text, never inside one item: an item may
 * end mid-word ("đầu t" + "ư"), and its end is no word end.
 */
export function appendLine(b: TextBuilder, line: Line, refs: FootnoteRef[] | null | undefined, skipLeadingMarker = false): void {
  let prevEnd: number | null = null;
  let first = true;
  let run = '';
  const flush = () => {
    if (run) b.append(repairSplitSyllables(run));
    run = '';
  };
  for (const p of line.pieces) {
    const { item } = p;
    if (p.marker) {
      if (first && skipLeadingMarker) {
        first = false;
        continue;
      }
      flush();
      if (refs) refs.push({ label: item.str.trim(), offset: b.length });
      else if (refs === undefined) b.append(item.str);
      prevEnd = item.x + item.width;
      continue;
    }
    if (item.str.trim() === '') {
      run += ' ';
      prevEnd = item.x + item.width;
      continue;
    }
    if (prevEnd !== null && item.x - prevEnd > WORD_GAP * item.size) run += ' ';
    run += normalizeChars(item.str);
    prevEnd = item.x + item.width;
    first = false;
  }
  flush();
}

export interface LayoutStats {
  bodySize: number;
  leftMargin: number;
  rightEdge: number;
  /** Most common baseline distance between consecutive body lines (the paragraph's line pitch). */
  lineGap: number;
}

/** Body font size, left margin, right edge and line pitch: the most common values over the lines given. */
export function layoutStats(lines: Line[]): LayoutStats {
  const sizeChars = new Map<number, number>();
  for (const l of lines) sizeChars.set(round1(l.size), (sizeChars.get(round1(l.size)) ?? 0) + lineText(l).length);
  const bodySize = argmax(sizeChars) ?? 12;
  const body = lines.filter((l) => Math.abs(l.size - bodySize) < 0.6);
  const lefts = new Map<number, number>();
  for (const l of body) lefts.set(Math.round(l.x), (lefts.get(Math.round(l.x)) ?? 0) + 1);
  const leftMargin = Math.min(...[...lefts].filter(([, n]) => n >= Math.max(3, 0.1 * body.length)).map(([x]) => x), Infinity);
  const maxEnd = Math.max(...body.map((l) => l.end), 0);
  const ends = body.map((l) => l.end).filter((e) => e > maxEnd - 3 * bodySize);
  const rightEdge = ends.length ? median(ends) : maxEnd;
  const gaps = new Map<number, number>();
  body.forEach((l, i) => {
    const next = body[i + 1];
    if (!next || next.page !== l.page) return;
    const gap = l.y - next.y;
    if (gap > 0.9 * bodySize && gap < 3 * bodySize) gaps.set(Math.round(gap * 2) / 2, (gaps.get(Math.round(gap * 2) / 2) ?? 0) + 1);
  });
  const lineGap = argmax(gaps) ?? 1.2 * bodySize;
  return { bodySize, leftMargin: Number.isFinite(leftMargin) ? leftMargin : argmax(lefts) ?? 0, rightEdge, lineGap };
}

// Fewer body lines than this make a page group's own statistics unreliable.
const MIN_GROUP_LINES = 12;

/**
 * Layout statistics per group of pages of one size and orientation: a portrait report with
 * landscape annexes reads like two documents of one kind each (a landscape page's right edge
 * would make no portrait line look full). A group too small to measure uses the whole document's.
 */
export function layoutStatsByPage(pages: PdfPage[], linesByPage: Line[][]): Map<number, LayoutStats> {
  const whole = layoutStats(linesByPage.flat());
  const groups = new Map<string, number[]>();
  pages.forEach((p, i) => {
    const key = `${Math.round(p.width / 10)}x${Math.round(p.height / 10)}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const out = new Map<number, LayoutStats>();
  for (const members of groups.values()) {
    const lines = members.flatMap((i) => linesByPage[i]);
    const own = groups.size > 1 ? layoutStats(lines) : whole;
    const bodyLines = lines.filter((l) => Math.abs(l.size - own.bodySize) < 0.6).length;
    const stats = bodyLines >= MIN_GROUP_LINES ? own : whole;
    for (const i of members) out.set(pages[i].number, stats);
  }
  return out;
}

/**
 * Running headers, footers and page numbers: artifact-marked lines, bare page numbers in the
 * top or bottom band, and short lines repeated at the same height on many pages.
 */
export function findFurniture(pages: PdfPage[], linesByPage: Line[][]): Set<Line> {
  const out = new Set<Line>();
  const repeated = new Map<string, Line[]>();
  pages.forEach((page, i) => {
    const band = 0.09 * page.height;
    for (const line of linesByPage[i]) {
      if (line.artifact) {
        out.add(line);
        continue;
      }
      const inBand = line.y > page.height - band || line.y < band;
      if (!inBand) continue;
      const text = lineText(line);
      // A page number stands alone on its baseline; "10 | 10 | 10" there are a table's figures.
      const alone = !linesByPage[i].some((o) => o !== line && Math.abs(o.y - line.y) < 0.5 * line.size);
      if (PAGE_NUMBER_TEXT.test(text) && alone) out.add(line);
      else {
        const key = `${Math.round(line.y / 4)}|${text.replace(/\d+/g, '#')}`;
        repeated.set(key, [...(repeated.get(key) ?? []), line]);
      }
    }
  });
  const minRepeats = Math.max(3, Math.ceil(pages.length * 0.5));
  // Repeated on many pages, not many times on one page (a table's "10 | 10 | 10").
  for (const group of repeated.values()) if (new Set(group.map((l) => l.page)).size >= minRepeats) group.forEach((l) => out.add(l));
  return out;
}

/**
 * The footnote area: the run of small-type lines at the bottom of a page that contains at least
 * one line opening with a raised marker. Small type without markers (e.g. "Nơi nhận") is body text,
 * unless it is in the footnote type size and a footnote is running over from the previous page.
 */
export function findFootnoteLines(pageLines: Line[], stats: LayoutStats, noteSize: number | null = null, continuing = false): Line[] {
  const byY = [...pageLines].sort((a, b) => a.y - b.y);
  const run: Line[] = [];
  for (const line of byY) {
    if (line.size <= 0.8 * stats.bodySize) run.push(line);
    else break;
  }
  let top = -1;
  run.forEach((l, i) => {
    if (l.pieces[0]?.marker) top = i;
  });
  if (continuing && noteSize !== null) {
    while (top + 1 < run.length && Math.abs(run[top + 1].size - noteSize) < 0.4 && !run[top + 1].pieces[0]?.marker) top++;
  }
  if (top < 0) return [];
  return run.slice(0, top + 1).sort((a, b) => b.y - a.y);
}

/** The type size of footnote text: the most common size of lines that open with a marker. */
function footnoteSize(linesByPage: Line[][], statsOf: (page: number) => LayoutStats): number | null {
  const sizes = new Map<number, number>();
  for (const lines of linesByPage) for (const l of findFootnoteLines(lines, statsOf(lines[0]?.page ?? 0))) if (l.pieces[0]?.marker) sizes.set(l.size, (sizes.get(l.size) ?? 0) + 1);
  return argmax(sizes) ?? null;
}

interface Para {
  lines: Line[];
}

/** What flows into blocks: a paragraph's lines, a table rebuilt from positions or a ruled table (possibly over pages). */
type Flow = Para | { tables: PdfTable[] } | { ruled: RuledTable[] };

/** Decide whether `next` starts a new paragraph after `prev` (same page or across a page break). */
export function startsParagraph(prev: Line, next: Line, stats: LayoutStats, nextStats: LayoutStats = stats): boolean {
  const tol = 0.5 * stats.bodySize;
  if (Math.abs(prev.size - next.size) > 0.6) return true;
  if (prev.bold !== next.bold && !(prev.bold && next.x <= stats.leftMargin + tol)) return true;
  const prevFull = prev.end >= stats.rightEdge - 1.2 * prev.size || wrapped(prev, next, stats);
  const prevAtMargin = prev.x <= stats.leftMargin + tol;
  const nextAtMargin = next.x <= nextStats.leftMargin + 0.5 * nextStats.bodySize;
  const midSentence = runsOn(prev, next);
  if (prev.page !== next.page) {
    // A paragraph continues over the page break only if the last line ran to the right edge (or
    // stopped mid-sentence) and the next page's first line is not indented.
    return !((prevFull || midSentence) && nextAtMargin);
  }
  const gap = prev.y - next.y;
  // Wider than a line of the paragraph's pitch: Word's "1.5 lines" spacing puts 1.7 sizes between
  // lines of one paragraph, single spacing 1.2.
  const size = Math.max(prev.size, next.size);
  if (gap < 0 || gap > Math.max(1.5 * size, stats.lineGap + 0.25 * size)) return true;
  // A sentence running on, under the line's start or back at the margin: a narrow column of the
  // letterhead ("V/v gửi Danh mục sản phẩm/công" / "việc quy đổi …"), a hanging indent ("- Các
  // Bộ, cơ quan ngang Bộ (để phối" / "hợp);"), a TCVN3 line short by the 'ư' widths it lost.
  if (midSentence && next.x >= Math.min(prev.x, stats.leftMargin) - tol && next.x <= prev.x + 2.5 * size) return false;
  // … or a title's second line centred under its first ("Báo cáo về tình hình sản xuất kinh doanh
  // ngành công" / "nghiệp tháng 02 và 2 tháng đầu năm 2007", real-more/08).
  if (midSentence && next.end - next.x < prev.end - prev.x && Math.abs(next.x + next.end - prev.x - prev.end) < size) return false;
  if (!nextAtMargin && prevAtMargin) return true; // first-line indent after a margin line
  if (!prevFull && (prevAtMargin || next.x < prev.x - tol)) return true; // short last line ends a paragraph
  if (!prevFull && nextAtMargin && !prevAtMargin && prev.x > stats.leftMargin + 2 * prev.size) {
    // centred block (titles): consecutive centred lines belong together unless gap says otherwise
    return false;
  }
  return false;
}

// A sentence ends here and the next one starts: "…phát triển." + "Trên cơ sở …", "…như sau:" + "1. …".
const SENTENCE_END = /[.:;!?]["'”’)]*$/u;
const SENTENCE_START = /^["'“(]*[\p{Lu}\d•\-–+]/u;

/**
 * A line that stops short of the right edge only because the next line's first word did not fit
 * (a justified line whose glyphs lost their widths, like TCVN3's 'ư' in real-more/07): the gap
 * left is narrower than that word. Not where a sentence visibly ends and the next one begins.
 */
function wrapped(prev: Line, next: Line, stats: LayoutStats): boolean {
  const first = next.pieces.find((p) => !p.marker && p.item.str.trim());
  if (!first) return false;
  const str = first.item.str.trimStart();
  const word = /^\S+/u.exec(str)?.[0] ?? '';
  const wordWidth = (first.item.width * word.length) / Math.max(1, first.item.str.length);
  if (stats.rightEdge - prev.end >= wordWidth + 0.3 * prev.size) return false;
  return !(SENTENCE_END.test(lineText(prev, false)) && SENTENCE_START.test(str));
}

// A line that starts in lower case (or with TCVN3's 'đ', '®', which is no letter in Unicode) goes
// on with the sentence above; a list item "a) …", "đ) …" starts one of its own.
const LOWER_START = /^["'“(]*(?:\p{Ll}|®)/u;
const LIST_ITEM_START = /^(?:\p{Ll}|®)\)\s/u;

/** `prev` stops without ending its sentence and `next` goes on with it in lower case. */
function runsOn(prev: Line, next: Line): boolean {
  const str = lineText(next, false).trimStart();
  return !SENTENCE_END.test(lineText(prev, false).trimEnd()) && LOWER_START.test(str) && !LIST_ITEM_START.test(str);
}

// A line ending in a hyphen glued to a letter is a code split by the layout ("NĐ-" + "CP"):
// Vietnamese never hyphenates words, so join without a space and keep the hyphen.
const CODE_HYPHEN_END = /[^\s-]-$/;

/** What goes between two lines of one paragraph: a space, or nothing after a code's hyphen. */
export function joinLine(b: TextBuilder): void {
  if (CODE_HYPHEN_END.test(b.toString())) b.glue();
  else b.space();
}

export interface LayoutResult {
  blocks: Block[];
  diagnostics: Diagnostic[];
}

export function layoutDocument(pages: PdfPage[]): LayoutResult {
  const diagnostics: Diagnostic[] = [];
  const linesByPage = pages.map(buildLines);
  const all = linesByPage.flat();
  const byPage = layoutStatsByPage(pages, linesByPage);
  const whole = layoutStats(all);
  const statsOf = (page: number) => byPage.get(page) ?? whole;
  const furniture = findFurniture(pages, linesByPage);

  const bodyLines: Array<Line | PdfTable | RuledTable> = [];
  const footnotes: Block[] = [];
  let openNote: { block: Block; builder: TextBuilder } | null = null;
  const flushNote = () => {
    if (openNote) openNote.block.text = openNote.builder.toString();
    openNote = null;
  };

  const noteSize = footnoteSize(linesByPage, statsOf);
  linesByPage.forEach((lines, i) => {
    const kept = lines.filter((l) => !furniture.has(l));
    const noteLines = new Set(findFootnoteLines(kept, statsOf(pages[i].number), noteSize, openNote !== null));
    const body = kept.filter((l) => !noteLines.has(l));
    // Ruled grids first: the lines left outside them are where tables are looked for by position.
    const ruled = takeRuledTables(body, pages[i].grids ?? [], pages[i].number);
    const tables = [...ruled.tables, ...findTables(ruled.rest, pages[i].number)].sort((a, b) => b.top - a.top);
    bodyLines.push(...withTables(ruled.order, tables));
    for (const line of [...noteLines]) {
      const lead = line.pieces[0];
      if (lead.marker) {
        flushNote();
        const block = newBlock('footnote', '', { page: pages[i].number, label: lead.item.str.trim() });
        footnotes.push(block);
        openNote = { block, builder: new TextBuilder() };
        appendLine(openNote.builder, line, null, true);
      } else if (openNote) {
        joinLine(openNote.builder);
        appendLine(openNote.builder, line, null);
      }
    }
  });
  flushNote();

  const flow: Flow[] = [];
  for (const item of bodyLines) {
    const last = flow[flow.length - 1];
    if ('grid' in item) {
      const prevRuled = last && 'ruled' in last ? last.ruled[last.ruled.length - 1] : undefined;
      if (prevRuled && continuesRuled(prevRuled, item)) (last as { ruled: RuledTable[] }).ruled.push(item);
      else flow.push({ ruled: [item] });
      continue;
    }
    if (!('pieces' in item)) {
      // A table whose page starts with it continues the previous page's table when the columns
      // agree and the header is repeated or absent.
      const prevTable = last && 'tables' in last ? last.tables[last.tables.length - 1] : undefined;
      if (prevTable && continuesTable(prevTable, item)) (last as { tables: PdfTable[] }).tables.push(item);
      else flow.push({ tables: [item] });
      continue;
    }
    const prev = last && 'lines' in last ? last.lines[last.lines.length - 1] : undefined;
    if (!prev || startsParagraph(prev, item, statsOf(prev.page), statsOf(item.page))) flow.push({ lines: [item] });
    else (last as Para).lines.push(item);
  }

  const blocks: Block[] = flow.map((f) => ('lines' in f ? paraToBlock(f) : 'ruled' in f ? ruledTableToBlock(f.ruled) : tableToBlock(f.tables)));
  resolveMarkers(blocks, new Set(footnotes.map((f) => f.label!)));
  for (const note of footnotes) if (!note.text) diagnostics.push({ code: 'pdf/empty-footnote', severity: 'warning', message: `footnote ${note.label} has no text`, page: note.page });
  return { blocks: [...blocks, ...footnotes], diagnostics };

  function paraToBlock(para: Para): Block {
    const b = new TextBuilder();
    const refs: FootnoteRef[] = [];
    const breaks: Array<[number, number]> = [];
    let page = para.lines[0].page;
    para.lines.forEach((line, k) => {
      if (k > 0) joinLine(b);
      if (line.page !== page) {
        page = line.page;
        breaks.push([b.length + (b.endsWith(' ') ? 0 : 1), page]);
      }
      appendLine(b, line, refs);
    });
    const text = b.toString();
    const bold = para.lines.every((l) => l.bold);
    const kind = bold && text.length < 400 ? 'heading' : 'paragraph';
    const block = newBlock(kind, text, { page: para.lines[0].page, footnoteRefs: refs });
    if (breaks.length) {
      block.pageBreaks = breaks.map(([o, p]) => [Math.min(o, text.length), p]);
      block.pageEnd = page;
    }
    return block;
  }
}

/**
 * A page's body lines in reading order with its tables in their place (each where its first line
 * was). Floating objects (a chart and its caption) may come before a table in the content stream
 * while standing under it on the page: a line under the next table waits until that table is placed.
 */
function withTables<T extends { lines: Set<Line> }>(body: Line[], tables: T[]): Array<Line | T> {
  const owner = new Map<Line, T>();
  for (const t of tables) for (const l of t.lines) owner.set(l, t);
  const bottom = new Map(tables.map((t) => [t, Math.min(...[...t.lines].map((l) => l.y))]));
  const placed = new Set<T>();
  // Under the highest table not yet placed (tables come top to bottom).
  const underNext = (l: Line) => {
    const next = tables.find((t) => !placed.has(t));
    return next !== undefined && l.y < bottom.get(next)!;
  };
  const out: Array<Line | T> = [];
  let waiting: Line[] = [];
  for (const line of body) {
    const t = owner.get(line);
    if (!t) {
      if (underNext(line)) waiting.push(line);
      else out.push(line);
    } else if (!placed.has(t)) {
      placed.add(t);
      out.push(t);
      out.push(...waiting.filter((l) => !underNext(l)));
      waiting = waiting.filter(underNext);
    }
  }
  return [...out, ...waiting];
}

function continuesTable(prev: PdfTable, next: PdfTable): boolean {
  return (
    next.page === prev.page + 1 &&
    next.header.length === prev.header.length &&
    (next.header.every((h) => !h) || next.header.join('|') === prev.header.join('|'))
  );
}

/**
 * A table block: header rows (a row of group cells spanning their columns when the header has
 * them, as a DOCX merged header would) and data rows as cells; text is cells joined by " | ".
 */
export function tableToBlock(parts: PdfTable[]): Block {
  const { header, groups } = parts[0];
  const headRows: TableCell[][] = [];
  if (groups.length) {
    const top: TableCell[] = [];
    const below: TableCell[] = [];
    for (let k = 0; k < header.length; k++) {
      const g = groups.find((x) => x.first === k);
      const inGroup = groups.some((x) => k >= x.first && k <= x.last);
      if (g) top.push({ text: g.text, colSpan: g.last - g.first + 1, rowSpan: 1 });
      if (inGroup) below.push({ text: header[k], colSpan: 1, rowSpan: 1 });
      else top.push({ text: header[k], colSpan: 1, rowSpan: 2 });
    }
    headRows.push(top, below);
  } else if (header.some(Boolean)) headRows.push(header.map((text) => ({ text, colSpan: 1, rowSpan: 1 })));
  const dataRows = parts.flatMap((t) => t.rows);
  const cellRows = [...headRows, ...dataRows.map((r) => r.map((text) => ({ text, colSpan: 1, rowSpan: 1 })))];
  const breaks: Array<[number, number]> = [];
  const lines = headRows.map((r) => r.map((c) => c.text).join(' | '));
  let text = lines.join('\n');
  parts.forEach((t, k) => {
    t.rows.forEach((r, i) => {
      if (text) text += '\n';
      if (k > 0 && i === 0) breaks.push([text.length, t.page]);
      text += r.join(' | ');
    });
  });
  const block = newBlock('table', text, { page: parts[0].page, rows: cellRows });
  if (breaks.length) {
    block.pageBreaks = breaks;
    block.pageEnd = parts[parts.length - 1].page;
  }
  return block;
}

/**
 * Keep a raised digit as a footnote reference only if a footnote with that label exists and it
 * fits the numbering order; otherwise it is ordinary superscript text ("m²", a stray "2025³").
 */
export function resolveMarkers(blocks: Block[], noteLabels: Set<string>): void {
  const all = blocks.flatMap((block) => block.footnoteRefs.map((ref) => ({ block, ref })));
  const used = new Set<string>();
  let last = 0;
  const reject = new Set<FootnoteRef>();
  all.forEach(({ ref }, i) => {
    const n = Number(ref.label);
    const later = all.slice(i + 1).some((o) => o.ref.label === ref.label);
    if (!noteLabels.has(ref.label) || used.has(ref.label) || (Number.isInteger(n) && later && n !== last + 1)) {
      reject.add(ref);
      return;
    }
    used.add(ref.label);
    if (Number.isInteger(n)) last = n;
  });
  for (const block of blocks) {
    const rejected = block.footnoteRefs.filter((r) => reject.has(r));
    if (!rejected.length) continue;
    block.footnoteRefs = block.footnoteRefs.filter((r) => !reject.has(r));
    for (const r of rejected.reverse()) insertText(block, r.offset, toSuperscript(r.label));
  }
}

/** Insert text into a block, moving every offset at or after the insertion point. */
function insertText(block: Block, offset: number, s: string): void {
  block.text = block.text.slice(0, offset) + s + block.text.slice(offset);
  for (const r of block.footnoteRefs) if (r.offset > offset) r.offset += s.length;
  if (block.pageBreaks) block.pageBreaks = block.pageBreaks.map(([o, p]) => [o > offset ? o + s.length : o, p]);
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function argmax<K>(m: Map<K, number>): K | undefined {
  let best: K | undefined;
  let n = -Infinity;
  for (const [k, v] of m) if (v > n) [best, n] = [k, v];
  return best;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export { normalizeChars };
