/**
 * The corpus-wide index of cited documents: one row per key, with every report citing it, and
 * the conflicts an archivist must see (two dates for one key, near-identical keys on one date).
 */
import { editDistance } from '../text/similarity.js';
import { compareKeyOf } from '../extract/references.js';
import type { DecisionRecord, ReferenceRecord } from '../schemas.js';

export function buildDecisions(refs: ReferenceRecord[]): DecisionRecord[] {
  const groups = new Map<string, ReferenceRecord[]>();
  for (const r of refs) {
    const k = compareKeyOf(r.key);
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const rows: DecisionRecord[] = [];
  for (const group of groups.values()) {
    const warnings = new Set<string>();
    const dates = [...new Set(group.map((r) => r.issue_date).filter(Boolean))].sort();
    if (dates.length > 1) {
      // Say who wrote which date, so the archivist can open the right report.
      const who = dates.map((d) => {
        const files = [...new Set(group.filter((r) => r.issue_date === d).map((r) => baseName(r.source_file)))];
        return `${d} (${files.length > 3 ? `${files.length} files` : files.join(', ')})`;
      });
      warnings.add(`cited with ${dates.length} different dates: ${who.join('; ')}`);
    }
    const types = [...new Set(group.map((r) => r.type))];
    if (types.length > 1) warnings.add(`cited as different types: ${types.join(', ')}`);
    // What the citing reports found wrong with this reference travels with it into the index.
    for (const r of group) {
      for (const w of r.warnings) warnings.add(/in this document/.test(w) ? `${baseName(r.source_file)}: ${w}` : w);
    }
    const citing = new Map<string, string>();
    for (const r of group) if (!citing.has(r.document_id)) citing.set(r.document_id, r.source_file);
    const first = group[0];
    rows.push({
      key: mostCommon(group.map((r) => r.key)),
      type: mostCommon(group.map((r) => r.type)),
      number: first.number,
      year: first.year,
      symbol: mostCommon(group.map((r) => r.symbol)),
      issuer: mostCommon(group.map((r) => r.issuer).filter(Boolean)) ?? '',
      issue_date: mostCommon(group.map((r) => r.issue_date).filter(Boolean)) ?? '',
      dates_seen: dates,
      subject: group.map((r) => r.subject).find(Boolean) ?? '',
      cited_by: [...citing].map(([document_id, source_file]) => ({ document_id, source_file })).sort((a, b) => a.source_file.localeCompare(b.source_file)),
      citations: citing.size,
      mentions: group.reduce((n, r) => n + r.mentions, 0),
      warnings: [...warnings],
    });
  }
  flagNearDuplicates(rows);
  return rows.sort((a, b) => a.key.localeCompare(b.key, 'vi'));
}

/** Keys with the same number and date whose symbols differ by a typo ("1552/BTTTT-TTH" vs "-THH"). */
function flagNearDuplicates(rows: DecisionRecord[]): void {
  const byNumber = new Map<string, DecisionRecord[]>();
  for (const r of rows) {
    if (!r.number) continue; // laws cited by name have no number to mistype
    byNumber.set(r.number.replace(/^0+/, ''), [...(byNumber.get(r.number.replace(/^0+/, '')) ?? []), r]);
  }
  for (const group of byNumber.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        const distance = editDistance(a.symbol.toUpperCase(), b.symbol.toUpperCase());
        const sameDate = a.issue_date && a.issue_date === b.issue_date;
        const oneUndated = !a.issue_date || !b.issue_date;
        if (distance <= 2 && (sameDate || oneUndated) && a.year === b.year) {
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
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = xs[0];
  let n = 0;
  for (const [x, c] of counts) if (c > n) [best, n] = [x, c];
  return best;
}
