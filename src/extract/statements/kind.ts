/**
 * Kind refiner: whether a figure was achieved (actual), is estimated, is set as a goal (target),
 * or is a difference (change: "tăng 5% so với cùng kỳ"). Quinex's statement types are the check
 * list: an observation is actual, a prediction an estimate, a goal or a requirement a target.
 * Pure: the figure's clause, the words before it and its headings in, a kind out.
 */
import { GAP_BEFORE, MAY_REACH } from './comparative.js';
import type { StatementKind } from './types.js';

export interface KindContext {
  docType?: string;
  /** A plan or programme (its type, or a decision issuing one): its goals sections hold targets. */
  plan?: boolean;
}

// Whole words only (?<!\p{L}): "trước hạn" and "nhà nước" contain "ước" but estimate nothing.
// Example: "phấn đấu đến năm 2030 đạt 80%", "chỉ tiêu tối thiểu 98%", "dự kiến tổ chức 05 lớp".
const TARGET_WORDS = /(?<![\p{L}])(phấn đấu|mục tiêu|chỉ tiêu(?! được giao)(?!.*kết quả)|tối thiểu|kế hoạch đề ra là|dự kiến|phải đạt|cần đạt)/iu;
// "chưa đạt chỉ tiêu đề ra (chỉ tiêu tối thiểu 98%)" achieved nothing: the 98% is the target.
const ACHIEVED_TARGET = /(?<![\p{L}])(kết quả thực hiện (các )?chỉ tiêu|(?<!(?:chưa|không) )đạt chỉ tiêu|theo mục tiêu đề ra|vượt chỉ tiêu|so với chỉ tiêu)/iu;
// Example: "ước đạt 97%", "ước tính 1.200 tỷ đồng", "ước thực hiện cả năm".
const ESTIMATE_WORDS = /(?<![\p{L}])(ước đạt|ước tính|ước thực hiện|ước)(?![\p{L}])/iu;
const TARGET_SECTIONS = /(chỉ tiêu cụ thể|mục tiêu|nhiệm vụ.*năm (19|20)\d{2}|phương hướng|kế hoạch năm)/iu;
// Right before the figure: "tăng 5,2%", "giảm 12 vụ", "tăng thêm 3 điểm", "tăng gần 1.000".
// "tăng gấp 3,99 lần": a multiple of the measure is a change too.
// (how it rose may stand between: "tăng mạnh nhất hơn 200%", "tăng bình quân hàng năm đạt 9%",
// "tăng về số tuyệt đối là 20,97 tỷ USD"; not "số vốn cấp mới và tăng thêm đạt", a name and its cue)
const CHANGE_BEFORE = /(?<![\p{L}])(tăng|giảm|tăng thêm|giảm thêm|tăng trưởng|(?:tăng\s+)?gấp)(?:(?:\s+(?:mạnh nhất|nhanh nhất|mạnh|nhẹ|nhanh|chậm|đột biến|đáng kể|liên tục|bình quân|trung bình|hàng năm|mỗi năm|về số tuyệt đối|về giá trị tuyệt đối))+(?:\s+(?:đạt|là))?)?\s*(?:khoảng|hơn|gần|trên|dưới|chỉ|được)?\s*$/iu;
// An estimate word right before the change cue: "ước tăng 8%", "ước tính giảm khoảng 3%".
const ESTIMATED_CHANGE = /(?<![\p{L}])(?:ước|ước tính|ước đạt|dự kiến)\s+(?:tăng|giảm|tăng thêm|giảm thêm|tăng trưởng)\s*(?:khoảng|hơn|gần|trên|dưới|chỉ|được)?\s*$/iu;
// Money a plan or budget allots. Example match: "vốn được giao" in "tổng số vốn được giao: 25 tỷ đồng",
// "Bố trí" in "- Bố trí 3 tỷ đồng cho dự án đường giao thông" (not "đã bố trí", money already placed).
const ALLOTTED = /(?<![\p{L}])(?:kế hoạch vốn|vốn(?:\s+[\p{L}]+){0,3}\s+(?:được\s+)?giao|được giao|giao vốn|bố trí vốn|vốn bố trí|(?<!đã\s)bố trí|phân bổ|phân khai kế hoạch|kế hoạch(?:\s+vốn)?\s+năm\s+\d{4}|dự toán(?:\s+được)?\s+giao|dự toán năm|dự toán)(?![\p{L}])/iu;
// Words saying the allotted money was spent or reached: then the figure is an actual.
const SPENT = /(?<![\p{L}])(?:giải ngân|đã chi|chi trả|thực hiện|ước thực hiện|đạt|thanh toán|quyết toán)(?![\p{L}])/iu;
// A forecast of the current period. Example match: "Dự kiến sản lượng mía thu mua và ép cả vụ".
const FORECAST = /(?<![\p{L}])dự kiến(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])(?:cả (?:năm|vụ|niên vụ)|năm nay|vụ này)(?![\p{L}])/iu;
// A growth rate is a change whatever it is compared with: "Tốc độ tăng giá trị sản xuất (%)",
// "tăng trưởng GDP 7,23%", "Chỉ số giá tiêu dùng tăng".
const GROWTH_LABEL = /^(?:\(?\d+\)?\.?\s*)?(?:tốc độ tăng|tăng trưởng|mức tăng|tỷ lệ tăng|tốc độ phát triển)/iu;
// An amount by which something is raised or cut: "Điều chỉnh giảm chi quản lý hành chính … với
// kinh phí là 139 triệu đồng", "tăng chi sự nghiệp văn hóa, với kinh phí là 139 triệu đồng".
const ADJUSTED = /(?:(?<![\p{L}])điều chỉnh\s+(?:tăng|giảm)|(?:^|[:;])\s*(?:[-+•]\s*)?(?:đồng thời,?\s+)?(?:tăng|giảm|bổ sung tăng|cắt giảm)\s+(?:chi|chỉ|thu|dự toán|kinh phí|nguồn)(?![\p{L}]))/iu;
// What introduces a list of goals: "với các chỉ tiêu kinh tế chủ yếu sau:", "mục tiêu cụ thể như sau:".
// Every figure after it in the block is a target. Example matches: "các chỉ tiêu kinh tế chủ yếu sau:";
// a paragraph headed by its goals, "2. Mục tiêu: Đến năm 2010 đón được 2 triệu khách".
export const TARGETS_FOLLOW = /(?<![\p{L}])(?:các\s+)?(?:chỉ tiêu|mục tiêu)(?![\p{L}])[^.;:]{0,80}?(?:như\s+)?sau\s*:|^\s*(?:(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)/]\s*|[-+•]\s*)?(?:mục tiêu|chỉ tiêu)(?:\s+(?:cụ thể|chung|chủ yếu|tổng quát|đến năm\s+(?:19|20)\d{2}))?\s*:/iu;

