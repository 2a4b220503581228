/**
 * Lead-in refiner: a list item names only its category ("(1) Kinh tế: 11 ứng viên", "cấp mới: 03
 * giấy"); the measure it is a category of stands in the list's lead-in — a clause ending in ":"
 * that opens the sentence ("Về ngành nghề cử đi đào tạo: (1) Kinh tế: 11 ứng viên …"), or the
 * figure a parenthesis breaks down ("cấp 20 giấy chứng nhận … xăng dầu (cấp mới: 03 giấy; …)").
 * The label becomes the lead's measure with the item as its tail, as a table's row label takes
 * its column header: "ngành nghề cử đi đào tạo / Kinh tế".
 * Pure: the words before a figure in, a lead (or '') out.
 */

import { labelBefore } from './label.js';

// A label that already names a measure, not a category: "Số hồ sơ …", "Tỷ lệ …", "Tổng kinh phí".
const MEASURE_NAME = /^\s*(?:tổng\s+)?(?:số lượng|số tiền|số|tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|kinh phí|giá trị|kim ngạch|doanh thu|sản lượng|tốc độ|chỉ số|diện tích|mức|tổng)(?![\p{L}])/iu;
// A lead that names no measure, only that details follow: "Kết quả:", "Cụ thể như sau:", "Trong đó:".
const EMPTY_LEAD = /^(?:kết quả(?:\s+(?:cụ thể|đạt được|thực hiện))?|cụ thể|trong đó|bao gồm|gồm|như sau|nội dung|tình hình|ghi chú|lưu ý|đánh giá|nhận xét|tồn tại|hạn chế|nguyên nhân)(?:\s+như sau)?$/iu;
// The opening words of a lead that are no part of the measure. Example match: "Về " in "Về ngành nghề cử đi đào tạo".
const LEAD_OPENER = /^\s*(?:\(?\d{1,2}[.)]|\(?[a-zđ]\)|[-+•–])?\s*(?:về|đối với|riêng)?\s*/iu;
// Example match: ": " after "Về ngành nghề cử đi đào tạo" — a colon that is not part of a time ("8:30").
const COLON = /(?<!\d):(?!\d)/gu;
const MAX_LEAD_WORDS = 12;
// Words before a figure that only say it was reached, and the period and comma before them.
// Example match: " tháng 6, ước thực hiện gần " in "… thu ngoại tệ tháng 6, ước thực hiện gần 57 triệu USD".
const REACH_TAIL = /,\s*(?:(?:trong\s+)?(?:tháng\s+\d{1,2}(?:\/(?:19|20)\d{2})?|quý\s+[IV]{1,3}))?\s*,?\s*(?:dự kiến\s+|ước\s+)?(?:thực hiện|đạt|ước đạt|ước tính|ước)(?:\s+được)?\s*(?:khoảng|hơn|gần|trên|dưới)?\s*$/iu;
// The subject of a sentence, before its first predicate or period. Example match: "Kim ngạch xuất khẩu"
// in "(1) Kim ngạch xuất khẩu đạt tốc độ tăng trưởng khá", "Khách du lịch nội địa" in "Khách du lịch
// nội địa 3 tháng đầu năm tăng mạnh do …".
const SUBJECT = /^\s*(?:\(?\d{1,2}[.)]\s*|[-+•]\s*)?(\p{Lu}[\p{L} ]{3,60}?)\s+(?:\d{1,2}\s+tháng|tháng\s+\d|quý\s+[IV]|năm\s+\d|đạt|tăng|giảm|là|chiếm|bằng|có)(?![\p{L}])/u;
const MAX_ITEM_WORDS = 8;

/** Whether a label read before a figure's colon is only a list item's category ("Kinh tế", "cấp mới"). */
export function isBareItem(label: string): boolean {
  const t = label.trim();
  if (!t || /\d/u.test(t) || MEASURE_NAME.test(t) || EMPTY_LEAD.test(t)) return false;
  return t.split(/\s+/u).length <= MAX_ITEM_WORDS;
}

/**
 * The measure named by the lead-in of the sentence a list item stands in: the words before the
 * sentence's first colon, when another colon (the item's own) follows before the figure.
 * `sentenceLeft` runs from the sentence's start to the figure. '' when there is none.
 */
export function leadInMeasure(sentenceLeft: string): string {
  const colons = [...sentenceLeft.matchAll(COLON)];
  if (colons.length < 2) return '';
  // "Số thuê bao: 2.471.745; Internet: …": a colon a figure follows names that figure, it leads no list.
  if (/^\s*\d/u.test(sentenceLeft.slice(colons[0].index! + 1))) return '';
  const lead = sentenceLeft.slice(0, colons[0].index).replace(LEAD_OPENER, '').trim();
  return usableLead(lead);
}

/**
 * The figure a parenthesis breaks down, when the item stands inside it: the offset in `left`
 * (the block's text up to the item's figure) of the unclosed "(", or -1.
 */
export function openParenAt(left: string): number {
  const open = left.lastIndexOf('(');
  return open >= 0 && left.indexOf(')', open) < 0 ? open : -1;
}

/** A previous figure's label without the action verb it was read with ("cấp giấy chứng nhận …" → "giấy chứng nhận …"). */
export function measureOfLabel(label: string, verb: string): string {
  const t = label.trim();
  if (verb && t.toLowerCase().startsWith(`${verb.toLowerCase()} `)) return t.slice(verb.length).trim();
  return t;
}

/**
 * The measure of a figure its own words only say was reached ("tháng 6, ước thực hiện gần 57 triệu
 * USD"): the phrase before that comma when it names one ("Tổng giá trị kim ngạch xuất khẩu … tháng
 * 6"), else the lead-in before the sentence's colon ("Giá trị kim ngạch nhập khẩu: tháng 6, …;
 * Sáu tháng, ước thực hiện trên 200 triệu USD"). '' when neither names a measure.
 */
export function measureOfReach(clauseLeft: string, sentenceLeft: string): string {
  const reach = REACH_TAIL.exec(clauseLeft);
  if (!reach) return '';
  const before = clauseLeft.slice(0, reach.index);
  // "(1) Kim ngạch xuất khẩu đạt tốc độ tăng trưởng khá, trong tháng 3 ước đạt 2,5 tỷ USD": the phrase
  // before is the subject's predicate; the sentence's subject is the measure.
  const subject = clauseLeft === sentenceLeft && !before.includes(',') ? SUBJECT.exec(before)?.[1].trim() : undefined;
  if (subject && subject.split(/\s+/u).length >= 2) return subject;
  const colon = before.lastIndexOf(':');
  const own = labelBefore(colon >= 0 ? before.slice(colon + 1) : before, false);
  if (own && !/\d/u.test(own) && own.split(/\s+/u).length >= 2 && MEASURE_NAME.test(own)) return own;
  const first = [...sentenceLeft.matchAll(COLON)][0];
  if (!first) return '';
  const lead = usableLead(sentenceLeft.slice(0, first.index).replace(LEAD_OPENER, '').trim());
  return lead && MEASURE_NAME.test(lead) ? lead : '';
}

/** The label of an item under a lead: "ngành nghề cử đi đào tạo / Kinh tế". */
export function underLead(lead: string, item: string): string {
  return `${lead} / ${item.trim()}`;
}

function usableLead(lead: string): string {
  if (!lead || /\d/u.test(lead) || /[;()]/u.test(lead)) return '';
  if (lead.split(/\s+/u).length > MAX_LEAD_WORDS || EMPTY_LEAD.test(lead)) return '';
  return lead;
}
