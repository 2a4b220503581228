/**
 * Section paths: which numbered headings each block sits under ("I" → "2" → "2.2. Về Bưu chính"),
 * so an indicator can tell postal from telecom. Levels come from the numbering style, which
 * Vietnamese reports follow closely (Nghị định 30/2020/NĐ-CP): I. → 1. → 1.1. → 1.1.1. → a).
 */
import { Block } from '../model.js';

const LEVELS: Array<[RegExp, number]> = [
  [/^(PHỤ LỤC|Phụ lục|BIỂU MẪU|Biểu mẫu)(?![\p{L}])/u, 0], // an annex starts over: "PHỤ LỤC", "Phụ lục I", "Biểu mẫu 3"
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
  const stack: Array<{ level: number; text: string }> = [];
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
      numberedSeen ||= level < UNNUMBERED;
      while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
      block.sectionPath = stack.map((s) => s.text);
      stack.push({ level, text: heading.length > 120 ? `${heading.slice(0, 117)}…` : heading });
      continue;
    }
    block.sectionPath = stack.map((s) => s.text);
  }
  return blocks;
}
