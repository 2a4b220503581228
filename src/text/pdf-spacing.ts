/**
 * pdf.js sometimes inserts a space inside a Vietnamese syllable when a glyph's advance width
 * disagrees with the font ("thá ng", "VIỆ T"). A lone final consonant cannot be a word, so a
 * space between a vowel and such a coda is removed when the two make one syllable. Letter case
 * must agree on both sides, so "loại C" (a category) is left alone, and "điểm b và c" stays:
 * "vàc" is no syllable (a stop coda takes only the sắc or nặng tone).
 */
import { isSyllable } from './syllables.js';

const VOWELS = 'aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ';
const VOWEL_CLASS = `[${VOWELS}${VOWELS.toUpperCase()}]`;
// Example: "thá ng" → "tháng", "VIỆ T" → "VIỆT"; not "Bộ Y tế", "loại C".
const SPLIT_CODA = new RegExp(`(\\p{L}*)(${VOWEL_CLASS}) (ng|nh|ch|c|t|p|m|n|NG|NH|CH|C|T|P|M|N)(?=$|[\\s,.;:)!?])`, 'gu');

// The same place without the word's head: `(\p{L}*)` tried at every letter is what makes the
// full pattern slow, and most runs of text have no vowel-space-coda at all.
const MAYBE_SPLIT = new RegExp(`${VOWEL_CLASS} (?:ng|nh|ch|c|t|p|m|n|NG|NH|CH|C|T|P|M|N)(?=$|[\\s,.;:)!?])`, 'u');

export function repairSplitSyllables(s: string): string {
  if (!MAYBE_SPLIT.test(s)) return s;
  return s.replace(SPLIT_CODA, (whole, head: string, vowel: string, coda: string) => {
    const vowelUpper = vowel === vowel.toUpperCase();
    const codaUpper = coda === coda.toUpperCase();
    return vowelUpper === codaUpper && isSyllable(head + vowel + coda) ? head + vowel + coda : whole;
  });
}
