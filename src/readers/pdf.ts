/**
 * PDF reader on pdfjs-dist (legacy build: the modern one needs DOMMatrix, absent in Node 20).
 * Hostile input is assumed: no eval, no font face loading, no network, bounded pages.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Diagnostic, ReadResult } from '../model.js';
import { xrefProblem } from './pdf-xref.js';
import { readsAsIs, repairText } from '../text/legacy-encoding.js';
import { glyphsOf, mayHaveDroppedSoftHyphens, restoreSoftHyphens, SOFT_HYPHEN } from './pdf-soft-hyphens.js';
import { ocrPages, mergeByPage } from './pdf-ocr.js';
import { Limits } from '../limits.js';
import { PdfItem, PdfPage, buildLines, layoutDocument } from './pdf-layout.js';
import { judgeLayer, pageRanges } from './text-layer-check.js';
import { fillInsFromOperators, placeFillIns } from './pdf-fill-ins.js';
import { Grid, findGrids, mayHoldTable, rulingsFromOperators } from './pdf-rulings.js';

const require = createRequire(import.meta.url);
const PDFJS_DIR = path.dirname(require.resolve('pdfjs-dist/package.json'));
// pdfjs wants directory URLs with a trailing slash; in Node plain paths work.
const STANDARD_FONTS = path.join(PDFJS_DIR, 'standard_fonts') + path.sep;
const CMAPS = path.join(PDFJS_DIR, 'cmaps') + path.sep;
const WASM = path.join(PDFJS_DIR, 'wasm') + path.sep;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | null = null;
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= loadWithNativePush();
  return pdfjsPromise;
}

/**
 * The legacy build bundles core-js, which replaces Array.prototype.push for the whole process
 * with a JavaScript polyfill (V8 is off by one on arrays of 2^32 items, so core-js forces its
 * own): every push of every module, ours and pdf.js's, then went through it (a tenth of the
 * reader's time). Both bundles (the fake worker's is loaded here too, once, instead of by
 * pdf.js at the first document) are loaded, and the native push is put back.
 */
const WORKER_MODULE = 'pdfjs-dist/legacy/build/pdf.worker.mjs'; // (untyped: named by a variable)
async function loadWithNativePush(): Promise<PdfJs> {
  const push = Array.prototype.push;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const worker: unknown = await import(WORKER_MODULE);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
  hookImageSkips(worker, pdfjs.OPS);
  if (Array.prototype.push !== push) Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
  return pdfjs;
}

/**
 * An operator list decodes every image it paints (pdf.js turns each into RGBA for a canvas and
 * posts it to this thread), though all we take from images is how many a page has, and only on
 * pages with almost no text (scans): on the text pages whose drawing is read for its rulings or
 * its fonts, decoding the logos, stamps and photos was a third of the drawing's cost. The fake
 * worker runs in this thread, so the document's evaluator options can be given a `maxImageSize`
 * that is read each time an image is met: while `images` is off, images over SKIPPED_IMAGE_PIXELS
 * are left out of the list (never decoded); otherwise there is no limit, as before. Keyed by the
 * loading task's docId. Without the hook (another pdf.js) nothing is skipped.
 *
 * Likewise the text: a list read for its drawing (rulings, fonts, images) holds every text
 * operator of the page, a few thousand, and none of them is read. While `text` is off when a
 * list is asked for, the port between the two sides keeps, of that list's chunks, only the
 * operators DRAWING_OPS names (what rulingsFromOperators and countImages read; inside annotations
 * every operator, the e-signature fill-ins are read from their text), and hands them over as they
 * are instead of posting them: pdf.js copies (structuredClone) each chunk from its worker to this
 * thread, which for a page's drawing (a path object for every cell border) was a third of its
 * cost. The worker builds fresh arguments for each operator and lets go of them once posted.
 * The chunks posted are empty; PageOps puts the operators kept into the list pdf.js gives back
 * (and keeps for the page). The page's text content (textContentOf) is handed over the same way,
 * and whole: its items are built afresh for each chunk too, and none of its chunks is posted (a
 * page's text came in some 20 chunks, each a message there and two back asking for the next,
 * 21,000 messages for 245 pages); the worker is told there is always room, so it never waits
 * for this side to ask, and the stream's end, still posted, ends the read.
 */
