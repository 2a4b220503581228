/** Bounds that keep one hostile or huge file from taking the whole run down. */
export interface Limits {
  /** Largest input file read at all, in bytes. */
  maxFileBytes: number;
  /** Pages read from one PDF; the rest are reported, not silently dropped. */
  maxPages: number;
  /** Total uncompressed size allowed for the parts of a DOCX (zip-bomb guard). */
  maxUnzippedBytes: number;
  /** Wall-clock time one file may take, in milliseconds. */
  fileTimeoutMs: number;
  /**
   * Heap of one worker thread in MiB: a file that needs more fails alone, with the limit and the
   * option that raises it as its reason. V8 lets a heap grow towards its limit before it collects
   * much: at 2048 each worker held ~200 MB of garbage (2 workers, 200 documents: 498 MB peak RSS;
   * 384 MB each: 355 MB); the 50 real reports of ../shared all read at 384.
   */
  workerHeapMb: number;
  /** OCR pages without a usable text layer (scans, fonts without a Unicode map). */
  ocr: boolean;
  /** Time one page may take to render and recognize, in milliseconds. */
  ocrPageTimeoutMs: number;
  /** Resolution pages are rendered at for OCR. */
  ocrDpi: number;
  /** Pixels of one page image (an image file's page, or a PDF page rendered for OCR): larger images are refused, larger pages rendered at a lower resolution. */
  maxPagePixels: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxPages: 2000,
  maxUnzippedBytes: 300 * 1024 * 1024,
  fileTimeoutMs: 120_000,
  workerHeapMb: 512,
  ocr: true,
  ocrPageTimeoutMs: 60_000,
  ocrDpi: 200,
  // A4 at 600 dpi is 35 million pixels; RGBA for this many is 240 MB.
  maxPagePixels: 60_000_000,
};
