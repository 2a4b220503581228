/**
 * Indicators: a quantity becomes a catalog indicator when the label written before it (in the
 * same clause), the unit after it and the section it sits in agree with one catalog entry.
 * Figures that match nothing are left to the statement extractor (src/extract/statements), which
 * labels every figure. A wrong number is worse than a missing one: ambiguity drops the match.
 */
import { jaroWinkler } from '../text/similarity.js';
import { Block, pageAt } from '../model.js';
import type { CatalogEntry } from '../data/catalog.js';
import { eligibleEntries } from './catalog-match.js';
import { fold } from '../text/normalize.js';
import { findQuantities, Quantity } from './quantities.js';
import { sentenceAround } from '../text/sentences.js';
import { clauseEnd, clauseStart } from '../text/clauses.js';
import { kindOf } from './statements/kind.js';
import { asOfDate, periodOf } from './statements/period.js';
import { cellNumber, cellPlace, cellSpans, describeTable, TableGrid, TableValue } from './tables.js';
import { entityTableValues } from './entity-tables.js';
import { indexOfHeadings, indexTableValues } from './index-tables.js';
import type { CompositeIndex } from '../data/composite-indices.js';

export type IndicatorKind = 'actual' | 'estimate' | 'target';


export interface IndicatorValue {
  series_id: string;
  label: string;
  /** Who the value is about when a table lists agencies or communes; '' for the document's own scope. */
  entity: string;
  value: number;
  unit: string;
  numerator: number | null;
  denominator: number | null;
  kind: IndicatorKind;
  period: string;
  as_of: string;
  page: number | null;
  section: string;
  quote: string;
  confidence: number;
  /** Read by OCR: confidence above is then scaled by the recognizer's confidence. */
  ocr: boolean;
  count: number;
  warnings: string[];
  /** Where the figure stands: block index and offsets in its text; for a table cell, the cell's. */
  block_index: number;
  span_start: number;
  span_end: number;
  /** The figure as written. */
  figure: string;
  /** Every figure (block index, start, end) this value stands for, repeats collapsed into it included. */
  covers: Array<[number, number, number]>;
}

export interface UnmatchedValue {
  label: string;
  value: number;
  unit: string;
  page: number | null;
  quote: string;
}

export interface IndicatorContext {
  /** The report's own period (documents.period), used when the sentence names none. */
  period?: string;
  docType?: string;
  /** The document's title: for an annex it names what its ranking tables measure. */
  title?: string;
}

const JW_THRESHOLD = 0.94;
// Between two figures of one indicator: ", hiện đạt ", " và đến nay đạt ", " nay đã đạt ".
const CONTINUES_FIGURE = /^\s*,?\s*(?:và\s+)?(?:hiện|hiện nay|nay|đến nay|thực tế)\s+(?:đã\s+|chỉ\s+)?đạt\s*$/iu;
// A level named right before the figure narrows whom it is about: "tỷ lệ hồ sơ giải quyết đúng
// hẹn cấp tỉnh chỉ đạt 93,5%" is the provincial agencies' rate, not the province's.
const LEVEL_SCOPE = /(?<![\p{L}])(cấp (?:tỉnh|huyện|xã))(?![\p{L}])[^,;:()]{0,25}$/iu;

interface Candidate extends IndicatorValue {
  start: number;
  block: Block;
}

type Place = Pick<IndicatorValue, 'block_index' | 'span_start' | 'span_end' | 'figure' | 'covers'>;

function place(blockIndex: number, start: number, end: number, raw: string): Place {
  return { block_index: blockIndex, span_start: start, span_end: end, figure: raw, covers: [[blockIndex, start, end]] };
}

/** Whether a figure of this block's clause starting at `from` already became an indicator. */
function matchedSince(values: Candidate[], block: Block, from: number): boolean {
  return values.some((v) => v.block === block && v.start >= from);
}

