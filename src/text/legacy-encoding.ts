/**
 * Text that is not Vietnamese: legacy 8-bit encodings (TCVN3 "Qu¶n lý", VNI "Quaûn lyù") read
 * through a font without a Unicode map, and fonts whose codes map to nothing sensible
 * ("CÔNG AN TÈNH LÂM \u0010 ÒNG"). The first two are converted (tables as data); the last is
 * reported so the page can be OCR'd, never passed on as text.
 */
import tables from '../data/legacy-encodings.json' with { type: 'json' };
import { isSyllable } from './syllables.js';

const VIETNAMESE_LETTERS = new Set(
  [...'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz'].flatMap((c) => [c, c.toUpperCase()]),
);

export interface TextQuality {
  letters: number;
  /** Latin-1 letters and symbols no Vietnamese word uses, control and private-use characters. */
  foreign: number;
  ratio: number;
}

// Characters that show a broken mapping: C0 controls (but tab/newline), Latin-1 letters and
// symbols outside Vietnamese, the private-use area (fonts with custom encodings).
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u0080-\u00FF\uE000-\uF8FF]/u;

// Latin-1 punctuation real Vietnamese documents use ("· Chương trình", "30°C", "§ 2", "m²").
const NEUTRAL = new Set([...'\u00A0\u00AD·°§«»×±²³©®']);

// Each UTF-16 unit's class, from the sets above: 1 a Vietnamese letter, 2 foreign, 0 neither
// (all of them are in the BMP; a surrogate is neither, as a code point outside it was).
const CLASS = new Uint8Array(0x10000);
for (const [from, to] of [[0x00, 0x1f], [0x80, 0xff], [0xe000, 0xf8ff]]) {
  for (let c = from; c <= to; c++) if (SUSPECT.test(String.fromCharCode(c))) CLASS[c] = 2;
}
for (const ch of NEUTRAL) CLASS[ch.charCodeAt(0)] = 0;
for (const ch of VIETNAMESE_LETTERS) CLASS[ch.charCodeAt(0)] = 1;

export function textQuality(text: string): TextQuality {
  let letters = 0;
  let foreign = 0;
  for (let i = 0; i < text.length; i++) {
    const k = CLASS[text.charCodeAt(i)];
    if (k === 1) letters++;
    else if (k === 2) foreign++;
  }
  return { letters, foreign, ratio: foreign / Math.max(1, letters + foreign) };
}

const TCVN3 = tables.tcvn3 as Record<string, string>;
const VNI = tables.vni as Record<string, string>;

export interface Converted {
  text: string;
  /** New offset of each old offset (length old.length + 1). */
  offsets: number[];
  replaced: number;
}

/** TCVN3 (ABC, .VnTime fonts): one Latin-1 character per Vietnamese letter. */
export function fromTcvn3(text: string): Converted {
  return convert(text, (s, i) => {
    if (TCVN3[s[i]]) return [1, TCVN3[s[i]]];
    return s[i] === '-' && hyphenIsU(s, i) ? [1, 'ư'] : null;
  });
}

// A letter or a TCVN3 letter code: the extent of a word around a hyphen.
const isWordChar = (c: string | undefined) => c !== undefined && (TCVN3[c] !== undefined || /\p{L}/u.test(c));

/**
 * pdf.js reads the TCVN3 'ư' (0xAD, a soft hyphen in Latin-1) as '-': "n-íc" is "nước". A hyphen
 * inside or at an end of a word is 'ư' when the word then becomes a syllable ("®-îc" → được,
 * "t-" → tư, "-íc" → ước), never in codes ("NĐ-CP") or compounds ("häc-c«ng").
 */
function hyphenIsU(s: string, i: number): boolean {
  // Glued to a letter on the left ("n-íc", "D-¬ng"), or opening a word of small letters ("-íc").
  if (!isWordChar(s[i - 1]) && !(isWordChar(s[i + 1]) && !/\p{Lu}/u.test(s[i + 1]!))) return false;
  let a = i;
  while (isWordChar(s[a - 1])) a--;
  let b = i + 1;
  while (isWordChar(s[b])) b++;
  const word = [...s.slice(a, b)].map((c, k) => (a + k === i ? 'ư' : TCVN3[c] ?? c)).join('').normalize('NFC');
  return word.length > 1 && isSyllable(word);
}

/** VNI-Windows: a base letter followed by one or two mark characters ("aù" → á, "öù" → ứ). */
export function fromVni(text: string): Converted {
  return convert(text, (s, i) => {
    // A pair is looked up only when its second character is a VNI mark (most are not). (At the
    // last character the pair is that character alone, as it always was: a code there takes 2.)
    if (i + 1 >= s.length || VNI_MARKS.has(s[i + 1])) {
      const two = s.slice(i, i + 2);
      if (VNI[two]) return [2, VNI[two]];
    }
    return VNI[s[i]] ? [1, VNI[s[i]]] : null;
  });
}
// The second characters of VNI's two-character codes.
const VNI_MARKS = new Set(Object.keys(VNI).filter((k) => k.length === 2).map((k) => k[1]));

