/**
 * Character-level normalization applied to every piece of text a reader emits,
 * before offsets are recorded, so spans stay valid in the normalized text.
 */

// Every dash look-alike seen in Vietnamese office documents; codes like "NĐ‑CP" must compare equal to "NĐ-CP".
// Example: "QĐ‐TTg" (U+2010) → "QĐ-TTg". En/em dashes stay: they separate ranges and clauses ("2021 – 2025").
const HYPHEN_VARIANTS = /[\u2010\u2011\u2012\u2212\uFE58\uFE63\uFF0D]/g;
// Zero-width characters and BOMs that break regexes without being visible.
const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF]/g;
// Non-breaking and other fixed-width spaces become plain spaces.
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
// Soft hyphen (U+00AD) is kept here: in TCVN3-encoded text it is the letter "ư". The encoding
// repair stage converts it or removes it, with footnote offsets mapped.

/** NFC, one kind of hyphen, plain spaces; does not collapse runs of spaces (see TextBuilder). */
// Any character the replacements below touch: most pieces have none, and one test is cheaper
// than four replace passes (this runs for every text item of every page).
const ANY_ODD = /[\u2010\u2011\u2012\u2212\uFE58\uFE63\uFF0D\u200B-\u200D\u2060\uFEFF\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/;

// Only letters of Latin-1, Latin Extended-A/B, IPA, spacing modifiers and Latin Extended
// Additional (every precomposed Vietnamese letter): such a string is NFC already (each of these
// characters is NFC and a starter, and none composes with another; checked for every pair), so
// the ICU call, a tenth of a microsecond for each of the million pieces of a batch, is skipped.
const NFC_AS_IS = /^[\u0000-\u02FF\u1E00-\u1EFF]*$/;

export function normalizeChars(s: string): string {
  if (!ANY_ODD.test(s)) return NFC_AS_IS.test(s) ? s : s.normalize('NFC');
  return s
    .normalize('NFC')
    .replace(HYPHEN_VARIANTS, '-')
    .replace(INVISIBLES, '')
    .replace(ODD_SPACES, ' ')
    .replace(/\t/g, ' ');
}

/** Collapse whitespace runs to one space and trim: the form every block's text takes. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const ANY_SPACE = /\s/;
const RUN_OR_ODD_SPACE = /\s\s|[^\S ]/;

/**
 * Builds block text piece by piece with one space between words, and reports the
 * current offset so footnote markers can be placed exactly where they were.
 */
export class TextBuilder {
  private out = '';
  private pendingSpace = false;

  /** Append text; whitespace inside is collapsed, leading/trailing whitespace becomes a pending space. */
  append(piece: string): void {
    const s = normalizeChars(piece);
    if (!s) return;
    let lead: boolean;
    let trail: boolean;
    let core: string;
    if (!ANY_SPACE.test(s)) {
      lead = trail = false;
      core = s;
    } else if (!RUN_OR_ODD_SPACE.test(s)) {
      // Single plain spaces only (most pieces): nothing inside to collapse.
      lead = s.charCodeAt(0) === 32;
      trail = s.charCodeAt(s.length - 1) === 32;
      core = s.slice(lead ? 1 : 0, trail ? s.length - 1 : s.length);
    } else {
      lead = /^\s/.test(s);
      trail = /\s$/.test(s);
      core = s.replace(/\s+/g, ' ').trim();
    }
    if (lead) this.pendingSpace = true;
    if (core) {
      if (this.pendingSpace && this.out.length > 0) this.out += ' ';
      this.out += core;
      this.pendingSpace = false;
    }
    if (trail) this.pendingSpace = true;
  }

  space(): void {
    this.pendingSpace = true;
  }

  /** Remove any pending space (used when a line ends in a code hyphen). */
  glue(): void {
    this.pendingSpace = false;
  }

  get length(): number {
    return this.out.length;
  }

  endsWith(s: string): boolean {
    return this.out.endsWith(s);
  }

  toString(): string {
    return this.out;
  }
}

const FOLD_MAP: Record<string, string> = { đ: 'd', Đ: 'D' };

/**
 * Diacritic- and case-insensitive key for comparing labels ("tòan trình" ≈ "toàn trình",
 * "Đ" → "d"). Only for matching; text is always written as found.
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => FOLD_MAP[c])
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
