/**
 * Period refiner: which stretch of time a figure is about. The clause names it ("năm 2024",
 * "tháng 3", "quý I", "6 tháng đầu năm", "9 tháng", "giai đoạn 2026-2030", "từ năm 2021 đến
 * nay"), else the nearest heading, else the report's own period. A comparison's period ("so với
 * cùng kỳ năm 2004") and a snapshot day ("tính đến ngày 20/11/2025", which is as_of) are not it.
 *
 * Forms written: YYYY, YYYY-H1, YYYY-Q1, YYYY-MM, a run of years YYYY-YYYY, a run of months
 * YYYY-MM/YYYY-MM (an ISO 8601 interval). Pure: text in, period out.
 */
import { findDate } from '../../text/dates.js';
import type { StatementKind } from './types.js';

export interface PeriodContext {
  /** The report's own period (documents.period): "2025", "2024-H1", "2025-01". */
  period?: string;
  docType?: string;
  /** A plan's horizon from its title ("giai đoạn 2026-2030" → "2026-2030"). */
  horizon?: string;
  /** The report's year when its period is unknown (title, issue date): fills in "tháng 2", "quý I". */
  year?: string;
  /** A plan or programme (its type, or a decision issuing one): its goals are targets. */
  plan?: boolean;
  /** The year it was issued, when known. */
  issueYear?: string;
  /** A document that enacts a rule (a policy, a norm): the amounts and rates it sets are targets. */
  enacts?: boolean;
  /** A cost estimate ("Đề cương và dự toán chi tiết"): its amounts are what is planned to be spent. */
  costsPlanned?: boolean;
  /** The day it was issued (YYYY-MM-DD), when known. */
  issueDate?: string;
  /**
   * The period the lead-in of the list a paragraph is an item of names ("Theo Bộ Tư pháp, từ ngày
   * 01/01/2017 đến 31/12/2023:" over "(i) … 35,4 tỷ đồng", "+ Số chi: …").
   */
  listPeriod?: string;
  /** The paragraph is an item of a rule's text quoted or proposed ("Tại Điều 7 Thông tư số 244 quy định:"): its levels are set. */
  quotesRule?: boolean;
}

