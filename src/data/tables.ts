/**
 * Loads the data tables users extend (document types, issuer codes) once, validated by zod,
 * and builds the lookups the extractors use.
 */
import { z } from 'zod';
import docTypesJson from './doc-types.json' with { type: 'json' };
import issuersJson from './issuers.json' with { type: 'json' };

const DocTypes = z.object({
  types: z.array(
    z.object({
      code: z.string().min(1),
      name: z.string().min(1),
      aliases: z.array(z.string()).optional(),
      party: z.boolean().optional(),
      words: z.array(z.string()).min(1),
    }),
  ),
  congVanWords: z.array(z.string()),
  // Words that name any document ("văn bản số 582/TTr-THHC"): never in conflict with a code.
  genericWords: z.array(z.string()).default([]),
  // Types only a document's own heading names ("BẢNG SO SÁNH", "THAM LUẬN"): never before a number.
  headingWords: z.array(z.string()).default([]),
  lawIssuerPattern: z.string(),
});
const Issuers = z.object({ issuers: z.record(z.string(), z.string()) });

export const docTypes = DocTypes.parse(docTypesJson);
export const issuers = Issuers.parse(issuersJson).issuers;

export interface TypeInfo {
  code: string;
  name: string;
  party: boolean;
}

const stateCodes = new Map<string, TypeInfo>();
const partyCodes = new Map<string, TypeInfo>();
for (const t of docTypes.types) {
  const info = { code: t.code, name: t.name, party: !!t.party };
  const target = t.party ? partyCodes : stateCodes;
  for (const spelling of [t.code, ...(t.aliases ?? [])]) {
    target.set(spelling, info);
    if (!target.has(spelling.toUpperCase())) target.set(spelling.toUpperCase(), info);
  }
}

/**
 * Type of a code as written ("CTr", "Ctr", "CTR" → Chương trình). Party numbers have their own
 * table first (QĐi, CV), then fall back to the state one (NQ, KL, KH, QĐ are shared).
 */
export function typeOfCode(code: string, party = false): TypeInfo | undefined {
  const lookup = (m: Map<string, TypeInfo>) => m.get(code) ?? m.get(code.toUpperCase());
  return party ? lookup(partyCodes) ?? lookup(stateCodes) : lookup(stateCodes);
}

export const lawIssuer = new RegExp(docTypes.lawIssuerPattern);

/** Type name given to generic words ("văn bản"): compatible with whatever the code says. */
export const GENERIC_TYPE = 'Văn bản';

/** All Vietnamese type words, longest first, so "Kế hoạch phối hợp" wins over "Kế hoạch". */
export const typeWords: Array<{ word: string; name: string }> = [
  ...docTypes.types.flatMap((t) => t.words.map((w) => ({ word: w, name: t.name }))),
  ...docTypes.congVanWords.map((w) => ({ word: w, name: 'Công văn' })),
  ...docTypes.genericWords.map((w) => ({ word: w, name: GENERIC_TYPE })),
].sort((a, b) => b.word.length - a.word.length);

/** Type words of a document's own heading: the citation words and the heading-only ones, longest first. */
export const headingTypeWords: Array<{ word: string; name: string }> = [...typeWords, ...docTypes.headingWords.map((w) => ({ word: w, name: w }))].sort(
  (a, b) => b.word.length - a.word.length,
);

const issuerUpper = new Map(Object.entries(issuers).map(([k, v]) => [k.toUpperCase(), v]));

/** Issuing body of an issuer code ("TTg" → Thủ tướng Chính phủ); QH15 → Quốc hội. */
export function issuerOfCode(code: string): string | undefined {
  const direct = issuers[code] ?? issuerUpper.get(code.toUpperCase());
  if (direct) return direct;
  const stem = code.replace(/\d+$/, '');
  return stem !== code ? issuers[stem] ?? issuerUpper.get(stem.toUpperCase()) : undefined;
}
