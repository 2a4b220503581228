/**
 * One file through every per-document stage: sniff → read → sections → metadata → references
 * → indicators. Never throws for bad content: problems become the document's status and
 * diagnostics. This is what a worker runs.
 */
import { createHash } from 'node:crypto';
import { Document, Diagnostic, ReadResult, Status } from './model.js';
import { Limits } from './limits.js';
import { sniffFormat, unrecognizedReason } from './sniff.js';
import { readPdf, ReadHooks } from './readers/pdf.js';
import { readDoc } from './readers/doc.js';
import { repairEncoding } from './text/repair-blocks.js';
import { readDocx } from './readers/docx.js';
import { readImage } from './readers/image.js';
import { assignSections } from './extract/sections.js';
import { extractMetadata } from './extract/metadata.js';
import { extractDocumentReferences, linkShortForms, DocReference } from './extract/document-references.js';
import { shortFormWarning } from './resolve/short-form-links.js';
import type { ShortFormRecord } from './schemas.js';
import { extractIndicators, UnmatchedValue } from './extract/indicators.js';
import { extractStatements } from './extract/statements/index.js';
import { indicatorRows, IndicatorRow } from './extract/indicator-rows.js';

export interface Processed {
  document: Document;
  references: DocReference[];
  indicators: IndicatorRow[];
  unmatched: UnmatchedValue[];
  /** Short forms no full reference of the document names (looked for across the corpus later). */
  shortForms: ShortFormRecord[];
  stageMs: Record<string, number>;
}

export function documentId(sha256: string): string {
  return sha256.slice(0, 16);
}

export async function processBuffer(data: Buffer, sourceFile: string, limits: Limits, hooks: ReadHooks = {}): Promise<Processed> {
  const stageMs: Record<string, number> = {};
  const time = async <T>(stage: string, f: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now();
    try {
      return await f();
    } finally {
      stageMs[stage] = (stageMs[stage] ?? 0) + performance.now() - t0;
    }
  };
  const sha256 = createHash('sha256').update(data).digest('hex');
  const format = sniffFormat(data.subarray(0, 1024));
  const document: Document = {
    id: documentId(sha256),
    sourceFile,
    format,
    sha256,
    bytes: data.length,
    status: 'ok',
    meta: {},
    blocks: [],
    diagnostics: [],
  };
  const empty = { document, references: [], indicators: [], unmatched: [], shortForms: [], stageMs };

  if (data.length === 0) return fail(empty, 'empty file (0 bytes)');
  if (data.length > limits.maxFileBytes) return fail(empty, `file is ${data.length} bytes, over the ${limits.maxFileBytes}-byte limit`);

  // OCR time (part of 'read') is the machine's, not the document's: run.json only.
  hooks = { ...hooks, onOcrMs: (ms) => (stageMs.ocr = (stageMs.ocr ?? 0) + ms) };
  let read: ReadResult;
  try {
    read = await time('read', async () => {
      switch (format) {
        case 'pdf':
          return readPdf(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), limits, hooks);
        case 'docx':
          return readDocx(data, limits);
        case 'doc':
          return readDoc(data);
        case 'jpeg':
        case 'png':
        case 'tiff':
          return readImage(data, format, limits, hooks);
        default:
          return { blocks: [], diagnostics: [], status: 'failed' as const, error: unrecognizedReason(data, sourceFile) };
      }
    });
  } catch (e) {
    return fail(empty, `reader crashed: ${(e as Error).message}`);
  }
  document.blocks = read.blocks;
  document.pages = read.pages;
  document.diagnostics.push(...read.diagnostics);
  document.status = read.status ?? 'ok';
  document.error = read.error;
  if (document.status === 'failed' || document.status === 'needs_ocr') return empty;
  await time('normalize', () => repairEncoding(document));
  if ((document.status as Status) === 'needs_ocr') return empty;

  await time('normalize', () => assignSections(document.blocks));
  document.meta = await time('metadata', () => extractMetadata(document.blocks));
  const references = await time('references', () => extractDocumentReferences(document.blocks, document.meta));
  const shortForms = await time('references', () => linkShortForms(document.blocks, references, document.meta));
  // Said again, with what the corpus made of them, when the outputs are written (resolve/short-form-links).
  if (shortForms.length) document.diagnostics.push({ code: 'references/short-form', severity: 'warning', message: shortFormWarning(shortForms) });
  const { rows, unmatched } = extractFigures(document, stageMs);
  for (const r of references) for (const w of r.warnings) addWarning(document.diagnostics, 'references/check', `${r.key}: ${w}`);
  return { document, references, indicators: rows, unmatched, shortForms, stageMs };
}

/**
 * Every figure of a document with its sections and metadata assigned: the catalog's values and
 * the open-world statements, joined into indicator rows. Separate so that an evaluation can
 * re-run the extractors on a document read once. Each stage's time is added to `stageMs`.
 */
export function extractFigures(document: Document, stageMs: Record<string, number> = {}): { rows: IndicatorRow[]; unmatched: UnmatchedValue[] } {
  const ictx = { period: document.meta.period, docType: document.meta.docType, title: document.meta.title, issueDate: document.meta.issueDate };
  const timed = <T>(stage: string, f: () => T): T => {
    const t0 = performance.now();
    try {
      return f();
    } finally {
      stageMs[stage] = (stageMs[stage] ?? 0) + performance.now() - t0;
    }
  };
  const { values } = timed('indicators', () => extractIndicators(document.blocks, ictx));
  const found = timed('statements', () => extractStatements(document.blocks, ictx));
  const ocrBlocks = new Set(document.blocks.flatMap((b, i) => (b.ocr !== undefined ? [i] : [])));
  return indicatorRows(values, found.statements, found.unlabelled, ocrBlocks);
}

function fail(p: Processed, error: string): Processed {
  p.document.status = 'failed';
  p.document.error = error;
  return p;
}

function addWarning(list: Diagnostic[], code: string, message: string): void {
  list.push({ code, severity: 'warning', message });
}