interface DocHooks {
  images: boolean;
  text: boolean;
  /** Whether fonts loaded from now on have their glyphs' outlines built (see openPdf). */
  paths: boolean;
  /** Whether the text content asked for now is handed over. */
  handText: boolean;
  /** The list or text content last asked for to be handed over ("worker side:stream id"), and what each one got. */
  asked: string | null;
  handed: Map<string, Handed>;
}
interface Handed {
  /** A text content (else an operator list). */
  text?: boolean;
  lang?: string | null;
  annotations: number;
  fnArray: number[];
  argsArray: unknown[];
  items: unknown[];
  styles: Record<string, unknown>;
}
const docHooks = new Map<string, DocHooks>();
// Small images (Type 3 glyphs drawn as image masks among them) are cheap and stay.
const SKIPPED_IMAGE_PIXELS = 64 * 64;
type PdfOps = PdfJs['OPS'];
// The pdf.js whose font buffer fontFaceOff knows.
const FONT_INFO_VERSION = '5.6.205';
// The operators a drawing is read for: rulingsFromOperators's and the images countImages counts
// (every image operator, grouped or repeated, stays).
const drawingOps = (OPS: PdfOps): Set<number> =>
  new Set([
    ...[OPS.save, OPS.restore, OPS.transform, OPS.paintFormXObjectBegin, OPS.paintFormXObjectEnd, OPS.constructPath],
    ...[OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke],
    ...[OPS.setFillRGBColor, OPS.setStrokeRGBColor, OPS.beginAnnotation, OPS.endAnnotation],
    ...Object.entries(OPS).filter(([name]) => /Image/.test(name)).map(([, fn]) => fn),
  ]);
function hookImageSkips(worker: unknown, OPS: PdfOps): void {
  type Create = (this: unknown, params: unknown, port: unknown) => unknown;
  const handler = (worker as { WorkerMessageHandler?: { createDocumentHandler?: Create } }).WorkerMessageHandler;
  const create = handler?.createDocumentHandler;
  if (!handler || typeof create !== 'function' || (create as { hooked?: boolean }).hooked) return;
  const hooked: Create = function (params, port) {
    const p = params as { docId?: unknown; evaluatorOptions?: Record<string, unknown> } | null;
    const options = p?.evaluatorOptions;
    if (typeof p?.docId === 'string' && options && options.maxImageSize === -1) {
      const hooks: DocHooks = { images: true, text: true, paths: true, handText: false, asked: null, handed: new Map() };
      docHooks.set(p.docId, hooks);
      Object.defineProperty(options, 'maxImageSize', { get: () => (hooks.images ? -1 : SKIPPED_IMAGE_PIXELS), enumerable: true, configurable: true });
      if (options.disableFontFace === true) Object.defineProperty(options, 'disableFontFace', { get: () => hooks.paths, enumerable: true, configurable: true });
      hookPort(port, hooks, OPS, drawingOps(OPS));
    }
    return create.call(this, params, port);
  };
  (hooked as { hooked?: boolean }).hooked = true;
  handler.createDocumentHandler = hooked;
}

// pdf.js's message handler: a stream's chunks (StreamKind.ENQUEUE), and this side asking for more (PULL).
const STREAM_ENQUEUE = 4;
const STREAM_PULL = 6;
interface PortMessage {
  sourceName?: string;
  targetName?: string;
  action?: string;
  streamId?: number;
  stream?: number;
  chunk?: { fnArray?: number[]; argsArray?: unknown[]; items?: unknown[]; styles?: Record<string, unknown>; lang?: string | null };
  desiredSize?: number;
  data?: unknown[];
}

/**
 * The fake worker's port (one per document, both directions): marks the operator lists asked for
 * while `text` is off, and keeps their drawing's operators instead of posting them.
 */
