/**
 * The statement extractor: the framework that owns the loop and the offsets (after chrono).
 * For each block: parsers find figures (prose or table cells), then refiners run in order —
 * label, entity, kind, period, as_of — each a pure function of the figure's words. A figure no
 * label can be attached to is returned as unmatched, never guessed.
 */
import { Block, pageAt } from '../../model.js';
import { parseVietnameseNumber } from '../quantities.js';
import { clauseEnd, clauseStart } from '../../text/clauses.js';
import { sentenceAround } from '../../text/sentences.js';
import { cellNumber, cellSpans, describeTable, type TableGrid } from '../tables.js';
import { entityOf } from './entity.js';
import { proseFigures } from './figures.js';
import { cellKind, DONE, futureKind, listedChange, PLAN_FIGURE, runningYearForecast, setByDocument, statementKind, TARGETS_FOLLOW } from './kind.js';
import { labelBefore, partOf, readLabel, type LabelReading } from './label.js';
import { isSamePeriod, itemMeasure, statedIn, withoutCitation } from './label-cleanup.js';
import { isBareItem, leadInMeasure, measureOfLabel, measureOfReach, openParenAt, underLead } from './lead-in.js';
import { asOfDate, horizonOf, periodOf, periodsIn, planYear, PeriodContext } from './period.js';
import { captionUnit, tableFigures } from './table-figures.js';
import type { Figure, Statement, StatementKind } from './types.js';

export type { Statement, Figure, StatementKind } from './types.js';

export interface StatementContext extends PeriodContext {
  title?: string;
  issueDate?: string;
}

export interface Unlabelled {
  figure: Figure;
  blockIndex: number;
  page: number | null;
  left: string;
  quote: string;
}

// The lead of a list item: "-Gạo:", "+ Hàng may mặc:", "a) Về thủy sản:". Example match: "-Gạo:".
const LEAD = /^\s*(?:[-+•]\s*|[a-zđ]\)\s*|\d{1,2}[.)]\s*)?(?:về\s+)?(\p{Lu}[\p{L} ,-]{1,40}?)\s*:/u;
// A bound or a count written inside a measure's name: "tự bảo đảm dưới 30%", "từ 70% - dưới 100%",
// "Tổng kinh phí chi cho 02 giai đoạn là …".
const THRESHOLD_LEAD = /(?<![\p{L}]|(?:đạt|là|chiếm|bằng|còn|mức|:)\s)(?:dưới|từ|trên|tối thiểu|tối đa|không quá|hơn|cho|của|trong)\s*$|\d\s*%?\s*[-–]\s*(?:dưới\s*)?$/iu;
// After the bound, the rest of the name and the cue of the figure it names: " chi thường xuyên là ".
const LABEL_THEN_CUE = /^\s*%?\s*(?:[-–]\s*(?:dưới|đến)?\s*$|(?:(?!\s(?:và|hoặc)\s)[^\d,;()]){2,60}?\s(?:là|đạt|:)\s*(?:khoảng|hơn|gần|trên|dưới)?\s*$)/iu;
// The word that makes a list item's figure an amount of what the item names. Example: "giá trị" in ", với giá trị ".
const AMOUNT_WORD = /(?<![\p{L}])(giá trị|kim ngạch|doanh thu|sản lượng)\s*(?:là|đạt|khoảng|gần|trên|hơn)?\s*$/iu;
// What a share is of, after it. Example match: " tổng KNXK của cả nước" in "chiếm 45% tổng KNXK của cả nước, tăng".
const SHARE_BASE = /^\s*(?:so\s*với\s+)?(?:tổng|toàn|cả|dự toán|kế hoạch|chỉ tiêu|mục tiêu|cùng kỳ)(?![\p{L}])(?:[^,;.()\d]|(?<=tháng\s?)\d{1,2}(?:\/(?:19|20)\d{2})?|(?:19|20)\d{2}(?!\d)){0,60}\)?/iu;
// A clause opening a breakdown. Example match: "trong đó " in "trong đó khu vực doanh nghiệp nhà nước tăng".
const BREAKDOWN_OPENS = /^[\s,]*(?:trong đó|riêng|gồm)(?![\p{L}])/iu;
const BREAKDOWN_BEFORE = /(?<![\p{L}])(?:trong đó|riêng|gồm)[\s,:]*$/iu;
// Any noun phrase after a share, up to its comma or coordinator. Example match: " diện tích gieo cấy" in
// "chiếm 68% diện tích gieo cấy, trong đó …".
const SHARE_NOUN_BASE = /^\s+\p{L}(?:(?!\s(?:và|hoặc|tăng|giảm|trong đó)(?![\p{L}]))[^,;.()\d]){0,60}(?=[,;.()]|$)/u;
// The rest of a split fraction: "/108.117 tổng hồ sơ tiếp nhận". Example match: "/108.117 tổng hồ sơ tiếp nhận".
const SPLIT_DENOMINATOR = /^\s*\/\s*([\d.,]*\d)[^,;.()]{0,60}/u;
// A total that the count before is out of. Example match: "trên tổng số " in "trên tổng số 3.416 hồ sơ".
const OUT_OF_BEFORE = /(?<![\p{L}])(?:trên|trong)\s+tổng(?:\s+số)?\s*(?:khoảng|hơn|gần)?\s*$/iu;
// Verbs that say a figure was reached, not what it counts: "ước thực hiện", "đạt".
const GENERIC_VERB = /^(?:ước\s+)?(?:thực hiện|đạt|được)(?:\s+được)?\s+/iu;
// A sentence's words before its figure that name only a period. Example matches: "Riêng tháng 9 đạt ",
// "Quý I/2008, ước đạt khoảng ", "9 tháng đầu năm: ".
const PERIOD_ONLY_LEAD = /^\s*(?:[-+•]\s*)?(?:riêng|còn|trong đó)?\s*,?\s*(?:trong\s+|tính\s+)?(?:tháng\s+\d{1,2}(?:\s*\/\s*(?:19|20)\d{2})?|quý\s+[IV\d]+(?:\s*\/\s*(?:19|20)\d{2})?|(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+đầu\s+năm)?(?:\s+(?:19|20)\d{2})?|năm\s+(?:19|20)\d{2}|cả năm(?:\s+(?:19|20)\d{2})?)\s*[,:]?\s*(?:ước\s+)?(?:đạt|là)?\s*(?:khoảng|hơn|gần|trên|dưới)?\s*$/iu;
// Between a figure and the same quantity in other terms. Example match: " về giá trị tuyệt đối (tương đương ".
const RESTATED = /^[^,;.()\d]{0,40}\(\s*(?:tương đương|tương ứng)\s*(?:với\s*)?(?:khoảng|gần|hơn|trên)?\s*$/iu;
// A short noun phrase alone before a figure. Example match: "dịch vụ y tế cơ sở " in ", dịch vụ y tế cơ sở 7 793,".
const ITEM_THEN_FIGURE = /^[\s,;]*(?:[-+•]\s*)?(\p{L}[\p{L}\/]*(?:\s+[\p{L}\/]+){1,7})\s*:?\s*$/u;
// A document's own parts and the words that name no measure before a number.
const STRUCTURE_WORD = /^(?:[-+•]\s*)?(?:điều|khoản|mục|chương|phần|phụ lục|bảng|biểu|mẫu|trang|tập|quyển|số|lần|bước|giai đoạn|năm|tháng|quý|ngày|tuần|lớp|khóa|khoá|đợt|kỳ|tổ|quận|phường|xã|huyện|thôn|ấp|khu phố|đường|phố|hẻm|ngõ|tầng|phòng)(?![\p{L}])/iu;
// The last word of a name that a number completes. Example match: "lộ" in "Hương lộ 12", "vị trí" in "Vị trí 1".
const NUMBERED_NAME_END = /(?<![\p{L}])(?:lộ|vị trí|loại|khu|lô|số|tuyến|hạng|cấp|mức|nhóm|đội|tổ|phường|quận|xã|thôn|ấp|khóm|mã|ký hiệu|kênh|cầu|đường|phòng|tầng|lớp|khóa|khoá|đợt|kỳ|giai đoạn|dự án|tiểu dự án|nhà máy|tổ máy)$/iu;
// The name of a level a rule sets: a fee, a rate of support or spending, a unit price.
// Example match: "Phí" in "Phí cung cấp thông tin LLTP", "Mức hỗ trợ", "Lệ phí", "Định mức chi".
const SET_LEVEL = /^(?:phí|lệ phí|mức thu|mức phí|mức hỗ trợ|mức chi|định mức|mức phụ cấp|mức trợ cấp|mức lương|đơn giá)(?![\p{L}])/iu;
// A lead-in to a rule's text, quoted or proposed. Example match: "Tại Điều 7 Thông tư số 244 quy định:",
// "Bộ Tư pháp đề xuất sửa đổi khoản 2 Điều 7 Thông tư số 244 như sau:".
const RULE_INTRO = String.raw`(?:(?:thông tư|nghị định|luật|quyết định|nghị quyết|điều\s+\d+)[^.:]{0,120}\squy định|(?:đề xuất|đề nghị|dự thảo)\s+(?:sửa đổi|bổ sung|quy định)[^.:]{0,120}như sau)\s*:`;
// It closes a paragraph whose items follow.
const RULE_LEAD = new RegExp(`${RULE_INTRO}\\s*$`, 'iu');
// It stands in the paragraph, before the rule's words: "Tại Điều 6 Thông tư số 244 quy định: \"1. Chậm nhất …".
const RULE_QUOTED_BEFORE = new RegExp(`${RULE_INTRO}\\s*["“]?[^"”]*$`, 'iu');
// A paragraph that is an item of a list. Example match: "(i) " in "(i) Trung tâm LLTP cấp …", "+ ", "- ", "a) ", "1. ".
const LIST_ITEM = /^\s*(?:(\((?:[ivx]{1,4}|\d{1,2}|[a-zđ])\))|([-•–])|(\+)|([a-zđ]\))|(\d{1,2}[.)]))\s/u;

