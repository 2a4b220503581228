/**
 * OCR pages of a PDF into the document model: paragraphs become blocks on their page, marked
 * with the recognizer's confidence; page numbers are dropped; wrapped lines are joined by the
 * same rule as text PDFs (a line ending in a code hyphen is glued, "NĐ-" + "CP").
 */
import type { Block, Diagnostic } from '../model.js';
import { newBlock } from '../model.js';
import type { Limits } from '../limits.js';
import { PageReader } from '../ocr/recognize.js';
import { ocrBlocks } from '../ocr/blocks.js';
import type { ReadHooks } from './pdf.js';

interface PdfDocLike {
  getPage(n: number): Promise<unknown>;
  canvasFactory?: unknown;
}

export interface OcrOutcome {
  blocks: Block[];
  failed: number[];
  diagnostics: Diagnostic[];
}

export async function ocrPages(doc: PdfDocLike, pages: number[], limits: Limits, hooks: ReadHooks): Promise<OcrOutcome> {
  const blocks: Block[] = [];
  const failed: number[] = [];
  const diagnostics: Diagnostic[] = [];
  const confidences: number[] = [];
  let reader: PageReader;
  try {
    reader = await PageReader.create();
  } catch (e) {
    diagnostics.push({ code: 'ocr/unavailable', severity: 'error', message: `OCR could not start: ${(e as Error).message}` });
    return { blocks, failed: [...pages], diagnostics };
  }
  const t0 = performance.now();
  try {
    for (const [i, n] of pages.entries()) {
      try {
        const page = (await doc.getPage(n)) as Parameters<PageReader['read']>[0];
        const r = await reader.read(page, doc.canvasFactory as Parameters<PageReader['read']>[1], limits.ocrDpi, limits.ocrPageTimeoutMs, limits.maxPagePixels);
        const pageBlocks = ocrBlocks(r.paragraphs, n, r.height, r.width);
        if (!pageBlocks.length) failed.push(n);
        else confidences.push(r.confidence);
        blocks.push(...pageBlocks);
      } catch (e) {
        failed.push(n);
        diagnostics.push({ code: 'ocr/page-failed', severity: 'error', message: `OCR of page ${n} failed: ${(e as Error).message}`, page: n });
      }
      hooks.onOcrPage?.(i + 1, pages.length);
    }
  } finally {
    await reader.close();
    hooks.onOcrMs?.(performance.now() - t0);
  }
  const read = pages.filter((n) => !failed.includes(n));
  if (read.length) {
    const mean = Math.round(confidences.reduce((a, b) => a + b, 0) / confidences.length);
    diagnostics.push({ code: 'ocr/pages', severity: 'warning', message: `text of page(s) ${read.join(', ')} comes from OCR (mean confidence ${mean}%)` });
  }
  if (failed.length) diagnostics.push({ code: 'ocr/no-text', severity: 'warning', message: `OCR recognized no text on page(s) ${failed.join(', ')}` });
  return { blocks, failed, diagnostics };
}

/** Text-layer blocks and OCR blocks in page order; footnotes stay at the end. */
export function mergeByPage(layout: Block[], ocr: Block[]): Block[] {
  const body = [...layout.filter((b) => b.kind !== 'footnote'), ...ocr];
  const order = new Map(body.map((b, i) => [b, i]));
  body.sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || order.get(a)! - order.get(b)!);
  return [...body, ...layout.filter((b) => b.kind === 'footnote')];
}