function hookPort(port: unknown, hooks: DocHooks, OPS: PdfOps, kept: Set<number>): void {
  const p = port as { postMessage?: (obj: unknown, transfer?: unknown) => void; drawingHooked?: boolean } | null;
  const post = p?.postMessage;
  if (!p || typeof post !== 'function' || p.drawingHooked) return;
  p.drawingHooked = true;
  const handed = (): Handed => ({ annotations: 0, fnArray: [], argsArray: [], items: [], styles: Object.create(null) as Record<string, unknown> });
  p.postMessage = function (obj: unknown, transfer?: unknown) {
    const m = obj as PortMessage | null;
    if (m?.action === 'commonobj' && Array.isArray(m.data) && m.data[1] === 'Font') fontFaceOff(m.data[2]);
    else if (m && typeof m === 'object' && typeof m.streamId === 'number') {
      // (The worker answers as the target of the ask.)
      if (m.action === 'GetOperatorList' && !hooks.text) {
        hooks.asked = `${m.targetName}:${m.streamId}`;
        hooks.handed.set(hooks.asked, handed());
      } else if (m.action === 'GetTextContent' && hooks.handText) {
        hooks.asked = `${m.targetName}:${m.streamId}`;
        hooks.handed.set(hooks.asked, { ...handed(), text: true });
        // Nothing is queued on this side, so the worker need never wait for room (see below).
        obj = { ...m, desiredSize: Number.MAX_SAFE_INTEGER };
      } else if (m.stream === STREAM_PULL && hooks.handed.get(`${m.targetName}:${m.streamId}`)?.text) {
        obj = { ...m, desiredSize: Number.MAX_SAFE_INTEGER };
      } else if (m.stream === STREAM_ENQUEUE) {
        const into = hooks.handed.get(`${m.sourceName}:${m.streamId}`);
        const chunk = m.chunk;
        if (into && Array.isArray(chunk?.fnArray) && Array.isArray(chunk.argsArray)) {
          keepDrawing(chunk.fnArray, chunk.argsArray, into, OPS, kept);
          obj = { ...m, chunk: { ...chunk, fnArray: [], argsArray: [], length: 0 } };
          transfer = undefined;
        } else if (into?.text && Array.isArray(chunk?.items)) {
          // Not posted at all: the text comes whole at the stream's end (its CLOSE is posted).
          for (const item of chunk.items) into.items.push(item);
          Object.assign(into.styles, chunk.styles);
          into.lang ??= chunk.lang ?? null;
          return;
        }
      }
    }
    return post.call(this, obj, transfer);
  };
}

/**
 * A font loaded without outlines (its disableFontFace false, see openPdf) is told to this side as
 * one with disableFontFace, as every font is (the option): otherwise this side would try to load
 * it into the platform, fail (no document in Node) and ask the worker for every outline after all.
 * pdf.js 5.6 posts a font as a buffer whose first byte holds, two bits each, black, bold,
 * disableFontFace (bits 4-5: 1 false, 2 true) and fontExtraProperties.
 */
function fontFaceOff(font: unknown): void {
  const buffer = (font as { buffer?: unknown } | null)?.buffer;
  if (!(buffer instanceof ArrayBuffer) || buffer.byteLength === 0) return;
  const bytes = new Uint8Array(buffer);
  if (((bytes[0] >> 4) & 3) === 1) bytes[0] = (bytes[0] & ~(3 << 4)) | (2 << 4);
}

/** Appends to `drawing` a chunk's operators that draw (and every one inside an annotation). */
function keepDrawing(fnArray: number[], argsArray: unknown[], drawing: Handed, OPS: PdfOps, kept: Set<number>): void {
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === OPS.beginAnnotation) drawing.annotations++;
    if (drawing.annotations > 0 || kept.has(fn)) {
      drawing.fnArray.push(fn);
      drawing.argsArray.push(argsArray[i]);
    }
    if (fn === OPS.endAnnotation) drawing.annotations = Math.max(0, drawing.annotations - 1);
  }
}

/** A page's operator lists, with or without images (exported for the tests of the hook). */
export function pageOps(doc: PdfDoc, page: PdfPageProxy): PageOps {
  return new PageOps(page, docHooks.get(doc.loadingTask.docId));
}

type Ops = Awaited<ReturnType<PdfPageProxy['getOperatorList']>>;
type PdfPageProxy = Awaited<ReturnType<PdfDoc['getPage']>>;

/**
 * A page's operator list, with its images or without them (see docHooks), and its drawing only
 * unless asked with params (the fill-ins'). pdf.js keeps the first list of a
 * page; one without images is dropped (page.cleanup) before one with them is read.
 */
