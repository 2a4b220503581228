/**
 * One file through every per-document stage: sniff → read → sections → metadata → references
 * → indicators. Never throws for bad content: problems become the document's status and
 * diagnostics. This is what a worker runs.
 */
import { createHash } from 'node:crypto';
import { Block, Document, Diagnostic, ReadResult, Status } from './model.js';
import { Limits } from './limits.js';
import { sniffFormat } from './sniff.js';
import { readPdf, ReadHooks } from './readers/pdf.js';
import { readDoc } from './readers/doc.js';
import { dropSoftHyphens, fromTcvn3, fromVni, repairText, textQuality } from './text/legacy-encoding.js';
import { readDocx } from './readers/docx.js';
import { assignSections } from './extract/sections.js';
import { extractMetadata } from './extract/metadata.js';
import { extractDocumentReferences, DocReference } from './extract/document-references.js';
import { extractIndicators, IndicatorValue, UnmatchedValue } from './extract/indicators.js';

export interface Processed {
  document: Document;
  references: DocReference[];
  indicators: IndicatorValue[];
  unmatched: UnmatchedValue[];
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
  const empty = { document, references: [], indicators: [], unmatched: [], stageMs };

  if (data.length === 0) return fail(empty, 'empty file (0 bytes)');
  if (data.length > limits.maxFileBytes) return fail(empty, `file is ${data.length} bytes, over the ${limits.maxFileBytes}-byte limit`);

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
        default:
          return { blocks: [], diagnostics: [], status: 'failed' as const, error: unrecognized(data, sourceFile) };
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
  const { values, unmatched } = await time('indicators', () =>
    extractIndicators(document.blocks, { period: document.meta.period, docType: document.meta.docType }),
  );
  for (const r of references) for (const w of r.warnings) addWarning(document.diagnostics, 'references/check', `${r.key}: ${w}`);
  return { document, references, indicators: values, unmatched, stageMs };
}

function fail(p: Processed, error: string): Processed {
  p.document.status = 'failed';
  p.document.error = error;
  return p;
}

function addWarning(list: Diagnostic[], code: string, message: string): void {
  list.push({ code, severity: 'warning', message });
}

/** Say what the bytes are not, and what the name claimed: "named .docx but not a zip package". */
function unrecognized(data: Buffer, sourceFile: string): string {
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(sourceFile)?.[1]?.toLowerCase();
  const claim =
    ext === 'pdf'
      ? 'named .pdf but does not start with %PDF-'
      : ext === 'docx'
        ? 'named .docx but is not a zip package (DOCX files are zip archives)'
        : ext === 'doc'
          ? 'named .doc but lacks the OLE2 signature of Word 97-2003 files'
          : `named .${ext ?? '(no extension)'}`;
  const looks = looksLikeText(data.subarray(0, 4096)) ? 'it looks like plain text' : 'its bytes match no known format';
  return `unrecognized format: ${claim}; ${looks} (files are recognized by content: PDF, DOCX, DOC)`;
}

/** Valid UTF-8 without control characters other than tab and line breaks. */
function looksLikeText(head: Buffer): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text);
  } catch {
    return false;
  }
}

/**
 * Legacy encodings are converted block by block; text that no table turns into Vietnamese is
 * never passed on. Mostly unreadable → needs_ocr with no blocks; a few bad blocks → dropped, partial.
 */
function repairEncoding(document: Document): void {
  let letters = 0;
  let unreadable = 0;
  const badPages = new Set<number>();
  const converted: Record<string, number> = {};
  const kept: Block[] = [];
  for (const b of document.blocks) {
    const q = textQuality(b.text);
    letters += q.letters + q.foreign;
    const r = repairText(b.text);
    if (r.kind === 'unreadable') {
      unreadable += q.letters + q.foreign;
      if (b.page) badPages.add(b.page);
      continue;
    }
    const result = r.kind === 'converted' ? r.result : dropSoftHyphens(b.text);
    if (r.kind === 'ok' && result.text === b.text) {
      kept.push(b);
      continue;
    }
    {
      const { offsets } = result;
      b.text = result.text;
      b.footnoteRefs = b.footnoteRefs.map((f) => ({ ...f, offset: offsets[Math.min(f.offset, offsets.length - 1)] }));
      if (b.pageBreaks) b.pageBreaks = b.pageBreaks.map(([o, p]) => [offsets[Math.min(o, offsets.length - 1)], p]);
      const fix = r.kind === 'converted' ? (r.encoding === 'TCVN3' ? fromTcvn3 : fromVni) : dropSoftHyphens;
      if (b.rows) for (const row of b.rows) for (const cell of row) cell.text = fix(cell.text).text;
      if (r.kind === 'converted') converted[r.encoding] = (converted[r.encoding] ?? 0) + 1;
      kept.push(b);
    }
  }
  for (const [enc, n] of Object.entries(converted)) {
    document.diagnostics.push({ code: 'text/legacy-encoding', severity: 'warning', message: `${n} blocks were in the legacy ${enc} encoding and were converted to Unicode` });
  }
  if (!unreadable) return;
  const pages = badPages.size ? ` on page(s) ${[...badPages].sort((a, b) => a - b).join(', ')}` : '';
  const share = Math.round((unreadable / Math.max(1, letters)) * 100);
  if (unreadable > 0.2 * letters) {
    document.blocks = [];
    document.status = 'needs_ocr';
    document.error = `text layer is not readable Vietnamese${pages} (${share}% of the text is in a font without a usable Unicode map, and no legacy table converts it): OCR needed`;
    return;
  }
  document.blocks = kept;
  document.status = 'partial';
  document.diagnostics.push({ code: 'text/unreadable', severity: 'warning', message: `${share}% of the text${pages} is not readable Vietnamese (font without a Unicode map) and was left out` });
}
