/** Recognize a file's format by its bytes, not its name: users rename files, archives lie. */
import fs from 'node:fs/promises';
import { Format } from './model.js';

const PDF_MAGIC = Buffer.from('%PDF-');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const TIFF_LE = Buffer.from('II*\0', 'latin1');
const TIFF_BE = Buffer.from('MM\0*', 'latin1');

export function sniffFormat(head: Buffer): Format {
  // PDF headers may be preceded by junk; the spec allows it within the first 1 KiB.
  if (head.subarray(0, 1024).includes(PDF_MAGIC)) return 'pdf';
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) return 'docx';
  if (head.subarray(0, 8).equals(OLE2_MAGIC)) return 'doc';
  if (head.subarray(0, 3).equals(JPEG_MAGIC)) return 'jpeg';
  if (head.subarray(0, 8).equals(PNG_MAGIC)) return 'png';
  if (head.subarray(0, 4).equals(TIFF_LE) || head.subarray(0, 4).equals(TIFF_BE)) return 'tiff';
  return 'unknown';
}

/** The format of a file from its first KiB; 'unknown' when it cannot be read. */
export async function sniffFile(file: string): Promise<Format> {
  try {
    const h = await fs.open(file, 'r');
    try {
      const buf = Buffer.alloc(1024);
      const { bytesRead } = await h.read(buf, 0, 1024, 0);
      return sniffFormat(buf.subarray(0, bytesRead));
    } finally {
      await h.close();
    }
  } catch {
    return 'unknown';
  }
}

/** Extensions we look at when walking folders; content still decides the format. */
export const CANDIDATE_EXTENSIONS = new Set(['.pdf', '.docx', '.doc', '.jpg', '.jpeg', '.png', '.tif', '.tiff']);

/** Say what the bytes are not, and what the name claimed: "named .docx but not a zip package". */
export function unrecognizedReason(data: Buffer, sourceFile: string): string {
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(sourceFile)?.[1]?.toLowerCase();
  const claim =
    ext === 'pdf'
      ? 'named .pdf but does not start with %PDF-'
      : ext === 'docx'
        ? 'named .docx but is not a zip package (DOCX files are zip archives)'
        : ext === 'doc'
          ? 'named .doc but lacks the OLE2 signature of Word 97-2003 files'
          : `named .${ext ?? '(no extension)'}`;
  const looks = looksLikeText(data.subarray(0, 4096)) ? 'it looks like plain text' : 'its bytes match no known format';
  return `unrecognized format: ${claim}; ${looks} (files are recognized by content: PDF, DOCX, DOC, and JPEG, PNG, TIFF scans)`;
}

/** Valid UTF-8 without control characters other than tab and line breaks. */
function looksLikeText(head: Buffer): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text);
  } catch {
    return false;
  }
}
