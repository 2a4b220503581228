/**
 * The document's own identity from its header: issuing body, number, place and date, type,
 * title and the period it reports on. Pure: blocks in, fields out.
 */
import { periodsIn } from './statements/period.js';
import { Block, DocMeta } from '../model.js';
import { GENERIC_TYPE, headingTypeWords, typeOfCode } from '../data/tables.js';
import { isoDate } from '../text/dates.js';
import { canonicalPlace } from '../text/places.js';

// "Số: 346/BC-STTTT", "Số:  184/BC-SNV", "Số:      /BC-UBND" (draft: blank number), "Số 565/TB-UBND"
// The motto's second line and what follows it on the same line: "Độc lập - Tự do - Hạnh phúc", "Độc lập -Tự do - Hạnh phúc".
const MOTTO_SECOND_LINE = /\s*Độc lập\s*-?\s*Tự do\s*-?\s*Hạnh phúc.*$/iu;
// "Sè" is "Số" in TCVN3 left unconverted on a line too short to tell its encoding ("Sè : 01/2006/TT-NHNN");
// a header in capitals writes "SỐ: 12/2001/QĐ-BTC", with its colon ("CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06" is a name).
const OWN_NUMBER = /(?:^|\s|\|)(?:S(?:ố|è)\s*:?|SỐ\s*:)\s*(\d{1,5}[a-z]?)?\s*\/\s*((?:(?:19|20)\d{2}\/)?[\p{Lu}][\p{L}\d&]*(?:[-/][\p{L}\d&]+)*)/u;
// A type word and its colon alone: the enacting line of a decree or decision. Example match: "NGHỊ ĐỊNH :".
const ENACTING_LINE = /^\s*\p{Lu}[\p{Lu}\s]*\s*:\s*$/u;
// The number line inside the header's issuer block: "Số: 184 /BC-SNV", "Sè : 01/2006/TT-NHNN".
const NUMBER_LINE = /(?:^|\s|\|)(?:S(?:ố|è)\s*:?|SỐ\s*:)[^\n|]*/u;
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
// The same in any case: a TCVN3 capitals font (.VnTimeH) comes out in small letters, its 'ã'
// sometimes as a symbol: "cộng hoà x∙ hội chủ nghĩa việt nam".
const NATIONAL_MOTTO_ANY_CASE = /c\p{L}ng h\p{L}{2} x\S h\p{L}i ch\p{L} ngh\p{L}a vi\p{L}t nam|đ\p{L}ng c\p{L}ng s\p{L}n vi\p{L}t nam/iu;
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
    // "Độc lập - Tự do - Hạnh phúc Lâm Đồng, ngày …": the motto's last words are not the place.
    meta.place = canonicalPlace(pd[1].replace(/^Hạnh phúc\s+/u, ''));
    dateYear = pd[4];
    if (pd[2] && pd[3]) {
      const { iso, valid } = isoDate(Number(pd[2]), Number(pd[3]), Number(pd[4]));
      if (valid) meta.issueDate = iso;
    }
  }

  const motto = NATIONAL_MOTTO.exec(headText) ?? NATIONAL_MOTTO_ANY_CASE.exec(headText);
  if (motto) {
    // The issuer is what stands before the motto, without the number line and rules ("_____").
    // OCR reads a two-column header across: "UBND TỈNH" / motto / "SỞ …" / "Độc lập …" / "Số: …".
    // Capital lines between the motto and the number line are then the issuer's second line.
    const after = headText.slice(motto.index + motto[0].length).split('\n').slice(0, 5);
    // The number line: "Số: 280/BC-UBND", or by its symbol when OCR misread a handwritten number
    // and "Số" with it ("SéZ5f /TTr- CAT-PC04").
    const numberLine = after.findIndex((line) => /^\s*Số(?!\p{L})/u.test(line) || /\/\s*[\p{Lu}][\p{L}]*\s*-\s*[\p{Lu}]/u.test(line));
    // A header table read row by row puts the issuer's second line before the motto's:
    // "TỈNH BÌNH PHƯỚC Độc lập - Tự do - Hạnh phúc".
    const more = numberLine < 0
      ? []
      : after
          .slice(0, numberLine)
          .map((line) => line.replace(MOTTO_SECOND_LINE, '').trim())
          .filter((line) => line && isUpper(line));
    // A header's issuer is printed in capitals: one with no capitalized word at all lost its case
    // to a legacy capitals font ("ngân hàng nhà nước / việt nam").
    const before = headText.slice(0, motto.index);
    const issuerLines = before.replace(NUMBER_LINE, ' ');
    const issuerSource = /\p{Lu}{2}/u.test(issuerLines) ? issuerLines : issuerLines.toUpperCase();
    const issuerText = [issuerSource, ...more].join(' ')
      .replace(NUMBER_LINE, ' ')
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
  // ("NGHỊ ĐỊNH :", "QUYẾT ĐỊNH:" alone is the enacting line before the articles: the type heading
  // comes before it, when one does.)
  const isType = (b: Block) => b.kind !== 'table' && isUpper(b.text) && typeWordAtStart(b.text) !== undefined;
  const headingIndex = head.findIndex((b) => isType(b) && !ENACTING_LINE.test(b.text));
  const legacyFirst = headingIndex >= 0 ? -1 : legacyTypeLine(head);
  const typeIndex = headingIndex >= 0 || legacyFirst >= 0 ? headingIndex : head.findIndex(isType);
  const legacyType = typeIndex >= 0 ? -1 : legacyFirst;
  if (legacyType >= 0) {
    const block = head[legacyType];
    const t = typeWordAtStart(block.text)!;
    meta.docType = t.name;
    // "NGHị ĐịNH CủA CHíNH PHủ Về đăng ký kinh doanh": the issuer named after the type is not the title.
    const rest = block.text.replace(/^[^\p{L}]+/u, '').slice(t.word.length).trim().replace(/^của\s.*?\s(?=về\s)/iu, '');
    const parts = rest ? [rest] : [];
    // The title wraps into the next blocks, which go on in small letters ("… ngành công" / "nghiệp tháng 02 …").
    for (const b of head.slice(legacyType + 1, legacyType + 4)) {
      // A decree's enacting line repeats its issuer ("CHÍNH PHỦ") before the preamble.
      const enacting = meta.issuer && b.text.toUpperCase().trim() === meta.issuer.split(' – ').pop();
      if (b.kind === 'table' || enacting || BODY_START.test(b.text) || PART_START.test(b.text) || b.text.length > 220) break;
      if (parts.length && !/^\p{Ll}/u.test(b.text) && b.kind !== 'heading') break;
      parts.push(b.text);
    }
    if (parts.length) meta.title = parts.join(' ').replace(/\s+/g, ' ');
  } else if (typeIndex >= 0) {
    const block = head[typeIndex];
    const t = typeWordAtStart(block.text)!;
    meta.docType = t.name;
    const clean = block.text.replace(/^[^\p{L}]+/u, '');
    const rest = clean.slice(t.word.length).trim();
    // "BÁO CÁO TỔNG KẾT / TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KẾ HOẠCH NĂM 2008 VÀ KẾ HOẠCH NĂM 2009": a
    // word that only says which kind of report it is leaves the title to the lines after it.
    if (rest && GENERIC_TYPE_REST.test(rest)) meta.title = [sentenceCase(clean), titleAfter(head, typeIndex + 1)?.toLowerCase()].filter(Boolean).join(' ');
    // "QUYẾT ĐỊNH CỦA UBND TỈNH CẦN THƠ" over its subject: the issuer named after the type is no title.
    else if (/^của\s/iu.test(rest)) meta.title = titleAfter(head, typeIndex + 1) ?? sentenceCase(clean);
    else if (rest) meta.title = sentenceCase(clean);
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
      // Not past the subject's full stop, nor into the header's other column ("CỘNG HÒA XÃ HỘI …").
      if (BODY_START.test(b.text) || b.text.length > 120 || /[.:;]$/.test(parts[parts.length - 1]) || NATIONAL_MOTTO_ANY_CASE.test(b.text)) break;
      parts.push(b.text);
    }
    meta.title = parts.join(' ').replace(/\s+/g, ' ').replace(/[.;]$/, '');
  } else if (meta.number) {
    // "47/2020/NĐ-CP": the type code follows the year when there is one.
    const code = meta.number.split('/').slice(1).find((g) => !/^\d+$/.test(g))?.split('-')[0];
    // The code, not a word, is what the number holds ("NĐ" → Nghị định).
    const t = code ? typeOfCode(code) : undefined;
    if (t) meta.docType = t.name;
  }

  meta.period = periodOf(meta.title ?? '', meta.issueDate ?? dateYear);
  Object.assign(meta, signerOf(body));
  return meta;
}