export class PageOps {
  private withImages: boolean | null = null;
  constructor(
    private readonly page: PdfPageProxy,
    private readonly hooks: DocHooks | undefined,
  ) {}
  async read(images: boolean, params?: Parameters<PdfPageProxy['getOperatorList']>[0]): Promise<Ops> {
    if (!this.hooks) return this.page.getOperatorList(params);
    if (params) return this.untilRead(images, true, () => this.page.getOperatorList(params));
    if (images && this.withImages === false) this.page.cleanup();
    if (this.withImages === null || (images && this.withImages === false)) this.withImages = images;
    return this.untilRead(this.withImages, false, () => this.page.getOperatorList());
  }
  /**
   * The whole list, its text operators included: a TCVN3 page's soft hyphens are read from its
   * glyphs (see pdf-soft-hyphens.ts). A drawing-only list pdf.js kept for the page goes first.
   */
  async readAll(): Promise<Ops> {
    if (!this.hooks) return this.page.getOperatorList();
    if (this.withImages !== null) this.page.cleanup();
    this.withImages = false;
    return this.untilRead(false, true, () => this.page.getOperatorList());
  }
  private async untilRead(images: boolean, text: boolean, f: () => Promise<Ops>): Promise<Ops> {
    const hooks = this.hooks!;
    hooks.images = images;
    hooks.text = text;
    hooks.asked = null;
    let asked: string | null = null;
    try {
      const pending = f();
      // (pdf.js asks its worker at once, or not at all when it has the list.)
      asked = hooks.asked;
      const ops = await pending;
      const drawing = asked === null ? undefined : hooks.handed.get(asked);
      if (drawing) {
        for (let i = 0; i < drawing.fnArray.length; i++) {
          ops.fnArray.push(drawing.fnArray[i]);
          ops.argsArray.push(drawing.argsArray[i]);
        }
      }
      return ops;
    } finally {
      hooks.handed.delete(asked ?? hooks.asked ?? '');
      hooks.images = true;
      hooks.text = true;
      hooks.asked = null;
    }
  }
}

type TextContent = Awaited<ReturnType<PdfPageProxy['getTextContent']>>;

/** A page's text content with marked content (see docHooks: handed over, not copied, when the hook took). */
async function textContentOf(doc: PdfDoc, page: PdfPageProxy): Promise<TextContent> {
  const params = { includeMarkedContent: true, disableNormalization: false };
  const hooks = docHooks.get(doc.loadingTask.docId);
  if (!hooks) return page.getTextContent(params);
  hooks.handText = true;
  hooks.asked = null;
  let asked: string | null = null;
  try {
    const pending = page.getTextContent(params);
    asked = hooks.asked;
    hooks.handText = false;
    const content = await pending;
    const got = asked === null ? undefined : hooks.handed.get(asked);
    if (got) {
      for (const item of got.items) content.items.push(item as TextContent['items'][number]);
      Object.assign(content.styles, got.styles);
      content.lang ??= got.lang ?? null;
    }
    return content;
  } finally {
    hooks.handed.delete(asked ?? hooks.asked ?? '');
    hooks.handText = false;
    hooks.asked = null;
  }
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
  hasEOL: boolean;
}
interface MarkedLike {
  type: 'beginMarkedContent' | 'beginMarkedContentProps' | 'endMarkedContent';
  tag?: string;
}

export interface ReadHooks {
  /** Called after each OCR'd page (done, total) so long scans show progress and keep their worker alive. */
  onOcrPage?: (done: number, total: number) => void;
  /** Time spent on OCR: it goes to run.json (stage_ms.ocr), never into a document's warnings, so outputs of one input stay byte-identical. */
  onOcrMs?: (ms: number) => void;
  /**
   * Reads pages 1..count with `readHere` and possibly elsewhere too (other workers, each with the
   * file opened on its own), and gives them back in page order. Without it: in order, here.
   */
  readPages?: (count: number, readHere: (n: number) => Promise<PageRead>) => Promise<PageRead[]>;
}

/** 0-based indices of pages holding signature fields of the AcroForm (none for most PDFs). */
async function signaturePages(doc: { getFieldObjects(): Promise<Record<string, unknown[]> | null> }): Promise<Set<number>> {
  const pages = new Set<number>();
  try {
    const fields = await doc.getFieldObjects();
    for (const list of Object.values(fields ?? {})) {
      for (const f of list as Array<{ type?: string; page?: number }>) if (f.type === 'signature' && typeof f.page === 'number') pages.add(f.page);
    }
  } catch {
    // A broken form dictionary only costs us the fill-ins.
  }
  return pages;
}

/**
 * What one page yields on its own. Nothing here depends on the pages read before it in the same
 * pdf.js document (fonts come from that page's own operator list when the document has not loaded
 * them yet), so pages can be read in any worker, in any order, and give the same document. Plain
 * data: it crosses between worker threads.
 */
export interface PageRead {
  number: number;
  /** Absent when the page could not be read (its error is among the diagnostics). */
  page?: PdfPage;
  diagnostics: Diagnostic[];
  /** Images painted on a page whose text is in doubt (almost none, garbled or rejected); 0 on other pages. */
  images: number;
  imageOnly: boolean;
  garbled: boolean;
  fake?: { syllables: number; marked: number };
  /** Characters of its text layer, and whether its drawing (operator list) was read. */
  rawChars: number;
  opsRead: boolean;
}

