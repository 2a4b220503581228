/**
 * Vietnamese syllables as data (src/data/syllables.json): whether a word is one, and how much
 * of a text is made of them. A text layer written by an OCR engine without Vietnamese
 * ("Cdn c* Luqt TO ch*c chinh quyin") has few; real Vietnamese has many, most with marks.
 */
import { z } from 'zod';
import raw from '../data/syllables.json' with { type: 'json' };

const SyllableTable = z.object({
  onsets: z.array(z.string()),
  rhymes: z.array(z.string().min(1)),
  stopCodas: z.array(z.string().min(1)),
  stopTones: z.array(z.string().length(1)),
});
const table = SyllableTable.parse(raw);
for (const s of [...table.onsets, ...table.rhymes]) if (s !== s.normalize('NFC')) throw new Error(`syllables.json: "${s}" is not NFC`);

const ONSETS = [...table.onsets].sort((a, b) => b.length - a.length);
const RHYMES = new Set(table.rhymes);
// The five tone marks, as combining characters after NFD.
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;

// Words repeat (a page of Vietnamese is a few hundred distinct syllables): each is judged once.
// Bounded, so that a long run of distinct tokens (codes, garbled layers) does not grow it forever.
const known = new Map<string, boolean>();
const MAX_KNOWN = 50_000;

/** Whether a word (any case) is one well-formed Vietnamese syllable: onset + rhyme + at most one tone. */
export function isSyllable(word: string): boolean {
  let yes = known.get(word);
  if (yes === undefined) {
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(word, (yes = judgeSyllable(word)));
  }
  return yes;
}

function judgeSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONE) ?? [];
  if (tones.length > 1) return false;
  const bare = nfd.replace(TONE, '').normalize('NFC');
  for (const onset of ONSETS) {
    if (!bare.startsWith(onset)) continue;
    const rhyme = bare.slice(onset.length);
    if (!RHYMES.has(rhyme)) continue;
    // "gi" + "a" is "gia"; "qu" needs a rhyme without another u/o medial ("quoa" is no word).
    if (onset === 'qu' && /^[uo]/u.test(rhyme)) continue;
    const stop = table.stopCodas.some((c) => rhyme.endsWith(c));
    if (stop && tones.length && !table.stopTones.includes(tones[0]!)) continue;
    return true;
  }
  return false;
}

// Letters that only Vietnamese spelling has (the base letters with marks, and đ).
const VIETNAMESE_MARKED = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
// Letters outside Latin-1 that Vietnamese writes (ă â đ ê ô ơ ư and the dot-below and hook marks):
// an English OCR model, which drops or guesses marks, writes é and à but none of these.
const VIETNAMESE_ONLY = /[ăâđêôơưĩũạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
// A token is noise when it mixes letters with what no word holds ("c*", "l$p", "!6t", "tuy€n").
const NOISE = /[^\p{L}\p{N}.,;:!?()\[\]"'“”‘’\-–—/%&+=<>…]/u;
// A digit against a small letter inside a word is a misread mark ("t6" for tố, "c6c" for các);
// codes keep their digits apart ("15/QĐ-UBND", "COVID-19") and units are few ("m2").
const LETTERS_AND_DIGITS = /\p{Ll}\d|\d\p{Ll}{2}/u;

export interface LayerQuality {
  /** Tokens with at least one letter. */
  words: number;
  /** Share of those that are Vietnamese syllables. */
  syllables: number;
  /** Share that carry a Vietnamese mark or đ. */
  marked: number;
  /** Share with a letter only Vietnamese writes (ơ, ư, đ, ạ, ả …; not é or à). */
  vietnamese: number;
  /** Share that mix letters with symbols or digits ("c*", "s6", "!6t"). */
  noise: number;
}

const NOISY = 1;
const MARKED = 2;
const VIETNAMESE = 4;
const SYLLABLE = 8;
// A token's flags, once per distinct token (the text-layer check reads each line, then the page).
const tokenKnown = new Map<string, number>();

function tokenFlags(token: string): number {
  let f = tokenKnown.get(token);
  if (f !== undefined) return f;
  const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  f = 0;
  if (NOISE.test(word) || LETTERS_AND_DIGITS.test(word)) f |= NOISY;
  if (VIETNAMESE_MARKED.test(word)) f |= MARKED;
  if (VIETNAMESE_ONLY.test(word)) f |= VIETNAMESE;
  if (isSyllable(word)) f |= SYLLABLE;
  if (tokenKnown.size >= MAX_KNOWN) tokenKnown.clear();
  tokenKnown.set(token, f);
  return f;
}

export function layerQuality(text: string): LayerQuality {
  return qualityOf(layerCounts(text));
}

/** How many of a text's words are syllables, marked, Vietnamese-only, noise: counts add up over texts joined by whitespace. */
export interface LayerCounts {
  words: number;
  syllables: number;
  marked: number;
  vietnamese: number;
  noise: number;
}

export function layerCounts(text: string): LayerCounts {
  const tokens = text.normalize('NFC').split(/\s+/).filter((t) => /\p{L}/u.test(t));
  const c: LayerCounts = { words: tokens.length, syllables: 0, marked: 0, vietnamese: 0, noise: 0 };
  for (const token of tokens) {
    const f = tokenFlags(token);
    if (f & NOISY) c.noise++;
    if (f & MARKED) c.marked++;
    if (f & VIETNAMESE) c.vietnamese++;
    if (f & SYLLABLE) c.syllables++;
  }
  return c;
}

export function qualityOf(c: LayerCounts): LayerQuality {
  const n = Math.max(1, c.words);
  return { words: c.words, syllables: c.syllables / n, marked: c.marked / n, vietnamese: c.vietnamese / n, noise: c.noise / n };
}
