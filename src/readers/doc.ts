/**
 * Legacy Word 97-2003 (.doc, OLE2) reader on word-extractor (pure JavaScript): body paragraphs,
 * footnotes and endnotes into the same document model. The binary format's text stream carries
 * no position for footnote markers once extracted, so footnotes are kept as footnote blocks
 * (their references are found and flagged in_footnote) but not linked to a marker; the
 * document says so in an info diagnostic rather than pretending.
 */
import { createRequire } from 'node:module';
import { Block, Diagnostic, ReadResult, TableCell, newBlock } from '../model.js';
import { splitDocBody } from './doc-tables.js';
import { squash, normalizeChars } from '../text/normalize.js';
import { oleHeaderProblem } from './ole.js';

const require = createRequire(import.meta.url);
interface WordDocument {
  getBody(): string;
  getFootnotes(): string;
  getEndnotes(): string;
  getHeaders(options?: { includeFooters?: boolean }): string;
}
const WordExtractor = require('word-extractor') as new () => { extract(source: Buffer): Promise<WordDocument> };

// A short line in capitals ("BÁO CÁO", "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI") is a heading; Word 97
// text carries no style names once extracted.
const CAPS_LINE = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

export async function readDoc(data: Buffer): Promise<ReadResult> {
  const diagnostics: Diagnostic[] = [];
  const problem = oleHeaderProblem(data);
  if (problem) return { blocks: [], diagnostics, status: 'failed', error: `corrupt Word 97-2003 (.doc) file: ${problem}` };
  let doc: WordDocument;
  try {
    doc = await new WordExtractor().extract(data);
  } catch (e) {
    return { blocks: [], diagnostics, status: 'failed', error: `Word 97-2003 (.doc) file could not be parsed: ${(e as Error).message}` };
  }
  const blocks: Block[] = [];
  for (const part of splitDocBody(doc.getBody())) {
    if (part.kind === 'table') {
      const rows: TableCell[][] = part.rows.map((r) => r.map((c) => ({ text: squash(normalizeChars(c)), colSpan: 1, rowSpan: 1 })));
      spanShortRows(rows);
      blocks.push(newBlock('table', rows.map((r) => r.map((c) => c.text).join(' | ')).join('\n'), { rows }));
      continue;
    }
    const text = squash(normalizeChars(part.text));
    if (!text) continue;
    blocks.push(newBlock(text.length <= 160 && CAPS_LINE.test(text) ? 'heading' : 'paragraph', text));
  }
  const notes = [...doc.getFootnotes().split(/\r?\n|\r/), ...doc.getEndnotes().split(/\r?\n|\r/)].map((t) => squash(normalizeChars(t))).filter(Boolean);
  notes.forEach((text, i) => blocks.push(newBlock('footnote', text, { label: String(i + 1) })));
  if (notes.length) {
    diagnostics.push({ code: 'doc/footnote-markers', severity: 'info', message: `${notes.length} footnotes read; .doc text carries no marker positions, so they are not linked to the body` });
  }
  const headers = squash(normalizeChars(doc.getHeaders({ includeFooters: false })));
  if (headers && !/^[\d\s]+$/.test(headers)) diagnostics.push({ code: 'doc/header-text', severity: 'info', message: `page header text: ${headers.slice(0, 200)}` });
  if (!blocks.some((b) => b.kind !== 'footnote')) return { blocks, diagnostics, status: 'failed', error: 'Word 97-2003 (.doc) file has no body text' };
  return { blocks, diagnostics };
}

// Numbers as a short row's cells hold them. Example match: "3.740", "12,5%", "-".
const NUMBER_CELL = /^(?:\d[\d.,]*\s*%?|-|)$/u;

/**
 * Word's text keeps no column spans: "Tổng cộng: | 3.740 | 4.190 | 4.370 | 12.300" under a header of
 * six columns had its first cell across "Stt" and "Nội dung". A row below the first with fewer
 * cells, a label then only numbers, has its label span the missing columns, so that its numbers
 * stand under their own headers.
 */
export function spanShortRows(rows: TableCell[][]): void {
  const width = Math.max(...rows.map((r) => r.length));
  for (const row of rows.slice(1)) {
    if (row.length >= width || row.length < 2 || !/\p{L}/u.test(row[0].text)) continue;
    if (row.slice(1).every((c) => NUMBER_CELL.test(c.text)) && row.slice(1).some((c) => c.text)) row[0].colSpan = width - row.length + 1;
  }
}

