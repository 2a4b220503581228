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
  return text
    .normalize('NFC')
    .replace(/Ð/g, 'Đ')
    .replace(/ð/g, 'đ')
    .replace(YEAR_TAIL, (_, head: string) => `${head}1`)
    .replace(DIGITISH, (token) => token.replace(LOOKALIKE, (c) => (c === 'O' || c === 'o' ? '0' : '1')));
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
