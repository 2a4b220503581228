/**
 * Operator lists of text pages are read without their large images (pdf.js decoded each to
 * RGBA, a third of the drawing's cost): the hook into pdf.js's fake worker must take, and must
 * leave images out only while asked to, so that scans still count theirs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdfJs, openPdf, pageOps } from '../../src/readers/pdf.ts';
import { DEFAULT_LIMITS } from '../../src/limits.ts';

// Page 1 a scanned page (an image far over the size kept).
const SCAN = path.join(import.meta.dirname, '..', '..', 'fixtures', 'scanned', '2025-01-bao-cao-chinh-quyen-dien-tu-scan.pdf');

describe('operator lists without images', () => {
  it('leaves the images of a scan out only when asked, and reads them again when asked for', async () => {
    const pdfjs = await loadPdfJs();
    const isImage = (fn: number) => fn === pdfjs.OPS.paintImageXObject || fn === pdfjs.OPS.paintInlineImageXObject || fn === pdfjs.OPS.paintImageMaskXObject;
    const opened = await openPdf(new Uint8Array(fs.readFileSync(SCAN)), DEFAULT_LIMITS);
    if ('error' in opened) throw opened.error;
    try {
      const page = await opened.doc.getPage(1);
      const ops = pageOps(opened.doc, page);
      // Without images: the hook took (another pdf.js would need it looked at again).
      expect((await ops.read(false)).fnArray.filter(isImage)).toHaveLength(0);
      // With them: the list kept without images is dropped and read again.
      expect((await ops.read(true)).fnArray.filter(isImage).length).toBeGreaterThan(0);
      // And a fresh page of the same document, read with images from the start, has them.
      page.cleanup();
      expect((await pageOps(opened.doc, await opened.doc.getPage(1)).read(true)).fnArray.filter(isImage).length).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });
});
