/**
 * Legal references: find every numbered document a text cites, in the forms real reports use,
 * and read what the text says about it (type word, date, issuer, subject, relation).
 *
 * Shape (after eyecite/chrono): small named patterns find candidate spans; one resolver reads
 * the surroundings; values read from the text are kept apart from ones inferred from codes.
 * Pure: text in, mentions out.
 */
import { typeOfCode, issuerOfCode, lawIssuer, typeWords, issuers, GENERIC_TYPE } from '../data/tables.js';
import { NUMERIC_DATE, WORDED_DATE, isoDate } from '../text/dates.js';
import { findNamedLaws } from './named-laws.js';

export interface RefMention {
  key: string;
  /** Key used to compare mentions: leading zeros dropped, case folded. */
  compareKey: string;
  number: string;
  year?: number;
  symbol: string;
  typeName: string;
  /** Where the type came from: the code in the symbol, the word before the number, or neither. */
  typeSource: 'code' | 'word' | 'default';
  typeWord?: string;
  party: boolean;
  issueDate?: string;
  dateRaw?: string;
  issuer?: string;
  issuerSource?: 'text' | 'code';
  /** The code of the issuing body in the symbol ("UBND" of QĐ-UBND, "BNV" of BNV-TCPCP, "TU" of NQ/TU). */
  issuerCode?: string;
  subject?: string;
  relation?: string;
  start: number;
  end: number;
  warnings: string[];
}

const L = '\\p{L}';
const UP = '[\\p{Lu}]';
// One group of a symbol: "QĐ", "TTg", "UBND", "CĐSQG", "TCTĐA06", "PTTH&TTĐT", "QH15".
const GROUP = `${UP}[${L}\\d&]*`;
// The first group after the number may be typed in lower case ("749/qđ-ttg"); isCodeGroup decides.
const FIRST_GROUP = `[${L}][${L}\\d&]*`;

// State numbering: "749/QĐ-TTg", "42/2022/NĐ-CP", "420 /KH-UBND", "5773//BTTTT-CĐSQG",
// "749/QĐ- TTg" (space left by a line break), "43/KHPH-TCTĐA06/CPTWTCTĐA06/CPAG",
// "09/CTr.UBND" (a dot between groups, Cần Thơ 2009).
const STATE_REF = new RegExp(
  `(?<![${L}\\d/.,-])(\\d{1,5}[a-z]?)\\s?/{1,2}\\s?(?:((?:19|20)\\d{2})\\s?/\\s?)?(${FIRST_GROUP}(?:\\s?-\\s?[${L}\\d&]+|/${GROUP}|\\.${GROUP})*)`,
  'gu',
);
// "Ngày 10/9/2024, UBND Thành phố đã ban hành Kế hoạch số ": a clause that opens with the date and
// issues the document cited at its end (group 7: what stands between, checked for other numbers).
const DATE_THEN_ISSUED = new RegExp(
  `(?:^|[.;:]\\s+|\\n)\\s*(?:[-+•]\\s*)?Ngày\\s+(?:${NUMERIC_DATE.source}|${WORDED_DATE.source})\\s*,?\\s+([^.;:\\n]{0,100}?\\b(?:đã\\s+)?(?:ký\\s+)?ban hành\\s+[^.;:\\n]{0,40})$`,
  'u',
);
// A symbol of one group is a citation only right after its type word and "số": "Tờ trình số
// 785/SDL", "Công văn số 2136/TGV"; "Đề án 06/CP" and "08/11 huyện" are not.
const SINGLE_GROUP_LEAD = /số\s*:?\s*$/iu;
const SINGLE_GROUP = /^\p{Lu}{2,}$/u;
// Party numbering (Hướng dẫn 36-HD/VPTW): "01-NQ/TU", "85-QĐ/TW", "08-QĐi/TW", "2193-CV/ĐUK".
const PARTY_REF = new RegExp(`(?<![${L}\\d/.,-])(\\d{1,5})\\s?-\\s?(${UP}[${L}]{0,4})\\s?/\\s?(${GROUP}(?:-[${L}\\d&]+)*)`, 'gu');

// Relation verbs, longest first; the nearest one before the citation in the same clause wins.
const RELATIONS: Array<[RegExp, string]> = [
  [/sửa đổi,?\s*bổ sung/giu, 'sửa đổi, bổ sung'],
  [/thay thế/giu, 'thay thế'],
  [/bãi bỏ/giu, 'bãi bỏ'],
  [/căn cứ/giu, 'căn cứ'],
  [/thực hiện/giu, 'thực hiện'],
  [/triển khai/giu, 'triển khai'],
  [/hướng dẫn tại|theo quy định tại|theo/giu, 'theo'],
];

