/**
 * What one processed file contributes to the outputs, as schema-shaped records. Path-dependent
 * fields (source_file) are filled in when outputs are written, because a file can move while
 * its content, and so its records, stay the same.
 */
import type { Processed } from './process.js';
import type { DocumentRecord, IndicatorRecord, ReferenceRecord, UnmatchedRecord } from './schemas.js';

export interface FileRecords {
  document: DocumentRecord;
  references: ReferenceRecord[];
  indicators: IndicatorRecord[];
  unmatched: UnmatchedRecord[];
}

export function toRecords(p: Processed): FileRecords {
  const d = p.document;
  const source = d.sourceFile;
  return {
    document: {
      document_id: d.id,
      source_file: source,
      source_files: [source],
      format: d.format,
      sha256: d.sha256,
      bytes: d.bytes,
      pages: d.pages ?? null,
      status: d.status,
      error: d.error ?? '',
      title: d.meta.title ?? '',
      doc_type: d.meta.docType ?? '',
      number: d.meta.number ?? '',
      issue_date: d.meta.issueDate ?? '',
      issuer: d.meta.issuer ?? '',
      place: d.meta.place ?? '',
      signer: d.meta.signer ?? '',
      signer_title: d.meta.signerTitle ?? '',
      period: d.meta.period ?? '',
      blocks: d.blocks.filter((b) => b.kind !== 'footnote').length,
      footnotes: d.blocks.filter((b) => b.kind === 'footnote').length,
      warnings: d.diagnostics.filter((x) => x.severity !== 'info').map((x) => (x.page ? `p${x.page}: ${x.message}` : x.message)),
      short_forms: p.shortForms,
    },
    references: p.references.map((r) => ({ document_id: d.id, source_file: source, ...r })),
    indicators: p.indicators.map((v) => ({ document_id: d.id, source_file: source, ...v })),
    unmatched: p.unmatched.map((u) => ({ document_id: d.id, source_file: source, ...u })),
  };
}

/** The records of a file that could not be processed at all (unreadable, timed out, crashed). */
export function failedRecords(sha256: string, source: string, bytes: number, error: string, format: DocumentRecord['format'] = 'unknown'): FileRecords {
  return {
    document: {
      document_id: sha256.slice(0, 16),
      source_file: source,
      source_files: [source],
      format,
      sha256,
      bytes,
      pages: null,
      status: 'failed',
      error,
      title: '',
      doc_type: '',
      number: '',
      issue_date: '',
      issuer: '',
      place: '',
      signer: '',
      signer_title: '',
      period: '',
      blocks: 0,
      footnotes: 0,
      warnings: [],
      short_forms: [],
    },
    references: [],
    indicators: [],
    unmatched: [],
  };
}