const Y = '((?:19|20)\\d{2})';
// "giai đoạn 2026-2030", "giai đoạn 2021 – 2025", "2021-2025"
const YEAR_RUN = new RegExp(`(?:giai đoạn|thời kỳ|từ năm|năm)?\\s*${Y}\\s*[-–]\\s*${Y}(?!\\d)`, 'giu');
// "từ năm 2021 đến năm 2025", "từ năm 2021 đến nay"
const FROM_TO = new RegExp(`từ\\s+(?:năm\\s+)?${Y}\\s+(?:đến|tới)\\s+(?:(?:năm\\s+)?${Y}|nay|hết năm|thời điểm hiện tại)`, 'giu');
// "từ ngày 01/01/2017 đến 31/12/2023", "từ 01/7/2024 đến ngày 30/6/2025": a run between two days.
const FROM_DAY_TO_DAY = new RegExp(`từ\\s+(?:ngày\\s+)?(\\d{1,2})\\/(\\d{1,2})\\/${Y}\\s*(?:đến|tới|-)\\s*(?:ngày\\s+)?(\\d{1,2})\\/(\\d{1,2})\\/${Y}`, 'giu');
// "Từ đầu năm đến ngày 18/03/2005": the months from January to that day's.
const YEAR_START_TO_DAY = new RegExp(`từ đầu năm(?:\\s+(?:năm\\s+)?${Y})?\\s+(?:đến|tới)\\s+(?:ngày\\s+)?\\d{1,2}\\/(\\d{1,2})(?:\\/${Y})?`, 'giu');
// "6 tháng đầu năm 2024", "sáu tháng cuối năm"
// ("6 tháng đầu năm năm 2007": the word written twice)
const HALF = new RegExp(`(?<![\\d\\p{L}])(?:06|6|sáu)\\s+tháng\\s+(đầu|cuối)\\s+năm(?:\\s+(?:năm\\s+)?${Y})?`, 'giu');
// "9 tháng năm 2008", "2 tháng đầu năm 2007", "5 tháng", "Sáu tháng" (a run of months from January)
const MONTH_RUN = new RegExp(`(?<![\\d\\p{L}/])(\\d{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười một|mười)\\s+tháng(?:\\s+đầu)?(?:\\s+năm(?:\\s+${Y})?)?(?![\\p{L}])`, 'giu');
// "quý I năm 2005", "quý IV/2024", "Quý I-2004"
const QUARTER = new RegExp(`quý\\s+(IV|I{1,3}|[1-4])(?![\\p{L}])(?:\\s*(?:năm|\\/|-)\\s*${Y})?`, 'giu');
// A month and its year after a slash, no day, no document number after. Example match: "5/2003" in
// "đến 5/2003 có"; not "16/9/2022", not "5/2003/QĐ-UBND".
const MONTH_SLASH_YEAR = /(?<![\d/.,])(0?[1-9]|1[0-2])\/((?:19|20)\d{2})(?![\d/])/gu;
// "tháng 3 năm 2005", "tháng 01/2025", "tháng 3"
const MONTH = new RegExp(`(?<!\\d\\s)tháng\\s+(\\d{1,2})(?!\\d)(?:\\s*(?:năm|\\/|-)\\s*${Y})?`, 'giu');
// "năm 2024", "đến năm 2030", "trong năm 2025"
const YEAR = new RegExp(`(?:năm|đến năm|trong năm)\\s+${Y}(?![\\d/])`, 'giu');
// The report's whole year, unnamed: "mục tiêu XK cả năm", "Dự kiến xuất khẩu cả năm", "năm nay".
const WHOLE_YEAR = /(?<![\p{L}])(?:cả năm|năm nay)(?![\p{L}])(?!\s*(?:19|20)\d{2})/giu;
// A bare year in a table header: "Quý I-2004" has its own form, "2024" alone is the year.
const BARE_YEAR = new RegExp(`(?<![\\d/.,])${Y}(?![\\d/.,])`, 'gu');
// A year over an earlier one in a header. Example match: "2009/2008" (groups: 2009, 2008).
const YEAR_OVER_YEAR = new RegExp(`(?<![\\d/])${Y}\\s*\\/\\s*${Y}(?![\\d/])`, 'gu');
// A snapshot day is as_of, not the period: "tính đến ngày 20/11/2025", "đến hết tháng 10/2025".
const AS_OF_PHRASE = /(?:tính đến|tính tới|đến hết|lũy kế đến|lũy kế tới|cập nhật đến)\s*(?:ngày|hết ngày|hết|tháng|thời điểm)?\s*[\d/.\s]*(?:tháng\s+\d{1,2}\s+năm\s+\d{4})?/giu;
// What stands after this is the comparison's period: "tăng 5% so với cùng kỳ năm 2004".
const COMPARISON = /so với|so cùng kỳ|cùng kỳ|bằng \d/iu;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const SPELLED: Record<string, number> = { hai: 2, ba: 3, bốn: 4, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, 'mười một': 11 };
// A comparison's period right before the expression: "so với cùng kỳ năm 2007", "so đầu tháng 4/2009".
// A price base's year is no period either: "theo giá so sánh năm 1994", "giá cố định 2010".
const COMPARED_BEFORE = /(?:so|so với|bằng|cùng kỳ|so cùng kỳ|so với cùng kỳ|giá so sánh|giá cố định)\s+(?:(?:đầu|cuối|giữa)\s+)?$/iu;

interface Found {
  at: number;
  period: string;
  /** Named only by a year: a sub-year report may narrow it. */
  yearOnly: boolean;
  /** The year of a plan or budget ("kế hoạch năm 2006"): its figures are the year's, never narrowed to a month. */
  plan?: boolean;
  /** A month written without its year ("từ tháng 10 đến nay"): the year was filled in from the report's. */
  bareMonth?: number;
  /** "cả năm", "năm nay": after a figure it is what the figure is measured against ("đạt 59,3% mục tiêu cả năm"). */
  wholeYear?: boolean;
}

// Before a year: the plan or budget it is the year of. Example match: "kế hoạch " in "giao kế hoạch năm 2006".
const PLAN_BEFORE = /(?<![\p{L}])(?:kế hoạch|dự toán)(?:\s+vốn)?(?:\s+(?:đầu tư|ngân sách|nhà nước|XDCB))?\s*$/iu;

