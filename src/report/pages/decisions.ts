/**
 * The decisions index: the page is a search box; the decisions with their conflicts ship as one
 * data file that assets/decisions.js indexes with MiniSearch. Their citing reports, pages and
 * contexts (most of the weight: a national decision is cited by every report) ship in chunks
 * loaded only for the decisions shown.
 */
import type { DecisionRecord } from '../../schemas.js';
import { page } from '../html.js';
import { documentFile, type ReportModel } from '../model.js';

export interface DecisionEntry {
  id: string;
  key: string;
  variants: string[];
  type: string;
  number: string;
  symbol: string;
  issuer: string;
  province: string;
  province_now: string;
  scope: string;
  date: string;
  dates_seen: string[];
  subject: string;
  citations: number;
  mentions: number;
  conflicts: string[];
  warnings: string[];
  /** Citing files, in the chunk file data/citations/<chunk>.js. */
  cited: number;
  chunk: number;
}

export interface Citing {
  href: string;
  file: string;
  report: string;
  pages: number[];
  context: string;
  relation: string;
  footnote: boolean;
}

/** A chunk of citations is cut past this many bytes of JSON, so a shown decision loads little else. */
const CHUNK_BYTES = 150_000;

const CONTEXT_MAX = 400;

/**
 * The decisions' entries; their citations are handed to `onChunk` a chunk at a time, as each is
 * complete (chunk k, decision index → its citing files), so only one chunk is held.
 */
export function decisionEntries(m: ReportModel, onChunk: (k: number, chunk: Record<number, Citing[]>) => void): DecisionEntry[] {
  let chunk: Record<number, Citing[]> = {};
  let chunkNo = 0;
  let chunkBytes = 0;
  const entries = m.decisions.map((d: DecisionRecord, n): DecisionEntry => {
    const refs = m.citationsOf(d);
    const withRef = new Set(refs.map((r) => r.document_id));
    const reportOf = (id: string) => {
      const doc = m.documentById.get(id);
      if (!doc) return '';
      const head = [doc.doc_type, doc.number, doc.issue_date && `ngày ${doc.issue_date}`].filter(Boolean).join(' ');
      // Without its own number a report is told apart by its title.
      return doc.number ? head : [head, doc.title.slice(0, 100)].filter(Boolean).join(': ');
    };
    const cited: Citing[] = refs.map((r) => ({
      href: `${documentFile(r.document_id)}`,
      file: r.source_file,
      report: reportOf(r.document_id),
      pages: r.pages,
      context: r.context.length > CONTEXT_MAX ? `${r.context.slice(0, CONTEXT_MAX)}…` : r.context,
      relation: r.relation,
      footnote: r.in_footnote,
    }));
    // A citing file whose reference row is gone (should not happen) is still listed, without context.
    for (const c of d.cited_by) if (!withRef.has(c.document_id)) cited.push({ href: documentFile(c.document_id), file: c.source_file, report: reportOf(c.document_id), pages: [], context: '', relation: '', footnote: false });
    const bytes = JSON.stringify(cited).length;
    if (chunkBytes > 0 && chunkBytes + bytes > CHUNK_BYTES) {
      onChunk(chunkNo++, chunk);
      chunk = {};
      chunkBytes = 0;
    }
    chunk[n] = cited;
    chunkBytes += bytes;
    return {
      id: d.decision_id,
      key: d.key,
      variants: d.variants,
      type: d.type,
      number: d.number,
      symbol: d.symbol,
      issuer: d.issuer,
      province: d.province,
      province_now: d.province_now,
      scope: d.scope,
      date: d.issue_date,
      dates_seen: d.dates_seen,
      subject: d.subject,
      citations: d.citations,
      mentions: d.mentions,
      conflicts: d.conflicts,
      warnings: d.warnings,
      cited: cited.length,
      chunk: chunkNo,
    };
  });
  onChunk(chunkNo, chunk);
  return entries;
}

export function decisionsPage(m: ReportModel): string {
  const conflicts = m.decisions.filter((d) => d.conflicts.length).length;
  const body = `<h1>Decisions (${m.decisions.length})</h1>
<p class="sub">Every document the reports cite, with the reports citing it. ${conflicts} with conflicting citations.</p>
<form class="filter" role="search" id="decision-search">
<label>Search <input type="search" id="q" name="q" placeholder="number, symbol, type, issuer or words of the subject — e.g. 749/QD-TTg" autocomplete="off" autofocus></label>
<label><input type="checkbox" id="only-conflicts"> only with conflicts</label>
<output id="count"></output>
</form>
<div id="results" aria-live="polite"><p class="none">Loading the index…</p></div>`;
  return page({ title: 'Decisions', section: 'decisions', root: '', body, scripts: ['assets/common.js', 'assets/minisearch.js', 'data/decisions.js', 'assets/decisions.js'] });
}
