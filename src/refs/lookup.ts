/**
 * Look up a cited document in the outputs of a run: the query is read like any citation in a
 * report, so "749/QĐ- TTg", "749/qđ-ttg" and "Quyết định số 749/QĐ-TTg" all find 749/QĐ-TTg.
 */
import { compareKeyOf, findReferences } from '../extract/references.js';
import { fold, normalizeChars } from '../text/normalize.js';
import { editDistance } from '../text/similarity.js';
import type { DecisionRecord, ReferenceRecord } from '../schemas.js';

export interface Lookup {
  /** The canonical key the query was read as. */
  key: string;
  /** The first of `decisions` (most cited), kept for callers that want one. */
  decision?: DecisionRecord;
  /** Every decision with that key: one per province (local keys) or year (keys without one in the number). */
  decisions: DecisionRecord[];
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

export function lookup(query: string, decisions: DecisionRecord[], refs: ReferenceRecord[], issuer?: string): Lookup {
  // A key exactly as the outputs print it (a law by name: "Luật Ngân sách nhà nước (25/06/2015)")
  // is taken as it is; anything else is read like a citation.
  const printed = normalizeChars(query).trim().replace(/\s+/g, ' ');
  const exact = decisions.some((d) => compareKeyOf(d.key) === compareKeyOf(printed) || d.decision_id === printed);
  const key = exact ? printed : queryKey(query);
  const want = compareKeyOf(key);
  const byIssuer = (d: { issuer: string; province?: string }) => !issuer || fold(`${d.issuer} ${d.province ?? ''}`).includes(fold(issuer));
  const matching = decisions
    .filter((d) => (compareKeyOf(d.key) === want || d.decision_id === printed || d.variants.some((v) => compareKeyOf(v) === want)) && byIssuer(d))
    .sort((a, b) => b.citations - a.citations || a.decision_id.localeCompare(b.decision_id));
  const decision = matching[0];
  const citations = refs
    .filter((r) => compareKeyOf(r.key) === want && byIssuer(r))
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
  return { key: decision?.key ?? key, decision, decisions: matching, citations, suggestions };
}

/** Human-readable report of a lookup, one citing report per paragraph. */
export function formatLookup(l: Lookup): string {
  if (!l.decision) {
    const hint = l.suggestions.length ? `\nDid you mean: ${l.suggestions.join(', ')}` : '';
    return `${l.key}: not cited by any processed report.${hint}\n`;
  }
  const lines: string[] = [];
  if (l.decisions.length > 1) lines.push(`${l.key}: ${l.decisions.length} different decisions carry this key (${l.decisions[0].scope === 'local' ? 'local numbering: one per province' : 'numbers restart every year'}).`);
  for (const d of l.decisions) {
    lines.push(
      `${d.decision_id} — ${d.type}${d.issue_date ? ` ngày ${d.issue_date}` : ''}${d.issuer ? `, ${d.issuer}` : ''}${d.province_now && d.province_now !== d.province ? ` (now ${d.province_now})` : ''}`,
      ...(d.subject ? [`  subject: ${d.subject}`] : []),
      ...(d.dates_seen.length > 1 ? [`  dates seen: ${d.dates_seen.join(', ')}`] : []),
      ...(d.variants.length > 1 ? [`  written as: ${d.variants.join(', ')}`] : []),
      ...d.conflicts.map((w) => `  conflict: ${w}`),
      ...d.warnings.map((w) => `  warning: ${w}`),
      `  cited by ${d.citations} report(s) in ${d.cited_by.length} file(s), ${d.mentions} mention(s): ${d.cited_by.map((c) => c.source_file).join(', ')}`,
      ...(d.short_forms.length ? [`  named by type and number only, linked across documents: ${d.short_forms.map((s) => `${s.source_file} (${s.form}${s.mentions > 1 ? ` ${s.mentions}×` : ''})`).join(', ')}`] : []),
    );
  }
  lines.push('Citations:');
  for (const r of l.citations) {
    const where = r.pages.length ? `p. ${r.pages.join(', ')}` : 'page unknown';
    const extra = [r.in_footnote ? 'footnote' : '', r.relation, r.issue_date].filter(Boolean).join(', ');
    lines.push(`  - ${r.source_file} (${where}${extra ? `; ${extra}` : ''})`);
    lines.push(`      ${r.context}`);
  }
  return lines.join('\n') + '\n';
}
