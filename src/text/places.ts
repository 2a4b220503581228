/**
 * Place names of header date lines against the list of provinces and cities (places.json):
 * OCR misreads a mark ("Lâm Đông" for "Lâm Đồng"); the name it equals without marks is meant.
 * A spelling that differs only in where the tone mark sits ("Khánh Hoà" / "Khánh Hòa") is kept.
 */
import { z } from 'zod';
import placesJson from '../data/places.json' with { type: 'json' };
import { fold } from './normalize.js';

const Places = z.object({ places: z.array(z.string().min(2)).min(1), former: z.array(z.string().min(2)) });
const { places, former } = Places.parse(placesJson);
const byFolded = new Map(places.map((p) => [fold(p), p]));
// Former provinces name places in old reports, not the place of a header's date line.
const formerFolded = new Set(former.map(fold));

// Grave, acute, tilde, hook above, dot below: the five tones.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** Letters with their vowel marks (â, ơ, đ) but no tone, and the tone of each word. */
function shape(s: string): string {
  return s
    .normalize('NFD')
    .split(/\s+/)
    .map((w) => `${w.replace(TONES, '')}:${(w.match(TONES) ?? []).join('')}`)
    .join(' ')
    .normalize('NFC');
}

export function canonicalPlace(raw: string): string {
  const known = byFolded.get(fold(raw));
  if (!known || shape(known) === shape(raw)) return raw;
  return known;
}

/** "CÔNG AN TỈNH LÂM ĐÔNG" → "CÔNG AN TỈNH LÂM ĐỒNG": the province after TỈNH in an issuer's capitals. */
export function canonicalProvinceInCaps(text: string): string {
  return text.replace(/(TỈNH|THÀNH PHỐ)((?:\s+[\p{Lu}]+){1,4})/gu, (all, lead: string, tail: string) => {
    const words = tail.trim().split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const raw = words.slice(0, n).join(' ');
      const known = byFolded.get(fold(raw));
      if (!known) continue;
      const caps = known.toUpperCase();
      return shape(caps) === shape(raw) ? all : `${lead} ${[caps, ...words.slice(n)].join(' ')}`;
    }
    return all;
  });
}

const BODIES = ['UBND', 'HĐND', 'ỦY BAN NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN'];
const LEVELS = ['TỈNH', 'THÀNH PHỐ'];
const squashFold = (t: string) => fold(t).replace(/\s+/g, '');
// "ubndtinhphutho" → "UBND TỈNH PHÚ THỌ", for every body, level and place.
const SPACED = new Map(BODIES.flatMap((b) => LEVELS.flatMap((l) => places.map((p) => `${b} ${l} ${p.toUpperCase()}`))).map((full) => [squashFold(full), full]));

/** OCR loses the spaces of a header line: "UBNDTÌNHPHÚTHỌ" → "UBND TỈNH PHÚ THỌ". */
export function respaceIssuer(text: string): string {
  return text.replace(/[\p{Lu}]{10,}/gu, (word) => SPACED.get(squashFold(word)) ?? word);
}

/** Whether the words are a province or centrally run city ("Phú Thọ", "Bà Rịa - Vũng Tàu"), marks optional. */
export function isProvinceName(raw: string): boolean {
  const f = fold(raw.trim());
  return byFolded.has(f) || formerFolded.has(f);
}
