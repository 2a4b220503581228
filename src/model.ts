/**
 * The one document model every reader produces and every later stage consumes.
 * Nothing after a reader knows whether the bytes were PDF or DOCX.
 */

export type Format = 'pdf' | 'docx' | 'doc' | 'jpeg' | 'png' | 'tiff' | 'unknown';
export type Status = 'ok' | 'partial' | 'failed' | 'needs_ocr';
export type Severity = 'error' | 'warning' | 'info';

/** A problem recorded as data (vfile-style): a rule id, a message and where it happened. */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  page?: number;
  blockIndex?: number;
}

/** Where a footnote marker sat in its block's text (offset = index of the character after the marked word). */
export interface FootnoteRef {
  label: string;
  offset: number;
}

export interface TableCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'table' | 'footnote';

export interface Block {
  kind: BlockKind;
  /** NFC text; for tables, cells joined by " | " and rows by "\n". */
  text: string;
  /** 1-based page where the block starts, when the format knows pages. */
  page?: number;
  /** Page where it ends, when it crosses a page break. */
  pageEnd?: number;
  /** Character offsets in `text` where later pages begin: [offset, page]. */
  pageBreaks?: Array<[number, number]>;
  footnoteRefs: FootnoteRef[];
  /** For footnote blocks: the marker label ("1", "2", "*"). */
  label?: string;
  rows?: TableCell[][];
  /** Headings above this block, outermost first (filled by the sections stage). */
  sectionPath: string[];
  /** Set when the text came from OCR: the recognizer's confidence for it, 0–100. */
  ocr?: number;
}

export interface DocMeta {
  title?: string;
  docType?: string;
  number?: string;
  issueDate?: string;
  issuer?: string;
  period?: string;
  place?: string;
  signer?: string;
  signerTitle?: string;
}

export interface Document {
  id: string;
  sourceFile: string;
  format: Format;
  sha256: string;
  bytes: number;
  pages?: number;
  status: Status;
  error?: string;
  meta: DocMeta;
  blocks: Block[];
  diagnostics: Diagnostic[];
}

/** What a reader hands back: blocks plus problems, never a thrown error for bad content. */
export interface ReadResult {
  blocks: Block[];
  pages?: number;
  diagnostics: Diagnostic[];
  /** Set when the reader could not get any usable text (e.g. scanned pages). */
  status?: Status;
  error?: string;
}

export function newBlock(kind: BlockKind, text: string, extra: Partial<Block> = {}): Block {
  return { kind, text, footnoteRefs: [], sectionPath: [], ...extra };
}

/** Page of a character offset inside a block (blocks may cross page breaks). */
export function pageAt(block: Block, offset: number): number | undefined {
  let page = block.page;
  for (const [at, p] of block.pageBreaks ?? []) if (offset >= at) page = p;
  return page;
}