/**
 * The period a list's lead-in names for its items: the one it names, not one it compares with
 * ("… tăng 14,6% so với thực hiện năm 2007, trong đó:" names none).
 */
function leadPeriod(text: string, year: string | undefined): string | undefined {
  const named = periodsIn(text, year).filter((f) => !/(?:so với|so cùng kỳ|cùng kỳ)[^,;.]{0,30}$/iu.test(text.slice(Math.max(0, f.at - 40), f.at)));
  // (one only: "kết quả 9 tháng, … khả năng thực hiện cả năm 2004 như sau:" leaves the items' own period open)
  return named.length === 1 ? named[0].period : undefined;
}

/** The kind of mark a list item opens with ('' for a paragraph that is none): items of one list share it. */
function listMark(text: string): string {
  const m = LIST_ITEM.exec(text);
  return m ? String(m.slice(1).findIndex((g) => g !== undefined)) : '';
}
// A clause of a speech's salutation or a signature: no measurements there.
const SKIP_BLOCK = /^(?:kính (?:thưa|gửi)|nơi nhận|số:)/iu;

export function extractStatements(blocks: Block[], ctx: StatementContext): { statements: Statement[]; unlabelled: Unlabelled[] } {
  const statements: Statement[] = [];
  const unlabelled: Unlabelled[] = [];
  const horizon = ctx.horizon ?? horizonOf(ctx.title ?? '');
  // Without a period of its own, a report still has a year: its title's, its issue date's, or
  // the first its headings name ("Tính gộp 2 tháng đầu năm" in a report on February 2007).
  const docYear =
    /^\d{4}/.exec(ctx.period ?? '')?.[0] ??
    // (not a programme's horizon: "… ma túy đến năm 2030")
    /(?<!(?:đến|tới)\s+(?:năm\s+)?)(?<!\d)((?:19|20)\d{2})(?!\d)/u.exec(ctx.title ?? '')?.[1] ??
    ctx.issueDate?.slice(0, 4) ??
    firstYear(blocks);
  // A report without a title line the metadata knows ("Trích báo cáo …") still names its period
  // in its first heading: "TÌNH HÌNH … THÁNG 3 VÀ QUÝ I NĂM 2005".
  // A scan's date line may be read only in part ("Hà Nội, ngày VỀ tháng Ÿ năm 2025"): its year still dates the report.
  const own = runningTotalOf(ctx.title, ctx.period, docYear) ?? ctx.period ?? headingPeriod(blocks, docYear) ?? (ctx.issueDate ? docYear : dateLineYear(blocks));
  const pctx: PeriodContext = { ...ctx, period: own, horizon, year: docYear, plan: isPlan(ctx), enacts: ENACTS_RULE.test((ctx.title ?? '').trim()) || NORMATIVE_TYPE.test(ctx.docType ?? ''), costsPlanned: ctx.docType === 'Dự toán' || COST_ESTIMATE.test((ctx.title ?? '').trim()), issueYear: ctx.issueDate?.slice(0, 4) };
  let tableNo = 0;
  // The period of the list the paragraphs under a lead-in ending in ":" are items of.
  let listPeriod: string | undefined;
  let listRule = false;
  let leadMark = '';
  blocks.forEach((block, blockIndex) => {
    if (block.kind === 'footnote' && !/\d/.test(block.text)) return;
    if (block.kind === 'table') {
      tableNo++;
      const grid = describeTable(block);
      if (grid) {
        const spans = cellSpans(block.rows ?? []);
        const unit = blockIndex > 0 ? captionUnit(blocks[blockIndex - 1].text) : '';
        for (const { figure, cell } of tableFigures(grid, tableNo, docYear, unit)) {
          // The figure's place in the block's text: provenance spans for table cells too.
          const span = spans.get(`${cell.row}:${cell.col}`);
          if (span) [figure.start, figure.end] = span;
          const page = span ? pageAt(block, span[0]) ?? null : tablePage(block, cell.row);
          const label = cell.header ? `${cell.rowLabel} / ${cell.header}` : cell.rowLabel;
          const period = cell.period ?? periodOf(cell.rowLabel, 0, block.sectionPath, pctx, cellKind(cell.kind, cell.rowLabel));
          const read = futureKind(cellKind(cell.kind, cell.rowLabel), period, lookingAhead(pctx), '');
          // (a cost estimate's amounts are planned; a rule's levels are set)
          const kind = setByDocument(read, figure.cls, pctx) ? 'target' : read;
          statements.push({
            figure,
            blockIndex,
            page,
            cell,
            label,
            labelFrom: 'table',
            kind,
            period,
            asOf: '',
            entity: cell.entity ?? '',
            quote: `[bảng ${cell.table}, dòng ${cell.row + 1}, cột "${cell.header || cell.rowLabel}"] ${cell.entity && cell.header === '' ? `${cell.entity}: ` : `${cell.rowLabel}: `}${figure.raw}`,
            section: block.sectionPath[block.sectionPath.length - 1] ?? '',
            confidence: block.ocr !== undefined ? round((0.9 * block.ocr) / 100) : 0.9,
            warnings: [],
          });
        }
        textCellStatements(block, blockIndex, grid, spans, pctx, statements, unlabelled);
        return;
      }
    }
    if (SKIP_BLOCK.test(block.text) || shouting(block.text)) return;
    // (a lead may be an item itself, "- Tại Điều 7 … quy định:"; an item marked as it is closes its list)
    const mark = listMark(block.text);
    if (!mark || mark === leadMark) [listPeriod, listRule] = [undefined, false];
    proseStatements(block, blockIndex, mark && (listPeriod || listRule) ? { ...pctx, listPeriod, quotesRule: listRule } : pctx, statements, unlabelled);
    if (/:\s*$/u.test(block.text)) [listPeriod, listRule, leadMark] = [leadPeriod(block.text, docYear), RULE_LEAD.test(block.text), mark];
  });
  return { statements, unlabelled };
}

