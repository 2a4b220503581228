/**
 * The corpus-wide index of cited documents: one row per decision, with every report citing it,
 * and the conflicts an archivist must see (two dates for one decision, near-identical keys on
 * one date).
 *
 * A number and symbol name a decision only within its issuer and year (Nghị định 30/2020/NĐ-CP,
 * Điều 15: numbers restart every 1 January). So a local key (…/QĐ-UBND) is scoped by its
 * province, and a key without the year in its number by the year of its date: An Giang's
 * 1336/QĐ-UBND of 2023 and Lâm Đồng's of 2025 are two decisions, not one with two dates.
 */
import { editDistance } from '../text/similarity.js';
import { compareKeyOf } from '../extract/references.js';
import type { DecisionRecord, ReferenceRecord } from '../schemas.js';

/** What placing a reference in its decision reads: the reference without the sentence citing it (most of its weight). */
export type ReferenceKey = Omit<ReferenceRecord, 'context'>;

interface Placed<R extends ReferenceKey> {
  ref: R;
  base: string;
  /** Province scoping the key ('' for a national key, or a local one whose province is unknown). */
  province: string;
  /** The year that scopes the key (of its date); 0 when the key is not scoped by year; null when unknown. */
  year: number | null;
}

// Party documents ("01-NQ/TU", "57-NQ/TW") are numbered through a congress term, not a year:
// their dates do not split them, so a wrong date shows as a conflict.
const PARTY_KEY = /^\d+-/u;
// What localeCompare(…, 'vi') compares by, made once: the call builds a collator each time.
const VI = new Intl.Collator('vi');
// 0: a key not scoped by year (its number has the year, or it is a Party document).
const yearOf = (r: ReferenceKey): number | null =>
  r.year !== null || PARTY_KEY.test(r.key) ? 0 : r.issue_date ? Number(r.issue_date.slice(0, 4)) : null;

/**
 * `reportOf` names the report a document is (its own number and date), so that the PDF and the
 * DOCX of one report count as one citation; without it every document is its own report.
 * `placedIn`, when given, hears which decision each reference was placed in (the index links
 * every citation to its decision; a key alone is ambiguous across provinces and years).
 */
