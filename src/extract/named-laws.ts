/**
 * Laws cited by name and date, without a number: the preamble form of decrees and decisions
 * ("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;"). The name and the date together
 * identify the law (the same name is reused by later laws, so the date is required: a bare
 * "Luật Xuất bản" is a topic, not a citation). Pure: text in, spans out.
 */
import { NUMERIC_DATE, WORDED_DATE, isoDate } from '../text/dates.js';

export interface NamedLaw {
  /** "Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp". */
  typeName: string;
  /** The name after the type word, as written: "Tổ chức Chính phủ". */
  name: string;
  issueDate: string;
  dateRaw: string;
  start: number;
  end: number;
}

const TYPES: Record<string, string> = { 'bộ luật': 'Bộ luật', luật: 'Luật', 'pháp lệnh': 'Pháp lệnh', 'hiến pháp': 'Hiến pháp' };

// "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015", "Bộ luật Lao động ngày 20/11/2019",
// "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa
// phương ngày 22 tháng 11 năm 2019" (one law: the amending one; the date is its date).
// The name starts with a capital (a title), or with "sửa đổi"; it holds no sentence break and no
// number ("Luật … số 77/2015/QH13 ngày …" is found by its number instead).
const NAMED_LAW = new RegExp(
  `(?<![\\p{L}])(Bộ luật|Luật|Pháp lệnh|Hiến pháp)\\s+((?:[\\p{Lu}]|sửa đổi|nước)[^;.:()\\n\\d“”"]{1,160}?)\\s*,?\\s+ngày\\s+(?:${NUMERIC_DATE.source}|${WORDED_DATE.source})`,
  'gu',
);

export function findNamedLaws(text: string): NamedLaw[] {
  const out: NamedLaw[] = [];
  for (const m of text.matchAll(NAMED_LAW)) {
    // A number between name and date belongs to the numbered finder: "… số 77/2015/QH13 ngày".
    if (/(?<![\p{L}])số\s*$/u.test(m[2])) continue;
    const [d, mo, y] = m[3] ? [m[3], m[4], m[5]] : [m[6], m[7], m[8]];
    const { iso, valid } = isoDate(Number(d), Number(mo), Number(y));
    if (!valid) continue;
    const name = m[2].replace(/\s+/g, ' ').trim();
    out.push({
      typeName: TYPES[m[1].toLowerCase()],
      name,
      issueDate: iso,
      dateRaw: m[0].slice(m[0].search(/ngày/u)).trim(),
      start: m.index!,
      end: m.index! + m[0].length,
    });
  }
  return out;
}