// What may follow a type word without naming the document. Example match: "TỔNG KẾT" in "BÁO CÁO TỔNG KẾT".
const GENERIC_TYPE_REST = /^(?:tổng kết|sơ kết|tóm tắt|tổng hợp|chuyên đề|định kỳ|nhanh|chính thức|giải trình|thẩm định|thẩm tra)$/iu;
// Where the body starts after a title: a sentence opener or a numbered part.
const BODY_START = /^(Thực hiện|Căn cứ|Kính gửi|Để\s|Ngày\s+\d|Theo|Trong|Năm\s+\d|[IVX]+\.\s|\d+\.\s|[-+•])/u;

/** The title: the lines right after the type line, up to where the body starts ("Kết luận của … / tại cuộc họp …"). */
function titleAfter(head: Block[], from: number): string | undefined {
  const parts: string[] = [];
  // "\"V/v ban hành … tỉnh" / "Cần Thơ để tính thuế …" / "… khi Nhà nước thu hồi\"": a subject in
  // quotation marks runs to its closing mark, whatever its lines start with.
  const quoted = OPENING_QUOTE.test(head[from]?.text ?? '');
  for (let i = from; i < head.length && parts.length < (quoted ? 6 : 4); i++) {
    const b = head[i];
    if (quoted && parts.length && CLOSING_QUOTE.test(parts[parts.length - 1])) break;
    if (quoted && parts.length && b.text.length <= 220 && !BODY_START.test(b.text)) {
      parts.push(b.text);
      continue;
    }
    if (b.kind === 'table' || BODY_START.test(b.text) || b.text.length > 220) break;
    // A title wrapped into paragraphs goes on in small letters or a number, after a line with no
    // final punctuation: "Tình hình hoạt động 6 tháng đầu năm và kế hoạch công tác" / "6 tháng cuối năm 2009 …".
    const continues = parts.length > 0 && !/[.:;,]$/.test(parts[parts.length - 1]) && /^[\p{Ll}\d]/u.test(b.text) && b.text.length <= 160;
    if (b.kind !== 'heading' && !continues && (parts.length > 0 || b.text.length > 160 || /[.:;]$/.test(b.text))) break;
    parts.push(b.text);
  }
  return parts.length ? parts.join(' ').replace(/\s+/g, ' ').replace(quoted ? /^["“]\s*|\s*["”]$/gu : /$^/u, '') : undefined;
}
// A subject line opened or closed by a quotation mark. Example match: "\"" in "\"V/v ban hành bản Quy định …".
const OPENING_QUOTE = /^["“]\s*\p{L}/u;
const CLOSING_QUOTE = /["”]\s*$/u;

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

// Where a numbered part of the body starts: "Phần thứ nhất", "PHẦN I", "Chương I".
const PART_START = /^(?:Phần|PHẦN)\s+(?:thứ|THỨ|[IVX]+\b)|^(?:Chương|CHƯƠNG)\s+[IVX\d]+/u;

/**
 * The type line of a header set in a legacy capitals font that lost its case: a heading that is
 * only the type word ("Báo cáo", "Thông tư"), a line whose plain letters are capitals but whose
 * marked ones are not ("NGHị ĐịNH CủA CHíNH PHủ"), or the first line of a header-less report
 * that opens with its type ("Báo cáo về tình hình sản xuất …").
 */
function legacyTypeLine(head: Block[]): number {
  return head.findIndex((b, i) => {
    if (b.kind === 'table' || i > 6) return false;
    const t = typeWordAtStart(b.text);
    if (!t || t.name === GENERIC_TYPE) return false;
    const text = b.text.replace(/^[^\p{L}]+/u, '').trim();
    if (text.length === t.word.length) return b.kind === 'heading';
    if (asciiCapitals(text.slice(0, t.word.length))) return true;
    return i === 0 && text.length < 200 && !/[.;:]$/.test(text) && /^\s+(?:về|tình hình|kết quả|công tác|tổng kết)\s/iu.test(text.slice(t.word.length));
  });
}

/** Every plain (unmarked) letter in capitals, and some marked ones in small letters: "NGHị ĐịNH". */
function asciiCapitals(s: string): boolean {
  const ascii = s.replace(/[^A-Za-z]/g, '');
  return ascii.length >= 4 && ascii === ascii.toUpperCase() && /\p{Ll}/u.test(s);
}

function isUpper(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase();
}

function typeWordAtStart(text: string): { word: string; name: string } | undefined {
  // OCR leaves specks before a heading ("_.. TỜ TRÌNH").
  const upper = text.replace(/^[^\p{L}]+/u, '').toUpperCase();
  return headingTypeWords.find((t) => upper.startsWith(t.word.toUpperCase()) && !/\p{L}/u.test(upper.charAt(t.word.length)));
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
  // "… Chương trình mục tiêu quốc gia … đến năm 2030" is a programme's horizon, not the document's period.
  const found = periodsIn(title, year).filter((f) => !/(?:đến|tới)\s*(?:năm\s*)?$/iu.test(title.slice(Math.max(0, f.at - 12), f.at)) && !/^(?:đến|tới)\s/iu.test(title.slice(f.at)));
  return found[0]?.period ?? issueDate?.slice(0, 4);
}