/** Every period expression in `text`, with its offset. `year` fills in "tháng 3", "quý I". */
// The same headings, clauses and paragraph openings are read for every figure under them: remember them.
const memo = new Map<string, Found[]>();
const MEMO_MAX = 4000;

/** January to month `n` of year `y`: a quarter, a half, the year, or a run of months ("2007-01/2007-02"). */
function monthsFromJanuary(y: string, n: number): string {
  return n === 12 ? y : n === 3 ? `${y}-Q1` : n === 6 ? `${y}-H1` : n === 1 ? `${y}-01` : `${y}-01/${y}-${String(n).padStart(2, '0')}`;
}

/** The period two days bound: whole years ("2017-2023", "2024") or a run of months ("2024-07/2025-06"). */
function dayRun(m: RegExpMatchArray): string | null {
  const [d1, m1, y1, d2, m2, y2] = m.slice(1, 7).map(Number);
  if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || y2 < y1) return null;
  if (d1 === 1 && m1 === 1 && d2 === 31 && m2 === 12) return y1 === y2 ? String(y1) : `${y1}-${y2}`;
  const mm = (n: number) => String(n).padStart(2, '0');
  return y1 === y2 && m1 === m2 ? `${y1}-${mm(m1)}` : `${y1}-${mm(m1)}/${y2}-${mm(m2)}`;
}

export function periodsIn(text: string, year: string | undefined, headerMode = false): Found[] {
  const key = `${year ?? ''}|${headerMode ? 1 : 0}|${text}`;
  const known = memo.get(key);
  if (known) return known;
  const found = findPeriods(text, year, headerMode);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, found);
  return found;
}

