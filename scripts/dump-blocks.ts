/**
 * Prints the blocks the pipeline reads from one file (page, kind, section, text): the text
 * an answer key is written against, so that its quotes are the pipeline's own.
 * Usage: tsx scripts/dump-blocks.ts FILE [--no-ocr]
 */
import fs from 'node:fs';
import { processBuffer } from '../src/process.js';
import { DEFAULT_LIMITS } from '../src/limits.js';

const [file, ...flags] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx scripts/dump-blocks.ts FILE [--no-ocr]');
  process.exit(2);
}
const p = await processBuffer(fs.readFileSync(file), file, { ...DEFAULT_LIMITS, ocr: !flags.includes('--no-ocr'), fileTimeoutMs: 900_000 });
const d = p.document;
console.log(`# ${file} status=${d.status} pages=${d.pages ?? '-'} type=${d.meta.docType ?? ''} period=${d.meta.period ?? ''} number=${d.meta.number ?? ''}`);
d.blocks.forEach((b, i) => {
  const breaks = (b.pageBreaks ?? []).map(([at, pg]) => `@${at}→p${pg}`).join(' ');
  console.log(`\n[${i}] p${b.page ?? '-'}${b.pageEnd && b.pageEnd !== b.page ? `-${b.pageEnd}` : ''} ${b.kind}${b.ocr !== undefined ? ` ocr=${b.ocr}` : ''}${breaks ? ` ${breaks}` : ''} § ${b.sectionPath.slice(-1)[0] ?? ''}`);
  console.log(b.text);
});