// A decision or a title that issues a plan: "V/v Ban hành Chương trình Phát triển Du lịch … giai đoạn 2007-2010".
const ISSUES_PLAN = /^(?:v\/v\s+)?(?:ban hành|phê duyệt|về việc ban hành|về việc phê duyệt)\s+(?:chương trình|kế hoạch|đề án|quy hoạch|chiến lược)(?![\p{L}])/iu;
// A cost estimate's title (not a report on how a budget was spent). Example match: "Đề cương và dự toán
// chi tiết", "Dự toán kinh phí"; not "Báo cáo tình hình thực hiện dự toán".
const COST_ESTIMATE = /^(?:đề cương(?:\s+và|\s*,)?\s+)?dự toán(?:\s+(?:chi tiết|kinh phí|chi phí))?(?![\p{L}])/iu;
// A title that enacts a rule: its amounts and rates are the levels it sets (quinex's "requirement"),
// not what was measured. Example match: "Ban hành quy định chính sách hỗ trợ" in "Ban hành quy định
// chính sách hỗ trợ đào tạo cán bộ, công chức …", "V/v : Ban hành Quy chế chi tiêu nội bộ".
const ENACTS_RULE = /^(?:v\/v\s*:?\s*)?(?:ban hành|về việc ban hành|quy định)\s+(?:bản\s+)?(?:(?:quy định|quy chế)(?:\s+(?:về\s+)?(?:chính sách|mức|định mức|chế độ|chi tiêu))?|chính sách|mức|định mức|chế độ)(?![\p{L}])/iu;

// A legal document whose every level is a rule's (a cap, a rate, a fee it sets), never a measurement.
// Example match: "Nghị định", "Thông tư" (types the metadata reader gives).
const NORMATIVE_TYPE = /^(?:Luật|Pháp lệnh|Nghị định|Thông tư|Thông tư liên tịch|Quy chế|Quy định|Điều lệ)$/u;

