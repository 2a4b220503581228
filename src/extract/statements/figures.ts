/**
 * Figure parsers for running text: the quantity grammar's figures (counts, rates, money, areas,
 * x/y), ranks ("xếp thứ 12"), ranges ("từ 10 đến 15"), and a rate joined with the fraction
 * behind it ("90,58% (419.218/462.814 hồ sơ)"). What is not a figure at all (dates, document
 * numbers, phones, ordinals, list numbers) the quantity grammar already leaves out; what is a
 * figure but no statement (a legal time limit, an age) is left out here.
 * Pure: text in, figures out, in text order.
 */
import { findQuantities, parseVietnameseNumber, Quantity, scaleBy } from '../quantities.js';
import type { Figure, FigureClass } from './types.js';

// Before a rank: "xếp thứ 12/63", "xếp hạng 5", "đứng thứ 3", "xếp vị thứ 14".
// Example match: "xếp thứ 12" in "Lâm Đồng xếp thứ 12/34 tỉnh".
const RANK_BEFORE = /(?<![\p{L}])(?:xếp\s+(?:thứ|hạng|vị thứ)|đứng\s+(?:thứ|hạng)|vị trí thứ|hạng)\s*(?:thứ\s*)?$/iu;
// A bare rank the quantity grammar skips as an ordinal: "xếp thứ 12", "đứng thứ 3 toàn quốc".
const BARE_RANK = /(?<![\p{L}])(?:xếp\s+(?:thứ|hạng|vị thứ)|đứng\s+(?:thứ|hạng)|vị trí thứ)\s*(?:thứ\s*)?(\d{1,3})(?![\d/.,])/giu;
// The x/y right after a rate, in parentheses: "97,2% (1.234/1.270 hồ sơ)".
const FRACTION_IN_PARENS_AFTER = /^\s*\(\s*$/u;
// A rate stated right after an x/y: "37/39 hệ thống (94,8%)".
const PERCENT_AFTER_FRACTION = /^\s*[^\d().;]{0,40}?\(\s*(\d{1,3}(?:,\d+)?)\s?%\s*\)/u;
// "từ 10 đến 15", "từ 10 - 15": the first figure of a range.
// "ở mức 18.500 đến 19.000 đồng/kg": a level's range needs no "từ".
const RANGE_FROM = /(?<![\p{L}])(?:từ|mức|khoảng)\s*$/iu;
const RANGE_TO = /^\s*(?:đến|tới)\s*$/u;
// "16.500 - 17.000 đ/kg", "50 - 55 học viên": a dash between two figures of one kind is a range too.
// "500- 1000 đồng/kg": a space on one side is enough.
const RANGE_DASH = /^(?:\s+[-–]\s*|\s*[-–]\s+)$/u;
// After a small count: its noun and a colon opening the list it counts. Example: " nhóm: pháp lý".
const ENUMERATION_AFTER = /^\s*\p{L}[\p{L} ]{0,25}:\s*\p{L}/u;
// A time limit of a rule, not a measurement: "trong thời hạn 15 ngày", "không quá 30 ngày làm việc".
// ("Thẻ kiểm tra có giá trị sử dụng: 1 năm": how long a paper is valid)
const TIME_LIMIT_BEFORE = /(?<![\p{L}])(?:thời hạn|trong vòng|trong thời gian|chậm nhất|sau|trước|quá|tối đa|không quá|mỗi|hằng|hàng|giá trị sử dụng|có hiệu lực|thời hạn sử dụng)\s*(?:là\s*|:\s*)?$/iu;
const TIME_UNIT_AFTER = /^\s*(?:ngày|tháng|năm|giờ|phút|tuần)(?![\p{L}])/iu;
// "người từ 18 tuổi", "dưới 16 tuổi": ages are conditions, not measurements.
const AGE_AFTER = /^\s*tuổi(?![\p{L}])/iu;
// A document's number cited without its symbol: "Quyết định số 335", "Kết luận số 132-KL/TW" (the
// symbol part the quantity grammar already drops), "Nghị quyết 57".
const DOC_NUMBER_BEFORE = /(?<![\p{L}])(?:quyết định|nghị quyết|nghị định|kế hoạch|chỉ thị|công văn|công điện|thông báo|thông tư|kết luận|báo cáo|tờ trình|hướng dẫn|chương trình|đề án|luật|quy định|văn bản|giấy mời|quy chế|phương án|dự án|hợp đồng|biên bản|số hiệu|mã số|số)\s*(?:số\s*)?:?\s*$/iu;
// Units of measure after a figure; longest first. Example: "1.447 kg", "59.721,6 m2", "12 tấn".
const MEASURE_UNITS = ['km2', 'km', 'kg', 'tấn', 'tạ', 'gam', 'gram', 'lít', 'm3', 'm2', 'mm', 'cm', 'm', 'ha', 'mw', 'kw', 'kwh', 'usd', 'ki-lô-gam', 'kilôgam', 'héc-ta', 'hécta'];
const MEASURE_AFTER = new RegExp(`^\\s*(?:(triệu|tỷ|tỉ|nghìn|ngàn|vạn)\\s*)?(${MEASURE_UNITS.join('|')})(?:\\/(\\p{L}+))?(?![\\p{L}\\d])`, 'iu');
// Units written in their standard case whatever the report's: "300 mW" is read as 300 MW.
const UNIT_SPELLING: Record<string, string> = { usd: 'USD', mw: 'MW', kw: 'kW', kwh: 'kWh' };
const SCALE: Record<string, number> = { tỷ: 1e9, tỉ: 1e9, triệu: 1e6, nghìn: 1e3, ngàn: 1e3, vạn: 1e4 };
// Scale words before a counting noun or a currency: "1,6 triệu lao động", "7 vạn người",
// "104,5 nghìn tỷ đồng", "57 triệu USD". Example match: " nghìn tỷ đồng".
const SCALED = /^\s*((?:nghìn|ngàn|triệu|tỷ|tỉ|vạn)(?:\s+(?:nghìn|ngàn|triệu|tỷ|tỉ))?)(?![\p{L}])\s*(đồng|VNĐ|VND|đ|USD|đô la Mỹ|đô la)?(?![\p{L}])/iu;
// "GDP 164,2 nghìn tỷ đồng": a scale word before the money's own scale.
const THOUSAND_BEFORE_SCALE = /^\s*(?:nghìn|ngàn)\s+(?:tỷ|tỉ)\s*(?:đồng|VNĐ|VND|đ)(?![\p{L}])/iu;

export function proseFigures(text: string): Figure[] {
  const quantities = findQuantities(text).filter((q) => !q.malformed && !Number.isNaN(q.value));
  const figures: Figure[] = [];
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i];
    const before = text.slice(Math.max(0, q.start - 40), q.start);
    const after = text.slice(q.end, q.end + 40);
    // "(1) Triển khai …", "(12) Kiosk …": list numbers in parentheses.
    if (q.kind === 'number' && /\(\s*$/u.test(before) && /^\s*\)/u.test(after) && q.value <= 50 && Number.isInteger(q.value)) continue;
    // A figure inside quotation marks names something: "thu phí “0 đồng”", "nguyên tắc “5 rõ”".
    if (/["“]\s*$/u.test(before)) continue;
    // "05 nhóm: pháp lý, hạ tầng, …", "04 cấp: Trung ương - Tỉnh - huyện - xã": the count of a list that follows.
    if (q.kind === 'number' && q.value <= 10 && ENUMERATION_AFTER.test(after)) continue;
    // "chia ra làm 4 loại đường phố", "quy hoạch 03 loại rừng": the classes a text sorts things into, no measure.
    if (q.kind === 'number' && q.value <= 10 && CLASSES_AFTER.test(after) && (CLASSIFY_BEFORE.test(before) || /^\s*loại rừng(?![\p{L}])/iu.test(after))) continue;
    // "Bản cam kết này được lập thành 03 bản: 01 bản lưu tại cơ quan": the copies of a paper, no measure.
    if (q.kind === 'number' && COPIES_AFTER.test(after) && (COPIES_BEFORE.test(before) || /^\s*bản\s+(?:lưu|do|gửi|giao)(?![\p{L}])/iu.test(after))) continue;
    // "TCF = 0,6 + (0,01 x TFW)": a constant of a formula, next to its operators and variables.
    if (FORMULA_BEFORE.test(before) || FORMULA_AFTER.test(after)) continue;
    // "trong 10 năm qua", "5 năm tới đây", "3 năm liên tục": a stretch of time before or after now.
    if (q.kind === 'number' && RECENT_YEARS_AFTER.test(after)) continue;
    // "3 tháng", "12 tháng", "60 ngày đêm": a stretch of time or a campaign's name, not a measurement.
    if (q.kind === 'number' && ((q.value <= 12 && /^\s*tháng(?![\p{L}])/iu.test(after)) || /^\s*ngày đêm(?![\p{L}])/iu.test(after))) continue;
    // "PAR Index, SIPAS, PAPI, PCI, 766": a bare number in a list of names is a name.
    if (q.kind === 'number' && !countingNoun(after) && /(?:^|[\s(])\p{Lu}{2,}(?:\s+\p{L}+)?\s*(?:,|và)\s*$/u.test(before)) continue;
    // A rule's condition, not a measurement: "(trường hợp dưới 95% thì tiêu chí này đạt 0 điểm)".
    if (inCondition(text, q.start)) continue;
    // "trước ngày 31/01": a day and month without the year.
    if (q.kind === 'fraction' && /(?<![\p{L}])ngày\s*$/iu.test(before) && (q.denominator ?? 13) <= 12) continue;
    if ((q.kind === 'number' || q.kind === 'fraction') && DOC_NUMBER_BEFORE.test(before) && !/(?:tổng|tổng cộng)\s+số\s*:?\s*$/iu.test(before)) continue;
    if (q.kind === 'number' && (AGE_AFTER.test(after) || (TIME_UNIT_AFTER.test(after) && TIME_LIMIT_BEFORE.test(before)))) continue;
    if (inName(q, before, after)) continue;
    const f = toFigure(text, q, before, after);
    const prev = figures[figures.length - 1];
    // "97,2% (1.234/1.270 hồ sơ)": the fraction behind the rate belongs to it.
    if (prev && prev.cls === 'percent' && prev.numerator === null && q.kind === 'fraction' && q.percent === undefined && FRACTION_IN_PARENS_AFTER.test(text.slice(prev.end, q.start))) {
      prev.numerator = q.numerator ?? null;
      prev.denominator = q.denominator ?? null;
      prev.end = q.end;
      prev.raw = text.slice(prev.start, prev.end);
      if (!prev.unit || prev.unit === '%') prev.unit = '%';
      continue;
    }
    // "từ 10 đến 15 ngày": one figure with a lower and an upper end.
    const gap = text.slice(prev?.end ?? 0, q.start);
    if (prev && !prev.unit && ((RANGE_TO.test(gap) && RANGE_FROM.test(text.slice(Math.max(0, prev.start - 10), prev.start))) || RANGE_DASH.test(gap)) && joinRange(prev, f, text)) continue;
    // "850-860 nghìn tấn": the upper end written against the lower one, which the number grammar skips.
    const tight = q.kind === 'number' ? TIGHT_UPPER.exec(text.slice(q.end)) : null;
    if (tight) {
      const at = q.end + tight[0].length - tight[1].length;
      const upperQ = findQuantities(text.slice(at, at + 60)).find((x) => x.start === 0);
      if (upperQ) {
        const u = toFigure(text, { ...upperQ, start: at, end: at + upperQ.end }, text.slice(Math.max(0, at - 40), at), text.slice(at + upperQ.end, at + upperQ.end + 40));
        if (joinRange(f, u, text)) {
          figures.push(f);
          while (quantities[i + 1] && quantities[i + 1].start < f.end) i++;
          continue;
        }
      }
    }
    figures.push(f);
  }
  joinSplitFractions(text, figures);
  for (const m of text.matchAll(BARE_RANK)) {
    const start = m.index! + m[0].length - m[1].length;
    if (figures.some((f) => start >= f.start && start < f.end)) continue;
    figures.push({ start, end: start + m[1].length, raw: m[1], value: Number(m[1]), cls: 'rank', unit: 'hạng', numerator: null, denominator: null, qualifier: '' });
  }
  return figures.sort((a, b) => a.start - b.start);
}

// Numbers that are part of a name or a code, not measurements (fixtures/real-more/26 and 37):
// "Phường 1", "Quận 3", "Tổng Công ty 91", "Công ty TNHH NN 1 thành viên", "Kế hoạch số 192/KH-ĐKT 557
// ngày 23/4/2025" (a team's number after the symbol), "doanh nghiệp 100% vốn trong nước",
// "đường dây 220 kV Tuyên Quang", "chính quyền địa phương 2 cấp", "Đội kiểm tra 814 cấp tỉnh",
// "Ban Chỉ đạo 138", "Chương trình 135" (programmes and the teams named after them).
const NAME_BEFORE = /(?:(?<![\p{L}])(?:[Pp]hường|[Qq]uận|Tổng [Cc]ông ty|Tập đoàn|[Tt]ổ máy số|[Đđ]ội kiểm tra(?:\s+liên ngành)?|Ban [Cc]hỉ đạo|[Cc]hương trình|Tổ công tác)\s*|\d+\/[\p{Lu}Đ][\p{Lu}Đ.\-]*(?:\s+[\p{Lu}Đ.]+)?\s+)$/u;
const NAME_AROUND: Array<[RegExp, RegExp]> = [
  [/(?<![\p{L}])(?:TNHH|trách nhiệm hữu hạn)(?:\s+(?:NN|Nhà nước|MTV))?\s*$/iu, /^\s*thành viên(?![\p{L}])/iu],
  [/(?<![\p{L}])doanh nghiệp\s*$/iu, /^\s*%?\s*vốn(?![\p{L}])/iu],
  [/(?:^|\s)$/u, /^\s*kV\s+\p{Lu}/u],
  [/(?<![\p{L}])(?:chính quyền(?:\s+địa phương)?|mô hình(?:\s+chính quyền)?)\s*$/iu, /^\s*cấp(?![\p{L}])/iu],
];

function inName(q: Quantity, before: string, after: string): boolean {
  if (q.kind !== 'number' && q.kind !== 'percent') return false;
  if (q.kind === 'number' && NAME_BEFORE.test(before) && !/^\s*%/u.test(after)) return true;
  return NAME_AROUND.some(([b, a]) => b.test(before) && a.test(after));
}

// Example match: "-860" in "850-860 nghìn tấn" (not "2021-2025", not "12-NQ/TW").
const TIGHT_UPPER = /^[-–](\d[\d.,]*\d|\d)(?![\d/]|-\p{L})/u;

/**
 * Makes `lower` the range lower..upper when the two read as one: the upper end's unit and scale
 * are the range's ("9 - 9,2 nghìn đồng/kg" is 9.000 to 9.200 đồng). False when they do not fit.
 */
function joinRange(lower: Figure, upper: Figure, text: string): boolean {
  // ("40 000 đ/tối": thousands grouped by a space are the number's own digits, not a scale)
  const digits = (/^[\d.,]+(?:[ \u00A0]\d{3})*/.exec(upper.raw)?.[0] ?? '').replace(/[ \u00A0]/g, '.');
  const bare = parseVietnameseNumber(digits) ?? upper.value;
  const scale = bare > 0 ? upper.value / bare : 1;
  // ("từ 10 tỉ đến 115 tỉ đồng": a lower end with its own scale word is scaled already)
  const lowerDigits = parseVietnameseNumber((/^[\d.,]+/.exec(lower.raw)?.[0] ?? '').replace(/[.,]$/, ''));
  const scaledAlready = lowerDigits !== null && lowerDigits !== lower.value;
  const low = lower.cls === upper.cls || scaledAlready ? lower.value : scaleBy(lower.value, scale);
  if (lower.cls !== upper.cls && (lower.cls !== 'count' || lower.unit)) return false;
  if (!(upper.value > low)) return false;
  lower.value = low;
  lower.upper = upper.value;
  lower.qualifier = 'range';
  lower.cls = upper.cls;
  lower.unit = upper.unit;
  lower.end = upper.end;
  lower.raw = text.slice(lower.start, lower.end);
  return true;
}

// An x/y with the counted noun between: "104.462 hồ sơ trực tuyến/108.117 tổng hồ sơ tiếp nhận",
// "45.122 cán bộ/96.733". Example match: " hồ sơ trực tuyến/".
const NOUN_SLASH = /^\s+\p{L}[\p{L} ]{0,40}?\s?\/\s?$/u;

/** Two counts joined by a slash across a noun are one count with its total (the denominator). */
function joinSplitFractions(text: string, figures: Figure[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (a.cls !== 'count' || b.cls !== 'count' || a.denominator !== null || !NOUN_SLASH.test(text.slice(a.end, b.start))) continue;
    a.numerator = a.value;
    a.denominator = b.value;
    figures.splice(i + 1, 1);
  }
}

// Classes something is sorted into. Example matches: " loại đường phố" after "4", "chia ra làm " before it,
// "phân thành " in "phân thành 1 loại đường", "quy hoạch " in "quy hoạch 03 loại rừng".
const CLASSES_AFTER = /^\s*(?:loại|nhóm|vị trí|cấp|hạng)(?![\p{L}])/iu;
const CLASSIFY_BEFORE = /(?<![\p{L}])(?:(?:chia|phân)(?:\s+ra)?(?:\s+(?:làm|thành))?|quy hoạch)\s*$/iu;
// Copies of a paper. Example matches: " bản" after "03" in "được lập thành 03 bản:", "lập thành " before it.
const COPIES_AFTER = /^\s*bản(?![\p{L}])/iu;
const COPIES_BEFORE = /(?<![\p{L}])(?:lập thành|làm thành|in thành|thành)\s*$/iu;
// Operators and variables around a formula's constant. Example matches: " + (" after "0,6" in
// "TCF = 0,6 + (0,01 x TFW)", " x TFW" after "0,01", " x E" in "= 1,4 x E x P x H", "G x " before
// "65%". Not "(cùng kỳ tăng 7%)", nor a variable's value: "với H = 28.611 đồng".
const FORMULA_BEFORE = /(?:[=+]\s*\(|\p{Lu}{1,6}\s*[x×*]|\(\s*\p{Lu}{1,6}\s*[+*x×])\s*$/u;
const FORMULA_AFTER = /^\s*(?:[x×*]\s*\(?\s*\p{Lu}{1,6}(?![\p{Ll}])|\+\s*\(?\s*-?[\d\p{Lu}])/u;
// Years or months counted back or ahead from now. Example match: " năm qua" in "trong 10 năm qua",
// " năm tới" in "trong 5 năm tới đây", " năm liên tục" in "sau 3 năm liên tục giảm".
const RECENT_YEARS_AFTER = /^\s*(?:năm|tháng)\s+(?:qua|tới|gần đây|trở lại đây|liên tục|liên tiếp|liền)(?![\p{L}])/iu;
// The opening of a condition: "trường hợp", "nếu", "chỉ cần"; its consequence: "thì" (OCR'd "thi").
const CONDITION_OPEN = /(?:^|[\s(,;:])(?:trường hợp|nếu|chỉ cần)(?![\p{L}])/giu;
const CONSEQUENCE = /(?<![\p{L}])(?:thì|thi)(?![\p{L}])/iu;
// A condition that only sets a part aside states an adjusted fact in its consequence, no rule: "nếu
// loại trừ yếu tố tăng giá … thì KNXK 9 tháng tăng 15,5%". Example match: " loại trừ" after "nếu".
const SETS_ASIDE = /^\s+(?:loại trừ|không tính|không kể|trừ đi)(?![\p{L}])/iu;

/** Whether offset `at` stands in the condition or consequence of a rule ("… trường hợp X thì Y …"). */
function inCondition(text: string, at: number): boolean {
  const from = Math.max(0, at - 120);
  const head = text.slice(from, at);
  const opens = [...head.matchAll(CONDITION_OPEN)];
  const open = opens[opens.length - 1];
  if (!open) return false;
  const start = from + open.index!;
  if (/[.;)]/.test(text.slice(start + open[0].length, at))) return false;
  const end = text.slice(start).search(/[.;)]|$/);
  const clause = text.slice(start, end < 0 ? undefined : start + end);
  // (what is set aside before "thì" is no statement of its own: "nếu loại trừ yếu tố tăng giá
  // khoảng 9,5% thì …"; without "thì" the sentence states the adjusted figure itself)
  if (SETS_ASIDE.test(text.slice(start + open[0].length, start + open[0].length + 16))) return CONSEQUENCE.test(clause.slice(at - start));
  return CONSEQUENCE.test(clause);
}

// A price or a rate per unit after an amount or a count: "120.000 đ/kg", "2.730 người/ năm",
// "10.000 tấn kẽm thỏi/năm" (after the counted noun). Example match: "/kg" in "đ/kg (tăng 50%".
const PER_UNIT = /^\s?\/\s?(kg|tấn|tạ|lít|m2|m3|ha|km|người|hộ|lượt|con|chiếc|suất|năm|tháng|quý|ngày|tuần|giờ)(?![\p{L}\d])/iu;

/** The figure with its "per" unit read: the unit `đồng/kg`, the end past it. */
function withPerUnit(f: Figure, text: string): Figure {
  const per = PER_UNIT.exec(text.slice(f.end, f.end + 12));
  if (!per || f.unit === '%' || f.unit.includes('/')) return f;
  return { ...f, end: f.end + per[0].length, raw: text.slice(f.start, f.end + per[0].length), unit: `${f.unit}/${per[1].toLowerCase()}` };
}

function toFigure(text: string, q: Quantity, before: string, after: string): Figure {
  const f = figureOf(text, q, before, after);
  return f.cls === 'money' || f.cls === 'measure' ? withPerUnit(f, text) : f;
}

function figureOf(text: string, q: Quantity, before: string, after: string): Figure {
  const base = { start: q.start, end: q.end, raw: q.raw, qualifier: q.qualifier && !/^đạt/u.test(q.qualifier) ? q.qualifier : '', numerator: null, denominator: null } as const;
  switch (q.kind) {
    case 'percent':
      return { ...base, value: q.value, cls: 'percent', unit: '%' };
    case 'money': {
      // "164,2 nghìn tỷ đồng": the quantity grammar read "nghìn" alone; the scale is 10^12.
      const big = THOUSAND_BEFORE_SCALE.exec(text.slice(q.start + /^[\d.,]+/.exec(q.raw)![0].length));
      if (big) {
        const n = parseVietnameseNumber(/^[\d.,]+/.exec(q.raw)![0]) ?? q.value;
        const end = q.start + /^[\d.,]+/.exec(q.raw)![0].length + big[0].length;
        return { ...base, end, raw: text.slice(q.start, end), value: n * 1e12, cls: 'money', unit: 'đồng' };
      }
      return { ...base, value: q.value, cls: 'money', unit: 'đồng' };
    }
    case 'area':
      return { ...base, value: q.value, cls: 'measure', unit: q.unit };
    case 'fraction': {
      const rank = RANK_BEFORE.test(before);
      const num = q.numerator ?? q.value;
      if (q.percent !== undefined) {
        // "37/39 hệ thống …, đạt tỷ lệ 94,8%": one rate with the fraction behind it.
        const pct = /\d{1,3}(?:,\d+)?\s?%/u.exec(text.slice(q.end, q.end + 80));
        const end = pct ? q.end + pct.index + pct[0].length : q.end;
        return { ...base, end, raw: text.slice(q.start, end), value: q.percent, cls: 'percent', unit: '%', numerator: num, denominator: q.denominator ?? null, noun: nounBetween(text.slice(q.end, end)) };
      }
      const stated = PERCENT_AFTER_FRACTION.exec(after);
      if (stated && !rank) {
        const end = q.end + stated.index + stated[0].length;
        return { ...base, end, raw: text.slice(q.start, end), value: parseVietnameseNumber(stated[1]) ?? num, cls: 'percent', unit: '%', numerator: num, denominator: q.denominator ?? null, noun: nounBetween(text.slice(q.end, end)) };
      }
      return { ...base, value: num, cls: rank ? 'rank' : 'count', unit: rank ? 'hạng' : countingNoun(after) || q.unit, numerator: num, denominator: q.denominator ?? null };
    }
    default: {
      if (RANK_BEFORE.test(before)) return { ...base, value: q.value, cls: 'rank', unit: 'hạng' };
      const measure = MEASURE_AFTER.exec(after);
      if (measure) {
        const scale = measure[1] ? SCALE[measure[1].toLowerCase()] : 1;
        const end = q.end + measure[0].length;
        const unit = (UNIT_SPELLING[measure[2].toLowerCase()] ?? measure[2].toLowerCase()) + (measure[3] ? `/${measure[3]}` : '');
        return { ...base, end, raw: text.slice(q.start, end), value: scaleBy(q.value, scale), cls: unit.startsWith('USD') ? 'money' : 'measure', unit };
      }
      const scaled = SCALED.exec(after);
      if (scaled) {
        const scale = scaled[1].toLowerCase().split(/\s+/).reduce((k, w) => k * SCALE[w], 1);
        const end = q.end + scaled[0].length;
        const currency = scaled[2]?.toLowerCase();
        const value = scaleBy(q.value, scale);
        if (currency) return { ...base, end, raw: text.slice(q.start, end), value, cls: 'money', unit: /usd|đô/.test(currency) ? 'USD' : 'đồng' };
        return { ...base, end, raw: text.slice(q.start, end), value, cls: 'count', unit: countingNoun(text.slice(end, end + 40)) };
      }
      const unit = countingNoun(after) || q.unit;
      const cls: FigureClass = unit === 'điểm' ? 'score' : 'count';
      return { ...base, value: q.value, cls, unit };
    }
  }
}

/** The counted noun phrase between an x/y and its rate: " lớp bồi dưỡng đề ra theo kế hoạch (đạt 100%)" → "lớp bồi dưỡng đề ra theo kế hoạch". */
function nounBetween(between: string): string | undefined {
  // "147/8.203 tàu cá, tỷ lệ 1,8%": a bare "tỷ lệ" cue ends the noun too.
  const np = between.replace(/\(.*$|,?\s*(?:(?:đạt|chiếm|bằng)(?:\s+tỷ lệ|\s+tỉ lệ)?|tỷ lệ|tỉ lệ)[^\p{L}]*\d.*$/su, '').replace(/[\s,;:]+$/u, '').trim();
  return /^\p{L}/u.test(np) ? np : undefined;
}

// Counting nouns and classifiers of two syllables or more, longest first: the unit of a count
// is the whole noun ("đối tượng"), not its first syllable.
const LONG_NOUNS = [
  'tổ dân phố', 'đơn vị hành chính', 'hộ gia đình', 'hợp tác xã', 'lượt người', 'người nghiện', 'đối tượng', 'trường hợp',
  'học viên', 'cán bộ', 'công chức', 'viên chức', 'doanh nghiệp', 'hồ sơ', 'thủ tục', 'dịch vụ', 'cơ quan', 'đơn vị', 'hệ thống',
  'tài khoản', 'thuê bao', 'chương trình', 'văn bản', 'đảng viên', 'đại biểu', 'sản phẩm', 'mô hình', 'thiết bị', 'giấy phép',
  'dự án', 'công trình', 'cơ sở', 'lớp học', 'phòng học', 'giường bệnh', 'bác sĩ', 'nhân khẩu', 'lao động', 'học sinh', 'sinh viên',
  'nghiên cứu sinh', 'thạc sĩ', 'tiến sĩ', 'phương tiện', 'tuyến đường', 'cuộc họp', 'hội nghị', 'chuyên đề', 'sáng kiến',
  'tin bài', 'lượt truy cập', 'tài liệu', 'phiên bản', 'điểm phục vụ', 'trạm', 'bản tin', 'ứng viên', 'thí sinh', 'giáo viên',
  'lượt khách', 'hành khách', 'khách du lịch', 'thuê bao', 'máy tính', 'phản ánh', 'kiến nghị', 'chứng thư', 'nhiệm vụ', 'kế hoạch',
  'nghị quyết', 'quyết định', 'đề án', 'hội viên', 'thành viên', 'tổ chức', 'cá nhân', 'tập thể', 'gia đình', 'xã, phường',
].sort((a, b) => b.length - a.length);
// Words that, right after a figure, are no counting noun: the figure stands alone.
const NOT_NOUN = /^(?:và|hoặc|với|của|trên|dưới|so|là|đạt|được|đã|đang|sẽ|cho|tại|trong|từ|đến|tới|theo|để|do|bị|thì|nhưng|còn|gồm|tăng|giảm|chiếm|bằng|năm|tháng|ngày|giờ|lần)$/iu;

/** The counting noun right after a figure: a known noun of several syllables, else the first word. */
export function countingNoun(after: string): string {
  const head = after.replace(/^\s+/, '');
  const lower = head.toLowerCase();
  for (const n of LONG_NOUNS) if (lower.startsWith(n) && !/\p{L}/u.test(lower.charAt(n.length))) return n;
  const words = /^(\p{L}+)(?:\s+(\p{Ll}+))?(?![\p{L}\d])/u.exec(head);
  const word = words?.[1];
  if (!word || NOT_NOUN.test(word)) return '';
  // An acronym counts things too: "09 TTHC", "35 UBND cấp xã".
  if (/^\p{Lu}{2,}$/u.test(word)) return word;
  // A classifier of one syllable ("vụ", "người", "cây") stands alone; another first syllable is
  // most often half of a two-syllable noun ("ứng viên", "sinh viên").
  const second = words[2];
  if (SINGLE.test(word) || !second || NOT_NOUN.test(second)) return word.toLowerCase();
  return `${word} ${second}`.toLowerCase();
}

// Counting words of one syllable. Example: "vụ" in "3.000 vụ ma túy", "cây" in "1.447 cây cần sa".
const SINGLE = /^(?:người|vụ|cây|con|cái|chiếc|bộ|căn|ngôi|lượt|lớp|hộ|xã|phường|huyện|tỉnh|thôn|ấp|bản|khóm|tổ|đội|nhóm|đoàn|điểm|trạm|tuyến|km|ha|tấn|tạ|kg|lít|ngày|giờ|phút|tháng|năm|lần|đợt|buổi|cuộc|bài|tin|trang|tập|cuốn|đầu|suất|phần|mô|máy|xe|tàu|thuyền|giấy|đơn|thư|phiếu|sổ|thẻ|gói|ca|em|cháu|hồ|dự|văn|báo|đề|kế|đầu|sản)$/iu;
