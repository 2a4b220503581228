/**
 * TCVN3 writes capitals with a font of their own (.VnTimeH, .VnArialH): its codes are those of
 * the small letters, drawn as capitals. Converted, a heading in such a font comes out with its
 * toned letters small among the plain capitals: "NHIệM Vụ, QUYềN HạN, Tổ CHứC Bộ MáY"
 * (real-more/10). Where a block reads like that through and through, its words are capitals.
 */

const PLAIN_CAPITALS = /^[\p{Lu}\d]+$/u;
// Share of a block's words that must be capitals or such words: a block of prose is left alone
// ("Bộ Y tế" has small plain letters).
const SHARE = 0.8;

/**
 * A word in capitals whose toned letters came out small: "NHIệM", "Vụ", "QUYềN", "NGhIệP". It
 * opens with a capital and has a small marked letter; a small plain letter only among two
 * capitals or more, at least half of it ("Nội" is a word of prose).
 */
function isSmallToned(word: string): boolean {
  if (!/^\p{Lu}/u.test(word) || !/[^\x00-\x7F]/u.test(word.replace(/\p{Lu}/gu, '')) || !/\p{Ll}/u.test(word)) return false;
  const upper = word.match(/\p{Lu}/gu)?.length ?? 0;
  return !/[a-z]/u.test(word) || (upper >= 2 && 2 * upper >= word.length);
}

/** The block's text with its capitals restored, or the text itself. Lengths are kept (NFC letters). */
export function restoreTcvn3Capitals(text: string): string {
  const words = text.match(/[\p{L}\d]+/gu) ?? [];
  const letters = words.filter((w) => /\p{L}/u.test(w));
  if (letters.length < 2) return text;
  const toned = letters.filter(isSmallToned).length;
  const capitals = letters.filter((w) => PLAIN_CAPITALS.test(w)).length;
  // (two such words at least: "Số: 12/2001/QĐ-BTC" is a number line in small letters beside a code)
  if (toned < 2 || toned + capitals < SHARE * letters.length) return text;
  return text.replace(/[\p{L}\d]+/gu, (w) => {
    if (!isSmallToned(w)) return w;
    const upper = w.toUpperCase();
    // (an uppercase form of another length would move the offsets that follow)
    return upper.length === w.length ? upper : w;
  });
}