// Where an issuer phrase ends: a verb or preposition that starts the subject, punctuation, a
// number or superscript (an inline footnote), or "và các …". Example: "của UBND tỉnh An Giang về …".
const ISSUER_STOP =
  /\s+(?:về|v\/v|phê duyệt|ban hành|quy định|hướng dẫn|triển khai|thực hiện|kiện toàn|hỗ trợ|tiếp tục|tăng cường|quản lý|giữa|đối với|tại|trong|với|để|số|và các|và những)(?=\s|$)|\s+và\s*$|[,;:.()“”"\[\]⁰¹²³⁴⁵⁶⁷⁸⁹]|\s\d|\s-\s|$/iu;
// Lowercase words that occur inside issuer names ("Ủy ban nhân dân tỉnh", "Ban Thường vụ Tỉnh ủy",
// "Bộ Thông tin và Truyền thông", "Đảng ủy khối", "Ban Chỉ đạo Chuyển đổi số"); any other lowercase
// word ends the name: "của Chính phủ quản lý, cung cấp …" → "Chính phủ".
const NAME_LOWER = new Set(
  'tỉnh tướng phủ nhân dân thư trưởng khối ủy uỷ thông tin truyền chỉ đạo công tác vụ thường hóa hoá học chính trị khóa khoá hành trung ương đảng quốc hội ban bộ sở cục tra thành phố huyện xã thị văn phòng giám đốc chủ tịch nghệ điện tử nghiệp kỹ thuật hợp đồng chuyển đổi'.split(' '),
);

/** Cut an issuer phrase at the first word that cannot belong to a body's name. */
function trimIssuer(phrase: string): string {
  const words = phrase.split(' ');
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const capital = /^[\p{Lu}\d]/u.test(w);
    const prev = kept[kept.length - 1]?.toLowerCase();
    if (w === 'và') {
      // "Bộ Thông tin và Truyền thông" continues; "Chính phủ và thực hiện", "Ban Bí thư và Quy định số 55" do not.
      const next = words.slice(i + 1).join(' ');
      if (/^\p{Lu}/u.test(next) && !typeWords.some((t) => next.toLowerCase().startsWith(t.word.toLowerCase() + ' '))) {
        kept.push(w);
        continue;
      }
      break;
    }
    // "Cục Tin học hóa – Bộ Thông tin và Truyền thông": a dash joining two names.
    if ((w === '–' || w === '-') && /^\p{Lu}/u.test(words[i + 1] ?? '')) {
      kept.push(w);
      continue;
    }
    if (capital || NAME_LOWER.has(w.toLowerCase()) || (w === 'số' && prev === 'đổi')) kept.push(w);
    else break;
  }
  while (kept.length && kept[kept.length - 1] === 'và') kept.pop();
  return kept.join(' ');
}

// Subject lead words; not when a document number follows ("…, Quy định 101-QĐ/TW" is another citation).
const SUBJECT_LEAD = /^\s*,?\s*(về việc|v\/v|về|phê duyệt|ban hành|quy định|hướng dẫn)\s+(?!(?:số\s*)?\d)/iu;

/**
 * A symbol group that is a code, not a word: a known type code in any case ("Ctr"), or at least
 * as many capitals as small letters ("TTg", "CTr", not "Thực").
 */
function isCodeGroup(g: string): boolean {
  if (typeOfCode(g)) return true;
  const upper = (g.match(/\p{Lu}/gu) ?? []).length;
  const lower = (g.match(/\p{Ll}/gu) ?? []).length;
  return upper > 0 && upper >= lower;
}

/** Canonical spelling of one code group: known type and issuer codes take the table's case. */
function canonicalGroup(g: string, index: number, party: boolean): string {
  const t = typeOfCode(g, party);
  if (t && (index === 0 || party)) return t.code;
  for (const code of Object.keys(issuers)) if (code.toUpperCase() === g.toUpperCase()) return code;
  return g;
}

// A numbered key: number, its separator, the year when written, the symbol ("01-NQ/TU", "12/2022/TT-BTTTT").
const NUMBERED_KEY = /^(\d+[\p{Lu}]?)[-/](?:(\d{4})\/)?(.+)$/u;

