/**
 * The baseline the reader is judged against: raw pdf.js getTextContent on every page of the
 * PDFs given, one after another on one core, nothing else (no layout, no fonts, no images).
 * Plain JavaScript so that no TypeScript loader is measured. Prints one JSON line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dir = path.dirname(require.resolve('pdfjs-dist/package.json'));
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
let pages = 0;
let chars = 0;
for (const file of process.argv.slice(2)) {
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(fs.readFileSync(file)),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep,
    cMapUrl: path.join(dir, 'cmaps') + path.sep,
    cMapPacked: true,
    verbosity: 0,
  }).promise;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) chars += item.str?.length ?? 0;
    page.cleanup();
  }
  pages += doc.numPages;
  await doc.destroy();
}
process.stdout.write(JSON.stringify({ pages, chars }) + '\n');
