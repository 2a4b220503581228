/**
 * Post-OCR repair of what the extractors need most: digits inside numbers and document numbers
 * ("2O22" → "2022", "l5/QĐ-UBND" → "15/QĐ-UBND"), the Icelandic eth OCR puts for "Đ"
 * ("QÐ-TTg" → "QĐ-TTg"), and NFC. Only tokens that already hold a digit are touched.
 */

import { canonicalProvinceInCaps, respaceIssuer } from '../text/places.js';

// A token of digits and separators with OCR look-alikes inside: "2O22", "1.2O7", "l5/".
const DIGITISH = /(?<![\p{L}])[0-9OoIl|]*[0-9][0-9OoIl|.,/:%-]*(?![\p{L}])/gu;
// Letters OCR confuses with digits only count as digits next to a digit or separator.
const LOOKALIKE = /[OoIl|]/g;
// A year whose last digit came out as a bracket or bar: "năm 201]" → "năm 2011".
const YEAR_TAIL = /(?<!\d)((?:19|20)\d)[\]|](?![\p{L}\d])/gu;

export function repairOcrText(text: string): string {
  return joinSplitCodes(
    text
      .normalize('NFC')
      .replace(/Ð/g, 'Đ')
      .replace(/ð/g, 'đ')
      .replace(YEAR_TAIL, (_, head: string) => `${head}1`)
      .replace(DIGITISH, (token) => token.replace(LOOKALIKE, (c) => (c === 'O' || c === 'o' ? '0' : '1'))),
  );
}

// A document number OCR split inside its digits, where "số" or a document type stands before it
// and a code follows: "Quyết định số 38 71/QĐ-BGDĐT" → "3871/QĐ-BGDĐT". Elsewhere two numbers in
// a row are two numbers.
const SPLIT_NUMBER =
  /(?<=(?:\b[Ss]ố|SỐ|Quyết định|Nghị định|Nghị quyết|Công văn|Kế hoạch|Thông tư|Chỉ thị|Thông báo|Báo cáo|Tờ trình)\s*:?\s*)(\d{1,3}) (\d{1,4})(?=\s?\/\s?(?:\d{4}\s?\/\s?)?\p{Lu})/gu;
// The National Assembly's term after its code, split off: "1671/NQ-UBTVQH 15" → "UBTVQH15".
const SPLIT_TERM = /(\/(?:[\p{Lu}]+-)?(?:UBTVQH|QH)) (\d{2})(?![\p{L}\d])/gu;
// A space after a code's hyphen: "16/ĐĐN- LĐBR", "/QĐ- UBND" → "/QĐ-UBND".
const SPLIT_HYPHEN = /(\/[\p{Lu}\d]+)- (?=\p{Lu}{2})/gu;

/** Codes and numbers OCR split with a space, joined only where their shape leaves no doubt. */
export function joinSplitCodes(text: string): string {
  return text.replace(SPLIT_NUMBER, '$1$2').replace(SPLIT_TERM, '$1$2').replace(SPLIT_HYPHEN, '$1-');
}

/**
 * A header line in capitals (the issuing body, "ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NGÃI"): misreadings
 * no such line has — a period after a full word ("DÂN.", while "TP." stays), "TÍNH" for "TỈNH",
 * "SƠ" for "SỞ", words run together ("UBNDTÌNHPHÚTHỌ"), a province with a wrong mark ("LÂM ĐÔNG").
 */
export function repairOcrCapitals(line: string): string {
  const words = line
    .split(' ')
    .map((w) => w.replace(/^(\p{Lu}{3,})[.,]$/u, '$1').replace(/^T[ÍÌĨỊ]NH$/u, 'TỈNH').replace(/^S[ƠỚỜỢỠ]$/u, 'SỞ'))
    .join(' ');
  return canonicalProvinceInCaps(respaceIssuer(words));
}
