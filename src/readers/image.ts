/**
 * Scans delivered as image files (JPEG, PNG, TIFF including multi-page TIFF): each page is read
 * by OCR into the same blocks a scanned PDF page gives. Sizes are read from the headers and
 * checked against the pixel limit before anything is decoded: a hostile file can declare a
 * 100 000 × 100 000 image in a few bytes.
 */
import UTIF from 'utif2';
import { createCanvas, ImageData } from '@napi-rs/canvas';
import type { Block, Diagnostic, ReadResult } from '../model.js';
import type { Limits } from '../limits.js';
import { PageReader } from '../ocr/recognize.js';
import { ocrBlocks } from '../ocr/blocks.js';
import type { ReadHooks } from './pdf.js';

export type ImageFormat = 'jpeg' | 'png' | 'tiff';

interface ImagePage {
  width: number;
  height: number;
  /** The page as PNG or JPEG bytes for the recognizer, made only when the page is read. */
  encode(): Buffer;
}

const NAMES: Record<ImageFormat, string> = { jpeg: 'JPEG', png: 'PNG', tiff: 'TIFF' };

export async function readImage(data: Buffer, format: ImageFormat, limits: Limits, hooks: ReadHooks = {}): Promise<ReadResult> {
  const diagnostics: Diagnostic[] = [];
  let pages: ImagePage[];
  try {
    pages = format === 'tiff' ? tiffPages(data) : [{ ...(format === 'png' ? pngSize(data) : jpegSize(data)), encode: () => data }];
  } catch (e) {
    return { blocks: [], diagnostics, status: 'failed', error: `not a readable ${NAMES[format]} image: ${(e as Error).message}` };
  }
  if (!pages.length) return { blocks: [], diagnostics, status: 'failed', error: `the ${NAMES[format]} file holds no image` };
  const total = pages.length;
  if (total > limits.maxPages) {
    diagnostics.push({ code: 'limits/pages', severity: 'warning', message: `${NAMES[format]} has ${total} pages; only the first ${limits.maxPages} were read` });
    pages = pages.slice(0, limits.maxPages);
  }
  if (!limits.ocr) {
    return { blocks: [], pages: total, diagnostics, status: 'needs_ocr', error: `a scanned image (${NAMES[format]}, ${total} page${total > 1 ? 's' : ''}) and OCR is turned off` };
  }

  const blocks: Block[] = [];
  const failed: number[] = [];
  const confidences: number[] = [];
  let reader: PageReader;
  try {
    reader = await PageReader.create();
  } catch (e) {
    return { blocks, pages: total, diagnostics, status: 'failed', error: `OCR could not start: ${(e as Error).message}` };
  }
  const t0 = performance.now();
  try {
    for (const [i, page] of pages.entries()) {
      const n = i + 1;
      try {
        if (page.width * page.height > limits.maxPagePixels) {
          throw new Error(`${page.width} × ${page.height} pixels is over the limit of ${limits.maxPagePixels}`);
        }
        const r = await reader.readImage(page.encode(), page.width, page.height, limits.ocrPageTimeoutMs);
        const pageBlocks = ocrBlocks(r.paragraphs, n, r.height, r.width);
        if (pageBlocks.length) confidences.push(r.confidence);
        else failed.push(n);
        blocks.push(...pageBlocks);
      } catch (e) {
        failed.push(n);
        diagnostics.push({ code: 'ocr/page-failed', severity: 'error', message: `page ${n} could not be read: ${(e as Error).message}`, page: n });
      }
      hooks.onOcrPage?.(n, pages.length);
    }
  } finally {
    await reader.close();
    hooks.onOcrMs?.(performance.now() - t0);
  }
  const read = pages.length - failed.length;
  if (read) {
    const mean = Math.round(confidences.reduce((a, b) => a + b, 0) / Math.max(1, confidences.length));
    diagnostics.push({ code: 'ocr/pages', severity: 'warning', message: `text of ${read} page(s) of a ${NAMES[format]} scan comes from OCR (mean confidence ${mean}%)` });
  }
  if (!read) return { blocks, pages: total, diagnostics, status: 'failed', error: `OCR recognized no text in the ${NAMES[format]} image${total > 1 ? 's' : ''}` };
  if (failed.length) diagnostics.push({ code: 'ocr/no-text', severity: 'warning', message: `OCR recognized no text on page(s) ${failed.join(', ')}` });
  return { blocks, pages: total, diagnostics, status: failed.length || total > pages.length ? 'partial' : undefined };
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(data: Buffer): { width: number; height: number } {
  if (data.length < 24 || data.toString('latin1', 12, 16) !== 'IHDR') throw new Error('no IHDR header');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

// Start-of-frame markers of every JPEG coding process (baseline, progressive, lossless, arithmetic).
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** Width and height from a JPEG's start-of-frame segment. */
export function jpegSize(data: Buffer): { width: number; height: number } {
  let i = 2;
  while (i + 9 < data.length) {
    if (data[i] !== 0xff) {
      i++;
      continue;
    }
    const marker = data[i + 1];
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const length = data.readUInt16BE(i + 2);
    if (SOF.has(marker)) return { width: data.readUInt16BE(i + 7), height: data.readUInt16BE(i + 5) };
    if (marker === 0xd9 || length < 2) break;
    i += 2 + length;
  }
  throw new Error('no frame header');
}

// NewSubfileType bit 0: a reduced-resolution copy (a thumbnail), not a page.
const REDUCED = 1;

/** The pages of a TIFF, sized from their tags; pixels are decoded only when a page is read. */
function tiffPages(data: Buffer): ImagePage[] {
  const ifds = UTIF.decode(data);
  return ifds
    .filter((ifd) => !((Number((ifd.t254 as number[] | undefined)?.[0] ?? 0) & REDUCED)) && ifd.t256 && ifd.t257)
    .map((ifd) => {
      const width = Number((ifd.t256 as number[])[0]);
      const height = Number((ifd.t257 as number[])[0]);
      return {
        width,
        height,
        encode: () => {
          UTIF.decodeImage(data, ifd);
          const rgba = UTIF.toRGBA8(ifd);
          const canvas = createCanvas(ifd.width, ifd.height);
          canvas.getContext('2d').putImageData(new ImageData(new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.byteLength), ifd.width, ifd.height), 0, 0);
          return canvas.toBuffer('image/png');
        },
      };
    });
}
