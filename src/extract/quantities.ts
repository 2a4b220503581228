/**
 * Quantities in Vietnamese text: "2.471.745" (dot groups thousands), "78,91%" (comma decimal),
 * "37/39" (achieved/total), "42/63" (rank), "89,583 tỉ đồng" (scaled money), "59.721,6 m2".
 *
 * Not quantities: dates, document numbers, phone numbers, section numbers "2.5.1.", ordinals
 * ("mức độ 3", "khoản 1"), years ("năm 2024", "2021 – 2025"). Pure: text in, quantities out.
 */

export type QuantityKind = 'number' | 'percent' | 'fraction' | 'money' | 'area';

export interface Quantity {
  value: number;
  kind: QuantityKind;
  unit: string;
  numerator?: number;
  denominator?: number;
  /** Percentage stated next to a fraction ("37/39 … đạt tỷ lệ 94,8%"). */
  percent?: number;
  qualifier?: string;
  raw: string;
  start: number;
  end: number;
  /** Set when the digits look like a number but break the grammar ("3.923.7448"). */
  malformed?: boolean;
}

// Candidate digit runs with what may follow them: "2.471.745", "78,91 %", "37/39", "03/09".
// Example matches: "2.088", "65,9%", "37/39", "16/9/2022" (rejected later as a date).
const CANDIDATE = /(?<![\p{L}\d.,/-])(\d[\d.,]*\d|\d)(?:(\s?%)|\s?\/\s?(\d[\d.,]*\d|\d)(?:\s?\/\s?(\d{2,4}))?)?/gu;
// Well-formed Vietnamese numbers: dot-grouped thousands with optional comma decimals, or plain.
const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const PLAIN = /^\d+(?:,\d+)?$/;
// Example match: "197,128,000", "1,245,000.5"; not "532,000" (one group), not "1,5".
const ENGLISH_GROUPED = /^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$/;
// Phone numbers: "0296.3957.111", "0296 3957 111", "0918123456".
const PHONE = /(?<!\d)(?:\(?0\d{2,3}\)?[ .]?\d{3,4}[ .]?\d{3,4}|0\d{9,10})(?!\d)/gu;
// Words after which a number is an ordinal or an identifier, not an amount; lists count too:
// "mức độ 3, 4" (both ordinals), "khoản 1 và 2".
// A form's or a page's own parts name places in it too: "Cột 7", "từ trang 01 đến trang", "dòng 5",
// "Biểu 02", "(Mẫu số B 02- NCL)" (whole words: "đại biểu 120", "khảo sát mẫu 54 doanh nghiệp" are counts).
const ORDINAL_BEFORE =
  /(?:(?:mức độ|cấp độ|khoản|điều|mục|phụ lục|lần thứ|khóa|khoá|quý|tháng|năm|ngày|giai đoạn|tầng|phiên bản|nhiệm kỳ|đợt|chương|phần|bước|nhóm|tiểu dự án|dự án|đề án|quốc lộ|tỉnh lộ|kỷ niệm|ipv|lớp|cụm|tổ|khu vực|vùng|đề tài|hạng|loại|top|thứ)|(?<![\p{L}])(?:cột|trang|dòng|(?<!đại\s)biểu(?:\s+mẫu)?|mẫu\s+số\s+[A-Z]{1,2}))\s*(?:\d{1,2}\s*(?:,|và|-)\s*)*$/iu;