/** An open PDF whose pages are read one by one; `close` releases the pdf.js document. */
export interface OpenPdf {
  numPages: number;
  readPage(n: number): Promise<PageRead>;
  /** The pdf.js document (OCR renders its pages). */
  doc: PdfDoc;
  close(): Promise<void>;
}
type PdfDoc = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/** Open a PDF for reading pages; a PDF pdf.js cannot open is a failure reason, not an exception. */
export async function openPdf(data: Uint8Array, limits: Limits): Promise<OpenPdf | { error: Error & { name?: string } }> {
  const pdfjs = await loadPdfJs();
  const options = {
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    enableXfa: false,
    standardFontDataUrl: STANDARD_FONTS,
    cMapUrl: CMAPS,
    cMapPacked: true,
    wasmUrl: WASM,
    verbosity: 0,
    stopAtErrors: false,
  };
  // (A text document that drops images unread, with a second one opened for pages that need
  // their images, saved the decoding of logos and stamps on text pages but made a page without
  // text read twice: 40% slower on a 2,000-page file of near-empty pages, which then timed out.)
  const task = pdfjs.getDocument({ ...options, data });
  let doc: PdfDoc;
  try {
    doc = await task.promise;
    // pdf.js builds the outline of every glyph a drawing shows and posts it here, for a canvas
    // to paint text with (disableFontFace: no font is loaded into the platform): half a second
    // of a real PDF batch. Only OCR renders pages; with OCR off no page is ever painted, so the
    // fonts of this document are loaded without outlines.
    const hooks = docHooks.get(task.docId);
    if (hooks && pdfjs.version === FONT_INFO_VERSION) hooks.paths = limits.ocr;
  } catch (e) {
    docHooks.delete(task.docId);
    await task.destroy().catch(() => {});
    return { error: e as Error };
    }
    // Asking every page for its annotations costs a quarter of the read; the form's field list,
    // read once, says which pages carry signature fields at all.
    const sigPages = await signaturePages(doc);
  return {
    numPages: doc.numPages,
    doc,
    readPage: (n) => readPage(doc, pdfjs, n, sigPages, limits),
    close: () => {
      docHooks.delete(task.docId);
      return doc.destroy().catch(() => {});
    },
  };
}

