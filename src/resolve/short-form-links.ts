/**
 * The corpus step for short forms ("Đề án 06", "Quyết định 749") that no full reference of their
 * own document names: linked to a decision only when exactly one decision of the whole corpus
 * can be meant, and otherwise left unresolved with the reason (two decisions fit; none does).
 *
 * A short form has no symbol, so it cannot say whose numbering it is in: a national decision of
 * that type and number fits anywhere, a local one only in the citing document's own province
 * (An Giang's "Quyết định 749" is never Lâm Đồng's 749/QĐ-UBND). It has no date either, so it
 * never picks between one number of two years: both fit, and that is "several in the corpus".
 */
import { fitsDate, fitsShortForm, shortNumber } from '../extract/short-forms.js';
import type { DecisionRecord, DocumentRecord, ShortFormRecord } from '../schemas.js';

type Linked = DecisionRecord['short_forms'][number];

/** The decisions a short form of the citing document's province can mean. */
function candidatesOf(sf: ShortFormRecord, byNumber: Map<string, DecisionRecord[]>): DecisionRecord[] {
  return (byNumber.get(shortNumber(sf.number)) ?? []).filter(
    (d) => fitsShortForm(sf.type, d) && fitsDate(sf.date, d.dates_seen, d.year) && (d.scope === 'national' || (!!sf.province && d.province === sf.province)),
  );
}

/**
 * Resolves every document's pending short forms ('no full key' as the document left them)
 * against the decisions; returns the documents with their short forms and warning said anew,
 * and the decisions with the short forms linked to them counted as mentions.
 */
export function linkShortFormsAcross(documents: DocumentRecord[], decisions: DecisionRecord[]): { documents: DocumentRecord[]; decisions: DecisionRecord[] } {
  const byNumber = new Map<string, DecisionRecord[]>();
  for (const d of decisions) {
    if (!d.number) continue;
    const n = shortNumber(d.number);
    const list = byNumber.get(n);
    if (list) list.push(d);
    else byNumber.set(n, [d]);
  }
  const linkedTo = new Map<string, Linked[]>();
  const docs = documents.map((doc) => {
    if (!doc.short_forms.length) return doc;
    const resolved = doc.short_forms.map((sf): ShortFormRecord => {
      if (sf.status !== 'no full key') return sf;
      const fit = candidatesOf(sf, byNumber);
      if (fit.length > 1) return { ...sf, status: 'several in the corpus', candidates: fit.map((d) => d.decision_id) };
      if (fit.length === 0) return sf;
      const [d] = fit;
      // A report cannot cite what was issued after it: the one decision that fits is another one.
      if (doc.issue_date && d.dates_seen.length && d.dates_seen.every((x) => x > doc.issue_date)) {
        return { ...sf, status: 'only a later decision', candidates: [d.decision_id] };
      }
      const list = linkedTo.get(d.decision_id) ?? [];
      list.push({ document_id: doc.document_id, source_file: doc.source_file, form: sf.form, mentions: sf.mentions });
      linkedTo.set(d.decision_id, list);
      return { ...sf, status: 'linked across documents', decision_id: d.decision_id, candidates: [] };
    });
    const before = shortFormWarning(doc.short_forms);
    const warnings = doc.warnings.map((w) => (w === before ? shortFormWarning(resolved, true) : w));
    return { ...doc, short_forms: resolved, warnings };
  });
  const decs = decisions.map((d) => {
    const links = linkedTo.get(d.decision_id);
    if (!links) return d;
    const short_forms = [...d.short_forms, ...links].sort((a, b) => a.source_file.localeCompare(b.source_file) || a.form.localeCompare(b.form));
    return { ...d, short_forms, mentions: d.mentions + links.reduce((n, l) => n + l.mentions, 0) };
  });
  return { documents: docs, decisions: decs };
}

/**
 * The document's warning about its short forms. Before the corpus is consulted (`corpusChecked`
 * false) a form with no full key is said to have none in this document only: another report
 * may well cite it in full.
 */
export function shortFormWarning(forms: ShortFormRecord[], corpusChecked = false): string {
  const times = (sf: ShortFormRecord) => (sf.mentions > 1 ? `${sf.form} (${sf.mentions}×)` : sf.form);
  const said: Array<[ShortFormRecord['status'], string, (sf: ShortFormRecord) => string]> = [
    ['linked across documents', 'linked across documents, as the one decision of the corpus that fits', (sf) => `${times(sf)} → ${sf.decision_id}`],
    ['several in this document', 'several references of this document fit, not guessed', (sf) => `${times(sf)} (${sf.candidates.join(', ')})`],
    ['several in the corpus', 'several decisions of the corpus fit, not guessed', (sf) => `${times(sf)} (${sf.candidates.join(', ')})`],
    ['only a later decision', 'the one decision that fits is dated after this report', (sf) => `${times(sf)} (${sf.candidates.join(', ')})`],
    ['no full key', corpusChecked ? 'no full key in any processed report' : 'no full reference in this document to say which', times],
  ];
  const parts = said.flatMap(([status, what, one]) => {
    const of = forms.filter((sf) => sf.status === status);
    return of.length ? [`${what}: ${of.map(one).join(', ')}`] : [];
  });
  return `cited by type and number only — ${parts.join('; ')}`;
}
