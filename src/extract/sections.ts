/**
 * Section paths: which numbered headings each block sits under ("I" → "2" → "2.2. Về Bưu chính"),
 * so an indicator can tell postal from telecom. Levels come from the numbering style, which
 * Vietnamese reports follow closely (Nghị định 30/2020/NĐ-CP): I. → 1. → 1.1. → 1.1.1. → a).
 */
import { Block } from '../model.js';

const LEVELS: Array<[RegExp, number]> = [
  [/^(PHỤ LỤC|Phụ lục|BIỂU MẪU|Biểu mẫu)(?![\p{L}])/u, 0], // an annex starts over: "PHỤ LỤC", "Phụ lục I", "Biểu mẫu 3"
  [/^(?:(?:PHẦN|CHƯƠNG)\s+(?:THỨ\s+)?(?:NHẤT|HAI|BA|TƯ|NĂM|SÁU|BẢY|TÁM|CHÍN|MƯỜI|[IVXLC]{1,5}|\d{1,2})|(?:Phần|Chương)\s+(?:thứ\s+(?:nhất|hai|ba|tư|năm|sáu)|[IVXLC]{1,5}|\d{1,2}))(?![\p{L}])/u, 0], // "PHẦN THỨ NHẤT", "Phần II", "Chương 1"
  [/^[A-H]\.\s+\p{Lu}/u, 0.5], // "A. ĐỀ ÁN ĐÀO TẠO …": a part's lettered divisions, above "I."
  [/^[IVXLC]{1,6}\.\s/u, 1], // "II. TÌNH HÌNH THỰC HIỆN"
  [/^\d{1,2}\.\d{1,2}\.\d{1,2}\.?\s/u, 4], // "2.3.1. Ban Thường vụ"
  [/^\d{1,2}\.\d{1,2}\.?\s/u, 3], // "2.2. Về Bưu chính"
  [/^\d{1,2}[.)]\s/u, 2], // "1. Xây dựng, hoàn thiện thể chế"
  [/^[a-zđ]\)\s/u, 5], // "a) Hệ thống thông tin …"
];
const UNNUMBERED = 6;

export function headingLevel(text: string): number {
  for (const [re, level] of LEVELS) if (re.test(text)) return level;
  return UNNUMBERED;
}

/** Run-in headings ("1. Kết quả …: text") count when a numbered paragraph opens with a short clause. */
function headingOf(block: Block): string | null {
  if (block.kind === 'heading') return block.text;
  if (block.kind === 'paragraph' && headingLevel(block.text) < UNNUMBERED) {
    const lead = /^(.{3,120}?):\s/u.exec(block.text);
    if (lead) return lead[1];
  }
  return null;
}

/** Fill `sectionPath` on every block (mutates the blocks it is given, returns them). */
export function assignSections(blocks: Block[]): Block[] {
  const stack: Array<{ level: number; text: string; open?: boolean }> = [];
  let numberedSeen = false;
  for (const block of blocks) {
    if (block.kind === 'footnote') continue;
    const heading = headingOf(block);
    if (heading !== null) {
      const level = headingLevel(heading);
      // Title headings before the first numbered section are not sections.
      if (level === UNNUMBERED && !numberedSeen) {
        block.sectionPath = [];
        continue;
      }
      // "PHẦN THỨ NHẤT" ‖ "CÔNG TÁC ĐÀO TẠO …" ‖ "… GIAI ĐOẠN 2021-2025": a part's title runs over the
      // unnumbered headings that follow it, and its period is the period of all it holds.
      const top = stack[stack.length - 1];
      if (level === UNNUMBERED && top?.level === 0 && top.open) {
        block.sectionPath = stack.slice(0, -1).map((s) => s.text);
        top.text = `${top.text} ${heading}`.slice(0, 200);
        continue;
      }
      if (top) top.open = false;
      numberedSeen ||= level < UNNUMBERED;
      while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
      block.sectionPath = stack.map((s) => s.text);
      stack.push({ level, text: heading.length > 200 ? `${heading.slice(0, 197)}…` : heading, open: level === 0 });
      continue;
    }
    const top = stack[stack.length - 1];
    if (top) top.open = false;
    block.sectionPath = stack.map((s) => s.text);
  }
  return blocks;
}
