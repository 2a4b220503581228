/**
 * TCVN3 fonts put 'ư' at 0xAD, the soft hyphen of Latin-1. pdf.js's text content skips that
 * glyph as an invisible format mark without advancing past it, so the word loses its 'ư'
 * ("n­íc" → "níc") and pdf.js's idea of where the line has got to falls behind the page by the
 * glyph's width. At the next place the PDF moves the pen (Word positions every few glyphs of a
 * justified line), pdf.js sees that lag as a gap and writes a space that is not there: "166,9"
 * comes out "1 66,9", "11,8%" "11, 8%", "lúa" "l úa" (real-more/07).
 *
 * The operator list still holds every glyph, the soft hyphen and the real space glyphs
 * included, in the same order as the text content. Walking both puts each dropped soft hyphen
 * back where it was, and removes a space the drawing does not have only where the pen moved
 * after a soft hyphen was dropped: a space pdf.js adds for a real gap (a PDF that draws no space
 * glyphs) stays. Any other disagreement leaves the page as it was. Geometry is left as pdf.js
 * gives it (the layout already allows for TCVN3 lines short by their lost widths).
 */

export const SOFT_HYPHEN = '\u00AD';

/** One character of the page's drawing. */
export interface Glyph {
  text: string;
  /** The first glyph drawn after the pen moved up or down: a new line. */
  lineStart?: boolean;
  /** The first glyph drawn after the pen was placed (a new line, or a move along the line). */
  moved?: boolean;
}


export interface SoftHyphenRepair {
  /**
   * The items' text, in order. An item that was only a false space is gone, and the item after
   * it `joins` the one before: pdf.js put the two apart by the lag, so only joined do they read
   * as one word again.
   */
  items: Array<{ index: number; str: string; joins?: true }>;
  restored: number;
  spacesRemoved: number;
}

const WHITESPACE = /^\s$/u;
// Runs of spaces the drawing has, at least this share of those in the text: the page draws its spaces.
const SPACES_DRAWN = 0.8;
const countSpaces = (s: string) => s.match(/\s+/gu)?.length ?? 0;
// Format marks pdf.js leaves out of its text, as it does the soft hyphen ("\u200B", "\u200D").
const FORMAT_MARK = /^\p{Cf}$/u;

// The characters pdf.js's text content replaces by their NFKC form (its `normalizeUnicode`, as of
// 5.6): the micro sign, no-break and typographic spaces, ligatures, Arabic and Hebrew forms. TCVN3
// writes "à" as "µ", which the text content gives as "μ".
const PDFJS_NORMALIZED = /[\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+/gu;

function normalizeLikePdfJs(text: string): string {
  return text.replace(PDFJS_NORMALIZED, (m) => (m === '\ufb05' ? 'ſt' : m.normalize('NFKC')));
}

interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** The glyphs drawn by a page's text operators, in drawing order, one entry per character. */
export function glyphsOf(ops: OperatorList, OPS: Record<string, number>): Glyph[] {
  const shows = new Set([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
  const newLines = new Set([OPS.beginText, OPS.nextLine, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
  const moves = new Set([OPS.moveText, OPS.setLeadingMoveText]);
  const glyphs: Glyph[] = [];
  let newLine = true;
  let moved = true;
  let lastY: number | undefined;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (newLines.has(fn) || moves.has(fn) || fn === OPS.setTextMatrix) moved = true;
    if (newLines.has(fn)) newLine = true;
    else if (moves.has(fn) && Number(args?.[1]) !== 0) newLine = true;
    else if (fn === OPS.setTextMatrix) {
      // Word sets the matrix for every line, and again on one line after a change of font.
      const m = Array.isArray(args?.[0]) || (args?.[0] && typeof args[0] === 'object') ? Object.values(args[0] as object) : args;
      const y = Number(m?.[5]);
      if (y !== lastY) newLine = true;
      lastY = y;
    }
    if (!shows.has(fn)) continue;
    const run = args?.[args.length - 1];
    if (!Array.isArray(run)) continue;
    for (const g of run as Array<number | { unicode?: string } | null>) {
      if (!g || typeof g === 'number') continue;
      const chars = [...normalizeLikePdfJs(g.unicode ?? '')];
      chars.forEach((ch) => {
        glyphs.push({ text: ch, ...(newLine ? { lineStart: true } : {}), ...(moved ? { moved: true } : {}) });
        newLine = false;
        moved = false;
      });
    }
  }
  return glyphs;
}

/** Whether a page's text may have lost soft hyphens: only then is its drawing worth reading. */
export function mayHaveDroppedSoftHyphens(strs: readonly string[]): boolean {
  return !strs.some((s) => s.includes(SOFT_HYPHEN));
}

/**
 * The items with their soft hyphens put back and the spaces their loss made taken out, or null
 * when the text and the drawing do not agree glyph for glyph (the page is then left alone).
 */
export function restoreSoftHyphens(items: ReadonlyArray<{ str: string }>, glyphs: readonly Glyph[]): SoftHyphenRepair | null {
  if (!glyphs.some((g) => g.text === SOFT_HYPHEN)) return null;
  // Only a page that draws its spaces tells a false space from a real gap: where words stand
  // apart by position alone, a gap at a move may be a word's, and every space is kept.
  const drawsSpaces = countSpaces(glyphs.map((g) => g.text).join('')) >= SPACES_DRAWN * countSpaces(items.map((i) => i.str).join(''));
  const out: SoftHyphenRepair['items'] = [];
  let j = 0;
  let restored = 0;
  let spacesRemoved = 0;
  // A soft hyphen was dropped since the pen last moved: pdf.js is behind the page.
  let lag = false;
  // Takes the next glyph; one placed by a move of the pen puts pdf.js back where the page is.
  const take = () => {
    if (glyphs[j].moved) lag = false;
    j++;
  };
  let join = false;
  for (const [index, item] of items.entries()) {
    let str = '';
    const putBack = () => {
      str += SOFT_HYPHEN;
      restored++;
      take();
      lag = true;
    };
    // Marks pdf.js skipped (the soft hyphen goes back), and with `spaces` space glyphs it wrote
    // no space for (at the start of a line, or a second one in a row).
    const skip = (spaces: boolean) => {
      while (j < glyphs.length && (FORMAT_MARK.test(glyphs[j].text) || (spaces && WHITESPACE.test(glyphs[j].text)))) {
        if (glyphs[j].text === SOFT_HYPHEN) putBack();
        else take();
      }
    };
    for (const c of item.str) {
      skip(false);
      if (WHITESPACE.test(c)) {
        if (j < glyphs.length && WHITESPACE.test(glyphs[j].text)) {
          while (j < glyphs.length && WHITESPACE.test(glyphs[j].text)) take();
          str += c;
        } else if (drawsSpaces && lag && j < glyphs.length && glyphs[j].moved) {
          // The gap pdf.js saw where the pen moved was its own lag.
          spacesRemoved++;
        } else str += c;
        continue;
      }
      skip(true);
      if (j >= glyphs.length || glyphs[j].text !== c) return null;
      str += c;
      take();
    }
    // Soft hyphens drawn before the next line begins end this item's last word ("nh­" of "như").
    if (str && !WHITESPACE.test(str.slice(-1))) {
      while (j < glyphs.length && glyphs[j].text === SOFT_HYPHEN && !glyphs[j].lineStart) putBack();
    }
    if (!str) {
      join = item.str !== '';
      continue;
    }
    out.push({ index, str, ...(join && out.length ? { joins: true as const } : {}) });
    join = false;
  }
  return restored ? { items: out, restored, spacesRemoved } : null;
}
