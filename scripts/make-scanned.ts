/**
 * `npx tsx scripts/make-scanned.ts` — image-only versions of two fixture reports, as a scanner
 * would produce them: each page rendered at 150 dpi, grey, JPEG, and rebuilt into a PDF with no
 * text layer (fixtures/scanned/). The OCR tests compare what is found in them with what the text
 * PDFs of the same reports give.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildPdf } from './make-broken.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'fixtures', 'scanned');
const SOURCES = ['2025-01-bao-cao-chinh-quyen-dien-tu', '2022-12-13-bc-346-chuyen-doi-so'];
const DPI = 150;

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
fs.mkdirSync(OUT, { recursive: true });
for (const stem of SOURCES) {
  const data = new Uint8Array(fs.readFileSync(path.join(ROOT, 'fixtures', 'reports', `${stem}.pdf`)));
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false, verbosity: 0, standardFontDataUrl: path.join(ROOT, 'node_modules', 'pdfjs-dist', 'standard_fonts') + '/' }).promise;
  const objects: Array<string | Buffer> = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: DPI / 72 });
    const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: { toBuffer(type: string, q?: number): Buffer }; context: unknown } } }).canvasFactory;
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvasContext: context, viewport, canvas } as never).promise;
    const jpeg = canvas.toBuffer('image/jpeg', 40);
    const w = Math.ceil(viewport.width);
    const h = Math.ceil(viewport.height);
    const imageId = objects.length + 1;
    objects.push(Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`, 'latin1'), jpeg, Buffer.from('\nendstream', 'latin1')]));
    const content = Buffer.from(`q ${base.width.toFixed(2)} 0 0 ${base.height.toFixed(2)} 0 0 cm /Im1 Do Q`);
    const contentId = objects.length + 1;
    objects.push(Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`, 'latin1'), content, Buffer.from('\nendstream', 'latin1')]));
    const pageId = objects.length + 1;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${base.width.toFixed(2)} ${base.height.toFixed(2)}] /Resources << /XObject << /Im1 ${imageId} 0 R >> >> /Contents ${contentId} 0 R >>`);
    kids.push(`${pageId} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`;
  const file = path.join(OUT, `${stem}-scan.pdf`);
  fs.writeFileSync(file, buildPdf(objects));
  process.stdout.write(`${path.relative(ROOT, file)}  ${doc.numPages} pages  ${fs.statSync(file).size} bytes\n`);
  await doc.destroy();
}

// A mixed document: the first three pages with their text layer, the rest scanned (qpdf, from
// Debian, assembles it; the pipeline must OCR only pages 4–9).
const mixed = path.join(OUT, '2025-01-mixed-text-and-scan.pdf');
const q = spawnSync('qpdf', ['--empty', '--pages', path.join(ROOT, 'fixtures', 'reports', `${SOURCES[0]}.pdf`), '1-3', path.join(OUT, `${SOURCES[0]}-scan.pdf`), '4-9', '--', mixed]);
process.stdout.write(q.status === 0 ? `${path.relative(ROOT, mixed)}\n` : 'qpdf not installed: the mixed document was not written\n');