async function readPage(doc: PdfDoc, pdfjs: PdfJs, n: number, sigPages: Set<number>, limits: Limits): Promise<PageRead> {
  const diagnostics: Diagnostic[] = [];
  const read: PageRead = { number: n, diagnostics, images: 0, imageOnly: false, garbled: false, rawChars: 0, opsRead: false };
      try {
        const page = await doc.getPage(n);
        const drawing = pageOps(doc, page);
        const [x0, y0, x1, y1] = page.view;
        const content = await textContentOf(doc, page);
        // The operator list is the costly part of a page (about 40% of pdf.js time here). It is
        // needed only to load font objects (for their bold names) the document has not shown us
        // yet, which is page 1 and pages that introduce a font, and to count images on pages
        // with almost no text (scans).
        const fontNames = new Set<string>();
        let rawChars = 0;
        for (const raw of content.items as Array<TextItemLike | MarkedLike>) {
          if ('type' in raw) continue;
          fontNames.add(raw.fontName);
          rawChars += raw.str.trim().length;
        }
        const newFont = [...fontNames].some((f) => !page.commonObjs.has(f));
        read.rawChars = rawChars;
        // Ruled tables are read from the drawing too, on pages whose text may stand in one (the
        // page after one with a table is looked at by the document: see gridsAfterRuledPages).
        const tabular: boolean = rawChars >= 20 && mayHoldTable(content.items as Array<TextItemLike | MarkedLike>);
        // Images are counted on pages with almost no text only (on the others `images` is 0).
        const ops: Ops | null = newFont || rawChars < 20 || tabular ? await drawing.read(rawChars < 20) : null;
        read.opsRead = ops !== null;
        let images = ops ? countImages(ops, pdfjs) : 0;
        const grids: Grid[] = ops && rawChars >= 20 ? findGrids(rulingsFromOperators(ops, pdfjs.OPS, [x0, y0])) : [];
        const fonts = new Map<string, boolean>();
        const items: PdfItem[] = [];
        let artifactDepth = 0;
        const stack: boolean[] = [];
        for (const raw of content.items as Array<TextItemLike | MarkedLike>) {
          if ('type' in raw) {
            if (raw.type === 'endMarkedContent') {
              if (stack.pop()) artifactDepth--;
            } else {
              const isArtifact = raw.tag === 'Artifact';
              stack.push(isArtifact);
              if (isArtifact) artifactDepth++;
            }
            continue;
          }
          const t = raw.transform;
          const size = Math.hypot(t[2], t[3]) || Math.abs(t[3]) || 1;
          if (!fonts.has(raw.fontName)) fonts.set(raw.fontName, isBoldFont(page, raw.fontName));
          items.push({
            str: raw.str,
            x: t[4] - x0,
            y: t[5] - y0,
            width: raw.width,
            size: Math.round(size * 10) / 10,
            bold: fonts.get(raw.fontName) ?? false,
            artifact: artifactDepth > 0,
          });
        }
        const droppedHyphens = await putBackSoftHyphens(doc, items, () => drawing.readAll(), pdfjs);
        if (droppedHyphens) {
          diagnostics.push({ code: 'pdf/soft-hyphens-restored', severity: 'info', message: `page ${n}: ${droppedHyphens.restored} TCVN3 'ư' (soft hyphens pdf.js leaves out) read from the drawing, ${droppedHyphens.spacesRemoved} spaces their loss made taken out`, page: n });
        }
        // Numbers and days stamped into the header's blanks by the e-signature system.
        const annots = !sigPages.has(n - 1) ? [] : (await page.getAnnotations({ intent: 'display' })) as Array<{ id: string; fieldType?: string; hasAppearance?: boolean }>;
        const sigIds = new Set(annots.filter((a) => a.fieldType === 'Sig' && a.hasAppearance).map((a) => a.id));
        if (sigIds.size && items.length) {
          const annotOps = await drawing.read(false, { annotationMode: pdfjs.AnnotationMode.ENABLE });
          const placed = placeFillIns(items, fillInsFromOperators(annotOps, pdfjs.OPS, [x0, y0], sigIds));
          if (placed.length) {
            diagnostics.push({ code: 'pdf/signature-fill-ins', severity: 'info', message: `page ${n}: ${placed.map((t) => `"${t}"`).join(', ')} read from e-signature fields drawn into blanks of the text`, page: n });
          }
        }
        const textChars = items.reduce((k, it) => k + it.str.trim().length, 0);
        // Whether the text layer is Vietnamese as is, in a legacy encoding (the document's repair
        // converts it later), or unreadable: only OCR reads an unreadable page otherwise, so with
        // OCR off 'as is or not' is all that is asked (trying the legacy tables on every page of
        // a TCVN3 document was most of this check).
        const text = textChars >= 20 ? items.map((it) => it.str).join(' ') : null;
        const repair: { kind: string } | null = text === null ? null : limits.ocr ? repairText(text) : { kind: readsAsIs(text) ? 'ok' : 'not as is' };
        // Images counted on a text page only because it brought a new font depend on the pages
        // read before it: they are not this page's to report.
        if (rawChars >= 20) images = 0;
        if (textChars < 20 && images > 0) read.imageOnly = true;
        else if (limits.ocr && repair?.kind === 'unreadable') {
          // A text layer in a font without a Unicode map: read the page from its image instead.
          read.garbled = true;
          images = countImages(await drawing.read(true), pdfjs);
          items.length = 0;
        } else if (repair?.kind === 'ok') {
          const verdict = judgeLayer(buildLines({ number: n, width: x1 - x0, height: y1 - y0, items }));
          // Only a page that is also an image can carry a scanner's invisible layer; a digital
          // page of another language is left alone.
          if (verdict.fake && (images > 0 || (images = countImages(await drawing.read(true), pdfjs)) > 0)) {
            read.fake = { syllables: verdict.quality.syllables, marked: verdict.quality.marked };
            const kept = new Set(verdict.keep.flatMap((l) => l.pieces.map((p) => p.item)));
            items.splice(0, items.length, ...items.filter((it) => kept.has(it)));
            if (limits.ocr) read.garbled = true;
            else if (!items.length) read.imageOnly = true;
          }
        }
        read.images = images;
        read.page = { number: n, width: x1 - x0, height: y1 - y0, items, grids };
        page.cleanup();
      } catch (e) {
    Object.assign(read, { page: undefined, images: 0, imageOnly: false, garbled: false, fake: undefined });
        diagnostics.push({ code: 'pdf/page-unreadable', severity: 'error', message: `page ${n} could not be read: ${(e as Error).message}`, page: n });
      }
  return read;
}

