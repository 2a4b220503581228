/**
 * The output contract: one zod schema per record type written to the output folder.
 * `npm run schemas` writes their JSON Schemas to schemas/; tests validate real outputs.
 */
import { z } from 'zod';

/** The pattern of a date field: the workbook types its cells as dates by it. */
export const ISO_DATE_PATTERN = /^(\d{4}-\d{2}-\d{2})?$/;
const isoDate = z.string().regex(ISO_DATE_PATTERN, 'YYYY-MM-DD or empty');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
// "2024", "2024-H1", "2024-Q1", "2024-03", a run of years "2026-2030", a run of months "2008-01/2008-09".
const period = z
  .string()
  .regex(/^(\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]|\d{4}))?|\d{4}-\d{2}\/\d{4}-\d{2})?$/, 'YYYY, YYYY-H1, YYYY-Q1, YYYY-MM, YYYY-YYYY, YYYY-MM/YYYY-MM or empty');

/**
 * A mention of a cited document by type and number only ("Đề án 06", "Quyết định 749") that no
 * full reference of its own document could name: the resolve stage then looks for it across
 * the corpus, linking it only when exactly one decision fits.
 */
export const ShortFormRecord = z.object({
  form: z.string().min(1).describe('The short form as the document writes it ("Đề án 06").'),
  type: z.string().min(1).describe('Its document type ("Đề án").'),
  number: z.string().min(1).describe("Its number ('06')."),
  mentions: z.number().int().positive().describe('How often the document writes it.'),
  date: isoDate.describe('The date written right after it ("Nghị quyết số 50 ngày 13/3/2025"): then only a decision of that date fits; empty when none.'),
  province: z.string().describe("The citing document's province ('Lâm Đồng'), which scopes local candidates; '' when unknown (then only national decisions can fit)."),
  status: z
    .enum(['linked across documents', 'several in this document', 'several in the corpus', 'only a later decision', 'no full key'])
    .describe(
      'linked across documents (exactly one decision of the corpus fits: same number, the same type or a decision approving one — "Đề án 06" is 06/QĐ-TTg phê duyệt Đề án …; national, or local of the same province); several in this document (its own references fit equally); several in the corpus (two decisions fit, e.g. one number in two years: not guessed); only a later decision (the one that fits is dated after the citing report); no full key in any processed report.',
    ),
  decision_id: z.string().describe("The decision it was linked to (decisions.decision_id); '' when not linked."),
  candidates: z.array(z.string()).describe('What fits when it was not linked: keys of this document, or decision ids of the corpus.'),
});
export type ShortFormRecord = z.infer<typeof ShortFormRecord>;

