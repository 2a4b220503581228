/**
 * Recognized paragraphs of one page image into blocks of the document model, as a text layer
 * would give them: header fields and signature lines each alone, titles split from their
 * capitals line, page numbers and specks dropped, OCR misreadings of digits and codes mended.
 * Shared by scanned PDF pages and image files.
 */
import type { Block } from '../model.js';
import { newBlock } from '../model.js';
import { squash, normalizeChars } from '../text/normalize.js';
import type { OcrLine, OcrParagraph } from './recognize.js';
import { repairOcrCapitals, repairOcrText } from './repair.js';

const PAGE_NUMBER = /^[-–\s]*\d{1,4}[-–\s]*$/;
const CAPS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

// The header of a document's first page: issuer and motto, number and place-date share lines in
// two columns, which OCR reads across; there every line segment is its own block, as a text layer gives.
const HEADER_ZONE = 0.3;
// "Số: 280 /BC-UBND", "V/v đăng ký …", "Kính gửi:", "Quảng Ngãi, ngày … tháng 11 năm 2024"
const HEADER_FIELD = /^\s*(?:Số(?!\p{L})|V\/v(?!\p{L})|Kính gửi(?!\p{L}))|,\s*ngày(?!\p{L})/u;

// "Nơi nhận:", OCR's "Noi nhận:", "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"
const SIGNATURE_START = /^\s*(?:N[ơo]i nh[ậâa]n\s*:|(?:KT|TM|TL|TUQ)\.\s*\p{Lu})/u;

export function ocrBlocks(paragraphs: OcrParagraph[], page: number, height: number, width: number): Block[] {
  const out: Block[] = [];
  // Header lines are short (a column, a centred title); a body line runs most of the width.
  // Lines of the header that stand alone: two columns read across, or a short line that is a
  // header field (capitals, "Số: …", "V/v …", "Kính gửi", "…, ngày … tháng"). A title in
  // sentence case wraps over short lines and stays one block, as in a text layer.
  const inHeader = (l: OcrLine) =>
    page === 1 && l.top < HEADER_ZONE * height && (l.segments.length > 1 || (l.width < 0.6 * width && (CAPS.test(l.segments[0]) || HEADER_FIELD.test(l.segments[0]))));
  // From "Nơi nhận:" or a signing title ("KT. GIÁM ĐỐC") on, lines are the recipients list and the
  // signature column side by side: each line alone, as a text layer's table cells give them, so
  // the signer's name is not glued to "- Lưu: VT.".
  let signature = false;
  for (const p of [...paragraphs].sort((a, b) => a.top - b.top)) {
    // Groups of lines in reading order: each header segment alone, body lines together.
    const groups: string[][] = [];
    let open: string[] | null = null;
    const lines = p.lines.length ? p.lines : p.text.split(/\n/).map((t) => ({ segments: [t], top: p.top, width }));
    for (const line of lines) {
      signature ||= SIGNATURE_START.test(line.segments[0] ?? '');
      if (inHeader(line) || signature) {
        for (const seg of line.segments) groups.push([seg]);
        open = null;
      } else {
        if (!open) groups.push((open = []));
        open.push(line.segments.join(' '));
      }
    }
    for (const group of groups) {
      const texts = group.map((l) => squash(normalizeChars(l))).filter(Boolean);
      // OCR groups a title under its capitals line ("BÁO CÁO" / "Đánh giá …"): split runs of
      // capital lines from the lines in sentence case, as the text layer would have them.
      const runs: string[][] = [];
      for (const line of texts) {
        const caps = CAPS.test(line);
        const last = runs[runs.length - 1];
        if (last && CAPS.test(last[0]) === caps) last.push(line);
        else runs.push([line]);
      }
      for (const run of runs) {
        let text = '';
        for (const line of run) text = !text ? line : /[\p{L}\d]-$/u.test(text) ? text + line : `${text} ${line}`;
        text = repairOcrText(text);
        if (page === 1 && p.top < HEADER_ZONE * height && CAPS.test(text)) text = repairOcrCapitals(text);
        const nearEdge = p.top < 0.08 * height || p.bottom > 0.92 * height;
        if (PAGE_NUMBER.test(text) && nearEdge) continue;
        if (p.confidence < 30 || !/\p{L}{2}/u.test(text)) continue; // specks and stamps
        const kind = text.length <= 160 && CAPS.test(text) ? 'heading' : 'paragraph';
        out.push(newBlock(kind, text, { page, ocr: Math.round(p.confidence) }));
      }
    }
  }
  return out;
}