export function extractIndicators(blocks: Block[], ctx: IndicatorContext): { values: IndicatorValue[] } {
  const values: Candidate[] = [];
  let tableNo = 0;
  for (const [blockIndex, block] of blocks.entries()) {
    if (block.kind === 'footnote') continue;
    if (block.kind === 'table') {
      tableNo++;
      const grid = describeTable(block);
      if (grid?.entityTable) {
        entityIndicators(block, blockIndex, grid, tableNo, ctx, values);
        continue;
      }
      if (grid) {
        const ix = indexOfHeadings(block.sectionPath);
        const used = ix ? indexIndicators(block, blockIndex, grid, tableNo, ix, ctx, values) : new Set<number>();
        tableIndicators(block, blockIndex, grid, tableNo, ctx, values, used);
        continue;
      }
    }
    const text = block.text;
    const quantities = findQuantities(text).filter((q) => !q.malformed);
    if (!quantities.length) continue;
    const sectionText = fold(block.sectionPath.join(' | '));
    const headingsLower = block.sectionPath.join(' | ').toLowerCase();
    const lower = text.toLowerCase();
    let prevEnd = 0;
    let prev: { q: Quantity; match: Match } | null = null;
    for (const q of quantities) {
      const clauseAt = clauseStart(text, q.start);
      const from = Math.max(clauseAt, prevEnd);
      const left = text.slice(from, q.start);
      prevEnd = q.end;
      const contextLower = `${headingsLower}\n${lower.slice(clauseAt, clauseEnd(text, q.end))}`;
      let match = matchIndicator(left, q, sectionText, contextLower);
      const last = prev as { q: Quantity; match: Match } | null;
      if (!match && last && last.q.kind === q.kind && CONTINUES_FIGURE.test(left)) {
        // "(chỉ tiêu tối thiểu 98%, hiện đạt 97,4%)": the second figure measures the same thing.
        match = { ...last.match, confidence: Math.min(last.match.confidence, 0.8) };
      }
      prev = null;
      if (!match && from > clauseAt && !matchedSince(values, block, clauseAt)) {
        // "đồng bộ, tích hợp 100% dịch vụ công … (1.348 dịch vụ)": the label sits before an
        // unmatched figure of the same clause; read the whole clause, with less confidence.
        const wide = matchIndicator(text.slice(clauseAt, q.start), q, sectionText, contextLower);
        if (wide) match = { ...wide, confidence: Math.min(wide.confidence, 0.7) };
      }
      if (!match && AFTER_LEAD.test(left)) {
        // "Tỉnh có 36 doanh nghiệp hoạt động", "đã có 07/11 UBND huyện … triển khai IOC cấp huyện":
        // the label follows the figure when the figure is what exists ("có", ":", clause start).
        const until = clauseEnd(text, q.end);
        match = matchIndicatorAfter(text.slice(q.end, Math.min(until, q.end + 90)), q, sectionText, contextLower);
      }
      const page = pageAt(block, q.start) ?? null;
      const quote = sentenceAround(text, q.start, q.end);
      if (!match) continue;
      prev = { q, match };
      const clause = text.slice(clauseAt, q.end);
      const kind = kindOf(clause, left, block.sectionPath, ctx);
      const period = periodOf(clause, clause.length, block.sectionPath, ctx, kind);
      const asOf = asOfDate(text.slice(Math.max(0, q.start - 200), q.start));
      values.push({
        block,
        series_id: match.entry.id,
        label: match.label,
        entity: LEVEL_SCOPE.exec(left)?.[1].toLowerCase() ?? '',
        value: match.entry.unit === 'fraction' && q.kind === 'fraction' ? q.percent ?? round(((q.numerator ?? 0) / (q.denominator ?? 1)) * 100) : valueOf(q),
        unit: match.entry.unit === 'fraction' ? '%' : unitOf(q),
        numerator: q.numerator ?? null,
        denominator: q.denominator ?? null,
        kind,
        period,
        as_of: asOf,
        page,
        section: block.sectionPath[block.sectionPath.length - 1] ?? '',
        quote,
        confidence: block.ocr !== undefined ? round((match.confidence * block.ocr) / 100) : match.confidence,
        ocr: block.ocr !== undefined,
        count: 1,
        warnings: q.qualifier && /khoảng|hơn|trên|gần|dưới|tối đa|không quá/.test(q.qualifier) ? [`approximate: "${q.qualifier}"`] : [],
        ...place(blockIndex, q.start, q.end, q.raw),
        start: q.start,
      });
    }
  }
  return { values: collapse(values) };
}

