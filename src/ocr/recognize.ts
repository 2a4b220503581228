/**
 * OCR of scanned PDF pages and image files: pdf.js renders a page (on @napi-rs/canvas), tesseract.js reads it
 * with the Vietnamese model installed from npm (@tesseract.js-data/vie) and loaded from
 * node_modules — nothing is downloaded at run time. Each page has its own time limit.
 */
import { createRequire } from 'node:module';
import type { Worker as TesseractWorker } from 'tesseract.js';

const require = createRequire(import.meta.url);
const VIE = require('@tesseract.js-data/vie') as { langPath: string; gzip: boolean };

/**
 * A recognizer with the Vietnamese model. tesseract.js is loaded the first time a page needs
 * OCR, not with the reader: a worker that only ever sees text PDFs never pays its memory.
 */
async function newRecognizer(): Promise<TesseractWorker> {
  const { createWorker, OEM } = await import('tesseract.js');
  // cacheMethod none: the model is read from node_modules, never written to or fetched from elsewhere.
  return createWorker('vie', OEM.LSTM_ONLY, { langPath: VIE.langPath, gzip: VIE.gzip, cacheMethod: 'none' });
}

/** One printed line, cut where the words are far apart (two header columns share a line). */
export interface OcrLine {
  segments: string[];
  top: number;
  /** Width of the line's ink: a justified body line runs the page's width, header lines do not. */
  width: number;
}

export interface OcrParagraph {
  text: string;
  lines: OcrLine[];
  confidence: number;
  /** Top of the paragraph in page pixels (for reading order and page-number detection). */
  top: number;
  bottom: number;
  left: number;
}

export interface OcrPageResult {
  paragraphs: OcrParagraph[];
  confidence: number;
  ms: number;
  height: number;
  width: number;
}

interface RenderablePage {
  getViewport(o: { scale: number }): { width: number; height: number };
  render(o: unknown): { promise: Promise<void> };
}

interface CanvasFactory {
  create(w: number, h: number): { canvas: { toBuffer(type: 'image/png'): Buffer }; context: unknown };
}

export class PageReader {
  private constructor(private worker: TesseractWorker) {}

  static async create(): Promise<PageReader> {
    return new PageReader(await newRecognizer());
  }

  /**
   * Render a PDF page and read it. The resolution is lowered for a page that would exceed
   * `maxPixels` at `dpi` (a poster-sized page), never the other way.
   */
  async read(page: RenderablePage, canvasFactory: CanvasFactory, dpi: number, timeoutMs: number, maxPixels = Infinity): Promise<OcrPageResult> {
    const t0 = performance.now();
    const at72 = page.getViewport({ scale: 1 });
    const scale = Math.min(dpi / 72, Math.sqrt(maxPixels / Math.max(1, at72.width * at72.height)));
    const viewport = page.getViewport({ scale });
    const { canvas, context } = canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvasContext: context, viewport, canvas }).promise;
    const r = await this.readImage(canvas.toBuffer('image/png'), viewport.width, viewport.height, timeoutMs);
    return { ...r, ms: performance.now() - t0 };
  }

  /** Read an encoded image (PNG, JPEG) of `width` × `height` pixels. */
  async readImage(image: Buffer, width: number, height: number, timeoutMs: number): Promise<OcrPageResult> {
    const t0 = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`OCR of the page took longer than ${timeoutMs / 1000} s`)), timeoutMs);
    });
    try {
      // debug: Tesseract's own messages ("Image too small to scale!!") go to the result, not the terminal.
      const r = await Promise.race([this.worker.recognize(image, {}, { text: false, blocks: true, debug: true }), timeout]);
      const paragraphs: OcrParagraph[] = [];
      for (const block of r.data.blocks ?? []) {
        for (const p of block.paragraphs) {
          paragraphs.push({ text: p.text, lines: p.lines.map(splitLine), confidence: p.confidence, top: p.bbox.y0, bottom: p.bbox.y1, left: p.bbox.x0 });
        }
      }
      return { paragraphs, confidence: r.data.confidence, ms: performance.now() - t0, height, width };
    } catch (e) {
      // A stuck recognizer is not reused: the next page gets a fresh one.
      await this.worker.terminate().catch(() => {});
      this.worker = await newRecognizer();
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.worker.terminate().catch(() => {});
  }
}

interface WordBox {
  text: string;
  bbox: { x0: number; x1: number; y0: number; y1: number };
}

/**
 * Words of a line into segments at gaps wider than one and a half line heights: a word space is
 * a third of one, the gutter between "TỈNH QUẢNG NGÃI" and "Độc lập - Tự do - Hạnh phúc" is many.
 */
export function splitLine(line: { words: WordBox[]; bbox: { x0: number; x1: number; y0: number; y1: number } }): OcrLine {
  const h = Math.max(1, line.bbox.y1 - line.bbox.y0);
  const segments: string[] = [];
  let cur: string[] = [];
  let prevEnd: number | null = null;
  for (const w of line.words) {
    if (prevEnd !== null && w.bbox.x0 - prevEnd > 1.5 * h && cur.length) {
      segments.push(cur.join(' '));
      cur = [];
    }
    cur.push(w.text);
    prevEnd = w.bbox.x1;
  }
  if (cur.length) segments.push(cur.join(' '));
  return { segments, top: line.bbox.y0, width: line.bbox.x1 - line.bbox.x0 };
}