// Letters TCVN3 text shows in Latin-1 ("®" for "đ", "¸" for "á", "µ" for "à", "¹" for "ạ").
const TCVN3_HINT = /[®¸µ¹]/u;

/** A TCVN3 page's soft hyphens put back from its drawing (see pdf-soft-hyphens.ts), in place. */
// Per document: TCVN3 pages whose drawing was read, and how many of them drew a soft hyphen. A
// TCVN3 font that writes 'ư' another way (real-more/08, 09) never does: after a few such pages
// the drawing is no longer read for it.
const softHyphenPages = new WeakMap<object, { read: number; found: number }>();
const PAGES_TO_TELL = 3;

async function putBackSoftHyphens(doc: object, items: PdfItem[], drawn: () => Promise<Ops>, pdfjs: PdfJs): Promise<{ restored: number; spacesRemoved: number } | null> {
  const strs = items.map((it) => it.str);
  if (!mayHaveDroppedSoftHyphens(strs) || !strs.some((s) => TCVN3_HINT.test(s))) return null;
  const seen = softHyphenPages.get(doc) ?? { read: 0, found: 0 };
  softHyphenPages.set(doc, seen);
  if (seen.read >= PAGES_TO_TELL && seen.found === 0) return null;
  const legacy = repairText(strs.join(' '));
  if (legacy.kind !== 'converted' || legacy.encoding !== 'TCVN3') return null;
  const glyphs = glyphsOf(await drawn(), pdfjs.OPS as unknown as Record<string, number>);
  seen.read++;
  if (glyphs.some((g) => g.text === SOFT_HYPHEN)) seen.found++;
  const fix = restoreSoftHyphens(items, glyphs);
  if (!fix) return null;
  const fixed: PdfItem[] = [];
  for (const f of fix.items) {
    const item = { ...items[f.index], str: f.str };
    const prev = fixed[fixed.length - 1];
    if (f.joins && prev) Object.assign(prev, { str: prev.str + item.str, width: Math.max(prev.x + prev.width, item.x + item.width) - prev.x });
    else fixed.push(item);
  }
  items.splice(0, items.length, ...fixed);
  return { restored: fix.restored, spacesRemoved: fix.spacesRemoved };
}

/**
 * A ruled table running on to the next page may have text in one column only there, which the
 * page's own text does not show: the page after one with a ruled table has its drawing read
 * too. Done here, over the pages in order, so that a page read in another worker gets the same.
 */
async function gridsAfterRuledPages(reads: PageRead[], doc: PdfDoc): Promise<void> {
  const pdfjs = await loadPdfJs();
  for (let i = 1; i < reads.length; i++) {
    const r = reads[i];
    if (!reads[i - 1].page?.grids?.length || !r.page || r.opsRead || r.rawChars < 20) continue;
    try {
      const page = await doc.getPage(r.number);
      const [x0, y0] = page.view;
      r.page.grids = findGrids(rulingsFromOperators(await pageOps(doc, page).read(false), pdfjs.OPS, [x0, y0]));
      page.cleanup();
    } catch {
      // the page was read once already; without its drawing it is read as text lines
    }
  }
}

/** Pages 1..count one after another in this thread. */
async function readInOrder(count: number, readHere: (n: number) => Promise<PageRead>): Promise<PageRead[]> {
  const reads: PageRead[] = [];
  for (let n = 1; n <= count; n++) reads.push(await readHere(n));
  return reads;
}

