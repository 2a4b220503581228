/**
 * The document's own identity from its header: issuing body, number, place and date, type,
 * title and the period it reports on. Pure: blocks in, fields out.
 */
import { periodsIn } from './statements/period.js';
import { Block, DocMeta } from '../model.js';
import { typeWords } from '../data/tables.js';
import { isoDate } from '../text/dates.js';
import { canonicalPlace } from '../text/places.js';

// "Số: 346/BC-STTTT", "Số:  184/BC-SNV", "Số:      /BC-UBND" (draft: blank number), "Số 565/TB-UBND"
const OWN_NUMBER = /(?:^|\s|\|)Số\s*:?\s*(\d{1,5}[a-z]?)?\s*\/\s*((?:(?:19|20)\d{2}\/)?[\p{Lu}][\p{L}\d&]*(?:[-/][\p{L}\d&]+)*)/u;
// "An Giang, ngày 13 tháng 12 năm 2022", "Lâm Đồng, ngày 06 tháng 11 năm 2025"
// Drafts and documents signed electronically leave the day blank: "Lâm Đồng, ngày    tháng 11 năm 2025".
// Place words are Capitalized, not capitals ("Số: /BC-SNV Lâm Đồng, ngày …" → "Lâm Đồng").
// A handwritten day that OCR cannot read comes out as a short non-digit token ("ngày ÄÙ tháng 12"):
// the day is unknown, the place and year still stand.
const PLACE_DATE = /([\p{Lu}][\p{Ll}]+(?: [\p{L}][\p{Ll}]*){0,4}),\s*ngày\s*(?:(\d{1,2})|[^\s\d]{1,3}(?=\s))?\s*tháng\s*(\d{1,2})?\s*năm\s+((?:19|20)\d{2})/u;
// Signature block: "KT. GIÁM ĐỐC", "TM. BAN CHỈ ĐẠO", "PHÓ CHỦ TỊCH UBND TỈNH", "GIÁM ĐỐC".
const SIGNER_TITLE = /^(?:(?:KT|TM|TL|TUQ|Q)\.\s*)?[\p{Lu}\s.&]{4,80}$/u;
const SIGNER_INLINE = /^((?:(?:KT|TM|TL|TUQ|Q)\.\s*)?[\p{Lu}][\p{Lu}\s.&]{3,80}?)\s+([\p{Lu}][\p{Ll}]+(?: [\p{Lu}][\p{Ll}]*){1,4})$/u;
// "PHỤ LỤC", "PHỤ LỤC I", "Phụ lục 02": an annex heading after the signature.
const ANNEX_START = /^\s*(?:PHỤ LỤC|Phụ lục)(?:\s+[IVX\d]+)?\s*[.:]?\s*(?:\n|$)/u;
// "Thiếu tướng ", "Đại tá ": a rank before a signer's name.
const RANK = /^((?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|úy|uý))\s+/u;
// The recipients list beside the signature: "Nơi nhận:" (OCR: "Noi nhận"), "- Như trên;",
// "+ Lưu: VT.", "LƯU: VT" — never a signer's title.
const RECIPIENTS_HEAD = /^\s*(?:N[ơo]i nh[ậâa]n|Lưu(?:\s*:|\s+VT))/iu;
const RECIPIENTS = new RegExp(`${RECIPIENTS_HEAD.source}|^\\s*[-–+•]`, 'iu');
// A person's name: two to five Capitalized words ("Trần Hữu Tuấn", "Nguyễn Ngọc Phúc").
const PERSON = /^[\p{Lu}][\p{Ll}]*(?: [\p{Lu}][\p{Ll}]*){1,4}$/u;
// Any mark on the vowels: typed "CỘNG HOÀ" / "CỘNG HÒA", OCR's "CHÚ NGHĨA" for "CHỦ NGHĨA".
const NATIONAL_MOTTO = /C\p{Lu}NG H\p{Lu}{2} X\p{Lu} H\p{Lu}I CH\p{Lu} NGH\p{Lu}A VI\p{Lu}T NAM|Đ\p{Lu}NG C\p{Lu}NG S\p{Lu}N VI\p{Lu}T NAM/u;
// "V/v đăng ký danh sách …": the subject line of a Công văn, which has no type heading.
const SUBJECT_LINE = /^V\/v\s+\S/u;
// Where the issuing body's own line starts under its parent ("UBND TỈNH AN GIANG" / "SỞ THÔNG TIN …").
const SUBORDINATE_START = /\s(SỞ|BAN|PHÒNG|VĂN PHÒNG|CÔNG AN|CHI BỘ|ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|CỤC|VỤ|TRUNG TÂM|THANH TRA|BỘ CHỈ HUY|UỶ BAN|ỦY BAN)(?=\s)/gu;