// A capitalized word right before a number. Example match: "Phả " in "Cẩm Phả 1".
const NAME_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}+\s$/u;
// What may follow a number that closes a name. Example match: ":" in "Cẩm Phả 1: 300 MW", " và 2" in "Cà Mau 1 và 2",
// " - 250MW" in "Cà Mau 1 - 250MW" (the plant's capacity after a dash, no range of 1 to 250).
const NAME_NUMBER_AFTER = /^(?:\s*[:;)]|\s*[-–]\s*\d[\d.,]*\s?(?:MW|kW|KW|kV)(?![\p{L}])|\s+và\s+\d{1,2}(?!\d)|\s+và\s+\p{Lu}|\s*,\s*(?:\p{Lu}|(?:đạt|là|với|có|được|đã)(?![\p{L}])))/u;
// The second of two numbered names. Example match: "Cà Mau 1 và " before "2".
const SECOND_NAME_NUMBER = /(?<![\p{L}])\p{Lu}\p{Ll}+\s\d{1,2}\s+(?:và|,)\s*$/u;
// After the second numbered name: a stop or a verb, not a counted noun ("Quận 1 và 3 xã" counts 3 communes).
const SECOND_NAME_AFTER = /^(?:\s*[:;,.)]|\s*$|\s+(?:đạt|là|có|với|thuộc|của|được|đã|đang|sẽ|phát|sản xuất)(?![\p{L}]))/u;
// A unit written against its number. Example match: "ha" in "3,4ha", "m2" in "2.760m2", "tỉ" in "655,5tỉ đồng".
// And money: "16.500đ/kg", "150đồng/kg".
const GLUED_UNIT = /^(?:ha|m2|m²|m3|km2|km²|km|kg|tấn|tỷ|tỉ|triệu|nghìn|ngàn|usd|mw|kwh|kw|lít|đồng|đ)(?![\p{L}\d])/iu;
// Thousands groups after a space, then an optional decimal and percent. Example match: " 064" in
// "56 064 cơ sở", " 000" in "25 000 đ", " 793" in "cơ sở 7 793, nhà" (not " 200" of "1 200 2024", which runs on into digits).
const SPACE_GROUPS = /^((?:[ \u00A0]\d{3})+)(,\d+)?(\s?%)?(?![\d./]|,\d|[ \u00A0]\d)/u;
// The decimals of a grouped number after a comma and a space, before a scale or a money unit.
// Example match: ", 10" in "7.269, 10 triệu đồng".
const SPLIT_DECIMAL = /^,[ \u00A0](\d{1,2})(?=\s*(?:tỷ|tỉ|triệu|nghìn|ngàn|đồng|%)(?![\p{L}]))/iu;
// Before the two years of a season. Example match: "niên vụ " in "niên vụ 05/06".
const SEASON_BEFORE = /(?<![\p{L}])(?:niên vụ|vụ|năm học|niên khóa|niên khoá|mùa vụ)\s*$/iu;
// A decimal point written the English way: a dot before one or two digits groups no thousands.
// Taken only before a unit that says it is an amount. Example match: "1934.2" in "1934.2 tỷ đồng".
const POINT_DECIMAL = /^\d+\.\d{1,2}$/;
const AMOUNT_AFTER = /^\s*(?:%|(?:tỷ|tỉ|triệu|nghìn|ngàn)(?![\p{L}])|(?:đồng|USD|ha|tấn|km)(?![\p{L}]))/iu;
const SCALE: Record<string, number> = { tỷ: 1e9, tỉ: 1e9, triệu: 1e6, nghìn: 1e3, ngàn: 1e3 };
// After-number units: scale words + đồng, areas, percent spelled out.
// Not "09 đồng chí", "đồng thời", "đồng bộ": "đồng" must not start another word pair.
const MONEY_AFTER = /^\s*(tỷ|tỉ|triệu|nghìn|ngàn)?\s*(đồng|VNĐ|VND|đ)(?![\p{L}])(?!\s+(?:chí|bộ|thời|ý|hành|nghiệp|đội|bào|minh|thuận|loạt|hương|nhất|tâm)(?![\p{L}]))/iu;
const AREA_AFTER = /^\s*(m2|m²|ha|km2|km²|hécta|héc-ta)(?![\p{L}\d])/iu;
// Whole words only: "nước đạt" must not read as "ước đạt", nor "trước" as "ước".
const QUALIFIERS = /(?<![\p{L}])(khoảng|hơn|trên|gần|ước đạt|ước tính|ước|tối thiểu|tối đa|dưới|không quá|đạt|đạt tỷ lệ|đạt tỉ lệ)\s*:?\s*$/iu;
const STATED_PERCENT_AFTER = /^[^.;\d]{0,40}?(?:đạt|tỷ lệ|tỉ lệ|chiếm)[^.;\d]{0,12}?(\d{1,3}(?:,\d+)?)\s?%/iu;

/** A value times its scale word's factor, without the binary float's tail: 4,15 triệu is 4150000, not 4150000.0000000005. */
export function scaleBy(value: number, factor: number): number {
  return Number((value * factor).toPrecision(15));
}

export function parseVietnameseNumber(raw: string): number | null {
  if (GROUPED.test(raw)) return Number(raw.replace(/\./g, '').replace(',', '.'));
  // "197,128,000": thousands grouped the English way (a spreadsheet's export). Two groups make it
  // certain; one ("532,000") may be a decimal comma and is read so unless its table says otherwise.
  if (ENGLISH_GROUPED.test(raw)) return Number(raw.replace(/,/g, ''));
  if (PLAIN.test(raw)) return Number(raw.replace(',', '.'));
  return null;
}

function isYear(n: string): boolean {
  return /^(19|20)\d{2}$/.test(n);
}

