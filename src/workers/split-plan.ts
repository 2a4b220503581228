/**
 * Which PDFs are split across workers and in what pieces (page-share.ts does the splitting). Apart
 * from page-share so that the main process can plan without loading the PDF reader.
 */

/** Files with fewer pages are read by their owner alone: a helper's opening would eat the gain. */
export const SPLIT_MIN_PAGES = 16;
/**
 * A worker is started only to help (a batch of fewer files than cores) for a PDF this large: its
 * start-up costs about a second of CPU, what reading 30-40 pages costs. Measured on the 58-page
 * report (2 cores shared): 1.4 s more CPU for 5 of 15 chunks read elsewhere, and slower overall.
 */
export const SPARE_MIN_PAGES = 100;
/** Pages a worker takes at a time: small enough to even out the ends, large enough that messages cost nothing. */
export const CHUNK_PAGES = 4;
/** The owner keeps a shared copy of the bytes for helpers: beyond this size the copy costs more memory than the split is worth. */
export const SHARE_MAX_BYTES = 64 * 1024 * 1024;

// e.g. "/Type /Pages /Kids [3 0 R 9 0 R] /Count 58": the page tree's size, readable without pdf.js
// when the tree is not inside a compressed object stream (an outline's /Count can be larger: a
// spare worker then starts for nothing).
const PAGE_COUNT = /\/Count\s+(\d{1,6})\b/g;

/**
 * Pages a PDF probably has, from its page tree's /Count, or 0 when it cannot be seen (a compressed
 * object stream). Only a hint, for starting a spare worker before the PDF is opened: outputs never depend on it.
 */
export function pageCountHint(bytes: Buffer): number {
  let most = 0;
  for (const m of bytes.toString('latin1').matchAll(PAGE_COUNT)) most = Math.max(most, Number(m[1]));
  return most;
}
