/**
 * The encoding stage of a document: each block's text is kept, converted from a legacy
 * encoding (TCVN3, VNI), or recognized as unreadable — and unreadable text is never passed on.
 * Footnote and page-break offsets follow the conversion.
 */
import type { Block, Document } from '../model.js';
import { lostU, restoreLostU } from './lost-u.js';
import { restoreTcvn3Capitals } from './tcvn3-capitals.js';
import { Converted, dropSoftHyphens, fromTcvn3, fromVni, repairText, syllableScore, textQuality } from './legacy-encoding.js';

// A TCVN3 letter code that is not itself a Vietnamese letter, touching a letter: "N§-CP" (NĐ-CP),
// "®Þnh" (định). Punctuation Vietnamese text uses («, », °, ±, ·, ×) is left out.
const TCVN3_IN_WORD = /\p{L}[¡¢£¤¥¦§¨©ª¬®¯²³´µ¶¸¹º¼½¾¿ÄÅÆÇËÎÏÐÑÖØÛÜÞßæçëîïðñöøûüþÿ]|[¡¢£¤¥¦§¨©ª¬®¯²³´µ¶¸¹º¼½¾¿ÄÅÆÇËÎÏÐÑÖØÛÜÞßæçëîïðñöøûüþÿ]\p{L}/u;

/** A block's text replaced by its conversion; footnote and page-break offsets and table cells follow. */
function apply(b: Block, result: Converted, fix: (s: string) => Converted): void {
  const { offsets } = result;
  b.text = result.text;
  b.footnoteRefs = b.footnoteRefs.map((f) => ({ ...f, offset: offsets[Math.min(f.offset, offsets.length - 1)] }));
  if (b.pageBreaks) b.pageBreaks = b.pageBreaks.map(([o, p]) => [offsets[Math.min(o, offsets.length - 1)], p]);
  if (b.rows) for (const row of b.rows) for (const cell of row) cell.text = fix(cell.text).text;
}

/**
 * Legacy encodings are converted block by block; text that no table turns into Vietnamese is
 * never passed on. Mostly unreadable → needs_ocr with no blocks; a few bad blocks → dropped, partial.
 */
export function repairEncoding(document: Document): void {
  let letters = 0;
  let unreadable = 0;
  const badPages = new Set<number>();
  const converted: Record<string, number> = {};
  const kept: Block[] = [];
  const plain: Block[] = [];
  const tcvn3Blocks = new Set<Block>();
  for (const b of document.blocks) {
    // OCR writes Unicode: an odd letter there ("ngày ÄÙ tháng") is a misread, not an encoding.
    if (b.ocr !== undefined) {
      kept.push(b);
      continue;
    }
    const q = textQuality(b.text);
    letters += q.letters + q.foreign;
    const r = repairText(b.text);
    if (r.kind === 'unreadable') {
      unreadable += q.letters + q.foreign;
      if (b.page) badPages.add(b.page);
      continue;
    }
    kept.push(b);
    // Soft hyphens of a plain block go once the document is known not to be TCVN3, where they
    // are 'ư' ("Ch­¬ng I", a heading too short to tell its encoding by itself).
    if (r.kind === 'ok') {
      plain.push(b);
      continue;
    }
    apply(b, r.result, r.encoding === 'TCVN3' ? fromTcvn3 : fromVni);
    converted[r.encoding] = (converted[r.encoding] ?? 0) + 1;
    if (r.encoding === 'TCVN3') tcvn3Blocks.add(b);
  }
  // A short block of a TCVN3 document may hold only letters that pass for Latin-1 punctuation
  // ("1. T×nh h×nh chung:"): where the document is TCVN3, such a block is converted when that
  // gives better syllables.
  // (A stray block that reads as VNI in a long TCVN3 document does not make it VNI.)
  if ((converted.TCVN3 ?? 0) >= 3 && (converted.VNI ?? 0) * 20 < converted.TCVN3) {
    for (const b of plain) {
      const result = fromTcvn3(b.text);
      // A code glued to a letter that no Vietnamese word spells ("Sè: 109/2004/N§-CP", where
      // § is Đ) is TCVN3 even when the line has too few syllables to tell.
      if (result.replaced > 0 && (TCVN3_IN_WORD.test(b.text) || syllableScore(result.text) > syllableScore(b.text) + 0.1)) {
        apply(b, result, fromTcvn3);
        converted.TCVN3++;
        tcvn3Blocks.add(b);
      }
    }
  }
  for (const b of plain) {
    if (tcvn3Blocks.has(b)) continue;
    const result = dropSoftHyphens(b.text);
    if (result.text !== b.text) apply(b, result, dropSoftHyphens);
  }
  // Headings in TCVN3's capitals fonts: their toned letters came out small ("NHIệM Vụ").
  for (const b of tcvn3Blocks) {
    b.text = restoreTcvn3Capitals(b.text);
    if (b.rows) for (const row of b.rows) for (const cell of row) cell.text = restoreTcvn3Capitals(cell.text);
  }
  // A TCVN3 font that maps 'ư' to the soft hyphen loses it in pdf.js: put it back.
  const tcvn3 = kept.filter((b) => tcvn3Blocks.has(b));
  if (tcvn3.length && lostU(tcvn3.map((b) => b.text).join('\n'))) {
    let restored = 0;
    for (const b of tcvn3) {
      const r = restoreLostU(b.text);
      if (!r.restored) continue;
      restored += r.restored;
      apply(b, { text: r.text, offsets: r.offsets, replaced: r.restored }, (t) => ({ ...restoreLostU(t), replaced: 0 }));
    }
    document.diagnostics.push({ code: 'text/lost-u', severity: 'warning', message: `the TCVN3 text has no 'ư' at all (its font maps it to a soft hyphen, which the PDF reader drops); put back in ${restored} words where the word needs it (nớc → nước), so a few words may still lack it` });
  }
  for (const [enc, n] of Object.entries(converted)) {
    document.diagnostics.push({ code: 'text/legacy-encoding', severity: 'warning', message: `${n} blocks were in the legacy ${enc} encoding and were converted to Unicode` });
  }
  if (!unreadable) return;
  const pages = badPages.size ? ` on page(s) ${[...badPages].sort((a, b) => a - b).join(', ')}` : '';
  const share = Math.round((unreadable / Math.max(1, letters)) * 100);
  if (unreadable > 0.2 * letters) {
    document.blocks = [];
    document.status = 'needs_ocr';
    document.error = `text layer is not readable Vietnamese${pages} (${share}% of the text is in a font without a usable Unicode map, and no legacy table converts it): OCR needed`;
    return;
  }
  document.blocks = kept;
  document.status = 'partial';
  document.diagnostics.push({ code: 'text/unreadable', severity: 'warning', message: `${share}% of the text${pages} is not readable Vietnamese (font without a Unicode map) and was left out` });
}