/** Whether the document is a plan or programme: its type, or a decision issuing one. */
function isPlan(ctx: StatementContext): boolean {
  return /^(?:Kế hoạch|Chương trình|Đề án|Quy hoạch|Chiến lược)$/u.test(ctx.docType ?? '') || ISSUES_PLAN.test(ctx.title ?? '');
}

/** The period a document's figures are outcomes of: a report's own; a plan looks ahead from its issue year. */
function lookingAhead(ctx: PeriodContext): string | undefined {
  return ctx.plan ? ctx.issueYear ?? ctx.period : ctx.period;
}

function proseStatements(block: Block, blockIndex: number, ctx: PeriodContext, out: Statement[], unlabelled: Unlabelled[]): void {
  const text = block.text;
  const figures = proseFigures(text);
  let readEnd = 0;
  let previous: Statement | null = null;
  let prevClause = -1;
  let previousVerb = '';
  // The last statement outside parentheses: "(Riêng các doanh nghiệp thuộc Bộ tăng 12,4%)" names a
  // part only inside its parenthesis; after it, the figures break down what stood before it.
  let outside: { s: Statement | null; verb: string; clause: number } = { s: null, verb: '', clause: -1 };
  let wasInParen = false;
  // This block's statements so far, with the verb each label was read with (a lead-in's material).
  const own: Array<{ s: Statement; verb: string }> = [];
  const hasWords = /\p{L}{2}/u.test(text);
  const goals = TARGETS_FOLLOW.exec(text);
  const goalsFrom = goals ? goals.index + goals[0].length : Infinity;
  figures.forEach((figure, i) => {
    const cStart = clauseStart(text, figure.start);
    const cEnd = clauseEnd(text, figure.end);
    const inParen = openParenAt(text.slice(sentenceStart(text, figure.start), figure.start)) >= 0;
    if (wasInParen && !inParen && outside.s) [previous, previousVerb, prevClause] = [outside.s, outside.verb, outside.clause];
    wasInParen = inParen;
    const sameClause = cStart === prevClause && previous !== null;
    // Across a ";" of one sentence the figure before still names what a part or a share is of:
    // "(Thuế tỉnh 217 TTHC; Kho bạc Nhà nước khu vực XVI 11 TTHC; …)".
    // "…, trong đó khu vực doanh nghiệp nhà nước tăng 7,9%": a clause that opens a breakdown is read
    // against the figure before it in the sentence, as one after a ";" is.
    const sameSentence = !sameClause && previous !== null && prevClause >= 0 && /^[^.!?\n]*$/u.test(text.slice(prevClause, cStart)) && (/;\s*$/u.test(text.slice(0, cStart)) || BREAKDOWN_OPENS.test(text.slice(cStart, figure.start)) || BREAKDOWN_BEFORE.test(text.slice(Math.max(0, cStart - 12), cStart)));
    const from = sameClause ? Math.max(cStart, readEnd) : cStart;
    const left = text.slice(from, figure.start);
    const next = figures[i + 1];
    const rightEnd = Math.min(cEnd, next && next.start > figure.end ? next.start : cEnd);
    const right = text.slice(figure.end, rightEnd);
    // "số đơn vị sự nghiệp tự bảo đảm dưới 30% chi thường xuyên là 29 đơn vị": the bound is part
    // of the next figure's label, not a statement; the next figure reads the words across it.
    if (next && next.start < cEnd && THRESHOLD_LEAD.test(text.slice(Math.max(cStart, figure.start - 12), figure.start)) && LABEL_THEN_CUE.test(text.slice(figure.end, next.start))) return;
    const page = pageAt(block, figure.start) ?? null;
    // Whether a figure of this sentence stands before this one (its words may name this one's measure).
    const afterPreviousFigure = figures.slice(0, i).some((f) => f.end > sentenceStart(text, figure.start));
    const quote = sentenceAround(text, figure.start, figure.end);
    let reading = readLabel({ figure, left, clauseLeft: text.slice(cStart, figure.start), sentenceLeft: text.slice(sentenceStart(text, figure.start), figure.start), afterPrevious: (sameClause && from > cStart) || sameSentence, right, rightAt: figure.end, cut: rightEnd < cEnd, previous: (sameClause || sameSentence) && previous ? { label: previous.label, cls: previous.figure.cls, verb: previousVerb, from: previous.labelFrom } : undefined, recent: recentOf(own, figure, sentenceStart(text, figure.start)) });
    // "Tổng kinh phí chi cho 02 giai đoạn là 47.591.366.683 đồng": nothing names the figure since
    // the previous one, but the clause does; read it whole, with less confidence.
    if (!reading && from > cStart) {
      const whole = readLabel({ figure, left: text.slice(cStart, figure.start), afterPrevious: false, right, rightAt: figure.end, cut: rightEnd < cEnd });
      // A label read across the previous figure must not hold it: "ước thực hiện 300 ngàn sản phẩm, với giá trị 2,1 triệu USD".
      // Nor end with a figure: "Hồ Chí Minh tăng 16,4%" names no measure.
      // Nor hold any figure before: "ước đạt 6,83 tỷ USD, đạt 71,9% kế hoạch" names nothing.
      const holdsPrevious = !!whole && ((!!previous && whole.label.includes(previous.figure.raw) && AMOUNT_WORD.test(left)) || /\d\s*%?$/u.test(whole.label) || figures.slice(0, i).some((f) => statedIn(whole.label, f.raw)));
      if (whole && whole.from === 'before' && !holdsPrevious) reading = { ...whole, confidence: Math.min(whole.confidence, 0.6) };
    }
    // "Giá trị kim ngạch nhập khẩu: tháng 6, ước thực hiện 38,5 triệu USD": the words before the
    // figure only say it was reached; the phrase or the lead-in before them names the measure.
    if (!reading || (reading.from === 'before' && !afterPreviousFigure)) {
      const measure = measureOfReach(text.slice(cStart, figure.start), text.slice(sentenceStart(text, figure.start), figure.start));
      if (measure) reading = { label: measure, from: 'before', end: reading?.end ?? figure.end, confidence: 0.6 };
    }
    // "-Gạo: tháng 6 ước thực hiện 30 ngàn tấn": no words name the measure but the list item's lead.
    // "-Hàng may mặc: tháng 6 ước thực hiện 300 ngàn sản phẩm": "thực hiện sản phẩm" names nothing either.
    if (!reading || !/\p{L}{2}/u.test(reading.label) || reading.label.replace(GENERIC_VERB, '').toLowerCase() === figure.unit.toLowerCase()) {
      const lead = LEAD.exec(text);
      // Unlabelled figures take the lead only in a list item ("-Gạo:"): a bare "Nội dung:" heads prose.
      if (lead && lead[0].length <= figure.start && (reading || /^\s*(?:[-+•]|[a-zđ]\)|\d{1,2}[.)])/u.test(text))) {
        // "với giá trị 2,1 triệu USD" in the item "-Hàng may mặc:": the value of what the item names.
        const amount = AMOUNT_WORD.exec(left)?.[1];
        reading = { label: amount ? `${amount} ${lead[1]}` : lead[1], from: 'before', end: reading?.end ?? figure.end, confidence: 0.6 };
      }
    }
    if (reading) reading = underItsLead(reading, text, figure.start, left, own);
    // "- Thuỷ sản: 9 tháng đầu năm KNXK mặt hàng này đạt 3,32 tỷ USD": a generic measure of "this
    // item" is the measure of the list item's lead.
    if (reading && reading.from === 'before') {
      const lead = LEAD.exec(text);
      const measure = lead && lead[0].length <= figure.start ? itemMeasure(reading.label, lead[1]) : null;
      if (measure) reading = { ...reading, label: measure, confidence: Math.min(reading.confidence, 0.7) };
    }
    // "khu vực doanh nghiệp nhà nước tăng 7,9% (Trung ương tăng 8,8%, địa phương tăng 6%)": a part of
    // the part just stated, in the parenthesis after it.
    if (reading?.from === 'breakdown' && inParen && reading.part) {
      const sStart = sentenceStart(text, figure.start);
      const open = sStart + openParenAt(text.slice(sStart, figure.start));
      const outer = own.filter((o) => o.s.figure.end <= open && o.s.figure.end > sStart).pop()?.s;
      if (outer && outer.labelFrom === 'breakdown' && outer.entity && !/\d/u.test(text.slice(outer.figure.end, open))) {
        reading = { ...reading, label: `${outer.label} ${reading.part}`, part: `${outer.entity} ${reading.part}` };
      }
    }
    // "(cùng kỳ năm 2007 chiếm 43,6 % tổng KNXK …)": the same period last year of the figure of its
    // kind just stated in this sentence, whatever stands between.
    if (reading && isSamePeriod(reading.label)) {
      const sStart = sentenceStart(text, figure.start);
      const same = own.filter((o) => o.s.figure.cls === figure.cls && o.s.figure.end > sStart && !isSamePeriod(o.s.label)).pop();
      reading = same ? { label: same.s.label, from: 'share', end: reading.end, confidence: 0.6 } : null;
    }
    // A label holding an amount or a rate stated before it names nothing: "ước đạt 6,83 tỷ USD".
    // ("Giá gạo loại 5% tấm là 278 USD/tấn" names its measure with a figure in it: no cue before it there.)
    if (reading && figures.slice(0, i).some((f) => f.cls !== 'count' && statedIn(reading!.label, f.raw))) reading = null;
    // "Tổng kim ngạch nhập khẩu đạt 64,4 tỷ USD, … . Riêng tháng 9 đạt 5,8 tỷ USD": a sentence that
    // names only another period states the same measure as the last figure of its kind.
    if (!reading && PERIOD_ONLY_LEAD.test(text.slice(sentenceStart(text, figure.start), figure.start))) {
      const same = own.filter((o) => o.s.figure.cls === figure.cls && o.s.figure.unit === figure.unit).pop();
      if (same) reading = { label: same.s.label, from: 'share', end: figure.end, confidence: 0.6 };
    }
    // "…, dịch vụ y tế cơ sở 7 793, nhà hộ sinh tư 261.", a line "Bác sĩ/dược sỹ 72": a name and the
    // figure that closes its clause, no cue between — an item of a list or a table flattened into
    // lines. Weak: only a short noun phrase, never a document's own parts ("Điều 5", "Phụ lục 2") nor a
    // name a number completes ("Hương lộ 12", "Đề án Bến Tre 50").
    const item = ITEM_THEN_FIGURE.exec(left);
    if (!reading && !figure.unit && figure.cls === 'count' && item && !STRUCTURE_WORD.test(item[1]) && !NUMBERED_NAME_END.test(item[1]) && !(/(?<![\p{L}])\p{Lu}\p{Ll}*$/u.test(item[1]) && /^\d{1,3}$/u.test(figure.raw)) && /^\s*(?:[,;.)]|$)/u.test(text.slice(figure.end))) {
      reading = { label: labelBefore(item[1], false) ?? item[1], from: 'before', end: figure.end, confidence: 0.5 };
    }
    prevClause = cStart;
    if (!reading) {
      // A block without a word is a chart's axis ticks or data labels ("10,000%"): nothing to label.
      if (hasWords) unlabelled.push({ figure, blockIndex, page, left: text.slice(cStart, figure.start), quote });
      readEnd = figure.end;
      return;
    }
    readEnd = Math.max(figure.end, reading.end);
    // "chiếm 45% tổng KNXK của cả nước, tăng 43,9%", "(78% mục tiêu KNXK cả năm), tăng 21,9%": a
    // share's base is read with it; the figure after changes the measure, not the base.
    if (reading.from === 'share' && figure.cls === 'percent') readEnd += (SHARE_BASE.exec(text.slice(readEnd)) ?? SHARE_NOUN_BASE.exec(text.slice(readEnd)))?.[0].length ?? 0;
    // "104.462 hồ sơ trực tuyến/108.117 tổng hồ sơ tiếp nhận, đạt tỷ lệ 96,62%": the denominator and its
    // noun are read with the count; the rate after them is its share.
    const split = figure.cls === 'count' && !figure.raw.includes('/') ? SPLIT_DENOMINATOR.exec(text.slice(readEnd)) : null;
    if (split) {
      readEnd += split[0].length;
      const total = parseVietnameseNumber(split[1]);
      if (figure.denominator === null && total !== null && total >= figure.value) Object.assign(figure, { numerator: figure.value, denominator: total });
    }
    // "3.065 hồ sơ … trên tổng số 3.416 hồ sơ tiếp nhận từ các nguồn, đạt 89,7%": a total the count is
    // out of is read to its comma, and is no measure the next figures are shares of.
    const outOf = OUT_OF_BEFORE.test(text.slice(Math.max(0, figure.start - 20), figure.start)) && previous !== null;
    if (outOf) readEnd += SHARE_NOUN_BASE.exec(' ' + text.slice(readEnd).trimStart())?.[0].length ? text.slice(readEnd).search(/[,;.()]|$/u) : 0;
    const clause = text.slice(cStart, cEnd);
    const at = figure.start - cStart;
    const leftClause = text.slice(cStart, figure.start);
    const readKind = statementKind(clause, leftClause.slice(-80), block.sectionPath, ctx, reading.label, figure.start >= goalsFrom, figure.cls === 'money');
    const periodFor = (k: StatementKind) => periodOf(clause, at, block.sectionPath, ctx, k, text.slice(0, cStart), next && next.start < cEnd ? next.start - cStart : undefined);
    const readPeriod = planYear(periodFor(readKind), readKind === 'target' && PLAN_FIGURE.test(leftClause.slice(-80)));
    const planned = futureKind(listedChange(readKind, text.slice(sentenceStart(text, figure.start), figure.start), figure.cls === 'percent'), readPeriod, lookingAhead(ctx), leftClause.slice(-80));
    // A figure that became a target is dated as a target is (a plan's horizon when it names no period).
    const plannedPeriod = planned !== readKind ? periodFor(planned) : readPeriod;
    // "tăng 20,97 tỷ USD về giá trị tuyệt đối (tương đương 48,3%)": the same quantity restated, of the same kind.
    const restated = previous && reading.from === 'share' && RESTATED.test(text.slice(previous.figure.end, figure.start)) ? previous.kind : undefined;
    const read = restated ?? runningYearForecast(planned, leftClause.slice(-80), plannedPeriod, ctx.issueDate);
    // "… ước thực hiện gần 57 triệu USD, …; trong đó, xuất khẩu hàng hóa gần 55 triệu USD": the parts,
    // shares and amounts of an estimate stated in its sentence are estimated too (not what "đã" says was done).
    // (Of the same period: "(năm 2007 là 29,1%)" after an estimate for 2008 is last year's actual.)
    const lead = own.filter((o) => o.s.figure.end > sentenceStart(text, figure.start) && o.s.kind !== 'change').pop()?.s;
    const estimated = lead?.kind === 'estimate' && lead.period === plannedPeriod;
    // ("Phí cung cấp thông tin LLTP: 200.000 đồng/lần/người", "Mức hỗ trợ: 2 triệu đồng/người/tháng": a tariff is set, not measured)
    // ("Tại Điều 7 Thông tư số 244 quy định: 1. Trung tâm LLTP được để lại 85%": a rule's text quoted)
    const ruleText = (ctx.quotesRule || RULE_QUOTED_BEFORE.test(text.slice(0, figure.start))) && (figure.cls === 'money' || figure.cls === 'percent') && read === 'actual' && !DONE.test(leftClause);
    const prescribed = ruleText || setByDocument(read, figure.cls, ctx, leftClause) || (read === 'actual' && figure.cls === 'money' && SET_LEVEL.test(reading.label) && !DONE.test(leftClause));
    const kind = read === 'actual' && estimated && !DONE.test(leftClause) ? 'estimate' : prescribed ? 'target' : read;
    // (a level set by a rule or a plan is dated as a target is: the horizon when it names no period)
    const period = prescribed && !estimated ? periodFor('target') : plannedPeriod;
    // A snapshot day of an earlier sentence frames the next ones, unless the figure's own sentence
    // names its time: "Tính đến 10/1/2001 …. … đến 5/2003 có 10886 cơ sở" is no snapshot of 2001.
    const sStart = sentenceStart(text, figure.start);
    const ownSentence = text.slice(sStart, figure.start);
    const asOf = asOfDate(ownSentence.slice(-200)) || (periodsIn(ownSentence, undefined).length ? '' : asOfDate(text.slice(Math.max(0, figure.start - 200), figure.start)));
    const s: Statement = {
      figure,
      blockIndex,
      page,
      label: withoutCitation(reading.label),
      labelFrom: reading.from,
      kind,
      // "Tính đến 10/1/2001 cả nước có 56 064 cơ sở" in a study dated nowhere, or dated 2003: the
      // snapshot's month, not the report's time.
      period: asOf && (!period || (period === ctx.period && asOf.slice(0, 4) < period.slice(0, 4))) ? asOf.slice(0, 7) : period,
      asOf,
      entity: reading.from === 'share' && previous ? previous.entity : entityOf(leftClause, reading.part),
      quote,
      section: block.sectionPath[block.sectionPath.length - 1] ?? '',
      confidence: block.ocr !== undefined ? round((reading.confidence * block.ocr) / 100) : reading.confidence,
      warnings: figure.qualifier && figure.qualifier !== 'range' ? [`bound or approximation: "${figure.qualifier}"`] : [],
    };
    // A weight is an aside ("có tỷ trọng so toàn ngành tiếp tục tăng chiếm 34,8%; khu vực … tăng 22%"):
    // what the next parts break down is still the measure before it.
    if (reading.from !== 'share' && reading.from !== 'breakdown' && !/^tỷ trọng(?![\p{L}])/iu.test(reading.label) && !outOf) {
      previous = s;
      previousVerb = reading.verb ?? '';
      if (!inParen) outside = { s, verb: previousVerb, clause: cStart };
    }
    else if (!previous) previous = s;
    own.push({ s, verb: reading.verb ?? '' });
    out.push(s);
  });
}