export const DocumentRecord = z.object({
  document_id: z.string().regex(/^[0-9a-f]{16}$/).describe('First 16 hex digits of the SHA-256 of the content: the same file under two names is one document.'),
  source_file: z.string().min(1).describe('Path of the file (relative to the working folder when inside it); the first of source_files.'),
  /** Every path at which the same content was found (duplicates are processed once). */
  source_files: z.array(z.string()).min(1).describe('Every path at which the same content was found (duplicates are processed once).'),
  format: z.enum(['pdf', 'docx', 'doc', 'jpeg', 'png', 'tiff', 'unknown']).describe('Format recognized from the bytes (not the name); jpeg, png and tiff are scans read by OCR.'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the file content.'),
  bytes: z.number().int().nonnegative().describe('File size in bytes.'),
  pages: z.number().int().nonnegative().nullable().describe('Pages of a PDF or image file; null for DOCX/DOC (no fixed pages).'),
  status: z.enum(['ok', 'partial', 'failed', 'needs_ocr']).describe('ok; partial (some pages or blocks could not be read, see warnings); failed (see error); needs_ocr (scanned and OCR off or impossible).'),
  error: z.string().describe('Why the document failed or needs OCR; empty otherwise.'),
  title: z.string().describe('Title (trích yếu) from the header, "V/v …" for letters.'),
  doc_type: z.string().describe('Document type from the header (Báo cáo, Kế hoạch, Quyết định, Công văn …).'),
  number: z.string().describe('Own number and symbol ("346/BC-STTTT"); empty when blank or unread.'),
  issue_date: isoDate.describe('Issue date from the place-date line (YYYY-MM-DD), empty when unread.'),
  issuer: z.string().describe('Issuing body as the header writes it ("UBND TỈNH AN GIANG – SỞ THÔNG TIN VÀ TRUYỀN THÔNG").'),
  place: z.string().describe('Place of the place-date line ("An Giang, ngày 13 tháng 12 năm 2022").'),
  /** Who signed, from the signature block ("Trần Hữu Tuấn"), and as what ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"). */
  signer: z.string().describe('Who signed, from the signature block ("Trần Hữu Tuấn").'),
  signer_title: z.string().describe('As what ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC").'),
  period: period.describe('The period the document reports on, from its title ("tháng 01 năm 2025" → 2025-01); else the year of its issue date (so a decree or a letter has its year); empty when neither is read.'),
  blocks: z.number().int().nonnegative().describe('Body blocks read (paragraphs, headings, tables), footnotes not counted.'),
  footnotes: z.number().int().nonnegative().describe('Footnotes read.'),
  warnings: z.array(z.string()).describe('What the reader and extractors could not do or had to guess, with the page ("p3: …").'),
  // Defaults to none, so outputs written before short forms were kept still read (refs, report).
  short_forms: z.array(ShortFormRecord).default([]).describe('Mentions by type and number only ("Đề án 06") that no full reference of this document names, and what the corpus made of them: each with form, type, number, mentions, date, province (this document\'s), status (linked across documents, several in this document, several in the corpus, only a later decision, no full key), decision_id and candidates.'),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

export const ReferenceRecord = z.object({
  document_id: z.string().describe('The citing document.'),
  source_file: z.string().describe('Path of the citing file.'),
  key: z.string().min(3).describe('Number and symbol as cited ("749/QĐ-TTg", "01-NQ/TU"), or a law by name and date ("Luật Tổ chức Chính phủ (19/06/2015)").'),
  type: z.string().min(1).describe('Document type from the code (QĐ → Quyết định), else the word before the number.'),
  /** '' for a law cited by name and date only ("Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015"). */
  number: z.string().describe('The number (\'749\'); \'\' for a law cited by name.'),
  year: z.number().int().nullable().describe('Year written inside the number ("12/2022/TT-BTTTT"), else null.'),
  symbol: z.string().describe('Symbol after the number (\'QĐ-TTg\').'),
  issuer: z.string().describe('Issuing body: from the text ("của Thủ tướng Chính phủ"), else from the code table, completed with the province for local codes.'),
  issue_date: isoDate.describe('Date of the cited document as the citing text gives it, empty when not given.'),
  subject: z.string().describe('What it is about, from the words after it ("về việc …", "phê duyệt …").'),
  relation: z.string().describe('How the report uses it: căn cứ, thực hiện, triển khai, theo, sửa đổi, bổ sung, thay thế, bãi bỏ; empty when not said.'),
  mentions: z.number().int().positive().describe('Mentions in the document, short forms ("Quyết định 749") included.'),
  in_footnote: z.boolean().describe('Cited in a footnote.'),
  pages: z.array(z.number().int().positive()).describe('Pages where it is cited (PDF); empty where the format has no pages.'),
  context: z.string().describe('The sentence citing it (for a footnote: the body sentence pointing at it and the footnote).'),
  /** Set when the reference was read by OCR: the recognizer's lowest confidence (0–100) among its mentions. */
  ocr_confidence: z.number().min(0).max(100).nullable().describe('Set when the reference was read by OCR: the recognizer\'s lowest confidence (0–100) among its mentions; null for text.'),
  scope: z.enum(['national', 'local', 'unknown']).describe("Whose numbering the key belongs to (src/data/symbol-scopes.json): national (TTg, CP, QH15, ministries, Party Central …/TW: unique in the country), local (UBND, HĐND, TU, departments S…: every province has its own), unknown."),
  province: z.string().describe("Province of a local issuer as the document knew it ('Bình Thuận'): from the reference's words ('của UBND tỉnh Bình Thuận'), else the citing document's header; '' when national or unknown."),
  province_from: z.enum(['text', 'citing document', '']).describe("Where `province` came from; '' when there is none."),
  province_now: z.string().describe("The province `province` belongs to since the 2025 mergers (src/data/province-mergers.json): 'Lâm Đồng' for Bình Thuận; the same name when it did not merge."),
  warnings: z.array(z.string()).describe('Checks that failed (year vs date, type word vs code, dates after the report).'),
});
export type ReferenceRecord = z.infer<typeof ReferenceRecord>;

export const IndicatorRecord = z.object({
  document_id: z.string().describe('The document the statement was read from (first 16 hex digits of its SHA-256).'),
  source_file: z.string().describe('Path of the file, relative to the working folder when inside it.'),
  series_id: z.string().min(1).describe('The series the statement belongs to: the catalog id when the catalog matches, else a stable id derived from the normalized label and unit ("x_…__unit"), linked across documents to near-identical labels.'),
  catalog: z.boolean().describe('True when the catalog (src/data/indicators.json) named the measure; false for a discovered series.'),
  label: z.string().describe('The measured thing as the text names it, without the figure ("Tỷ lệ hồ sơ giải quyết đúng hạn", "thu giữ cây cần sa"); for table cells the row label and column header.'),
  label_normalized: z.string().describe('The label folded (no diacritics or case), without fillers ("số", "tổng số", "đã"), numbers and dates: the series key.'),
  entity: z.string().describe('Whom the figure is about when not the report\'s own scope: an agency, commune, level ("cấp xã"), region, economic sector ("khu vực ngoài quốc doanh") or old or former province ("Hà Tây"); empty for the report\'s own scope.'),
  value: z.number().describe('The figure as a number: counts as written, rates in percent, money in đồng (scale words applied), the first number of a fraction or rank, the lower end of a range.'),
  upper: z.number().nullable().describe('Upper end of a range ("từ 10 đến 15"), else null.'),
  unit: z.string().describe('Counting noun or unit: "hồ sơ", "%", "đồng", "điểm", "hạng", "ha"; empty when none is written.'),
  numerator: z.number().nullable().describe('Numerator when the text gives the fraction behind the figure ("419.218/462.814"), else null.'),
  denominator: z.number().nullable().describe('Denominator of that fraction, or N of a rank "12/63", else null.'),
  qualifier: z.string().describe('Bound or approximation written before the figure ("hơn", "khoảng", "dưới", "tối thiểu", "range"); empty for an exact figure. A bound is never an exact value.'),
  kind: z.enum(['actual', 'estimate', 'target', 'change']).describe('actual: achieved or existing; estimate: "ước"; target: a goal or plan figure; change: a difference ("tăng 5% so với cùng kỳ").'),
  period: period.describe('The period the figure is about: YYYY, YYYY-H1, YYYY-Q1, YYYY-MM, YYYY-YYYY (a plan\'s horizon) or YYYY-MM/YYYY-MM (a run of months).'),
  as_of: isoDate.describe('The day a snapshot figure was taken ("tính đến ngày 20/11/2025"), else empty.'),
  page: z.number().int().positive().nullable().describe('1-based page of the figure (PDF); null where the format has no pages.'),
  section: z.string().describe('The nearest heading above the figure.'),
  quote: z.string().min(1).describe('The sentence (or table place and cell) the figure was read from, as written.'),
  figure: z.string().describe('The figure exactly as written ("1.447", "90,58% (419.218/462.814 hồ sơ)").'),
  block: z.number().int().nonnegative().describe('Index of the block (paragraph, heading or table) in the document.'),
  span_start: z.number().int().nonnegative().describe('Offset of the figure in the block\'s text (UTF-16 code units).'),
  span_end: z.number().int().nonnegative().describe('Offset just past the figure in the block\'s text.'),
  label_from: z.string().describe('Where the label was read: catalog, before (the figure), after (counting noun phrase), table, breakdown, share.'),
  confidence: z.number().min(0).max(1).describe('How sure the extractor is of the label attachment (scaled by the OCR confidence when OCR read it).'),
  ocr: z.boolean().describe('Read by OCR (the confidence is then scaled by the recognizer\'s).'),
  count: z.number().int().positive().describe('How many times the document states this value (repeats collapsed into one row).'),
  warnings: z.array(z.string()).describe('Problems worth a look: bounds, disagreements inside the document or across documents.'),
});
export type IndicatorRecord = z.infer<typeof IndicatorRecord>;

export const UnmatchedRecord = z.object({
  document_id: z.string().describe('The document the figure was read from.'),
  source_file: z.string().describe('Path of the file.'),
  label: z.string().describe('The words before the figure (no label could be attached).'),
  value: z.number().describe('The figure as a number.'),
  unit: z.string().describe('Its unit when written.'),
  page: z.number().int().positive().nullable().describe('1-based page (PDF); null where the format has no pages.'),
  quote: z.string().describe('The sentence it stands in.'),
});
export type UnmatchedRecord = z.infer<typeof UnmatchedRecord>;

export const DecisionRecord = z.object({
  decision_id: z.string().min(3).describe("The decision: its key, the province of a local key ('1336/QĐ-UBND · Lâm Đồng'), and the year when the number has none and more than one decision shares the key ('749/QĐ-TTg (2020)')."),
  key: z.string().min(3).describe('Number and symbol as most citing reports write it.'),
  type: z.string().describe('Document type (Quyết định, Nghị định, Công văn …), the most common among citations.'),
  number: z.string().describe("The number ('749'); '' for a law cited by name."),
  year: z.number().int().nullable().describe('Year written inside the number (12/2022/TT-BTTTT), else null.'),
  symbol: z.string().describe("Symbol after the number ('QĐ-TTg')."),
  scope: z.enum(['national', 'local', 'unknown']).describe('Whose numbering: national keys are unique in the country, local ones within a province.'),
  issuer: z.string().describe('Issuing body as the citations name it, completed with the province from the citing header for local keys.'),
  province: z.string().describe("Province of a local decision ('' for national ones and when unknown)."),
  province_now: z.string().describe('The province it belongs to since the 2025 mergers.'),
  issue_date: isoDate.describe('Date of the decision, the most common among citations.'),
  dates_seen: z.array(isoDate).describe('Every distinct date seen for this decision across the corpus; more than one is a conflict.'),
  types_seen: z.array(z.string()).describe('Every type it was cited as.'),
  variants: z.array(z.string()).describe("Every spelling of the key seen ('57-NQ/TW', '57/NQ/TW')."),
  subject: z.string().describe('What it is about, from the first citation that says.'),
  cited_by: z.array(z.object({ document_id: z.string(), source_file: z.string() })).describe('The documents citing it.'),
  short_forms: z
    .array(z.object({ document_id: z.string(), source_file: z.string(), form: z.string(), mentions: z.number().int().positive() }))
    .default([])
    .describe('Documents that name it by type and number only ("Đề án 06") and cite no full key for it, linked across documents because it is the one decision of the corpus that fits; their mentions are in `mentions`, not in `cited_by` or `citations`.'),
  citations: z.number().int().positive().describe('Number of reports citing it: the PDF and DOCX of one report (same own number and date) count once; `cited_by` lists every file.'),
  mentions: z.number().int().positive().describe('Mentions summed over those documents, plus the short forms linked across documents (`short_forms`).'),
  conflicts: z.array(z.string()).describe('What the citations disagree on: dates, types.'),
  warnings: z.array(z.string()).describe('Other things to check: how a citation without date or province was placed, near-identical keys, problems citing reports found.'),
});
export type DecisionRecord = z.infer<typeof DecisionRecord>;

export const RunRecord = z.object({
  pipeline_version: z.string().describe('Package version plus a digest of the code and tables; a new one re-processes everything.'),
  started_at: z.string().describe('Start time (ISO 8601).'),
  finished_at: z.string().describe('End time (ISO 8601).'),
  duration_ms: z.number().nonnegative().describe('Wall time of the run.'),
  inputs: z.array(z.string()).describe('The PATHs given.'),
  output_dir: z.string().describe('The output folder.'),
  files_seen: z.number().int().nonnegative().describe('Files taken under the inputs (documents by name or content).'),
  /** Files (distinct contents) parsed in this run; the rest were unchanged since the last run. */
  processed: z.number().int().nonnegative().describe('Files parsed in this run.'),
  unchanged: z.number().int().nonnegative().describe('Files known with the same content and pipeline version: not parsed again.'),
  /** Documents dropped because their files disappeared. */
  removed: z.number().int().nonnegative().describe('Documents dropped because their files vanished from under the run\'s inputs (or, with --prune, were not under them).'),
  replaced: z.number().int().nonnegative().describe('Documents dropped because their file changed: the new content was processed in their place.'),
  /** Stopped by SIGINT/SIGTERM before every file was processed. */
  interrupted: z.boolean().describe('The run was stopped (SIGINT/SIGTERM) before every file was done; the next run completes it.'),
  documents: z.number().int().nonnegative().describe('Documents in the outputs (all runs into this folder).'),
  by_status: z.record(z.string(), z.number().int().nonnegative()).describe('Documents per status.'),
  references: z.number().int().nonnegative().describe('Reference rows written.'),
  decisions: z.number().int().nonnegative().describe('Decision rows written.'),
  indicators: z.number().int().nonnegative().describe('Indicator (statement) rows written.'),
  unmatched: z.number().int().nonnegative().describe('Unmatched figure rows written.'),
  stage_ms: z.record(z.string(), z.number().nonnegative()).describe('Time per stage (hash, read, extract, write …) in milliseconds, summed over the files processed in this run; ocr is the part of read spent on OCR. Timings live here only, so outputs of one input are byte-identical across runs.'),
  split: z
    .object({ files: z.number().int().nonnegative(), chunks: z.number().int().nonnegative() })
    .describe('Large PDFs whose pages were read by more than one worker at once (files), and the chunks of pages other workers read for them (chunks). The outputs are the same as when each file is read by one worker.')
    .optional(),
  outputs_unchanged: z
    .boolean()
    .describe('Nothing was processed, removed or replaced and the output files are as the last run wrote them: they were left as they are (same bytes), not written again.')
    .optional(),
  skipped: z.array(z.object({ path: z.string(), reason: z.string() })).describe('What was not taken under the inputs, with the reason.'),
  warnings: z.array(z.string()).describe('Run-level warnings (invalid rows, interruption).'),
  exit_code: z.number().int().describe('0 every file ok; 1 some file failed or needs OCR, or the run was interrupted; 2 setup error.'),
});
export type RunRecord = z.infer<typeof RunRecord>;

export const SeriesRecord = z.object({
  series_id: z.string().min(1).describe('The series id, as in indicators.csv.'),
  curated: z.boolean().describe('True for a catalog series, false for one discovered from the statements.'),
  name: z.string().describe('The catalog name, or the label most statements of the series use.'),
  unit: z.string().describe('The unit most statements of the series carry.'),
  labels: z.array(z.string()).describe('Every label variant seen, as written (merged near-identical labels included).'),
  merged_from: z.array(z.string()).describe('Derived ids merged into this one because their labels are near-identical (Dice on folded tokens, Jaro–Winkler).'),
  documents: z.number().int().nonnegative().describe('Number of documents with a statement of this series.'),
  statements: z.number().int().nonnegative().describe('Number of statements (rows of indicators.csv) in the series.'),
  periods: z.array(z.string()).describe('Periods with a value, in time order.'),
});
export type SeriesRecord = z.infer<typeof SeriesRecord>;

const statement = IndicatorRecord.shape;

/**
 * The tidy (long) time series, series_points.csv: one row per statement that has a period, for its
 * series, entity, period and kind, with the number, its unit and where it was read (document,
 * page, quote). The primary analysis file: filter `in_timeseries` for what timeseries.csv shows.
 */
export const SeriesPointRecord = z.object({
  point_id: z.number().int().positive().describe('Row number of the point in series_points.csv (1-based).'),
  indicator_id: z.number().int().positive().describe('The statement the point was read from: its row number in indicators.csv (1-based; indicators.indicator_id in index.sqlite).'),
  series_id: statement.series_id,
  name: z.string().describe('The series name (series.csv `name`): the catalog name, or the label most statements of a discovered series use.'),
  curated: z.boolean().describe('True for a catalog series, false for one discovered from the statements.'),
  entity: statement.entity,
  period: period.min(1).describe('The period the value is about (YYYY, YYYY-H1, YYYY-Q1, YYYY-MM, YYYY-YYYY, YYYY-MM/YYYY-MM); never empty here.'),
  granularity: z.enum(['year', 'half', 'quarter', 'month', 'years', 'months']).describe('How long the period is: year (2024), half (2024-H1), quarter (2024-Q1), month (2024-03), years (a plan horizon 2026-2030), months (a run of months 2008-01/2008-09). Compare values of one granularity only.'),
  period_start: month.describe('First month of the period (YYYY-MM): sort and filter by time with it.'),
  period_end: month.describe('Last month of the period (YYYY-MM); timeseries.csv orders periods by it.'),
  kind: statement.kind,
  value: statement.value,
  upper: statement.upper,
  unit: statement.unit,
  qualifier: statement.qualifier,
  as_of: statement.as_of,
  document_id: statement.document_id,
  source_file: statement.source_file,
  page: statement.page,
  quote: statement.quote,
  in_timeseries: z.boolean().describe('The value timeseries.csv shows for its series, entity and period: the actuals, else the estimates, else the changes; never a target.'),
  conflict: z.boolean().describe('Another statement of the same series, entity, period and kind states a different value.'),
  conflict_values: z.array(z.number()).describe('Every distinct value stated for this series, entity, period and kind, in reading order, when they disagree; empty otherwise.'),
});
export type SeriesPointRecord = z.infer<typeof SeriesPointRecord>;

/**
 * timeseries_conflicts.csv: one row per cell of timeseries.csv left empty because documents
 * disagree, with every value and where each was stated.
 */
export const TimeseriesConflictRecord = z.object({
  series_id: statement.series_id,
  name: SeriesPointRecord.shape.name,
  entity: statement.entity,
  unit: z.string().describe('The unit of the series row in timeseries.csv.'),
  period: SeriesPointRecord.shape.period,
  kind: z.enum(['actual', 'estimate', 'change']).describe('The kind of the disagreeing values (the kind timeseries.csv shows for the period).'),
  values: z.array(z.number()).describe('The distinct values stated, in reading order.'),
  statements: z.number().int().positive().describe('Number of statements behind them (series_points.csv rows).'),
  sources: z.array(z.string()).describe('Each statement as "file p.N: value" (no page for DOCX/DOC).'),
});
export type TimeseriesConflictRecord = z.infer<typeof TimeseriesConflictRecord>;

/**
 * The columns of timeseries.csv. Its period columns depend on the corpus, so this schema names
 * them by pattern (`<period>`): it documents the file and is not used to validate it.
 */
export const TimeseriesColumns = z.object({
  series_id: z.string().describe('The series (series.csv `series_id`).'),
  curated: z.boolean().describe('True for a catalog series, false for a discovered one.'),
  entity: statement.entity,
  name: z.string().describe('The series name.'),
  unit: z.string().describe('The unit of its values (for catalog series the catalog\'s: %, điểm, hạng, or the commonest counting noun).'),
  '<period>': z.number().nullable().describe('One column per period, grouped by granularity (years, then halves, quarters, months, runs of years, runs of months), in time order within a group: the value, a number only; empty when none is stated or when documents disagree (see timeseries_conflicts.csv).'),
  '<period> kind': z.enum(['actual', 'estimate', 'change', '']).describe('What the value is: actual, else estimate ("ước"), else change (a difference); targets never appear. Empty when the period has no value for the row.'),
  '<period> sources': z.string().describe('The statements behind the value, "file p.N" joined by "; " (page and quote in series_points.csv); a disagreement adds "[values: a vs b]".'),
});

/** Every record schema with the file stem it is written under. */
export const SCHEMAS = {
  documents: DocumentRecord,
  references: ReferenceRecord,
  indicators: IndicatorRecord,
  unmatched: UnmatchedRecord,
  decisions: DecisionRecord,
  series: SeriesRecord,
  series_points: SeriesPointRecord,
  timeseries_conflicts: TimeseriesConflictRecord,
  run: RunRecord,
} as const;

/** The CSV columns of every record file: the schema's fields, in its order. */
export const COLUMNS = {
  documents: Object.keys(DocumentRecord.shape),
  references: Object.keys(ReferenceRecord.shape),
  indicators: Object.keys(IndicatorRecord.shape),
  unmatched: Object.keys(UnmatchedRecord.shape),
  decisions: Object.keys(DecisionRecord.shape),
  series: Object.keys(SeriesRecord.shape),
  series_points: Object.keys(SeriesPointRecord.shape),
  timeseries_conflicts: Object.keys(TimeseriesConflictRecord.shape),
};
