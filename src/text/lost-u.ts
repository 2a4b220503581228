/**
 * TCVN3 PDFs whose font maps 'ư' (0xAD) to the soft hyphen: pdf.js drops that as an invisible
 * format mark, glyph, width and all, so "nước" comes out "nớc", "được" "đợc", "như" "nh"
 * (real-more/07, 10); the toned letters (ự, ứ …) have codes of their own and stay. The bare
 * 'ư' is among the commonest Vietnamese letters: a long converted text without one has lost it. It is put back where a word is no syllable without it and
 * is one with it after the onset, and in the few common words that are syllables either way.
 */
import { isSyllable } from './syllables.js';

// A text this long that never writes 'ư' has lost it (every page of real prose has dozens).
const MIN_WORDS = 300;
// Where the 'ư' goes: after the onset, before a rhyme that needs it ("n|ớc", "tr|ởng", "đ|ợc").
const ONSET = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(.*)$/iu;
// Syllables either way, where the reading with 'ư' is by far the commoner one in these documents.
const PREFERRED: Record<string, string> = { ngời: 'người', vợt: 'vượt', cha: 'chưa', nh: 'như', ng: 'ngư' };
// Bare consonants that are the 'ư' words only after these ("đầu t", "dân c"): elsewhere they are list letters.
const AFTER: Record<string, string[]> = { t: ['đầu', 'nhà', 'sở hữu', 'chế', 'vật'], c: ['dân', 'định', 'di', 'an'], s: ['giáo', 'luật', 'kỹ', 'bác', 'kiến trúc'] };

/** Whether a text (a document's converted blocks) has lost its 'ư'. */
export function lostU(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  // Only the bare small letter is lost: 'Ư' and the toned ones (ự, ứ …) have codes of their own.
  return words.length >= MIN_WORDS && !text.normalize('NFC').includes('ư');
}

/** The word with 'ư' put back, or the word itself. */
function restore(word: string, before: string, after: string): string {
  const lower = word.toLowerCase();
  // Codes and acronyms ("29/2003/CT-TTg", "UBND") are no words.
  if (/\p{Lu}/u.test(word.slice(1)) || /[\/\-\d]$/u.test(before)) return word;
  // "thường tr ú" is "trú" split by the layout, not "trư ú".
  if (after && isSyllable(word + after)) return word;
  const keepCase = (w: string) => (word[0] === word[0].toUpperCase() && word[0] !== word[0].toLowerCase() ? w[0].toUpperCase() + w.slice(1) : w);
  if (PREFERRED[lower]) return keepCase(PREFERRED[lower]);
  if (AFTER[lower]) return AFTER[lower].some((b) => before.toLowerCase().endsWith(b)) ? word + 'ư' : word;
  if (isSyllable(word) || lower.length < 2) return word;
  const m = ONSET.exec(word)!;
  const onset = m[1] ?? '';
  const rest = m[2];
  // ư before the rhyme: "n" + "ớc" → "nước"; before an ơ-rhyme the ư carries no tone.
  const candidate = onset + 'ư' + rest;
  return isSyllable(candidate) ? candidate : word;
}

/** Put 'ư' back into the words of a text that lost it. Offsets change by one per restored word. */
export function restoreLostU(text: string): { text: string; offsets: number[]; restored: number } {
  let out = '';
  const offsets: number[] = [];
  let restored = 0;
  let last = 0;
  // The last 16 code units of `out`: slicing `out` itself flattened the whole text at every word.
  let tail = '';
  const words = [...text.matchAll(/\p{L}+/gu)];
  for (const [k, m] of words.entries()) {
    const start = m.index!;
    const next = words[k + 1];
    const after = next && /^\s$/u.test(text.slice(start + m[0].length, next.index!)) ? next[0] : '';
    for (let i = last; i < start; i++) offsets.push(out.length + (i - last));
    const between = text.slice(last, start);
    out += between;
    tail = (tail + between).slice(-16);
    const glued = /^[\/\-\d]/u.test(text.slice(start + m[0].length, start + m[0].length + 1));
    const fixed = glued ? m[0] : restore(m[0], tail.trimEnd(), after);
    if (fixed !== m[0]) restored++;
    for (let i = 0; i < m[0].length; i++) offsets.push(out.length + Math.min(i, fixed.length - 1));
    out += fixed;
    tail = (tail + fixed).slice(-16);
    last = start + m[0].length;
  }
  for (let i = last; i < text.length; i++) offsets.push(out.length + (i - last));
  out += text.slice(last);
  offsets.push(out.length);
  return { text: out, offsets, restored };
}