function valueOf(q: Quantity): number {
  return q.kind === 'fraction' ? q.numerator ?? q.value : q.value;
}

function unitOf(q: Quantity): string {
  if (q.kind === 'percent') return '%';
  if (q.kind === 'fraction') return q.unit ? `/${q.denominator} ${q.unit}` : `/${q.denominator}`;
  return q.unit;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

interface Match {
  entry: CatalogEntry;
  label: string;
  confidence: number;
}

/**
 * The alias whose occurrence ends closest to the number wins; when none occurs exactly, a
 * Jaro–Winkler pass over the last words catches misspelt labels (with less confidence).
 */
function matchIndicator(left: string, q: Quantity, sectionText: string, contextLower = ''): Match | null {
  const leftFolded = fold(left);
  let best: { entry: CatalogEntry; alias: string; end: number } | null = null;
  const entries = eligibleEntries(q, sectionText, leftFolded, false, contextLower);
  for (const entry of entries) {
    for (const alias of entry.aliasesFolded) {
      const at = leftFolded.lastIndexOf(alias);
      if (at < 0) continue;
      const end = at + alias.length;
      if (!best || end > best.end || (end === best.end && alias.length > best.alias.length)) best = { entry, alias, end };
    }
  }
  if (best) {
    // An alias far from the number (other words in between) is weaker evidence.
    const gap = leftFolded.length - best.end;
    const confidence = gap < 25 ? 0.95 : gap < 60 ? 0.85 : 0.7;
    return { entry: best.entry, label: left.trim().replace(/[,:]\s*$/, ''), confidence };
  }
  // Fuzzy pass (Jaro–Winkler over the last words) for spellings the aliases miss.
  const words = leftFolded.replace(/[^\p{L}\d ]/gu, ' ').split(/\s+/).filter(Boolean);
  const wordSet = new Set(words);
  let fuzzy: { entry: CatalogEntry; score: number } | null = null;
  for (const entry of entries) {
    for (const alias of entry.aliasesFolded) {
      const aliasWords = alias.split(' ');
      const n = aliasWords.length;
      if (n < 3 || words.length < n) continue;
      // A misspelt label still has most of its words right: at least half of the alias's words
      // must appear as they are, or no window can reach the threshold worth comparing.
      if (aliasWords.filter((w) => wordSet.has(w)).length * 2 < n) continue;
      for (let i = Math.max(0, words.length - n - 3); i + n <= words.length; i++) {
        const window = words.slice(i, i + n).join(' ');
        // Jaro–Winkler ≥ 0.94 needs Jaro ≥ 0.9, impossible when one string is under 70% of the
        // other's length: skip those pairs before the costly comparison.
        const ratio = Math.min(window.length, alias.length) / Math.max(window.length, alias.length);
        if (ratio < 0.7) continue;
        const score = jaroWinkler(window, alias);
        if (score >= JW_THRESHOLD && (!fuzzy || score > fuzzy.score)) fuzzy = { entry, score };
      }
    }
  }
  if (fuzzy) return { entry: fuzzy.entry, label: left.trim().replace(/[,:]\s*$/, ''), confidence: 0.6 };
  return null;
}

// Before a figure whose label follows it: clause start, "có", "với", ":" or an approximation.
// Example: "Hiện nay, toàn tỉnh có khoảng 26 doanh nghiệp bưu chính" → "có khoảng ".
// Not "đối với 12 thuê bao": that names the object of an action, not a stock.
const AFTER_LEAD = /(?:^|(?<![\p{L}])(?:có|(?<!đối )với|gồm)|:)\s*(?:(?:khoảng|hơn|trên|gần|tổng cộng)\s*)?$/iu;

/** An alias that starts the words right after the figure (unit permitting, section permitting). */
function matchIndicatorAfter(right: string, q: Quantity, sectionText: string, contextLower = ''): Match | null {
  const rightFolded = fold(right).trimStart();
  let best: { entry: CatalogEntry; alias: string; at: number } | null = null;
  for (const entry of eligibleEntries(q, sectionText, rightFolded, false, contextLower)) {
    for (const alias of entry.aliasesFolded) {
      const at = rightFolded.indexOf(alias);
      // At the start for counts ("36 doanh nghiệp hoạt động"); fractions name their whole
      // after a subject ("07/11 UBND huyện, thị, thành triển IOC cấp huyện").
      if (at < 0 || (at > 0 && entry.unit !== 'fraction')) continue;
      if (!best || at < best.at || (at === best.at && alias.length > best.alias.length)) best = { entry, alias, at };
    }
  }
  if (!best) return null;
  return { entry: best.entry, label: right.trim().slice(0, best.at + best.alias.length + 20).replace(/[,;.]\s*$/, ''), confidence: best.at === 0 ? 0.85 : 0.75 };
}

/**
 * One value per indicator, period and kind in a document: repeats collapse (count kept);
 * a different value for the same slot is kept as the first, with a warning naming the other.
 */
function collapse(values: Candidate[]): IndicatorValue[] {
  const slots = new Map<string, Candidate>();
  for (const v of values) {
    const key = `${v.series_id}|${v.entity}|${v.period}|${v.kind}`;
    const seen = slots.get(key);
    if (!seen) {
      slots.set(key, v);
      continue;
    }
    seen.covers.push(...v.covers);
    if (seen.value === v.value) {
      seen.count++;
      seen.confidence = Math.max(seen.confidence, v.confidence);
    } else if (v.confidence > seen.confidence) {
      v.warnings.push(`the report also states ${seen.value} for this indicator and period (page ${seen.page ?? '?'})`);
      v.count += seen.count;
      v.covers.push(...seen.covers);
      slots.set(key, v);
    } else {
      seen.warnings.push(`the report also states ${v.value} for this indicator and period (page ${v.page ?? '?'})`);
    }
  }
  return [...slots.values()].map(({ start: _start, block: _block, ...rest }) => rest);
}

/**
 * Indicators from a table: the row label is the label, the unit column the unit, each value
 * column a value whose kind and year come from its header. A row maps to a catalog indicator
 * only when an alias covers most of its label (a table label names one thing exactly; a
 * partial hit such as "công khai" inside a longer label is another indicator).
 */
function tableIndicators(block: Block, blockIndex: number, grid: TableGrid, tableNo: number, ctx: IndicatorContext, values: Candidate[], skipRows: Set<number>): void {
  const labelCol = grid.columns.find((c) => c.role === 'label');
  const numberCol = grid.columns.find((c) => c.role === 'number');
  const unitCol = grid.columns.find((c) => c.role === 'unit');
  if (!labelCol) return;
  const sectionText = fold(block.sectionPath.join(' | '));
  for (const [i, row] of grid.rows.entries()) {
    const label = row.cells[labelCol.index]?.trim();
    if (!label || skipRows.has(i)) continue;
    const unitText = unitCol ? row.cells[unitCol.index]?.trim() ?? '' : '';
    const rowNo = numberCol ? row.cells[numberCol.index]?.trim() ?? '' : '';
    const core = fold(label.replace(/\([^)]*\)/g, ' ')).replace(/\s+/g, ' ').trim();
    for (const col of grid.columns.filter((c) => c.role === 'value')) {
      const raw = row.cells[col.index]?.trim() ?? '';
      const n = cellNumber(raw);
      if (n === null) continue;
      const percent = n.percent || unitText === '%';
      const q: Quantity = { value: n.value, kind: percent ? 'percent' : 'number', unit: percent ? '%' : unitText.toLowerCase(), raw, start: 0, end: raw.length };
      const match = matchIndicator(label, q, sectionText);
      const covering = match && match.entry.aliasesFolded.some((a) => core.includes(a) && a.length >= 0.6 * core.length);
      const quote = `${cellPlace(tableNo, rowNo, col.header)} ${label}: ${raw}${unitText && unitText !== '%' ? ` ${unitText}` : ''}`;
      if (!match || !covering) continue;
      // The label is the row label and the column's header path, as for every table statement.
      const cell: TableValue = { series_id: match.entry.id, label: col.header ? `${label} / ${col.header}` : label, entity: col.entity ?? '', value: n.value, unit: q.unit, numerator: null, denominator: null, kind: col.kind ?? 'actual', column: col, rowIndex: i, quote, warnings: [] };
      values.push(fromTable(block, blockIndex, grid, ctx, cell));
    }
  }
}