/**
 * A list item read as only its category ("(1) Kinh tế: 11 ứng viên", "cấp mới: 03 giấy") takes the
 * measure from its lead-in: the figure the parenthesis it stands in breaks down, else the clause
 * that opens its sentence with a colon. A level or unit as the item ("Cấp tỉnh:") is the entity.
 */
function underItsLead(reading: LabelReading, text: string, at: number, left: string, own: Array<{ s: Statement; verb: string }>): LabelReading {
  if (reading.from !== 'before' || !/:\s*$/u.test(left) || !isBareItem(reading.label)) return reading;
  const sStart = sentenceStart(text, at);
  const open = openParenAt(text.slice(sStart, at));
  let lead = '';
  if (open >= 0) {
    // "cấp 20 giấy chứng nhận … xăng dầu (cấp mới: 03 giấy; …)": the figure just before the "(".
    const parenAt = sStart + open;
    const broken = own.filter((o) => o.s.figure.end <= parenAt && !/\d/u.test(text.slice(o.s.figure.end, parenAt))).pop();
    if (broken && broken.s.labelFrom === 'after') lead = measureOfLabel(broken.s.label, broken.verb);
  } else {
    lead = leadInMeasure(text.slice(sStart, at));
  }
  if (!lead || lead.toLowerCase() === reading.label.trim().toLowerCase()) return reading;
  const part = partOf(reading.label);
  if (part) return { ...reading, label: lead, part, confidence: Math.min(reading.confidence, 0.7) };
  return { ...reading, label: underLead(lead, reading.label), confidence: Math.min(reading.confidence, 0.7) };
}

