/**
 * Look up a cited document in the outputs of a run: the query is read like any citation in a
 * report, so "749/QĐ- TTg", "749/qđ-ttg" and "Quyết định số 749/QĐ-TTg" all find 749/QĐ-TTg.
 */
import { compareKeyOf, findReferences } from '../extract/references.js';
import { normalizeChars } from '../text/normalize.js';
import { editDistance } from '../text/similarity.js';
import type { DecisionRecord, ReferenceRecord } from '../schemas.js';

export interface Lookup {
  /** The canonical key the query was read as. */
  key: string;
  decision?: DecisionRecord;
  citations: ReferenceRecord[];
  /** Keys close to the query, when nothing matched exactly. */
  suggestions: string[];
}

export function queryKey(query: string): string {
  const text = normalizeChars(query).trim();
  const found = findReferences(text);
  if (found.length > 0) return found[0].key;
  return text.replace(/\s+/g, '').replace(/\/{2,}/g, '/');
}

export function lookup(query: string, decisions: DecisionRecord[], refs: ReferenceRecord[]): Lookup {
  const key = queryKey(query);
  const want = compareKeyOf(key);
  const decision = decisions.find((d) => compareKeyOf(d.key) === want);
  const citations = refs
    .filter((r) => compareKeyOf(r.key) === want)
    .sort((a, b) => a.source_file.localeCompare(b.source_file) || (a.pages[0] ?? 0) - (b.pages[0] ?? 0));
  let suggestions: string[] = [];
  if (!decision) {
    suggestions = decisions
      .map((d) => ({ key: d.key, dist: editDistance(compareKeyOf(d.key), want) }))
      .filter((s) => s.dist <= Math.max(2, Math.floor(want.length / 5)))
      .sort((a, b) => a.dist - b.dist || a.key.localeCompare(b.key))
      .slice(0, 5)
      .map((s) => s.key);
  }
  return { key: decision?.key ?? key, decision, citations, suggestions };
}

/** Human-readable report of a lookup, one citing report per paragraph. */
export function formatLookup(l: Lookup): string {
  if (!l.decision) {
    const hint = l.suggestions.length ? `\nDid you mean: ${l.suggestions.join(', ')}` : '';
    return `${l.key}: not cited by any processed report.${hint}\n`;
  }
  const d = l.decision;
  const lines = [
    `${d.key} — ${d.type}${d.issue_date ? ` ngày ${d.issue_date}` : ''}${d.issuer ? `, ${d.issuer}` : ''}`,
    ...(d.subject ? [`  subject: ${d.subject}`] : []),
    ...(d.dates_seen.length > 1 ? [`  dates seen: ${d.dates_seen.join(', ')}`] : []),
    ...d.warnings.map((w) => `  warning: ${w}`),
    `  cited by ${d.citations} report file(s), ${d.mentions} mention(s):`,
  ];
  for (const r of l.citations) {
    const where = r.pages.length ? `p. ${r.pages.join(', ')}` : 'page unknown';
    const extra = [r.in_footnote ? 'footnote' : '', r.relation, r.issue_date].filter(Boolean).join(', ');
    lines.push(`  - ${r.source_file} (${where}${extra ? `; ${extra}` : ''})`);
    lines.push(`      ${r.context}`);
  }
  return lines.join('\n') + '\n';
}
