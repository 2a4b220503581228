/**
 * Reader quality on real PDFs, per file: paragraph blocks cut mid-sentence, words glued
 * together against pdftotext's words, status, pages OCR'd, references found.
 * Usage: tsx scripts/reader-quality.ts [--no-ocr] [--tcvn3] [--save-words DIR] FILE...
 *   --save-words DIR  also write pdftotext's words of each file to DIR/<name>.words (one line of
 *                     words per page), the reference the golden reader test compares against.
 *   --tcvn3           the files are TCVN3 PDFs: pdftotext's text is converted from TCVN3 first,
 *                     and numbers are kept among the words (split numbers are what such files risk).
 * Needs `pdftotext` (poppler-utils) for the glued-word measure, only here: the pipeline never runs it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { processBuffer } from '../src/process.js';
import { DEFAULT_LIMITS } from '../src/limits.js';
import { fromTcvn3 } from '../src/text/legacy-encoding.js';
import { cutParagraphs, gluedWords, referenceTokens, referenceWords } from '../test/support/reader-measures.js';

const args = process.argv.slice(2);
const noOcr = args.includes('--no-ocr');
const tcvn3 = args.includes('--tcvn3');
const saveAt = args.indexOf('--save-words');
const saveDir = saveAt >= 0 ? args[saveAt + 1] : null;
const files = args.filter((a, i) => !a.startsWith('--') && (saveAt < 0 || i !== saveAt + 1));

console.log(['file', 'status', 'pages', 'paras', 'cut', 'cut%', 'words', 'glued', 'glued%', 'refs', 'diagnostics'].join('\t'));
for (const file of files) {
  const data = fs.readFileSync(file);
  const p = await processBuffer(data, file, { ...DEFAULT_LIMITS, ocr: !noOcr, fileTimeoutMs: 900_000 });
  const d = p.document;
  const cut = cutParagraphs(d.blocks);
  let glued = { words: 0, glued: [] as string[] };
  if (file.endsWith('.pdf')) {
    let ref: string;
    try {
      ref = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    } catch {
      ref = '';
    }
    const pages = (tcvn3 ? fromTcvn3(ref).text : ref).split('\f').map(tcvn3 ? referenceTokens : referenceWords);
    if (saveDir) fs.writeFileSync(path.join(saveDir, path.basename(file).replace(/\.pdf$/, '.words')), pages.map((w) => w.join(' ')).join('\n') + '\n');
    glued = gluedWords(d.blocks, pages.flat());
  }
  const codes = [...new Set(d.diagnostics.map((x) => x.code))].join(',');
  console.log(
    [
      path.basename(file).slice(0, 40),
      d.status,
      d.pages ?? '-',
      cut.paragraphs,
      cut.cut.length,
      pct(cut.cut.length, cut.paragraphs),
      glued.words,
      glued.glued.length,
      pct(glued.glued.length, glued.words, 3),
      p.references.length,
      codes,
    ].join('\t'),
  );
  if (args.includes('--details')) {
    for (const c of cut.cut.slice(0, 15)) console.log(`   cut: …${c.end} ‖ ${c.next}…`);
    console.log(`   glued: ${glued.glued.slice(0, 40).join(' ')}`);
  }
}

function pct(n: number, of: number, digits = 1): string {
  return of ? ((100 * n) / of).toFixed(digits) : '-';
}