function convert(text: string, step: (s: string, i: number) => [number, string] | null): Converted {
  let out = '';
  const offsets: number[] = [];
  let replaced = 0;
  for (let i = 0; i < text.length; ) {
    const hit = step(text, i);
    const [n, rep] = hit ?? [1, text[i]];
    for (let k = 0; k < n; k++) offsets.push(out.length);
    out += rep;
    if (hit) replaced++;
    i += n;
  }
  offsets.push(out.length);
  // Combining marks (TCVN 0xB0–0xB4) compose with NFC; offsets stay within the text.
  const nfc = out.normalize('NFC');
  return { text: nfc, offsets: offsets.map((o) => Math.min(o, nfc.length)), replaced };
}

// A Vietnamese syllable without its tone: onset, vowel nucleus, coda. Used to tell a right
// conversion ("Quản lý") from a wrong one ("Quaỷn lyự") when both use only Vietnamese letters.
const SYLLABLE =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(uyê|uya|uyu|iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ươ|ưu|uy|yê|[aăâeêioôơuưy])(ch|ng|nh|[cmnpt])?$/;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** Share of words that are well-formed Vietnamese syllables (at most one tone mark each). */
export function syllableScore(text: string): number {
  return syllableShare(wordsOf(text));
}

function syllableShare(words: string[]): number {
  if (!words.length) return 0;
  let good = 0;
  for (const w of words) if (wellFormed(w)) good++;
  return good / words.length;
}

// Once per distinct word (bounded): words repeat across a document's blocks and its pages.
const wellFormedKnown = new Map<string, boolean>();

function wellFormed(word: string): boolean {
  let yes = wellFormedKnown.get(word);
  if (yes !== undefined) return yes;
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONES)?.length ?? 0;
  const bare = nfd.replace(TONES, '').normalize('NFC');
  yes = tones <= 1 && SYLLABLE.test(bare);
  if (wellFormedKnown.size >= 50_000) wellFormedKnown.clear();
  wellFormedKnown.set(word, yes);
  return yes;
}

/** Soft hyphens are kept by the readers (in TCVN3 text, 0xAD is "ư") and removed here otherwise. */
export function dropSoftHyphens(text: string): Converted {
  return convert(text, (s, i) => (s[i] === '\u00AD' ? [1, ''] : null));
}

export type Repair = { kind: 'ok' } | { kind: 'converted'; encoding: 'TCVN3' | 'VNI'; result: Converted } | { kind: 'unreadable'; quality: TextQuality };

/** Whether repairText takes a piece of text as Vietnamese as is ('ok'), without converting it. */
export function readsAsIs(text: string): boolean {
  return isAsIs(textQuality(text));
}

function isAsIs(q: TextQuality): boolean {
  return q.letters + q.foreign < 8 || q.ratio <= 0.03;
}

/** Whether a piece of text is Vietnamese as is, in a legacy encoding, or unreadable. */
export function repairText(text: string): Repair {
  const q = textQuality(text);
  if (isAsIs(q)) return { kind: 'ok' };
  const candidates = [
    { encoding: 'TCVN3' as const, result: fromTcvn3(text) },
    { encoding: 'VNI' as const, result: fromVni(text) },
  ]
    .map((c) => ({ ...c, q: textQuality(c.result.text) }))
    .filter((c) => c.result.replaced > 0 && c.q.ratio <= 0.01)
    .map((c) => ({ ...c, score: syllableScore(c.result.text) }));
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  // The right table gives real syllables; a wrong one gives letters in impossible combinations.
  if (best && best.score >= 0.75 && best.score > syllableScore(text) + 0.2) return { kind: 'converted', encoding: best.encoding, result: best.result };
  // A short line of abbreviations ("- UBND, H§ND c¸c tØnh, TP trùc thuéc TW;", "(®Ó b/c)") has too
  // few syllables to tell: its words that are not abbreviations decide, when there are enough.
  const words = (t: string) => wordsOf(t).filter((w) => !ABBREVIATION.test(w));
  const plain = candidates
    .map((c) => ({ ...c, words: words(c.result.text) }))
    .filter((c) => c.words.length >= 4)
    .map((c) => ({ ...c, score: syllableShare(c.words) }))
    .sort((a, b) => b.score - a.score)[0];
  if (plain && plain.score >= 0.85 && plain.score > syllableShare(words(text)) + 0.3) return { kind: 'converted', encoding: plain.encoding, result: plain.result };
  return { kind: 'unreadable', quality: q };
}

// An abbreviation or a single letter: "UBND", "HĐND", "TW", "b" of "b/c".
const ABBREVIATION = /^(?:\p{Lu}{2,}\p{Ll}?|\p{L})$/u;

function wordsOf(text: string): string[] {
  return text.match(/\p{L}+/gu) ?? [];
}
