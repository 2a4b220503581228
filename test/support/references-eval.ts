/**
 * Distinct references of a document against a hand-made key (fixtures/golden/references-real.json):
 * found, missed, spurious, and dates right among the key's dated references.
 */
import type { DocReference } from '../../src/extract/document-references.js';
import { compareKeyOf } from '../../src/extract/references.js';

export interface KeyRef {
  key: string;
  type: string | null;
  issue_date: string | null;
  page: number;
  quote: string;
}

export interface RefScore {
  key: number;
  found: number;
  missed: string[];
  spurious: string[];
  dated: number;
  datesRight: number;
  wrongDates: string[];
}

export function scoreReferences(got: DocReference[], want: KeyRef[], ownNumber: string | null): RefScore {
  const own = ownNumber ? compareKeyOf(ownNumber) : null;
  const ours = new Map(got.filter((r) => compareKeyOf(r.key) !== own).map((r) => [compareKeyOf(r.key), r]));
  const s: RefScore = { key: want.length, found: 0, missed: [], spurious: [], dated: 0, datesRight: 0, wrongDates: [] };
  const wanted = new Set<string>();
  for (const k of want) {
    const ck = compareKeyOf(k.key);
    wanted.add(ck);
    const r = ours.get(ck);
    if (!r) {
      s.missed.push(k.key);
      continue;
    }
    s.found++;
    if (k.issue_date) {
      s.dated++;
      if (r.issue_date === k.issue_date) s.datesRight++;
      else s.wrongDates.push(`${k.key}: ${r.issue_date || '—'} ≠ ${k.issue_date}`);
    }
  }
  for (const [ck, r] of ours) if (!wanted.has(ck)) s.spurious.push(r.key);
  return s;
}
