/**
 * OCR pages of a PDF into the document model: paragraphs become blocks on their page, marked
 * with the recognizer's confidence; page numbers are dropped; wrapped lines are joined by the
 * same rule as text PDFs (a line ending in a code hyphen is glued, "NĐ-" + "CP").
 */
import type { Block, Diagnostic } from '../model.js';
import { newBlock } from '../model.js';
import type { Limits } from '../limits.js';
import { squash, normalizeChars } from '../text/normalize.js';
import { PageReader } from '../ocr/recognize.js';
import { repairOcrText } from '../ocr/repair.js';
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

const PAGE_NUMBER = /^[-–\s]*\d{1,4}[-–\s]*$/;
const CAPS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

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
        const r = await reader.read(page, doc.canvasFactory as Parameters<PageReader['read']>[1], limits.ocrDpi, limits.ocrPageTimeoutMs);
        const pageBlocks = toBlocks(r.paragraphs, n, r.height);
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
  }
  const read = pages.filter((n) => !failed.includes(n));
  if (read.length) {
    const mean = Math.round(confidences.reduce((a, b) => a + b, 0) / confidences.length);
    const perPage = Math.round((performance.now() - t0) / pages.length);
    diagnostics.push({ code: 'ocr/pages', severity: 'warning', message: `text of page(s) ${read.join(', ')} comes from OCR (mean confidence ${mean}%, ${perPage} ms per page)` });
  }
  if (failed.length) diagnostics.push({ code: 'ocr/no-text', severity: 'warning', message: `OCR recognized no text on page(s) ${failed.join(', ')}` });
  return { blocks, failed, diagnostics };
}

function toBlocks(paragraphs: Array<{ text: string; confidence: number; top: number; bottom: number }>, page: number, height: number): Block[] {
  const out: Block[] = [];
  for (const p of [...paragraphs].sort((a, b) => a.top - b.top)) {
    const lines = p.text.split(/\n/).map((l) => squash(normalizeChars(l))).filter(Boolean);
    if (!lines.length) continue;
    // OCR groups a title under its capitals line ("BÁO CÁO" / "Đánh giá …"): split runs of
    // capital lines from the lines in sentence case, as the text layer would have them.
    const runs: string[][] = [];
    for (const line of lines) {
      const caps = CAPS.test(line);
      const last = runs[runs.length - 1];
      if (last && CAPS.test(last[0]) === caps) last.push(line);
      else runs.push([line]);
    }
    for (const run of runs) {
      let text = '';
      for (const line of run) text = !text ? line : /[\p{L}\d]-$/u.test(text) ? text + line : `${text} ${line}`;
      text = repairOcrText(text);
      const nearEdge = p.top < 0.08 * height || p.bottom > 0.92 * height;
      if (PAGE_NUMBER.test(text) && nearEdge) continue;
      if (p.confidence < 30 || !/\p{L}{2}/u.test(text)) continue; // specks and stamps
      const kind = text.length <= 160 && CAPS.test(text) ? 'heading' : 'paragraph';
      out.push(newBlock(kind, text, { page, ocr: Math.round(p.confidence) }));
    }
  }
  return out;
}

/** Text-layer blocks and OCR blocks in page order; footnotes stay at the end. */
export function mergeByPage(layout: Block[], ocr: Block[]): Block[] {
  const body = [...layout.filter((b) => b.kind !== 'footnote'), ...ocr];
  const order = new Map(body.map((b, i) => [b, i]));
  body.sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || order.get(a)! - order.get(b)!);
  return [...body, ...layout.filter((b) => b.kind === 'footnote')];
}