export function buildDecisions<R extends ReferenceKey>(
  refs: R[],
  reportOf: Map<string, string> = new Map(),
  placedIn?: (ref: R, decisionId: string) => void,
): DecisionRecord[] {
  const placed: Placed<R>[] = refs.map((ref) => ({
    ref,
    base: compareKeyOf(ref.key),
    // A local reference whose province the citing document supplied is still that province's;
    // an unknown code is scoped only by what the reference itself says.
    province: ref.scope === 'national' ? '' : ref.scope === 'unknown' && ref.province_from !== 'text' ? '' : ref.province,
    year: yearOf(ref),
  }));
  // Known (province, year) groups of each key, so that a citation lacking one can join the only one.
  const groups = new Map<string, Placed<R>[]>();
  // The same groups by key (in the order they were made), so that finding a citation's
  // candidates looks at its own key's groups, not at every group of the corpus.
  const groupsOfBase = new Map<string, Array<[string, Placed<R>[]]>>();
  const notes = new Map<string, Set<string>>();
  const idOf = (p: Placed<R>) => `${p.base}|${p.province}|${p.year ?? ''}`;
  const addTo = (id: string, p: Placed<R>) => {
    const g = groups.get(id);
    if (g) return void g.push(p);
    const fresh = [p];
    groups.set(id, fresh);
    const ofBase = groupsOfBase.get(p.base);
    if (ofBase) ofBase.push([id, fresh]);
    else groupsOfBase.set(p.base, [[id, fresh]]);
  };
  const isComplete = (p: Placed<R>) => p.year !== null && (!!p.province || p.ref.scope !== 'local');
  for (const p of placed) if (isComplete(p)) addTo(idOf(p), p);
  for (const p of placed) {
    if (isComplete(p)) continue;
    // Candidates: the groups of the same key that agree with what this citation does say.
    const candidates = (groupsOfBase.get(p.base) ?? []).filter(([, g]) => {
      const q = g[0];
      return (!p.province || q.province === p.province) && (p.year === null || q.year === p.year);
    });
    let id: string;
    const why: string[] = [];
    if (candidates.length === 1) {
      id = candidates[0][0];
      const q = candidates[0][1][0];
      if (p.year === null && q.year) why.push(`${baseName(p.ref.source_file)} cites it without a date: taken as the only one known, of ${q.year}`);
      if (!p.province && q.province) why.push(`${baseName(p.ref.source_file)} does not say whose it is: taken as ${q.province}'s, the only one known`);
    } else {
      id = idOf(p);
      if (candidates.length > 1) why.push(`${baseName(p.ref.source_file)} cites it without ${p.year === null ? 'a date' : 'a province'}, and ${candidates.length} such decisions are known: not joined to any`);
      if (!p.province && p.ref.scope === 'local') why.push('local numbering, and no province is known for it');
    }
    addTo(id, p);
    for (const w of why) notes.set(id, (notes.get(id) ?? new Set()).add(w));
  }

  const sameKey = new Map<string, number>();
  for (const g of groups.values()) sameKey.set(`${g[0].base}|${g[0].province}`, (sameKey.get(`${g[0].base}|${g[0].province}`) ?? 0) + 1);

  const rows: DecisionRecord[] = [];
  for (const [id, members] of groups) {
    const group = members.map((m) => m.ref);
    const warnings = new Set<string>(notes.get(id) ?? []);
    const conflicts: string[] = [];
    const dates = [...new Set(group.map((r) => r.issue_date).filter(Boolean))].sort();
    if (dates.length > 1) {
      // Say who wrote which date, so the archivist can open the right report.
      const who = dates.map((d) => {
        const files = [...new Set(group.filter((r) => r.issue_date === d).map((r) => baseName(r.source_file)))];
        return `${d} (${files.length > 3 ? `${files.length} files` : files.join(', ')})`;
      });
      conflicts.push(`cited with ${dates.length} different dates: ${who.join('; ')}`);
    }
    const types = [...new Set(group.map((r) => r.type))];
    if (types.length > 1) conflicts.push(`cited as different types: ${types.join(', ')}`);
    // What the citing reports found wrong with this reference travels with it into the index.
    for (const r of group) {
      for (const w of r.warnings) warnings.add(/in this document/.test(w) ? `${baseName(r.source_file)}: ${w}` : w);
    }
    const citing = new Map<string, string>();
    for (const r of group) if (!citing.has(r.document_id)) citing.set(r.document_id, r.source_file);
    const first = members[0];
    const key = mostCommon(group.map((r) => r.key));
    const province = mostCommon(members.map((m) => m.province).filter(Boolean)) ?? '';
    const scope = mostCommon(group.map((r) => r.scope));
    const year = mostCommon(members.map((m) => m.year).filter((y): y is number => !!y)) ?? null;
    // The scoped id: the key, the province of a local one, and the year of one without it in its number
    // when more than one decision shares the key.
    const scoped = [key, province ? `· ${province}` : '', year !== null && (sameKey.get(`${first.base}|${first.province}`) ?? 0) > 1 ? `(${year})` : ''];
    const decisionId = scoped.filter(Boolean).join(' ');
    if (placedIn) for (const r of group) placedIn(r, decisionId);
    rows.push({
      decision_id: decisionId,
      key,
      type: mostCommon(group.map((r) => r.type)),
      number: first.ref.number,
      year: first.ref.year,
      symbol: mostCommon(group.map((r) => r.symbol)),
      scope,
      issuer: mostCommon(group.map((r) => r.issuer).filter(Boolean)) ?? '',
      province,
      province_now: mostCommon(group.map((r) => r.province_now).filter(Boolean)) ?? '',
      issue_date: mostCommon(group.map((r) => r.issue_date).filter(Boolean)) ?? '',
      dates_seen: dates,
      types_seen: types,
      variants: [...new Set(group.map((r) => r.key))].sort(),
      subject: group.map((r) => r.subject).find(Boolean) ?? '',
      cited_by: [...citing].map(([document_id, source_file]) => ({ document_id, source_file })).sort((a, b) => a.source_file.localeCompare(b.source_file)),
      short_forms: [], // filled by linkShortFormsAcross
      citations: new Set([...citing.keys()].map((id) => reportOf.get(id) ?? id)).size,
      mentions: group.reduce((n, r) => n + r.mentions, 0),
      conflicts,
      warnings: [...warnings],
    });
  }
  flagNearDuplicates(rows);
  return rows.sort((a, b) => VI.compare(a.key, b.key) || VI.compare(a.decision_id, b.decision_id));
}

/** Keys with the same number and date whose symbols differ by a typo ("1552/BTTTT-TTH" vs "-THH"). */
function flagNearDuplicates(rows: DecisionRecord[]): void {
  const byNumber = new Map<string, DecisionRecord[]>();
  for (const r of rows) {
    if (!r.number) continue; // laws cited by name have no number to mistype
    // Only keys of one number, year and province can be flagged: grouped so, the pairs compared
    // are those that can be (a corpus has thousands of decisions numbered 1).
    const n = `${r.number.replace(/^0+/, '')}|${r.year}|${r.province}`;
    const group = byNumber.get(n);
    if (group) group.push(r);
    else byNumber.set(n, [r]);
  }
  for (const group of byNumber.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        const sameDate = a.issue_date && a.issue_date === b.issue_date;
        const oneUndated = !a.issue_date || !b.issue_date;
        if (!(sameDate || oneUndated)) continue;
        // The same key twice is one number in two years or provinces, told apart on purpose.
        if (compareKeyOf(a.key) === compareKeyOf(b.key)) continue;
        if (editDistance(a.symbol.toUpperCase(), b.symbol.toUpperCase()) <= 2) {
          const why = sameDate ? `same date ${a.issue_date}` : 'one of them undated';
          a.warnings.push(`near-identical key ${b.key} (${why}): possibly the same document mistyped`);
          b.warnings.push(`near-identical key ${a.key} (${why}): possibly the same document mistyped`);
        }
      }
    }
  }
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

function mostCommon<T>(xs: T[]): T {
  // (undefined for an empty list, as the callers' `?? ''` expect)
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = xs[0];
  let n = 0;
  for (const [x, c] of counts) if (c > n) [best, n] = [x, c];
  return best;
}