// A plan's own figure, named right before it: the figure is the goal, not what was achieved.
// Example matches: "(kế hoạch " in "thấp hơn mức kế hoạch (kế hoạch 16%)", "so với mục tiêu là ",
// "kế hoạch đề ra cho cả năm 2007 (", "chỉ tiêu phấn đấu tăng thu ".
export const PLAN_FIGURE = /(?<![\p{L}])(?:kế hoạch|mục tiêu|chỉ tiêu)(?:\s+(?:đề ra|đặt ra|được giao|giao|cho|cả|năm|(?:19|20)\d{2}|toàn ngành|chung|phấn đấu|tăng thu|tăng))*\s*(?:là|:|\()?\s*(?:khoảng|hơn|gần|trên|dưới|tối thiểu)?\s*$/iu;

/**
 * The catalog path's kind (actual / estimate / target): estimate words before the figure, an
 * achieved-target phrase in its clause, target words before it, a plan's targets section.
 */
export function kindOf(clause: string, left: string, sectionPath: string[], ctx: KindContext): Exclude<StatementKind, 'change'> {
  if (ESTIMATE_WORDS.test(left)) return 'estimate';
  if (PLAN_FIGURE.test(left)) return 'target';
  if (ACHIEVED_TARGET.test(clause)) return ESTIMATE_WORDS.test(clause) ? 'estimate' : 'actual';
  if (TARGET_WORDS.test(left)) return 'target';
  // In a plan (Kế hoạch), the targets section is targets even without a target word.
  const nearest = sectionPath.slice(-3).join(' | ');
  if ((ctx.docType === 'Kế hoạch' || ctx.plan) && TARGET_SECTIONS.test(nearest) && !/đánh giá|kết quả/iu.test(nearest)) return 'target';
  if (/chỉ tiêu cụ thể|mục tiêu cụ thể/iu.test(nearest)) return 'target';
  return 'actual';
}

/**
 * A statement's kind: the catalog path's reading, and a change when the figure is a difference
 * ("tăng 5% so với cùng kỳ") — unless it is a goal ("phấn đấu tăng 10%" stays a target) or an
 * estimate ("ước tăng 8%").
 */
export function statementKind(clause: string, left: string, sectionPath: string[], ctx: KindContext, label = '', goals = false, money = false): StatementKind {
  const read = kindOf(clause, left, sectionPath, ctx);
  // "mực nước … có thể ở mức 1,7 m": what may be reached is a prediction.
  const base = read === 'actual' && MAY_REACH.test(left) ? 'estimate' : read;
  // "Dự kiến sản lượng mía … cả vụ chỉ đạt khoảng 9 triệu tấn": a forecast of the period under way is an estimate.
  const upTo = clause.slice(0, Math.max(0, clause.lastIndexOf(left)) + left.length);
  if ((base === 'target' || base === 'actual') && FORECAST.test(upTo) && !/(?<![\p{L}])(?:phấn đấu|mục tiêu|chỉ tiêu)(?![\p{L}])/iu.test(upTo)) return CHANGE_BEFORE.test(left) ? 'change' : 'estimate';
  // "Vốn lâm nghiệp giao 174 tỷ đồng", "phân khai kế hoạch là 171 tỷ đồng": money allotted by a plan
  // or a budget is what may be spent, a target, not what was spent.
  // "tháng 6 ước thực hiện 1.339,5 tỷ đồng, tăng 8,26% so với tháng trước": the estimate word is
  // the amount's; the figure right after "tăng" is the change of it. "ước tăng 8%" stays an estimate.
  if (base === 'estimate' && CHANGE_BEFORE.test(left) && !ESTIMATED_CHANGE.test(left)) return 'change';
  if (base !== 'actual') return base;
  if (goals && !ACHIEVED.test(clause)) return 'target';
  if (CHANGE_BEFORE.test(left) || GAP_BEFORE.test(left) || GROWTH_LABEL.test(label.trim()) || ADJUSTED.test(left)) return 'change';
  if (money && ALLOTTED.test(left) && !SPENT.test(left.slice(left.search(ALLOTTED)))) return 'target';
  return 'actual';
}

/** A table cell's kind: the column's, and a change in a growth-rate row. */
export function cellKind(columnKind: StatementKind | undefined, rowLabel: string): StatementKind {
  const kind = columnKind ?? 'actual';
  return kind === 'actual' && GROWTH_LABEL.test(rowLabel.trim()) ? 'change' : kind;
}

// Words saying a goal was met or measured, which keep a figure actual inside a list of goals.
const ACHIEVED = /(?<![\p{L}])(?:đạt được|thực hiện được|kết quả|đã đạt|ước đạt|ước tính)(?![\p{L}])/iu;

/**
 * A figure dated after the period its report covers is a plan's, not an outcome: "Giá trị sản xuất
 * công nghiệp tăng 16,0% so với năm 2008" in the 2009 plan of a report on 2008 is a target; so is
 * "Năm 2008: 03 dự án" in a programme for 2007-2010 issued in 2007 (a plan's own period is its
 * horizon: what it looks ahead from is the year it was issued). What "đã" says was done (a report
 * written early in the next year) stays as it was.
 */
export function futureKind(kind: StatementKind, period: string, reportPeriod: string | undefined, left: string): StatementKind {
  if ((kind !== 'actual' && kind !== 'change') || !reportPeriod) return kind;
  const start = Number(/^(?:19|20)\d{2}/.exec(period)?.[0]);
  const reportEnd = Number(/((?:19|20)\d{2})(?!.*(?:19|20)\d{2})/.exec(reportPeriod)?.[1]);
  if (!start || !reportEnd || start <= reportEnd) return kind;
  return /(?<![\p{L}])(?:đã|đạt được|thực hiện được)(?![\p{L}])/iu.test(left) ? kind : 'target';
}

// A list of changes: "Một số sản phẩm tăng trên mức bình quân của toàn ngành (16,0%): xe tải 72,2%,
// xe chở khách 67,4%" — the sentence's lead says the items' rates are rises. Example match: the
// words up to "xe tải " in that sentence.
const CHANGES_LISTED = /(?<![\p{L}])(?:tăng|giảm|tăng trưởng)(?![\p{L}])[^.:;]{0,120}:\s*[^.:]*$/iu;

/** A rate in the list after a lead of rises or falls is a change; anything else stays as read. */
export function listedChange(kind: StatementKind, sentenceLeft: string, percent: boolean): StatementKind {
  return kind === 'actual' && percent && CHANGES_LISTED.test(sentenceLeft) ? 'change' : kind;
}


// A forecast's word without a goal's. Example match: "Dự kiến" in "Dự kiến, năm 2007, tổng doanh thu … đạt ".
const EXPECTED = /(?<![\p{L}])dự kiến(?![\p{L}])/iu;
const GOAL_WORDS = /(?<![\p{L}])(?:phấn đấu|mục tiêu|chỉ tiêu)(?![\p{L}])/iu;

/**
 * "Dự kiến, năm 2007, tổng doanh thu … đạt 606 tỉ đồng" in a programme issued in September 2007:
 * what is expected of the year under way, written in its second half, is an estimate of how the
 * year ends, not a goal set for it (a rise after it, "tăng 39% so với năm 2006", is its change).
 */
export function runningYearForecast(kind: StatementKind, left: string, period: string, issueDate: string | undefined): StatementKind {
  if (kind !== 'target' || !issueDate || !/^\d{4}-\d{2}/.test(issueDate)) return kind;
  if (period !== issueDate.slice(0, 4) || Number(issueDate.slice(5, 7)) < 7) return kind;
  if (!EXPECTED.test(left) || GOAL_WORDS.test(left)) return kind;
  return CHANGE_BEFORE.test(left) ? 'change' : 'estimate';
}

// Words saying a figure was achieved, which keep it actual where it would be set or estimated.
// Example match: "đã" in "đã giải ngân".
export const DONE = /(?<![\p{L}])(?:đã|thực tế|thực hiện được|đạt được)(?![\p{L}])/iu;

/**
 * Whether a figure read as actual is a level its document sets: "a) Tiến sĩ: 140.000.000 đồng" in a
 * resolution that enacts a support policy (its amounts and rates), "Chi phí khác | 532,000" in an
 * "Đề cương và dự toán chi tiết" (every figure of a cost estimate is planned) — not what "đã" says was done.
 */
export function setByDocument(kind: StatementKind, cls: string, doc: { enacts?: boolean; costsPlanned?: boolean }, left = ''): boolean {
  if (kind !== 'actual' || DONE.test(left)) return false;
  return !!doc.costsPlanned || (!!doc.enacts && (cls === 'money' || cls === 'percent' || cls === 'score'));
}
