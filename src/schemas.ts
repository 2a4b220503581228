/**
 * The output contract: one zod schema per record type written to the output folder.
 * `npm run schemas` writes their JSON Schemas to schemas/; tests validate real outputs.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'YYYY-MM-DD or empty');
const period = z.string().regex(/^(\d{4}(-(H[12]|Q[1-4]|\d{2}))?(–\d{4})?)?$/, 'YYYY, YYYY-H1, YYYY-Q1, YYYY-MM or empty');

export const DocumentRecord = z.object({
  document_id: z.string().regex(/^[0-9a-f]{16}$/),
  source_file: z.string().min(1),
  /** Every path at which the same content was found (duplicates are processed once). */
  source_files: z.array(z.string()).min(1),
  format: z.enum(['pdf', 'docx', 'doc', 'unknown']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative().nullable(),
  status: z.enum(['ok', 'partial', 'failed', 'needs_ocr']),
  error: z.string(),
  title: z.string(),
  doc_type: z.string(),
  number: z.string(),
  issue_date: isoDate,
  issuer: z.string(),
  place: z.string(),
  /** Who signed, from the signature block ("Trần Hữu Tuấn"), and as what ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"). */
  signer: z.string(),
  signer_title: z.string(),
  period,
  blocks: z.number().int().nonnegative(),
  footnotes: z.number().int().nonnegative(),
  warnings: z.array(z.string()),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

export const ReferenceRecord = z.object({
  document_id: z.string(),
  source_file: z.string(),
  key: z.string().min(3),
  type: z.string().min(1),
  /** '' for a law cited by name and date only ("Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015"). */
  number: z.string(),
  year: z.number().int().nullable(),
  symbol: z.string(),
  issuer: z.string(),
  issue_date: isoDate,
  subject: z.string(),
  relation: z.string(),
  mentions: z.number().int().positive(),
  in_footnote: z.boolean(),
  pages: z.array(z.number().int().positive()),
  context: z.string(),
  /** Set when the reference was read by OCR: the recognizer's lowest confidence (0–100) among its mentions. */
  ocr_confidence: z.number().min(0).max(100).nullable(),
  warnings: z.array(z.string()),
});
export type ReferenceRecord = z.infer<typeof ReferenceRecord>;

export const IndicatorRecord = z.object({
  document_id: z.string(),
  source_file: z.string(),
  indicator_id: z.string().min(1),
  label: z.string(),
  /** Agency or commune the value is about (ranking tables); '' for the document's own scope. */
  entity: z.string(),
  value: z.number(),
  unit: z.string(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  kind: z.enum(['actual', 'estimate', 'target']),
  period,
  as_of: isoDate,
  page: z.number().int().positive().nullable(),
  section: z.string(),
  quote: z.string().min(1),
  confidence: z.number().min(0).max(1),
  /** Read by OCR (the confidence is then scaled by the recognizer's). */
  ocr: z.boolean(),
  count: z.number().int().positive(),
  warnings: z.array(z.string()),
});
export type IndicatorRecord = z.infer<typeof IndicatorRecord>;

export const UnmatchedRecord = z.object({
  document_id: z.string(),
  source_file: z.string(),
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  page: z.number().int().positive().nullable(),
  quote: z.string(),
});
export type UnmatchedRecord = z.infer<typeof UnmatchedRecord>;

export const DecisionRecord = z.object({
  key: z.string().min(3),
  type: z.string(),
  number: z.string(),
  year: z.number().int().nullable(),
  symbol: z.string(),
  issuer: z.string(),
  issue_date: isoDate,
  /** Every distinct date seen for this key across the corpus; more than one is a conflict. */
  dates_seen: z.array(isoDate),
  subject: z.string(),
  cited_by: z.array(z.object({ document_id: z.string(), source_file: z.string() })),
  /** Number of documents citing it. */
  citations: z.number().int().positive(),
  /** Mentions summed over those documents. */
  mentions: z.number().int().positive(),
  warnings: z.array(z.string()),
});
export type DecisionRecord = z.infer<typeof DecisionRecord>;

export const RunRecord = z.object({
  pipeline_version: z.string(),
  started_at: z.string(),
  finished_at: z.string(),
  duration_ms: z.number().nonnegative(),
  inputs: z.array(z.string()),
  output_dir: z.string(),
  files_seen: z.number().int().nonnegative(),
  /** Files (distinct contents) parsed in this run; the rest were unchanged since the last run. */
  processed: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  /** Documents dropped because their files disappeared. */
  removed: z.number().int().nonnegative(),
  /** Stopped by SIGINT/SIGTERM before every file was processed. */
  interrupted: z.boolean(),
  documents: z.number().int().nonnegative(),
  by_status: z.record(z.string(), z.number().int().nonnegative()),
  references: z.number().int().nonnegative(),
  decisions: z.number().int().nonnegative(),
  indicators: z.number().int().nonnegative(),
  unmatched: z.number().int().nonnegative(),
  stage_ms: z.record(z.string(), z.number().nonnegative()),
  skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
  warnings: z.array(z.string()),
  exit_code: z.number().int(),
});
export type RunRecord = z.infer<typeof RunRecord>;

/** Every record schema with the file stem it is written under. */
export const SCHEMAS = {
  documents: DocumentRecord,
  references: ReferenceRecord,
  indicators: IndicatorRecord,
  unmatched: UnmatchedRecord,
  decisions: DecisionRecord,
  run: RunRecord,
} as const;
