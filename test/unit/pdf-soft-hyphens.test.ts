import { describe, expect, it } from 'vitest';
import { glyphsOf, restoreSoftHyphens, SOFT_HYPHEN as SH, type Glyph } from '../../src/readers/pdf-soft-hyphens.js';

/**
 * Glyphs written as a string: `|` marks the pen placed along the line (Word's positioning inside a
 * justified line), `¶` a new line; "­" (U+00AD) is TCVN3's 'ư'.
 */
function drawn(s: string): Glyph[] {
  const out: Glyph[] = [];
  let moved = true;
  let line = true;
  for (const ch of s) {
    if (ch === '|') moved = true;
    else if (ch === '¶') moved = line = true;
    else {
      out.push({ text: ch, ...(line ? { lineStart: true } : {}), ...(moved ? { moved: true } : {}) });
      moved = line = false;
    }
  }
  return out;
}

const texts = (items: string[], glyphs: string) => restoreSoftHyphens(items.map((str) => ({ str })), drawn(glyphs));
// Words before the case, spaces drawn as glyphs, as on a real page of real-more/07 (the share of
// spaces drawn is what tells a page that draws them).
const P = 'Tæng thu ng©n s¸ch cña tØnh n¨m nay so víi kÕ ho¹ch giao ';

describe('TCVN3 soft hyphens put back from the drawing (real-more/07, 10)', () => {
  it.each([
    // "nhà nước đạt 166,9": 'ư' lost in "n­íc", the gap it left shown where the pen moved before "66,9".
    ['the lost letter back, the false space where the pen moved out', [`${P}nhμ níc ®¹t 1 66,9`], `${P}nhμ n${SH}íc ®¹t 1|66,9`, [`${P}nhμ n${SH}íc ®¹t 166,9`], 1, 1],
    // "vượt 11,8%": the pen moved after "11,", the space pdf.js saw there is the lag of "v­ît".
    ['a decimal split after its comma', [`${P}vît 11, 8%`], `${P}v${SH}ît 11,|8%`, [`${P}v${SH}ît 11,8%`], 1, 1],
    // A real space glyph between the lost letter and the move: pdf.js wrote it, it stays.
    ['a real space stays', ['níc ta'], `n${SH}íc |ta`, [`n${SH}íc ta`], 1, 0],
    // A page that places its words apart without space glyphs: a gap at a move may be a word's.
    ['no space goes where words stand apart by position', ['níc ®¹t 25 tû'], `n${SH}íc|®¹t|25|tû`, [`n${SH}íc ®¹t 25 tû`], 1, 0],
    // A lag ends where the pen moves: a later gap is real again.
    ['the lag ends at the first move', [`${P}níc 1 66 tû`], `${P}n${SH}íc 1|66|tû`, [`${P}n${SH}íc 166 tû`], 1, 1],
    // "như sau": the 'ư' ends the line's last word, before the pen goes down a line.
    ['a lost letter at the end of an item stays in it', ['nh', 'sau'], `nh${SH}¶sau`, [`nh${SH}`, 'sau'], 1, 0],
    // "ưu tiên" at the start of a line: the 'ư' drawn first on the new line is the next item's.
    ['a lost letter opening a line goes with it', ['vμ', 'u tiªn'], `vμ¶${SH}u tiªn`, ['vμ', `${SH}u tiªn`], 1, 0],
  ])('%s', (_name, items, glyphs, expected, restored, removed) => {
    const r = texts(items, glyphs)!;
    expect(r.items.map((i) => i.str)).toEqual(expected);
    expect([r.restored, r.spacesRemoved]).toEqual([restored, removed]);
  });

  it('a space item that was only the lag is dropped, and the items around it join', () => {
    // Two lost letters put pdf.js 1 em behind: it flushes the item and pushes a space of its own.
    const r = texts([`${P}®îc níc 1`, ' ', '66,9'], `${P}®${SH}îc n${SH}íc 1|66,9`)!;
    expect(r.items).toEqual([
      { index: 0, str: `${P}®${SH}îc n${SH}íc 1` },
      { index: 2, str: '66,9', joins: true },
    ]);
  });

  it('leaves a page alone when text and drawing disagree, or nothing was lost', () => {
    expect(texts(['nhμ níc'], `nhμ n${SH}íc ta`)).not.toBeNull();
    expect(texts(['nhμ nxc'], `nhμ n${SH}íc`)).toBeNull();
    expect(texts(['nhμ'], 'nhμ')).toBeNull();
  });

  it('reads glyphs, moves and new lines from an operator list, with pdf.js\'s normalization', () => {
    const OPS = { beginText: 1, showText: 2, moveText: 3, setTextMatrix: 4, nextLine: 5, showSpacedText: 6, nextLineShowText: 7, nextLineSetSpacingShowText: 8, setLeadingMoveText: 9 };
    const g = (unicode: string) => ({ unicode, width: 500 });
    const glyphs = glyphsOf(
      {
        fnArray: [1, 2, 3, 2, 3, 2],
        argsArray: [null, [[g('v'), g('µ'), -120, g('n')]], [12, 0], [[g(SH), g('í')]], [-40, -14], [[g('c')]]],
      },
      OPS,
    );
    // "µ" (TCVN3 'à') is "μ" in pdf.js's text content, so it is here too.
    expect(glyphs.map((x) => x.text).join('')).toBe(`vμn${SH}íc`);
    expect(glyphs.map((x) => `${x.moved ? 'm' : '-'}${x.lineStart ? 'l' : '-'}`)).toEqual(['ml', '--', '--', 'm-', '--', 'ml']);
  });
});
