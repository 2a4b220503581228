/**
 * Scores a document's metadata (extractMetadata's DocMeta) against a hand-written answer key
 * (fixtures/golden/metadata-real.json): per field right, partly right, wrong, missed or
 * spurious. Text is compared folded (no diacritics, case, spacing or dash style), because the
 * key records what is printed and the header's casing is not what we measure.
 */
import type { DocMeta } from '../../src/model.js';

export const FIELDS = ['doc_type', 'number', 'issue_date', 'issuer', 'place', 'title', 'period'] as const;
export type Field = (typeof FIELDS)[number];

export interface KeyMeta {
  doc_type: string | null;
  number: string | null;
  issue_date: string | null;
  issuer: string | null;
  place: string | null;
  title: string | null;
  period: string | null;
  notes?: string;
}

export type Outcome = 'right' | 'partial' | 'wrong' | 'missed' | 'spurious' | 'none';

const OURS: Record<Field, keyof DocMeta> = {
  doc_type: 'docType',
  number: 'number',
  issue_date: 'issueDate',
  issuer: 'issuer',
  place: 'place',
  title: 'title',
  period: 'period',
};

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[–—-]/g, '-')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:]+$/u, '')
    .trim();
}

function tokens(s: string): string[] {
  return fold(s).split(/[^\p{L}\d]+/u).filter(Boolean);
}

/** Dice coefficient of the two token multisets. */
export function tokenDice(a: string, b: string): number {
  const x = tokens(a);
  const y = tokens(b);
  if (!x.length && !y.length) return 1;
  const count = new Map<string, number>();
  for (const t of x) count.set(t, (count.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of y) {
    const n = count.get(t) ?? 0;
    if (n > 0) {
      common++;
      count.set(t, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/** The body that issued it: the last part of "PARENT – BODY". */
function ownBody(issuer: string): string {
  const parts = fold(issuer).split(' - ');
  return parts[parts.length - 1];
}

export function scoreField(field: Field, ours: string | undefined, key: string | null): Outcome {
  const got = (ours ?? '').trim();
  if (!key) return got ? 'spurious' : 'none';
  if (!got) return 'missed';
  switch (field) {
    case 'number':
      return got.replace(/\s+/g, '') === key.replace(/\s+/g, '') ? 'right' : 'wrong';
    case 'issue_date':
    case 'period':
      return got === key ? 'right' : 'wrong';
    case 'issuer': {
      if (fold(got) === fold(key)) return 'right';
      return ownBody(got) === ownBody(key) || fold(key).includes(fold(got)) || fold(got).includes(fold(key)) ? 'partial' : 'wrong';
    }
    case 'title': {
      const d = tokenDice(got, key);
      return d >= 0.9 ? 'right' : d >= 0.6 ? 'partial' : 'wrong';
    }
    default:
      return fold(got) === fold(key) ? 'right' : 'wrong';
  }
}

export interface DocMetaScore {
  file: string;
  fields: Record<Field, { outcome: Outcome; ours: string; key: string | null }>;
}

export function scoreMeta(file: string, meta: DocMeta, key: KeyMeta): DocMetaScore {
  const fields = {} as DocMetaScore['fields'];
  for (const f of FIELDS) {
    const ours = (meta[OURS[f]] as string | undefined) ?? '';
    fields[f] = { outcome: scoreField(f, ours, key[f]), ours, key: key[f] };
  }
  return { file, fields };
}

export interface FieldSummary {
  keyed: number;
  right: number;
  partial: number;
  wrong: number;
  missed: number;
  spurious: number;
  /** right / keyed. */
  recall: number;
  /** right / everything we gave (right, partial, wrong, spurious). */
  precision: number;
}

export function summarize(scores: DocMetaScore[]): Record<Field, FieldSummary> {
  const out = {} as Record<Field, FieldSummary>;
  for (const f of FIELDS) {
    const n = (o: Outcome) => scores.filter((s) => s.fields[f].outcome === o).length;
    const right = n('right');
    const given = right + n('partial') + n('wrong') + n('spurious');
    const keyed = scores.filter((s) => s.fields[f].key).length;
    out[f] = { keyed, right, partial: n('partial'), wrong: n('wrong'), missed: n('missed'), spurious: n('spurious'), recall: keyed ? right / keyed : 1, precision: given ? right / given : 1 };
  }
  return out;
}