// A cell that is running text, not a figure or a name: "(Đã hoàn thành 45/45 nhiệm vụ, đạt 100% kế hoạch)".
const PROSE_CELL = /\p{L}{2,}(?:\s+\S+){3,}/u;
// Longer than any row label: a cell of running text, several sentences.
const PASSAGE = 300;

/**
 * Statements written inside a table's text cells (the evidence column of a scoring table, a
 * "Ghi chú" cell): each such cell is read as a paragraph of its own, its offsets mapped back
 * into the table block's text.
 */
// A column giving each row's time. Example match: "Thời gian thức hiện / Năm 2007 / Năm 2008" (a typo kept).
const SCHEDULE_HEADER = /^(?:thời gian|thời hạn|tiến độ|năm thực hiện|thời điểm)(?![\p{L}])/iu;

/** The one period a schedule cell names ("Năm 2008", "Năm 2007-2010", "Quý I/2008"), or undefined. */
function scheduleOf(cell: string, year?: string): string | undefined {
  const t = cell.trim();
  if (!t || t.length > 40) return undefined;
  const found = periodsIn(t, year, true);
  return found.length === 1 ? found[0].period : undefined;
}

function textCellStatements(block: Block, blockIndex: number, grid: TableGrid, spans: Map<string, [number, number]>, ctx: PeriodContext, out: Statement[], unlabelled: Unlabelled[]): void {
  const skip = new Set(grid.columns.filter((c) => c.role === 'label' || c.role === 'number' || c.role === 'unit').map((c) => c.index));
  const labelCol = grid.columns.find((c) => c.role === 'label');
  // "Stt | Nội dung | Thời gian thực hiện": the row's schedule cell ("Năm 2008") dates its tasks.
  const whenCol = grid.columns.find((c) => SCHEDULE_HEADER.test(c.header));
  let above: string | undefined;
  for (const row of grid.rows) {
    const rowLabel = labelCol ? (row.cells[labelCol.index] ?? '').replace(/\s+/gu, ' ').trim() : '';
    const whenCell = whenCol ? (row.cells[whenCol.index] ?? '').trim() : '';
    // An empty schedule cell is the rest of a cell merged down from the row above (Word writes
    // "Năm 2008" once for the two rows of tasks it dates).
    const when = whenCol ? (whenCell ? scheduleOf(whenCell, ctx.year) : above) : undefined;
    above = when;
    row.cells.forEach((text, col) => {
      // A first column of whole passages (a comparison table's draft text: "a) Tiến sĩ: 140.000.000
      // đồng; …") names no row: it is read like the other text cells.
      // So is a table with no column of values ("Stt | Nội dung | Thời gian thực hiện"): its first
      // column's tasks hold the figures ("Đưa 06 dự án vào hoạt động, gồm 360 phòng").
      const passage = col === labelCol?.index && (text.length > PASSAGE || !grid.columns.some((c) => c.role === 'value'));
      if ((skip.has(col) && !passage) || !/\d/.test(text) || !PROSE_CELL.test(text) || cellNumber(text)) return;
      const span = spans.get(`${row.index}:${col}`);
      if (!span || block.text.slice(span[0], span[1]) !== text) return;
      const cell: Block = { ...block, kind: 'paragraph', text, rows: undefined, page: pageAt(block, span[0]), pageBreaks: undefined };
      const found: Statement[] = [];
      const nameless: Unlabelled[] = [];
      proseStatements(cell, blockIndex, ctx, found, nameless);
      found.forEach((s, k) => {
        // "Số người có mặt … là 8.429 (cấp tỉnh: 2.821, cấp xã: 5.608)": the cell names the measure its
        // parts break down; the level is the entity.
        const part = s.labelFrom === 'before' ? partOf(s.label) : null;
        const whole = part ? found.slice(0, k).filter((o) => (o.labelFrom === 'before' || o.labelFrom === 'after') && !partOf(o.label)).pop() : undefined;
        // (`whole` is already placed in the block's text; `s` is not yet.)
        if (part && whole && openParenAt(text.slice(whole.figure.end - span[0], s.figure.start)) >= 0) {
          s.label = whole.label;
          s.entity = entityOf('', part);
          s.labelFrom = 'breakdown';
        }
        s.figure = { ...s.figure, start: s.figure.start + span[0], end: s.figure.end + span[0] };
        // "Cấp tỉnh: 271 Cấp xã: 1.376" in the "Ghi chú" cell of a row: the level is the entity, the
        // row and the column name the measure, as for the row's own figures.
        if (part && s.labelFrom === 'before' && rowLabel && !passage) {
          const header = grid.columns[col]?.header ?? '';
          s.label = header ? `${rowLabel} / ${header}` : rowLabel;
          s.entity = entityOf('', part);
        }
      });
      if (when && col !== whenCol?.index) {
        for (const st of found) {
          if (st.period !== ctx.period && st.period !== ctx.issueYear && st.period !== ctx.year) continue;
          st.period = when;
          // A plan's schedule is what is to be done: a target (what the row reports as done stays).
          st.kind = ctx.plan && (st.kind === 'actual' || st.kind === 'change') ? 'target' : futureKind(st.kind, when, lookingAhead(ctx), '');
        }
      }
      out.push(...found);
      for (const u of nameless) unlabelled.push({ ...u, figure: { ...u.figure, start: u.figure.start + span[0], end: u.figure.end + span[0] } });
    });
  }
}

