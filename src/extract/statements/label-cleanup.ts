/**
 * Refiners of a label once it is read: pure functions of its words (and of the list item it stands
 * in), run by the statement loop after the readers of src/extract/statements/label.ts.
 */
import { fold } from '../../text/normalize.js';
import { lowerFirst } from './label.js';

// Where a figure was taken from, in parentheses: no part of what it measures. Example match:
// " (tại Báo cáo số 347/BC-UBND ngày 25/12/2025 của UBND tỉnh)".
const CITATION_PAREN = /\s*\((?:(?:tại|theo|căn cứ)\s+)?(?:Quyết định|Báo cáo|Kế hoạch|Công văn|Nghị quyết|Thông báo|Tờ trình|Chỉ thị|Văn bản)\s+(?:số\s+)?[^()]*\)/gu;
// "this item" in a list item's measure. Example match: " của mặt hàng này" in "KNXK 9 tháng đầu năm của mặt hàng này".
const THIS_ITEM = /(?:\s+(?:\d{1,2}\s+tháng(?:\s+đầu\s+năm)?(?:\s+(?:19|20)\d{2})?))?\s+(?:của\s+)?(?:mặt hàng|ngành hàng|ngành|sản phẩm|lĩnh vực)\s+này$/iu;
// Leads of prose, not of a list item of things. Example match: "Kết quả".
const NOT_AN_ITEM = /^(?:kết quả|cụ thể|trong đó|nội dung|tình hình|ngoài ra|riêng|tổng cộng|lý do|nguyên nhân|đánh giá|nhận xét|dự báo|dự kiến|kế hoạch|mục tiêu|chỉ tiêu|ghi chú|lưu ý|tóm lại|như vậy)$/iu;
// A measure that names no object of its own. Example match: "KNXK", "kim ngạch xuất khẩu", "sản lượng".
const GENERIC_MEASURE = /^(?:KNXK|KNNK|XK|NK|kim ngạch(?:\s+(?:xuất|nhập)\s+khẩu)?|giá trị(?:\s+(?:xuất khẩu|sản xuất))?|sản lượng(?:\s+(?:sản xuất|xuất khẩu|khai thác))?|doanh thu|giá(?:\s+(?:bán|xuất khẩu))?|lượng(?:\s+(?:xuất|nhập)\s+khẩu)?)$/iu;
// A label read as only "the same period": "kỳ", "cùng kỳ năm 2007".
const SAME_PERIOD_LABEL = /^(?:cùng\s+)?kỳ(?:\s+(?:năm\s+)?(?:trước|(?:19|20)\d{2}))?(?:\s+so với\s.*)?$/iu;
// A cue right before a figure inside a label. Example match: " đạt " in "ước đạt 6,83 tỷ USD".
const CUE_BEFORE = /(?:^|[\s(])(?:đạt|là|:|khoảng|gần|hơn|tăng|giảm|bằng|chiếm)\s*$/iu;

/** "Số người có mặt (tại Báo cáo số 347/BC-UBND …)" → "Số người có mặt". */
export function withoutCitation(label: string): string {
  const t = label.replace(CITATION_PAREN, '').trim();
  return /\p{L}{2}/u.test(t) ? t : label;
}

/**
 * "KNXK mặt hàng này" under the list item "- Thuỷ sản:" → "KNXK thuỷ sản": a generic measure of
 * "this item" is the measure of the item's lead (one series per commodity, not one "KNXK"); null
 * when the label names its own object or the lead heads prose ("Kết quả:").
 */
export function itemMeasure(label: string, lead: string): string | null {
  const generic = label.replace(THIS_ITEM, '').trim();
  const item = lead.replace(/^về\s+/iu, '');
  if (!GENERIC_MEASURE.test(generic) || NOT_AN_ITEM.test(item) || fold(item) === fold(generic)) return null;
  return `${generic} ${lowerFirst(item)}`;
}

/** Whether a label names only "the same period" ("kỳ", "cùng kỳ năm 2007"), not a measure. */
export function isSamePeriod(label: string): boolean {
  return SAME_PERIOD_LABEL.test(label);
}

/** Whether a label holds a figure as stated, after its cue: "ước đạt 6,83 tỷ USD". */
export function statedIn(label: string, raw: string): boolean {
  const at = label.indexOf(raw);
  return at >= 0 && CUE_BEFORE.test(label.slice(0, at));
}