export async function readPdf(data: Uint8Array, limits: Limits, hooks: ReadHooks = {}): Promise<ReadResult> {
  const diagnostics: Diagnostic[] = [];
  // Checked before pdf.js gets the bytes (it may take ownership of the buffer).
  const damaged = xrefProblem(data);
  const opened = await openPdf(data, limits);
  if ('error' in opened) {
    const err = opened.error;
    if (err.name === 'PasswordException') {
      return { blocks: [], diagnostics, status: 'failed', error: 'PDF is password-protected: cannot decrypt without the password' };
    }
    const why = damaged ? ` (${damaged}); pdf.js could not rebuild it` : '';
    return { blocks: [], diagnostics, status: 'failed', error: `not a readable PDF${why}: ${err.message}` };
  }
  try {
    const numPages = opened.numPages;
    const toRead = Math.min(numPages, limits.maxPages);
    if (numPages > limits.maxPages) {
      diagnostics.push({ code: 'limits/pages', severity: 'warning', message: `PDF has ${numPages} pages; only the first ${limits.maxPages} were read` });
    }
    const pages: PdfPage[] = [];
    const imageOnly: number[] = [];
    const garbled: number[] = [];
    const fake: Array<{ page: number; syllables: number; marked: number }> = [];
    let pageErrors = 0;
    let totalImages = 0;
    // Page by page the reading is page-local; from here on everything is over the whole document, in page order.
    const reads = await (hooks.readPages ?? readInOrder)(toRead, opened.readPage);
    await gridsAfterRuledPages(reads, opened.doc);
    for (const r of reads) {
      diagnostics.push(...r.diagnostics);
      if (!r.page) {
        pageErrors++;
        continue;
      }
      totalImages += r.images;
      if (r.imageOnly) imageOnly.push(r.number);
      if (r.fake) fake.push({ page: r.number, ...r.fake });
      if (r.garbled) garbled.push(r.number);
      pages.push(r.page);
    }
    const layout = layoutDocument(pages);
    diagnostics.push(...layout.diagnostics);
    if (fake.length) {
      const mean = (k: 'syllables' | 'marked') => Math.round((100 * fake.reduce((a, f) => a + f[k], 0)) / fake.length);
      diagnostics.push({
        code: 'pdf/fake-text-layer',
        severity: 'warning',
        message: `text layer rejected on page${fake.length > 1 ? 's' : ''} ${pageRanges(fake.map((f) => f.page))}: ${mean('syllables')}% valid syllables, ${mean('marked')}% with Vietnamese marks (an OCR layer without Vietnamese); ${limits.ocr ? 'read by OCR instead' : 'OCR is off, so those pages have no text'}`,
        page: fake[0].page,
      });
    }
    const result: ReadResult = { blocks: layout.blocks, pages: numPages, diagnostics };
    const ocrTargets = limits.ocr ? [...imageOnly, ...garbled].sort((a, b) => a - b) : [];
    if (ocrTargets.length) {
      const ocr = await ocrPages(opened.doc, ocrTargets, limits, hooks);
      diagnostics.push(...ocr.diagnostics);
      result.blocks = mergeByPage(layout.blocks, ocr.blocks);
      // Pages OCR read are no longer "without text"; pages it could not read still are.
      const unread = new Set(ocr.failed);
      imageOnly.splice(0, imageOnly.length, ...imageOnly.filter((n) => unread.has(n)));
      if (ocr.failed.length) pageErrors += ocr.failed.filter((n) => garbled.includes(n)).length;
    }
    if (imageOnly.length) {
      diagnostics.push({
        code: 'pdf/image-only-pages',
        severity: 'warning',
        message: `pages without a text layer (scanned images): ${imageOnly.join(', ')}`,
      });
    }
    const textBlocks = result.blocks.filter((b) => b.text.trim()).length;
    if (imageOnly.length === toRead && toRead > 0) {
      result.status = limits.ocr ? 'failed' : 'needs_ocr';
      result.error = limits.ocr
        ? `all ${toRead} pages are images and OCR recognized no text on them`
        : `all ${toRead} pages are images without a text layer (OCR is turned off)`;
    } else if (textBlocks === 0) {
      result.status = totalImages > 0 || imageOnly.length ? 'needs_ocr' : 'failed';
      result.error = 'no text found in the PDF';
    } else if (pageErrors > 0 || imageOnly.length > 0) {
      result.status = 'partial';
    }
    if (damaged && result.status !== 'failed' && result.status !== 'needs_ocr') {
      result.status = 'partial';
      diagnostics.push({ code: 'pdf/xref-damaged', severity: 'warning', message: `PDF cross-reference table is damaged (${damaged}); pdf.js rebuilt it by scanning the file, so some content may be missing` });
    }
    if (numPages > limits.maxPages && result.status === undefined) result.status = 'partial';
    return result;
  } finally {
    await opened.close();
  }
}

function countImages(ops: { fnArray: number[] }, pdfjs: PdfJs): number {
  const image = new Set([pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintInlineImageXObject, pdfjs.OPS.paintImageMaskXObject]);
  return ops.fnArray.filter((fn) => image.has(fn)).length;
}

function isBoldFont(page: { commonObjs: { has(id: string): boolean; get(id: string): unknown } }, fontName: string): boolean {
  try {
    if (!page.commonObjs.has(fontName)) return false;
    const font = page.commonObjs.get(fontName) as { name?: string; bold?: boolean; black?: boolean } | null;
    return !!font && (!!font.bold || !!font.black || /bold|black|heavy|semibold|demi/i.test(font.name ?? ''));
  } catch {
    return false;
  }
}