/** Character offset of a table row in the block's text (rows are joined by newlines). */
function rowOffset(block: Block, row: number): number {
  let at = 0;
  for (let k = 0; k < row; k++) {
    const nl = block.text.indexOf('\n', at);
    if (nl < 0) break;
    at = nl + 1;
  }
  return at;
}

/** Composite-index tables: component rows, a measure per province column. Returns the rows used. */
function indexIndicators(block: Block, blockIndex: number, grid: TableGrid, tableNo: number, ix: CompositeIndex, ctx: IndicatorContext, values: Candidate[]): Set<number> {
  const found = indexTableValues(grid, ix, tableNo);
  for (const c of found.values) values.push(fromTable(block, blockIndex, grid, ctx, c));
  return found.rows;
}

/** Ranking tables: each row an agency or commune, each matched column a per-entity measure. */
function entityIndicators(block: Block, blockIndex: number, grid: TableGrid, tableNo: number, ctx: IndicatorContext, values: Candidate[]): void {
  const context = fold([...block.sectionPath, ctx.title ?? ''].join(' | '));
  const found = entityTableValues(grid, tableNo, context);
  for (const c of found.values) values.push(fromTable(block, blockIndex, grid, ctx, c));
}

/** The page a table row stands on (a table may run over several). */
function tableRowPage(block: Block, grid: TableGrid, rowIndex: number): number | null {
  return pageAt(block, rowOffset(block, grid.rows[rowIndex].index)) ?? block.page ?? null;
}

function fromTable(block: Block, blockIndex: number, grid: TableGrid, ctx: IndicatorContext, c: TableValue): Candidate {
  const span = cellSpans(block.rows ?? []).get(`${grid.rows[c.rowIndex].index}:${c.column.index}`) ?? [0, 0];
  return {
    ...place(blockIndex, span[0], span[1], block.text.slice(span[0], span[1]).trim()),
    block,
    series_id: c.series_id,
    label: c.label,
    entity: c.entity,
    value: c.value,
    unit: c.unit,
    numerator: c.numerator,
    denominator: c.denominator,
    kind: c.kind,
    period: c.column.year ?? periodOf(c.label, c.label.length, block.sectionPath, ctx, c.kind),
    as_of: '',
    page: tableRowPage(block, grid, c.rowIndex),
    section: block.sectionPath[block.sectionPath.length - 1] ?? '',
    quote: c.quote,
    confidence: 0.9,
    ocr: block.ocr !== undefined,
    count: 1,
    warnings: c.warnings,
    start: grid.rows[c.rowIndex].index,
  };
}