/** How many leading blocks count as the header (it is never further down than this). */
const HEADER_BLOCKS = 12;

export function extractMetadata(blocks: Block[]): DocMeta {
  const body = blocks.filter((b) => b.kind !== 'footnote');
  const head = body.slice(0, HEADER_BLOCKS);
  const headText = head.map((b) => b.text).join('\n');
  const meta: DocMeta = {};

  const num = OWN_NUMBER.exec(headText);
  if (num) meta.number = num[1] ? `${num[1]}/${num[2]}` : '';

  const pd = PLACE_DATE.exec(headText);
  let dateYear: string | undefined;
  if (pd) {
    meta.place = canonicalPlace(pd[1]);
    dateYear = pd[4];
    if (pd[2] && pd[3]) {
      const { iso, valid } = isoDate(Number(pd[2]), Number(pd[3]), Number(pd[4]));
      if (valid) meta.issueDate = iso;
    }
  }

  const motto = NATIONAL_MOTTO.exec(headText);
  if (motto) {
    // The issuer is what stands before the motto, without the number line and rules ("_____").
    // OCR reads a two-column header across: "UBND TỈNH" / motto / "SỞ …" / "Độc lập …" / "Số: …".
    // Capital lines between the motto and the number line are then the issuer's second line.
    const after = headText.slice(motto.index + motto[0].length).split('\n').slice(0, 5);
    // The number line: "Số: 280/BC-UBND", or by its symbol when OCR misread a handwritten number
    // and "Số" with it ("SéZ5f /TTr- CAT-PC04").
    const numberLine = after.findIndex((line) => /^\s*Số(?!\p{L})/u.test(line) || /\/\s*[\p{Lu}][\p{L}]*\s*-\s*[\p{Lu}]/u.test(line));
    const more = numberLine < 0 ? [] : after.slice(0, numberLine).filter((line) => line.trim() && isUpper(line) && !/Độc lập|Tự do|Hạnh phúc/iu.test(line));
    const issuerText = [headText.slice(0, motto.index), ...more].join(' ')
      .replace(/(?:^|\s|\|)Số\s*:?[^\n|]*/u, ' ')
      .replace(/[|_]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      // Only words in capitals belong to the issuer's name: OCR of stamps and signatures
      // adds stray fragments ("xo gZAtmnm&ir", "ĩ") that a typed header never has.
      .split(' ')
      .filter((w) => /^[\p{Lu}\d.,&()–-]+$/u.test(w) && (/\p{Lu}{2}|\p{Lu}\./u.test(w) || /^\d+$/.test(w)))
      .join(' ')
      .replace(/[.,]+$/, '');
    if (issuerText && issuerText.length < 160) {
      // The parent is at least two words ("UBND TỈNH …", "BỘ CÔNG AN"): "BỘ" alone is not a parent
      // of "CÔNG AN"; the next subordinate word may start the issuer's own line ("BỘ CÔNG AN CÔNG AN TỈNH …").
      const sub = [...` ${issuerText} `.matchAll(SUBORDINATE_START)].find((m) => issuerText.slice(0, m.index).trim().split(' ').filter(Boolean).length >= 2);
      meta.issuer = sub ? `${issuerText.slice(0, sub.index! - 1).trim()} – ${issuerText.slice(sub.index! - 1).trim()}` : issuerText;
    }
  }

  // Type: the first all-capitals heading that is a document type ("BÁO CÁO", "KẾ HOẠCH …").
  const typeIndex = head.findIndex((b) => b.kind !== 'table' && isUpper(b.text) && typeWordAtStart(b.text) !== undefined);
  if (typeIndex >= 0) {
    const block = head[typeIndex];
    const t = typeWordAtStart(block.text)!;
    meta.docType = t.name;
    const clean = block.text.replace(/^[^\p{L}]+/u, '');
    const rest = clean.slice(t.word.length).trim();
    if (rest) meta.title = sentenceCase(clean);
    else meta.title = titleAfter(head, typeIndex + 1);
  } else if (head[0] && /^(PHỤ LỤC|Phụ lục)(?![\p{L}])/u.test(head[0].text)) {
    // An annex: "PHỤ LỤC / BIỂU MẪU THỐNG KÊ … NĂM 2025 / CỦA ỦY BAN NHÂN DÂN TỈNH …".
    meta.docType = 'Phụ lục';
    const rest = head[0].text.replace(/^(PHỤ LỤC|Phụ lục)\s*[IVX\d]*\s*/u, '').trim();
    const headings: string[] = [];
    for (const b of head.slice(1, 5)) {
      if (b.kind !== 'heading' || BODY_START.test(b.text) || /^(Biểu mẫu|BIỂU MẪU \d|STT)(?![\p{L}])/u.test(b.text)) break;
      headings.push(b.text);
    }
    const joined = [rest, ...headings].filter(Boolean).join(' ');
    if (joined) meta.title = joined.length > 300 ? joined.slice(0, 300) : joined;
  } else if (head.some((b) => SUBJECT_LINE.test(b.text))) {
    const at = head.findIndex((b) => SUBJECT_LINE.test(b.text));
    meta.docType = 'Công văn';
    const parts = [head[at].text];
    // The subject wraps under itself until "Kính gửi".
    for (const b of head.slice(at + 1, at + 3)) {
      if (BODY_START.test(b.text) || b.text.length > 120 || /[:;]$/.test(parts[parts.length - 1])) break;
      parts.push(b.text);
    }
    meta.title = parts.join(' ').replace(/\s+/g, ' ').replace(/[.;]$/, '');
  } else if (meta.number) {
    const code = meta.number.split('/')[1]?.split('-')[0];
    const t = typeWords.find((w) => w.word.toUpperCase() === code);
    if (t) meta.docType = t.name;
  }

  meta.period = periodOf(meta.title ?? '', meta.issueDate ?? dateYear);
  Object.assign(meta, signerOf(body));
  return meta;
}

// Where the body starts after a title: a sentence opener or a numbered part.
const BODY_START = /^(Thực hiện|Căn cứ|Kính gửi|Ngày\s+\d|Theo|Trong|Năm\s+\d|[IVX]+\.\s|\d+\.\s|[-+•])/u;

/** The title: the lines right after the type line, up to where the body starts ("Kết luận của … / tại cuộc họp …"). */
function titleAfter(head: Block[], from: number): string | undefined {
  const parts: string[] = [];
  for (let i = from; i < head.length && parts.length < 4; i++) {
    const b = head[i];
    if (b.kind === 'table' || BODY_START.test(b.text) || b.text.length > 220) break;
    if (b.kind !== 'heading' && (parts.length > 0 || b.text.length > 160 || /[.:;]$/.test(b.text))) break;
    parts.push(b.text);
  }
  return parts.length ? parts.join(' ').replace(/\s+/g, ' ') : undefined;
}

/** Signer and title from the signature block at the end ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Trần Hữu Tuấn"). */
function signerOf(body: Block[]): Pick<DocMeta, 'signer' | 'signerTitle'> {
  // The signature ends the document proper: annexes after it ("PHỤ LỤC", "Biểu mẫu 1", tables) are not signed.
  const recipients = body.findIndex((b) => RECIPIENTS_HEAD.test(b.text));
  const annex = recipients < 0 ? -1 : body.findIndex((b, i) => i > recipients && ANNEX_START.test(b.text));
  const end = annex > 0 ? annex : body.length;
  const pieces = body
    .slice(Math.max(0, end - 8), end)
    .flatMap((b) => b.text.split(/\n| \| /))
    // Signature placeholders are not part of the title: "[ (Đã ký)", "(đã ký)", "(Ký tên, đóng dấu)".
    .map((t) => t.replace(/\[?\s*\((?:đã ký|Đã ký|ký tên[^)]*|Ký tên[^)]*)\)\s*\]?|\[\s*/gu, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  for (let i = pieces.length - 1; i >= 0; i--) {
    // A table cell holds the whole block on one line: "TM. CHÍNH PHỦ THỦ TƯỚNG Nguyễn Xuân Phúc".
    const inline = SIGNER_INLINE.exec(pieces[i]);
    if (inline && !RECIPIENTS_HEAD.test(inline[1])) return { signer: inline[2], signerTitle: inline[1].trim() };
    // Police and army signers put their rank before the name: "Thiếu tướng Trương Minh Đương".
    const rank = RANK.exec(pieces[i]);
    const name = rank ? pieces[i].slice(rank[0].length) : pieces[i];
    if (i === 0 || !PERSON.test(name) || name.length > 40) continue;
    const titles: string[] = [];
    for (let j = i - 1; j >= 0 && titles.length < 3; j--) {
      // OCR gives the recipients column and the signature column line by line, interleaved:
      // recipients ("Nơi nhận:", "- Lưu: VT.") and specks of the stamp ("—", "XS", "z\ ve Z⁄",
      // no word of three letters) stand between the title and the name.
      if (!titles.length && (RECIPIENTS.test(pieces[j]) || !/\p{L}{3}/u.test(pieces[j]))) continue;
      if (!SIGNER_TITLE.test(pieces[j]) || RECIPIENTS_HEAD.test(pieces[j])) break;
      titles.unshift(pieces[j]);
    }
    if (rank) titles.push(rank[1]);
    if (titles.length > (rank ? 1 : 0)) return { signer: name, signerTitle: titles.join(' / ') };
  }
  return {};
}

function isUpper(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase();
}

function typeWordAtStart(text: string): { word: string; name: string } | undefined {
  // OCR leaves specks before a heading ("_.. TỜ TRÌNH").
  const upper = text.replace(/^[^\p{L}]+/u, '').toUpperCase();
  return typeWords.find((t) => upper.startsWith(t.word.toUpperCase()) && !/\p{L}/u.test(upper.charAt(t.word.length)));
}

function sentenceCase(s: string): string {
  const lower = s.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * The period a report is about, from its title: "06 tháng đầu năm 2024" → 2024-H1,
 * "tháng 01 năm 2025" → 2025-01, "quý I năm 2024" → 2024-Q1, "năm 2023" → 2023; else the
 * year of the issue date.
 */
export function periodOf(title: string, issueDate?: string): string | undefined {
  // The title's first period is what the report is about: "6 tháng đầu năm và kế hoạch 6 tháng
  // cuối năm 2009" reports on 2009-H1; "tháng 11/2025" is a month, not the year.
  const year = /năm\s+((?:19|20)\d{2})/iu.exec(title)?.[1] ?? /(?<!\d)((?:19|20)\d{2})(?!\d)/u.exec(title)?.[1] ?? issueDate?.slice(0, 4);
  const found = periodsIn(title, year);
  return found[0]?.period ?? issueDate?.slice(0, 4);
}