/** Where the sentence holding offset `at` starts: after the last ". ", "! ", "? " or line break ("Tp. " is no break). */
/** The last statement of this sentence with a figure of the same class, shares included. */
function recentOf(own: Array<{ s: Statement }>, figure: Figure, sStart: number): { label: string; cls: Figure['cls'] } | undefined {
  const r = own.filter((o) => o.s.figure.cls === figure.cls && o.s.figure.end > sStart).pop()?.s;
  return r ? { label: r.label, cls: r.figure.cls } : undefined;
}

function sentenceStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(/(?<!(?:^|[\s(])(?:Tp|TP|tp|Tx|TX|ThS|PGS|GS|TS))[.!?]\s+|\n/gu)) start = m.index! + m[0].length;
  return start;
}

/** The page of a table row (rows are joined by newlines in the block's text). */
function tablePage(block: Block, row: number): number | null {
  let at = 0;
  for (let k = 0; k < row; k++) {
    const nl = block.text.indexOf('\n', at);
    if (nl < 0) break;
    at = nl + 1;
  }
  return pageAt(block, at) ?? block.page ?? null;
}

// The line of a report's title that names what it reports on: "Báo cáo về tình hình sản xuất …
// tháng 02 và 2 tháng đầu năm 2007", "TÌNH HÌNH KINH TẾ - XÃ HỘI … THÁNG 3 VÀ QUÝ I NĂM 2005".
const REPORT_TITLE = /(?<![\p{L}])(?:báo cáo|tình hình|kết quả|tổng kết|sơ kết)(?![\p{L}])/iu;

