/**
 * Series identity without a catalog entry: a stable id from the normalized label and unit, so
 * that statements of one measure in different reports land in one series. The label is folded
 * (no diacritics, case, extra spaces), fillers dropped ("số", "tổng số", "đã", "được"), numbers
 * and dates removed. Pure: a label and unit in, a normalized label and an id out.
 */
import { fold } from '../text/normalize.js';

// Folded phrases and words that name no measure: "trên địa bàn tỉnh", "toàn tỉnh", "tổng số", "đã".
const FILLER_PHRASES = /\b(?:tren dia ban(?: tinh| thanh pho| toan tinh)?|toan tinh|toan thanh pho|tong so|tong cong|trong do|hien nay|den nay)\b/g;
const FILLERS = new Set(['da', 'duoc', 'cac', 'nhung', 'thi', 'la', 'dat', 'chiem', 'nam', 'thang', 'ngay', 'nay', 'va']);
// Runs that carry no identity: dates, years, numbers, parenthesised notes.
const NOISE = /\([^)]*\)|\d+(?:[.,/-]\d+)*|[“”"'‘’]/gu;

/** The label as a series key: folded, without numbers, dates and fillers ("Tỷ lệ hồ sơ đã giải quyết đúng hạn năm 2024" → "ty le ho so giai quyet dung han"). */
export function normalizeLabel(label: string): string {
  const words = fold(label.replace(NOISE, ' '))
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(FILLER_PHRASES, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // "số" folds to "so" like "sơ" of "hồ sơ": only a leading "số" is a filler.
  if (words[0] === 'so' && words.length > 1) words.shift();
  const kept = words.filter((w) => !FILLERS.has(w));
  return (kept.length ? kept : words).join(' ');
}

/** Unit part of a series id: "%" → "pct", "đồng" → "dong", counting nouns folded ("hồ sơ" → "ho_so"). */
export function unitKey(unit: string): string {
  if (unit === '%') return 'pct';
  const u = fold(unit).replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  return u || 'n';
}

/** A derived series id: "x_ty_le_ho_so_giai_quyet_dung_han__pct". Catalog ids never start with "x_". */
export function derivedSeriesId(labelNormalized: string, unit: string): string {
  const slug = labelNormalized.replace(/\s+/g, '_').slice(0, 80).replace(/_+$/, '') || 'unlabelled';
  return `x_${slug}__${unitKey(unit)}`;
}
