/**
 * `refs list`: the decisions of a run, narrowed by what an archivist browses by — type, issuer
 * or province, year, citing report — and printed as a table, CSV or JSON. Filters are matched
 * folded (no diacritics or case: "quyet dinh" is Quyết định), so a keyboard without Telex will do.
 */
import { fold } from '../text/normalize.js';
import { toCsv } from '../write/outputs.js';
import { COLUMNS, type DecisionRecord } from '../schemas.js';

export interface ListFilter {
  /** A document type as the outputs name it ("Quyết định", "quyet dinh"): the type or any type it was cited as. */
  type?: string;
  /** Part of the issuer or province ("Lâm Đồng", "thu tuong"), as `refs find --issuer`. */
  issuer?: string;
  /** The year of the decision: in its number (12/2022/TT-BTTTT) or of its date. */
  year?: number;
  /** A citing document: its document_id, or part of its file name ("bc-346"). */
  citedBy?: string;
}

export type ListFormat = 'table' | 'csv' | 'json';
export const LIST_FORMATS: ListFormat[] = ['table', 'csv', 'json'];

// Vietnamese order, numbers by value: 109/KH-UBND before 1033/KH-UBND, as a register lists them.
const VI = new Intl.Collator('vi', { numeric: true });
// A document id as the outputs print it, the first 16 hex digits of the SHA-256: "14e7c14587047ae1".
const DOCUMENT_ID = /^[0-9a-f]{16}$/;

/** The year a decision belongs to: written in its number, else of its date; null when neither says. */
export function yearOfDecision(d: DecisionRecord): number | null {
  return d.year ?? (d.issue_date ? Number(d.issue_date.slice(0, 4)) : null);
}

/** Whether document `q` (an id, or part of a file name) cites `d`, in full or by a short form linked to it. */
function citedBy(d: DecisionRecord, q: string): boolean {
  const citing = [...d.cited_by, ...d.short_forms];
  if (DOCUMENT_ID.test(q)) return citing.some((c) => c.document_id === q);
  const want = fold(q);
  return citing.some((c) => fold(c.source_file).includes(want));
}

/** The decisions every given filter admits, in a stable order: type, then key, then decision id. */
export function listDecisions(decisions: DecisionRecord[], filter: ListFilter = {}): DecisionRecord[] {
  const type = filter.type !== undefined ? fold(filter.type) : undefined;
  const issuer = filter.issuer !== undefined ? fold(filter.issuer) : undefined;
  return decisions
    .filter(
      (d) =>
        (type === undefined || [d.type, ...d.types_seen].some((t) => fold(t) === type)) &&
        (issuer === undefined || fold(`${d.issuer} ${d.province}`).includes(issuer)) &&
        (filter.year === undefined || yearOfDecision(d) === filter.year) &&
        (filter.citedBy === undefined || citedBy(d, filter.citedBy)),
    )
    .sort((a, b) => VI.compare(a.type, b.type) || VI.compare(a.key, b.key) || VI.compare(a.decision_id, b.decision_id));
}

/** Every type the decisions were cited as, for "did you mean" on a mistyped --type. */
export function typesOf(decisions: DecisionRecord[]): string[] {
  return [...new Set(decisions.flatMap((d) => [d.type, ...d.types_seen]))].sort(VI.compare);
}

const SUBJECT_WIDTH = 70;

/** The list as the person asked: an aligned table for reading, CSV (decisions.csv's columns) or JSON. */
export function formatList(rows: DecisionRecord[], format: ListFormat): string {
  // CSV on stdout without the BOM the files carry for spreadsheets: it is read by other tools.
  if (format === 'csv') return toCsv(rows, COLUMNS.decisions).replace(/^\uFEFF/, '');
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  const header = ['decision', 'type', 'date', 'issuer', 'reports', 'mentions', 'subject'];
  const cells = rows.map((d) => [
    d.decision_id,
    d.type,
    d.issue_date,
    d.issuer || d.province,
    String(d.citations),
    String(d.mentions),
    d.subject.length > SUBJECT_WIDTH ? `${d.subject.slice(0, SUBJECT_WIDTH - 1)}…` : d.subject,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => [...c[i]].length)));
  const line = (c: string[]) => c.map((x, i) => (i === c.length - 1 ? x : x + ' '.repeat(widths[i] - [...x].length))).join('  ').trimEnd();
  return [line(header), ...cells.map(line), `${rows.length} decision(s)`].join('\n') + '\n';
}