export function findQuantities(text: string): Quantity[] {
  const phones: Array<[number, number]> = [];
  for (const m of text.matchAll(PHONE)) phones.push([m.index!, m.index! + m[0].length]);
  const out: Quantity[] = [];
  const consumed = new Set<number>();

  // The end of a number written with spaces between its thousands, whose groups come next as candidates.
  let spacedEnd = -1;
  for (const m of text.matchAll(CANDIDATE)) {
    const start = m.index!;
    if (start < spacedEnd) continue;
    let end = start + m[0].length;
    let [whole, a, pct] = m;
    const [, , , b, c] = m;
    // "25 000 đ", "56 064 cơ sở", "800 000đ/tháng": thousands grouped by spaces (not after an
    // ordinal's word: "lớp 1 200 học sinh" counts 200 pupils of grade 1).
    const spaced = whole === a && /^\d{1,3}$/.test(a) && !/\d\s?$/.test(text.slice(Math.max(0, start - 2), start)) ? SPACE_GROUPS.exec(text.slice(end)) : null;
    if (spaced && !ORDINAL_BEFORE.test(text.slice(Math.max(0, start - 30), start))) {
      a = a + spaced[1].replace(/[ \u00A0]/g, '.') + (spaced[2] ?? '');
      pct = spaced[3];
      end += spaced[0].length;
      whole = text.slice(start, end);
      spacedEnd = end;
    }
    // "7.269, 10 triệu đồng" in a scan's text: a space read after the decimal comma. (Two amounts
    // listed would not group the first one's thousands and give only the second its scale.)
    const split = whole === a && /^\d{1,3}(?:\.\d{3})+$/.test(a) ? SPLIT_DECIMAL.exec(text.slice(end)) : null;
    if (split) {
      a = `${a},${split[1]}`;
      end += split[0].length;
      whole = text.slice(start, end);
      spacedEnd = end;
    }
    if (phones.some(([s, e]) => start >= s && start < e)) continue;
    const next = text.slice(end, end + 2);
    // Document numbers: "749/QĐ-TTg", "42/2022/NĐ-CP", "01-NQ/TU".
    // (a slash is required: "42/63 với tổng điểm" is a rank followed by a word, not a number).
    const perPeriod = !!pct && /^\/\s?(?:năm|tháng|quý)(?![\p{L}])/iu.test(text.slice(end, end + 8));
    if (/^\s?\/{1,2}\s?[\p{L}]/u.test(text.slice(end, end + 4)) && !perPeriod) continue; // "5773//BTTTT"
    if (whole === '24/7') continue;
    // "Nhà máy điện Cẩm Phả 1: 300 MW", "Cà Mau 1 và 2", "Sê San 4;": a number closing a proper name names, it counts nothing.
    if (/^\d{1,2}$/.test(whole) && ((NAME_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && NAME_NUMBER_AFTER.test(text.slice(end, end + 8))) || (SECOND_NAME_NUMBER.test(text.slice(Math.max(0, start - 30), start)) && SECOND_NAME_AFTER.test(text.slice(end, end + 14))))) continue;
    // "khách sạn 5 sao", "từ 3-5 sao", "sản phẩm OCOP 4 sao": a grade, not a count.
    if (/^\s*(?:[-–]\s*\d\s*)?sao(?![\p{L}])/iu.test(text.slice(end, end + 10))) continue;
    // Glued to a letter after: "2G", "5G", "4K" name things; "3,4ha", "2.760m2", "655,5tỉ đồng" are units written without a space.
    if (/^\p{L}/u.test(next) && !GLUED_UNIT.test(text.slice(end, end + 6))) continue;
    // List numbering: "1. Xây dựng", "NHIỆM VỤ 2. Tình hình" (short integer, ". " and a capital).
    if (/^\d{1,2}$/.test(whole) && /^\.\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    // Inside a URL or an identifier: "overlay_id=1359383974870182", "www.x.vn/123".
    if (/(?:[=_]|:\/\/|www\.)\S*$/u.test(text.slice(Math.max(0, start - 60), start))) continue;
    if (/^-\s?[\p{Lu}]/u.test(next)) continue;
    // ("7,5%/năm": a rate per year, no document number)
    if (/^\/\s?[\p{L}]/u.test(next) && !perPeriod) continue;
    if (/^:\d/.test(next)) continue; // time of day
    const before = text.slice(Math.max(0, start - 30), start);
    if (/\d\s?[-–]\s?$/.test(before) && isYear(a)) continue; // "2021 – 2025"
    if (/[\p{L}]$/u.test(before)) continue; // glued to a word: "IPv6", "G4"

    if (b !== undefined) {
      // Dates: "16/9/2022", "4/2026" (month/year).
      if (c !== undefined) continue;
      // A crop or school year: "niên vụ 05/06", "năm học 2024/2025".
      if (SEASON_BEFORE.test(before)) continue;
      if (isYear(b.replace(/[.,]/g, '')) && Number(a) <= 12) continue;
      const num = parseVietnameseNumber(a);
      const den = parseVietnameseNumber(b);
      if (num === null || den === null || den === 0) continue;
      const q: Quantity = { value: num, kind: 'fraction', unit: '', numerator: num, denominator: den, raw: whole, start, end };
      const stated = STATED_PERCENT_AFTER.exec(text.slice(end));
      if (stated) {
        q.percent = parseVietnameseNumber(stated[1]) ?? undefined;
        const pctStart = end + stated.index + stated[0].lastIndexOf(stated[1]);
        consumed.add(pctStart);
      }
      q.qualifier = QUALIFIERS.exec(before)?.[1]?.toLowerCase();
      q.unit = nounAfter(text.slice(end));
      out.push(q);
      continue;
    }

    const value = parseVietnameseNumber(a) ?? (POINT_DECIMAL.test(a) && AMOUNT_AFTER.test(text.slice(end - (pct?.length ?? 0))) ? Number(a) : null);
    if (value === null) {
      // Dotted runs that are not thousands groups: section numbers "2.5.1." or broken numbers.
      const looksNumeric = /^\d{1,3}(?:\.\d{3})*\.\d{4,}$/.test(a);
      if (looksNumeric) out.push({ value: NaN, kind: 'number', unit: '', raw: a, start, end, malformed: true });
      continue;
    }
    if (!pct && ORDINAL_BEFORE.test(before)) continue;
    if (!pct && isYear(a) && !/[.,]/.test(a)) {
      // A bare 19xx/20xx is a year unless a counting noun follows ("2024 hồ sơ" is rare; accept with noun only).
      if (!nounAfter(text.slice(end))) continue;
    }
    if (consumed.has(start)) continue;
    // "gạo 5% tấm", "loại 25% tấm": a rice grade (its share of broken grains), not a measurement.
    if (pct && /^\s*tấm(?![\p{L}])/iu.test(text.slice(end))) continue;

    const q: Quantity = { value, kind: 'number', unit: '', raw: whole, start, end };
    q.qualifier = QUALIFIERS.exec(before)?.[1]?.toLowerCase();
    if (pct) {
      q.kind = 'percent';
      q.unit = '%';
    } else {
      const money = MONEY_AFTER.exec(text.slice(end));
      const area = AREA_AFTER.exec(text.slice(end));
      if (money) {
        q.kind = 'money';
        q.value = scaleBy(value, money[1] ? SCALE[money[1].toLowerCase()] : 1);
        q.unit = 'đồng';
        end += money[0].length;
        q.end = end;
        q.raw = text.slice(start, end);
      } else if (area) {
        q.kind = 'area';
        q.unit = area[1].replace('²', '2').toLowerCase();
        end += area[0].length;
        q.end = end;
        q.raw = text.slice(start, end);
      } else {
        q.unit = nounAfter(text.slice(end));
      }
    }
    out.push(q);
  }
  return out;
}

// Counting nouns that follow a number; longest first.
const NOUNS = [
  'dịch vụ công', 'dịch vụ', 'thủ tục', 'hồ sơ', 'hộ gia đình', 'hộ', 'doanh nghiệp', 'người', 'lượt', 'trạm', 'thuê bao',
  'cơ quan', 'đơn vị', 'hệ thống', 'điểm phục vụ', 'điểm', 'lớp', 'vị trí', 'tin', 'bài', 'cuộc', 'xã', 'huyện', 'trang',
  'tài khoản', 'máy', 'thiết bị', 'chương trình', 'buổi', 'đảng viên', 'văn bản', 'nhóm', 'tổ', 'km', 'mô hình', 'sản phẩm',
  'kênh', 'cơ sở', 'đồng chí', 'đại biểu', 'học viên', 'bộ', 'ấp', 'khóm', 'giấy phép', 'cột', 'nhà trạm',
].sort((x, y) => y.length - x.length);

function nounAfter(after: string): string {
  const head = after.replace(/^\s+/, '').toLowerCase();
  for (const n of NOUNS) if (head.startsWith(n) && !/[\p{L}]/u.test(head.charAt(n.length))) return n;
  return '';
}