function findPeriods(text: string, year: string | undefined, headerMode: boolean): Found[] {
  const out: Found[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const add = (m: RegExpMatchArray, period: string | null, yearOnly = false, bareMonth?: number, wholeYear = false) => {
    const s = m.index!;
    const e = s + m[0].length;
    if (!period || !free(s, e)) return;
    taken.push([s, e]);
    if (COMPARED_BEFORE.test(text.slice(Math.max(0, s - 24), s).replace(/\s+$/, ' '))) return;
    const plan = yearOnly && PLAN_BEFORE.test(text.slice(Math.max(0, s - 40), s));
    out.push({ at: s, period, yearOnly, ...(plan ? { plan } : {}), ...(bareMonth ? { bareMonth } : {}), ...(wholeYear ? { wholeYear } : {}) });
  };
  const cleaned = text.replace(AS_OF_PHRASE, (m) => ' '.repeat(m.length));
  for (const m of cleaned.matchAll(FROM_DAY_TO_DAY)) add(m, dayRun(m));
  for (const m of cleaned.matchAll(YEAR_START_TO_DAY)) {
    const n = Number(m[2]);
    const y = m[3] ?? m[1] ?? year;
    if (y && n >= 1 && n <= 12) add(m, monthsFromJanuary(y, n));
  }
  for (const m of cleaned.matchAll(FROM_TO)) add(m, `${m[1]}-${m[2] ?? year ?? ''}`.replace(/-$/, ''));
  for (const m of cleaned.matchAll(YEAR_RUN)) if (Number(m[2]) > Number(m[1])) add(m, `${m[1]}-${m[2]}`);
  for (const m of cleaned.matchAll(HALF)) {
    const y = m[2] ?? year;
    add(m, y ? `${y}-${m[1].toLowerCase() === 'đầu' ? 'H1' : 'H2'}` : null);
  }
  for (const m of cleaned.matchAll(QUARTER)) {
    const q = ROMAN[m[1].toLowerCase()] ?? Number(m[1]);
    const y = m[2] ?? year;
    add(m, y ? `${y}-Q${q}` : null);
  }
  for (const m of cleaned.matchAll(MONTH_RUN)) {
    const n = SPELLED[m[1].toLowerCase()] ?? Number(m[1]);
    const y = m[2] ?? year;
    if (!y || n < 2 || n > 12) continue;
    add(m, monthsFromJanuary(y, n));
  }
  for (const m of cleaned.matchAll(MONTH)) {
    const n = Number(m[1]);
    const y = m[2] ?? year;
    if (!y || n < 1 || n > 12) continue;
    add(m, `${y}-${String(n).padStart(2, '0')}`, false, m[2] ? undefined : n);
  }
  // "đến 5/2003 có 10886 cơ sở", "29 bệnh viện tư hiện nay (7/2003)": a month written with its year only.
  for (const m of cleaned.matchAll(MONTH_SLASH_YEAR)) add(m, `${m[2]}-${m[1].padStart(2, '0')}`);
  for (const m of cleaned.matchAll(YEAR)) add(m, m[1], true);
  // (the whole year even in a report on part of it: never narrowed to the report's months)
  for (const m of cleaned.matchAll(WHOLE_YEAR)) add(m, year ?? null, false, undefined, true);
  if (headerMode) {
    // "Tăng/giảm 2009/2008 (%)": a change of the first year over the second is the first year's.
    for (const m of cleaned.matchAll(YEAR_OVER_YEAR)) if (Number(m[1]) > Number(m[2])) add(m, m[1], true);
    for (const m of cleaned.matchAll(BARE_YEAR)) add(m, m[1], true);
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The period of a figure at `figureAt` in `clause`: the last expression before the figure, else
 * the first after it (up to a comparison), else the headings' (nearest first), else the report's.
 * A target with no period of its own covers the plan's horizon. A figure named only by a year
 * in a half-year or monthly report of that year is the report's sub-period (not for targets).
 */
export function periodOf(clause: string, figureAt: number, sectionPath: string[], ctx: PeriodContext, kind: StatementKind, earlier = '', nextFigureAt?: number): string {
  const own = ctx.period ?? '';
  const year = /^\d{4}/.exec(own)?.[0] ?? ctx.year;
  // "Tổng vốn … phân khai kế hoạch …" under "Tình hình triển khai giao kế hoạch năm 2006" in a report on
  // January 2006: the plan's year, not the report's month. "từ tháng 10 đến nay" in that report: October 2005.
  // Under such a heading, "hoàn thành trong năm 2006" is that plan's year too.
  const planYears = new Set(sectionPath.flatMap((h) => periodsIn(h, year).filter((f) => f.plan).map((f) => f.period)));
  const narrow = (f: Found) => {
    // (not a forecast's or a goal's month: "Dự báo tháng 3 …" in that report is March 2006)
    if (f.bareMonth && /^\d{4}-\d{2}$/.test(own) && f.bareMonth > Number(own.slice(5, 7)) && kind !== 'estimate' && kind !== 'target') return shiftYear(f.period, -1);
    // (a run of years such as a programme's "2007-2010" is no sub-period of its first year)
    return f.yearOnly && !f.plan && !planYears.has(f.period) && kind !== 'target' && own.startsWith(`${f.period}-`) && !/^\d{4}-\d{4}$/.test(own) ? own : f.period;
  };
  // "(cùng kỳ tăng 15,6%)", "cùng kỳ 2004 đạt 15,6%": the figure is the same period a year before.
  const sameLast = SAME_PERIOD_LAST_YEAR.exec(clause.slice(Math.max(0, figureAt - 40), figureAt));
  if (sameLast) {
    const current = periodOf(clause.slice(0, figureAt - 40 > 0 ? figureAt - 40 : 0), Math.max(0, figureAt - 40), sectionPath, ctx, kind, earlier);
    const first = Number(/^\d{4}/.exec(current)?.[0] ?? NaN);
    return shiftYear(current, sameLast[1] && !Number.isNaN(first) ? Number(sameLast[1]) - first : -1);
  }
  // "so với 1400 USD/tấn tháng trước": the figure of the month before the report's.
  if (kind !== 'change' && /^\d{4}-\d{2}$/.test(own) && PREVIOUS_MONTH_AFTER.test(clause.slice(figureAt))) return shiftMonth(own, -1);
  // "mực nước sông Hồng ngày 25/12 là 2,02 m" in a report on January 2006: that day's month, last year's.
  const day = DAY_MONTH_BEFORE.exec(clause.slice(Math.max(0, figureAt - 50), figureAt));
  if (day && /^\d{4}-\d{2}$/.test(own)) {
    const m = Number(day[1]);
    const y = Number(own.slice(0, 4)) - (m > Number(own.slice(5, 7)) ? 1 : 0);
    if (m >= 1 && m <= 12) return `${y}-${String(m).padStart(2, '0')}`;
  }
  const found = periodsIn(clause, year);
  const before = found.filter((f) => f.at < figureAt).pop();
  const tail = clause.slice(figureAt);
  const cmp = COMPARISON.exec(tail);
  const limit = Math.min(cmp ? figureAt + cmp.index : Infinity, nextFigureAt ?? Infinity);
  // "… trong năm 2025 và 50% vào năm 2030": a period right after the figure, before the next
  // figure, is its own when nearer than the one before it.
  const after = found.find((f) => f.at >= figureAt && f.at < limit && !f.wholeYear);
  // "(quý I/2003 tăng 43,4%, quý I/2004 tăng 15,1%)", "… 9 tháng năm 2008 tăng 15%, trong khi năm
  // 2007 tăng 20,3%": a period after a comma opens the next figure's clause.
  const opensNext = !!after && nextFigureAt !== undefined && after.at < nextFigureAt && FIGURE_THEN_COMMA.test(clause.slice(figureAt, after.at));
  if (after && !opensNext && (!before || (after.at - figureAt < 60 && after.at - figureAt < figureAt - before.at))) return narrow(after);
  if (before) return narrow(before);
  // "Hàng hóa bán ra tháng 6 ước thực hiện 3.945 tỷ đồng, …; bán lẻ ước đạt 1.947 tỷ đồng": a month,
  // a quarter or a run of months of an earlier clause of the same sentence (outside a parenthesis)
  // still holds. (Not a year or a run of years: those name programmes and comparisons as often,
  // "Chương trình … giai đoạn 2021 - 2025", "so với mức 65-70 USD/thùng năm 2006".)
  const sentenceFrom = Math.max(earlier.lastIndexOf('. '), earlier.lastIndexOf('\n')) + 1;
  const sentence = earlier.slice(sentenceFrom);
  const inSentence = periodsIn(sentence, year).filter((f) => /^\d{4}-(?:\d{2}(?!\d)|Q[1-4]|H[12])/u.test(f.period) && !f.wholeYear && !/\([^)]*$/u.test(sentence.slice(0, f.at)));
  if (inSentence.length) return narrow(inSentence[inSentence.length - 1]);
  // "Trong giai đoạn 2021-2025, đã cử … ; có gần 99.027 lượt …": a period that opens an earlier
  // sentence of the paragraph frames the sentences after it.
  const framing = periodsIn(earlier, year).filter((f) => opensSentence(earlier, f.at));
  if (framing.length) return narrow(framing[framing.length - 1]);
  if (ctx.listPeriod) return ctx.listPeriod;
  for (const heading of [...sectionPath].reverse()) {
    const h = periodsIn(heading, year);
    if (h.length === 1) return narrow(h[0]);
  }
  if (kind === 'target' && ctx.horizon) return ctx.horizon;
  // "Vốn lâm nghiệp giao 174 tỷ đồng" in a report on January 2006: a plan's figure is for its year.
  if (kind === 'target' && /^\d{4}-(?:\d{2}|Q[1-4]|H[12])$/.test(own)) return own.slice(0, 4);
  // "Thành phố hiện có trên 109 khách sạn" in a programme for 2007-2010 issued in 2007: what a plan
  // states as it stands is of the year it was written, not of its horizon.
  if (ctx.plan && kind !== 'target' && ctx.issueYear && /^\d{4}-\d{4}$/.test(own)) return ctx.issueYear;
  return own;
}

// A figure, then a comma or semicolon before the period after it. The whole number is taken first
// (a lookahead and its backreference hold it), so a decimal comma is no clause's end: not "21,8% năm 2003".
// Example match: "15%, " in "15%, trong khi năm 2007".
const FIGURE_THEN_COMMA = /^(?=([\d.,]*\d))\1\s*%?[^,;()]*[,;]/u;

// Before a figure of the comparison period itself: "(cùng kỳ tăng ", "cùng kỳ 2004 đạt ", "; cùng kỳ năm trước là ".
const SAME_PERIOD_LAST_YEAR = /(?:^|[(;,]\s*)cùng kỳ(?:\s+(?:năm\s+)?((?:19|20)\d{2})|\s+năm trước)?\s*(?:tăng|giảm|đạt|là|:)?\s*(?:khoảng|hơn|gần|trên|dưới)?\s*$/iu;

// A day and month without a year, right before a figure. Example match: "ngày 25/12 là " (group 1: 12).
const DAY_MONTH_BEFORE = /(?<![\p{L}])ngày\s+\d{1,2}\/(\d{1,2})(?![\d/])[^\d]{0,25}$/u;
// A figure, its unit, then "tháng trước". Example match: "1400 USD/tấn tháng trước"; not "8,26% so với tháng trước".
const PREVIOUS_MONTH_AFTER = /^[\d.,]+\s*[^\s,;.()]{0,12}(?:\s+[^\s,;.()]{1,8})?\s+tháng trước(?![\p{L}])/u;

/**
 * A plan's own figure ("thấp hơn so với mục tiêu là 16%" in a report on quý I/2005) is set for the
 * plan's year, not for the months the report covers: "2005-Q1" → "2005" when `plan`.
 */
export function planYear(period: string, plan: boolean): string {
  return plan && /^(?:19|20)\d{2}-(?:\d{2}|Q[1-4]|H[12]|\d{2}\/(?:19|20)\d{2}-\d{2})$/.test(period) ? period.slice(0, 4) : period;
}

/** A month earlier or later: "2006-01" → "2005-12". */
export function shiftMonth(period: string, by: number): string {
  const [y, m] = period.split('-').map(Number);
  const n = y * 12 + (m - 1) + by;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** The same period a year earlier or later: "2005-Q1" → "2004-Q1", "2005-01/2005-03" → "2004-01/2004-03". */
export function shiftYear(period: string, by: number): string {
  return period.replace(/(?:19|20)\d{2}/g, (y) => String(Number(y) + by));
}

/** Whether offset `at` is within the first words of a sentence ("Năm 2024, …", "Trong quý I, …"). */
function opensSentence(text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 25), at);
  // "Tính đến cuối năm 2023, có 23 …; 01 …": up to three words before the period ("Tính đến cuối").
  // ("- Trong 6 tháng đầu năm 2007, …": a list item's mark before them)
  return /(?:^|[.;:!?]\s+|\n)(?:[-+•]\s*)?(?:\p{L}+\s+){0,3}$/u.test(at < 25 ? text.slice(0, at) : head);
}

/** The period a table column's header names ("Quý I-2004", "Kế hoạch năm 2025", "2024"), or undefined. */
export function headerPeriod(header: string, year?: string): string | undefined {
  const found = periodsIn(header, year, true);
  return found.length ? found[found.length - 1].period : undefined;
}

/** A plan's horizon from its title: "Kế hoạch … giai đoạn 2026-2030" → "2026-2030". */
export function horizonOf(title: string): string | undefined {
  return periodsIn(title, undefined).find((f) => /^\d{4}-\d{4}$/.test(f.period))?.period;
}

const AS_OF = /(?:tính đến|tính tới|đến hết|lũy kế đến|cập nhật đến)\s*(?:ngày|hết ngày|tháng|thời điểm)?\s*/giu;

/** "tính đến ngày 20/11/2025" before the figure (in its sentence) → "2025-11-20"; month-level → the 1st. */
export function asOfDate(before: string): string {
  const all = [...before.matchAll(AS_OF)];
  const m = all[all.length - 1];
  if (!m) return '';
  const rest = before.slice(m.index!);
  const d = findDate(rest);
  if (d && d.valid && d.index < 30) return d.iso;
  // "tính đến tháng 01/2025" is month-level.
  const mm = /(\d{1,2})\s*\/\s*((?:19|20)\d{2})/.exec(rest.slice(0, 40));
  if (mm && Number(mm[1]) >= 1 && Number(mm[1]) <= 12) return `${mm[2]}-${mm[1].padStart(2, '0')}-01`;
  return '';
}
