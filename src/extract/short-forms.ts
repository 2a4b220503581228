/**
 * Later mentions of a cited document by its type and number alone ("Quyết định 749",
 * "Chương trình 553", "Đề án 06") or by pointing back ("Kế hoạch nêu trên"). Each is linked to
 * the one full reference of the document it can mean — same type, same number — and counted
 * as its mention; a short form that can mean none (or several) is listed, never guessed.
 */
import { typeWords } from '../data/tables.js';
import { normalizeChars } from '../text/normalize.js';
import { NUMERIC_DATE, WORDED_DATE, isoDate } from '../text/dates.js';

export interface FullRef {
  key: string;
  type: string;
  number: string;
  /** What it is about ("phê duyệt Đề án …"): a decision approving a project carries its short name. */
  subject?: string;
  /** Its date as the document gives it (YYYY-MM-DD), to tell one number of two years apart. */
  date?: string;
  /** Offsets of the full mentions, block by block, for "nêu trên" (the last one before). */
  at: Array<{ block: number; offset: number }>;
}

export interface Unresolved {
  type: string;
  number: string;
  mentions: number;
  /** The date written after it ("Nghị quyết số 50 ngày 13/3/2025"), YYYY-MM-DD; '' when none. */
  date: string;
  /** Keys of this document that fit it equally ("several in this document"); empty when none does. */
  candidates: string[];
}

export interface ShortForms {
  /** Key → short mentions linked to it. */
  linked: Map<string, number>;
  /** Short forms with no (or no single) full reference: "Đề án 06" → what it says and how often. */
  unresolved: Map<string, Unresolved>;
}

const WORDS = [...new Set(typeWords.map((t) => t.word))].sort((a, b) => b.length - a.length);
const nameOf = new Map(typeWords.map((t) => [t.word.toLowerCase(), t.name]));
const WORD = WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
// "Quyết định 749", "Chương trình số 553", "Đề án 06": not followed by a code ("749/QĐ") or a decimal.
const SHORT = new RegExp(`(?<![\\p{L}])(${WORD})\\s+(?:số\\s+)?(\\d{1,5})(?![\\d/\\-–%]|[.,]\\d)(?!\\s*/)`, 'giu');
// "Kế hoạch nêu trên", "Quyết định trên", "Chỉ thị nói trên".
const BACK = new RegExp(`(?<![\\p{L}])(${WORD})\\s+(?:nêu trên|nói trên|trên)(?![\\p{L}])`, 'giu');
// What a decision approves or issues takes its number as a name: Quyết định 06/QĐ-TTg "phê duyệt
// Đề án phát triển ứng dụng dữ liệu về dân cư…" is "Đề án 06" in every report that follows it.
const APPROVED = /(?:phê duyệt|ban hành)\s+(?:kèm theo\s+)?(Đề án|Chương trình|Kế hoạch|Chiến lược|Dự án|Quy hoạch|Phương án|Quy chế|Quy định|Điều lệ)(?![\p{L}])/iu;
const APPROVING_TYPES = new Set(['Quyết định', 'Nghị quyết']);
// "Kế hoạch 2009", "Chương trình 2030": the plan of a year, not plan number 2009 (unless the document cites one so numbered).
const PLAN_TYPES = new Set(['Kế hoạch', 'Chương trình', 'Chiến lược', 'Quy hoạch']);
const YEAR_LIKE = /^(?:19|20)\d\d$/;
// The date right after a short form: ", ngày 13/3/2025", "ngày 13 tháng 3 năm 2025".
const DATE_AFTER = new RegExp(`^\\s*,?\\s*(?:ban hành\\s+)?ngày\\s+(?:${NUMERIC_DATE.source}|${WORDED_DATE.source})`, 'u');

/** The valid date written right after a short form, '' when none. */
function dateAfter(rest: string): string {
  const m = DATE_AFTER.exec(rest);
  if (!m) return '';
  const [d, mo, y] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  const { iso, valid } = isoDate(Number(d), Number(mo), Number(y));
  return valid ? iso : '';
}

/** A dated short form names only a document of that date (or, undated, of that year in its number). */
export function fitsDate(date: string, dates: string[], year: number | null): boolean {
  if (!date) return true;
  return dates.length ? dates.includes(date) : year === Number(date.slice(0, 4));
}

/** The number as compared: "06" and "6" are one number. */
export const shortNumber = (n: string): string => n.replace(/^0+(?=\d)/, '');

/**
 * Whether a short form of `type` can name a cited document: the same type, or a decision whose
 * subject says it approves or issues one of that type ("Đề án 06" → 06/QĐ-TTg phê duyệt Đề án …).
 */
export function fitsShortForm(type: string, ref: { type: string; subject?: string }): boolean {
  if (ref.type === type) return true;
  if (!APPROVING_TYPES.has(ref.type) || !ref.subject) return false;
  const m = APPROVED.exec(normalizeChars(ref.subject));
  return !!m && m[1].toLowerCase() === type.toLowerCase();
}

export function findShortForms(texts: string[], refs: FullRef[]): ShortForms {
  const linked = new Map<string, number>();
  const unresolved = new Map<string, Unresolved>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  texts.forEach((text, block) => {
    for (const m of text.matchAll(SHORT)) {
      const type = nameOf.get(m[1].toLowerCase());
      if (!type || shortNumber(m[2]) === '0') continue;
      const date = dateAfter(text.slice(m.index! + m[0].length));
      // Within one document an undated full reference still fits; one of another date does not.
      const hits = refs.filter((r) => shortNumber(r.number) === shortNumber(m[2]) && fitsShortForm(type, r) && (!date || !r.date || r.date === date));
      if (hits.length === 1) {
        bump(linked, hits[0].key);
        continue;
      }
      // Lower case is linked when the document names it in full ("theo nghị định 68"), never
      // listed: "đưa ra khỏi kế hoạch 55 lớp" counts classes, "dự án 18" heads a section.
      if (m[1][0] === m[1][0].toLowerCase()) continue;
      if (hits.length === 0 && PLAN_TYPES.has(type) && YEAR_LIKE.test(m[2])) continue;
      const form = `${type} ${m[2]}`;
      const seen = unresolved.get(form);
      if (seen) seen.mentions++;
      else unresolved.set(form, { type, number: m[2], mentions: 1, date, candidates: hits.map((h) => h.key) });
    }
    for (const m of text.matchAll(BACK)) {
      const type = nameOf.get(m[1].toLowerCase());
      // The last full reference of that type cited before this point.
      let best: { key: string; block: number; offset: number } | null = null;
      for (const r of refs) {
        if (r.type !== type) continue;
        for (const a of r.at) {
          const before = a.block < block || (a.block === block && a.offset < m.index!);
          if (before && (!best || a.block > best.block || (a.block === best.block && a.offset > best.offset))) best = { key: r.key, ...a };
        }
      }
      if (best) bump(linked, best.key);
    }
  });
  return { linked, unresolved };
}