/** A line in capitals is a title or a scheme's name ("ĐỀ ÁN ĐÀO TẠO 50 CÁN BỘ KHOA HỌC"), not a statement. */
function shouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 12 && letters.replace(/\p{Lu}/gu, '').length <= 0.1 * letters.length;
}

/**
 * A report on a month and on the months of the year up to it ("tháng 02 và 2 tháng đầu năm
 * 2007"): the document's period is the month, but its figures are mostly the running total,
 * which contains the month. A title's later period that does not contain the first (a plan for
 * "6 tháng cuối năm") leaves the first.
 */
function runningTotalOf(title: string | undefined, period: string | undefined, year: string | undefined): string | undefined {
  if (!title || !period) return undefined;
  const found = periodsIn(title, year).map((f) => f.period);
  const last = found[found.length - 1];
  const run = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(last ?? '');
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (!run || !month || found.length < 2 || run[1] !== month[1] || run[3] !== month[1]) return undefined;
  return Number(run[2]) <= Number(month[2]) && Number(month[2]) <= Number(run[4]) ? last : undefined;
}

function headingPeriod(blocks: Block[], year: string | undefined): string | undefined {
  for (const [i, b] of blocks.slice(0, 6).entries()) {
    // A title wraps over two lines: read each with the line before it.
    const text = i > 0 && blocks[i - 1].text.length < 200 ? `${blocks[i - 1].text} ${b.text}` : b.text;
    if (b.text.length > 200 || !REPORT_TITLE.test(text)) continue;
    // "… Chương trình mục tiêu quốc gia … đến năm 2030" names a horizon of a programme, not the report's period.
    const found = periodsIn(b.text, year).filter((f) => !/(?:đến|tới)\s*(?:năm\s*)?$/iu.test(b.text.slice(Math.max(0, f.at - 12), f.at)) && !/^(?:đến|tới)\s/iu.test(b.text.slice(f.at)));
    if (found.length) return found[found.length - 1].period;
  }
  return undefined;
}

// The header's date line, whatever OCR made of its day and month. Example match: "ngày VỀ tháng Ÿ năm 2025".
// Or a cover's place and year alone: "Phú Thọ, 2012", "Hà Nội, tháng 5 năm 2003", "Thành phố Hồ Chí
// Minh, ngày 10-11/09/2003".
const DATE_LINE_YEAR = /(?<![\p{L}])ngày\s+\S{1,4}\s+tháng\s+\S{1,4}\s+năm\s+((?:19|20)\d{2})(?!\d)|^\s*\p{Lu}\p{Ll}*(?:\s+\p{L}+){0,5}\s*,\s*(?:ngày\s+[\d\s\-–]+[/.-]\d{1,2}[/.-]|tháng\s+\d{1,2}\s+năm\s+)?((?:19|20)\d{2})\s*$/u;

function dateLineYear(blocks: Block[]): string | undefined {
  for (const b of blocks.slice(0, 12)) {
    const m = DATE_LINE_YEAR.exec(b.text);
    if (m) return m[1] ?? m[2];
  }
  return undefined;
}

function firstYear(blocks: Block[]): string | undefined {
  for (const b of blocks.slice(0, 8)) {
    const m = /(?<!đến\s)(?:năm|tháng \d{1,2}[/-]|\/)\s*((?:19|20)\d{2})(?!\d)/u.exec(b.text);
    if (m) return m[1];
  }
  return undefined;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