/**
 * The form keys are compared in: case, leading zeros and the separators inside the symbol do
 * not tell documents apart ("57/NQ/TW" is 57-NQ/TW, "180/KH/UBND" is 180/KH-UBND, "0553/CTr-UBND" is 553/CTR-UBND).
 */
export function compareKeyOf(key: string): string {
  const k = key.replace(/^0+(?=\d)/, '').toUpperCase();
  const m = NUMBERED_KEY.exec(k);
  if (!m) return k;
  return `${m[1]}/${m[2] ? `${m[2]}/` : ''}${m[3].replace(/[-/.]+/g, '-')}`;
}

interface Candidate {
  start: number;
  end: number;
  number: string;
  year?: number;
  groups: string[];
  separators: string[];
  party: boolean;
  partyType?: string;
}

function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PARTY_REF)) {
    const t = typeOfCode(m[2], true);
    if (!t) continue;
    const tail = m[3].split('-');
    out.push({ start: m.index!, end: m.index! + m[0].length, number: m[1], groups: [t.code, ...tail], separators: [], party: true, partyType: m[2] });
  }
  for (const m of text.matchAll(STATE_REF)) {
    const start = m.index!;
    if (out.some((c) => start < c.end && c.start < start + m[0].length)) continue;
    // Split the symbol into groups; stop at the first group that reads as a word ("- Thực hiện").
    const parts = m[3].split(/(\s?-\s?|\/|\.)/);
    const groups: string[] = [];
    const seps: string[] = [];
    let consumed = 0;
    for (let i = 0; i < parts.length; i += 2) {
      const g = parts[i];
      if (i > 0 && !isCodeGroup(g) && !issuerOfCode(g)) break;
      groups.push(g);
      if (i > 0) seps.push(parts[i - 1].trim());
      consumed = m[3].indexOf(g, consumed) + g.length;
    }
    const year = m[2] ? Number(m[2]) : undefined;
    // State numbers always have TYPE-ISSUER or ISSUER-UNIT, or a year ("17/2008/QH12"):
    // "Đề án 06/CP" and fractions are programme names or numbers, not citations.
    if (groups.length < 2 && year === undefined) {
      const lead = text.slice(Math.max(0, start - 40), start);
      if (!(SINGLE_GROUP.test(groups[0]) && SINGLE_GROUP_LEAD.test(lead) && typeWordBefore(lead))) continue;
    }
    if (!isCodeGroup(groups[0])) continue;
    const end = start + m[0].length - (m[3].length - consumed);
    out.push({ start, end, number: m[1], year, groups, separators: seps, party: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

// Numbers listed before a shared symbol: "các Quyết định số 12, 13/QĐ-UBND", "số 05 và 06/KH-UBND".
const NUMBER_LIST = /(?<![\p{L}\d/])(?:[Ss]ố|các)\s+((?:\d{1,5}[a-z]?\s*(?:,|;|và)\s*)+)$/u;

/**
 * The other documents of a list that shares one symbol: each gets the key of its own number.
 * A date written after the list is the last one's; the others get none, since the text does not
 * say that all were issued that day.
 */
function listedBefore(text: string, last: RefMention, party: boolean, year: number | undefined): RefMention[] {
  const m = NUMBER_LIST.exec(text.slice(Math.max(0, last.start - 60), last.start));
  if (!m) return [];
  const listStart = last.start - m[1].length;
  const out: RefMention[] = [];
  for (const n of m[1].matchAll(/\d{1,5}[a-z]?/gu)) {
    const key = party ? `${n[0]}-${last.symbol}` : `${n[0]}/${year !== undefined ? `${year}/` : ''}${last.symbol}`;
    const start = listStart + n.index!;
    out.push({ ...last, key, compareKey: compareKeyOf(key), number: n[0], issueDate: undefined, dateRaw: undefined, start, end: start + n[0].length, warnings: [] });
  }
  return out;
}

export function findReferences(text: string): RefMention[] {
  const mentions: RefMention[] = [];
  for (const c of findCandidates(text)) {
    const warnings: string[] = [];
    const before = text.slice(Math.max(0, c.start - 80), c.start);
    const after = text.slice(c.end, c.end + 400);

    // Type from the code first, the word before the number second.
    let typeName: string;
    let typeSource: RefMention['typeSource'] = 'code';
    let issuerCode: string | undefined;
    if (c.party) {
      typeName = typeOfCode(c.groups[0], true)!.name;
      issuerCode = c.groups[1];
    } else {
      const first = typeOfCode(c.groups[0]);
      if (first) {
        typeName = first.name;
        issuerCode = c.groups[1];
      } else if (c.year !== undefined && lawIssuer.test(c.groups[0])) {
        typeName = 'Luật';
        issuerCode = c.groups[0];
      } else {
        typeName = 'Công văn';
        issuerCode = c.groups[0];
      }
    }
    const word = typeWordBefore(before);
    // A symbol without a type code ("785/SDL" after "Tờ trình số"): the word is all there is.
    const codeless = !c.party && typeName === 'Công văn' && !typeOfCode(c.groups[0]);
    // Older Party Quy định were numbered QĐ ("Quy định số 85-QĐ/TW"): the word decides.
    if (c.party && c.groups[0] === 'QĐ' && word?.name === 'Quy định') typeName = 'Quy định';
    if (word && codeless && c.groups.length === 1 && word.name !== GENERIC_TYPE) {
      typeName = word.name;
      typeSource = 'word';
    } else if (word) {
      const compatible =
        word.name === typeName ||
        word.name === GENERIC_TYPE ||
        (word.name === 'Quy định' && typeName === 'Quyết định' && c.party) ||
        (word.name === 'Luật' && typeName === 'Luật') ||
        (word.name === 'Công văn' && typeName === 'Công văn');
      if (!compatible) warnings.push(`type word "${word.word}" disagrees with code ${c.groups[0]} (${typeName}); type taken from the code`);
      if (word.name === GENERIC_TYPE && typeName === 'Công văn' && !c.party) typeSource = 'default';
    } else if (typeName === 'Công văn' && !c.party) {
      typeSource = 'default';
    }

    const groups = c.groups.map((g, i) => canonicalGroup(g, i, c.party));
    const symbol = c.party
      ? `${groups[0]}/${groups.slice(1).join('-')}`
      : groups.reduce((s, g, i) => (i === 0 ? g : `${s}${c.separators[i - 1] === '/' || c.separators[i - 1] === '.' ? c.separators[i - 1] : '-'}${g}`), '');
    const key = c.party ? `${c.number}-${symbol}` : `${c.number}/${c.year !== undefined ? `${c.year}/` : ''}${symbol}`;

    // Date: right after the number ("ngày 03/6/2020", ", ngày 02/01/2020", "ngày 13 tháng 12 năm 2022").
    let rest = after;
    let issueDate: string | undefined;
    let dateRaw: string | undefined;
    const dm = new RegExp(`^\\s*,?\\s*(?:ban hành\\s+)?ngày\\s+(?:${NUMERIC_DATE.source}|${WORDED_DATE.source})`, 'u').exec(after);
    if (dm) {
      const [d, mo, y] = dm[1] ? [dm[1], dm[2], dm[3]] : [dm[4], dm[5], dm[6]];
      const { iso, valid } = isoDate(Number(d), Number(mo), Number(y));
      dateRaw = dm[0].trim().replace(/^,\s*/, '');
      if (valid) issueDate = iso;
      else warnings.push(`impossible date "${dateRaw}"`);
      if (valid && c.year !== undefined && Number(y) !== c.year) warnings.push(`year ${c.year} in the number contradicts the date ${iso}`);
      rest = after.slice(dm[0].length);
    } else {
      // The date first, then the act of issuing: "Ngày 10/9/2024, UBND Thành phố đã ban hành Kế
      // hoạch số 265/KH-UBND". Only within one clause, and only when no other number stands between.
      const db = DATE_THEN_ISSUED.exec(text.slice(Math.max(0, c.start - 160), c.start));
      if (db && !/\d\s?[/-]\s?\p{Lu}/u.test(db[7])) {
        const [d, mo, y] = db[1] ? [db[1], db[2], db[3]] : [db[4], db[5], db[6]];
        const { iso, valid } = isoDate(Number(d), Number(mo), Number(y));
        if (valid) {
          issueDate = iso;
          dateRaw = db[0].slice(0, db[0].length - db[7].length).trim().replace(/,$/, '');
        }
      }
    }

    // Issuer: "của Thủ tướng Chính phủ", else from the code table.
    let issuer: string | undefined;
    let issuerSource: RefMention['issuerSource'];
    const im = /^\s*,?\s*(?:của|do)\s+/u.exec(rest);
    if (im) {
      const tail = rest.slice(im[0].length);
      const stop = ISSUER_STOP.exec(tail);
      const cut = tail.slice(0, stop ? stop.index : 80).trim();
      const phrase = trimIssuer(cut);
      if (phrase.length >= 2 && phrase.length <= 90) {
        issuer = phrase;
        issuerSource = 'text';
        rest = tail.slice(phrase.length);
      }
    }
    if (!issuer && issuerCode) {
      issuer = issuerOfCode(issuerCode);
      if (issuer) issuerSource = 'code';
    }

    mentions.push({
      key,
      compareKey: compareKeyOf(key),
      number: c.number,
      year: c.year,
      symbol,
      typeName,
      typeSource,
      typeWord: word?.word,
      party: c.party,
      issueDate,
      dateRaw,
      issuer,
      issuerSource,
      issuerCode,
      subject: subjectAfter(rest),
      relation: relationBefore(text.slice(Math.max(0, c.start - 120), c.start)),
      start: c.start,
      end: c.end,
      warnings,
    });
    mentions.push(...listedBefore(text, mentions[mentions.length - 1], c.party, c.year));
  }
  // Laws cited by name and date have no number; their key is the name and the date.
  for (const law of findNamedLaws(text)) {
    if (mentions.some((m) => m.start < law.end && law.start < m.end)) continue;
    const [y, mo, d] = law.issueDate.split('-');
    const key = `${law.typeName} ${law.name} (${d}/${mo}/${y})`;
    mentions.push({
      key,
      compareKey: compareKeyOf(key),
      number: '',
      year: Number(y),
      symbol: '',
      typeName: law.typeName,
      typeSource: 'word',
      typeWord: law.typeName,
      party: false,
      issueDate: law.issueDate,
      dateRaw: law.dateRaw,
      // Laws and codes are passed by the National Assembly, ordinances by its Standing Committee:
      // national, never completed with the citing document's province.
      issuer: law.typeName === 'Pháp lệnh' ? 'Ủy ban Thường vụ Quốc hội' : 'Quốc hội',
      issuerSource: 'code',
      issuerCode: law.typeName === 'Pháp lệnh' ? 'UBTVQH' : 'QH',
      subject: law.name,
      relation: relationBefore(text.slice(Math.max(0, law.start - 120), law.start)),
      start: law.start,
      end: law.end,
      warnings: [],
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

// "Quyết định số ", "Kế hoạch phối hợp số ", "văn bản số ", "Nghị quyết ", "Quyết định số: "
function typeWordBefore(before: string): { word: string; name: string } | undefined {
  const probe = before.replace(/\s*(?:số\s*:?\s*)?$/iu, '');
  const low = probe.toLowerCase();
  for (const t of typeWords) {
    if (!low.endsWith(t.word.toLowerCase())) continue;
    // Whole words only: "Tờ trình" must not match inside another word.
    if (/\p{L}/u.test(probe.charAt(probe.length - t.word.length - 1))) continue;
    return t;
  }
  return undefined;
}

function subjectAfter(rest: string): string | undefined {
  const quoted = /^\s*,?\s*(?:[\p{L} ]{0,30})?“([^”]{3,300})”/u.exec(rest);
  const lead = SUBJECT_LEAD.exec(rest);
  if (lead) {
    const tail = rest.slice(lead[0].length);
    const stop = /[;]|\.\s|\.$|\s\(|, (?:Quyết định|Kế hoạch|Nghị định|Thông tư|Công văn|Chỉ thị|Nghị quyết)/u.exec(tail);
    let body = tail.slice(0, stop ? stop.index : 240).trim();
    // A quoted title ends the subject: "phê duyệt “Chương trình …”, UBND tỉnh đã …" stops at ”.
    const close = body.indexOf('”');
    if (close > 0 && body.lastIndexOf('“', close) >= 0) body = body.slice(0, close + 1);
    if (body.length >= 3) return `${lead[1]} ${body.slice(0, 240)}`.replace(/\s+/g, ' ');
  }
  if (quoted && quoted.index === 0) return quoted[1].trim();
  return undefined;
}

function relationBefore(before: string): string | undefined {
  // Only the current clause counts: cut at the last sentence or clause break.
  const clause = before.split(/[.;:]\s|\n/u).pop() ?? '';
  let best: { at: number; rel: string } | undefined;
  for (const [re, rel] of RELATIONS) {
    for (const m of clause.matchAll(re)) if (!best || m.index! > best.at) best = { at: m.index!, rel };
  }
  return best?.rel;
}
