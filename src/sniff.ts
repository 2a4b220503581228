/** Recognize a file's format by its bytes, not its name: users rename files, archives lie. */
import { Format } from './model.js';

const PDF_MAGIC = Buffer.from('%PDF-');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function sniffFormat(head: Buffer): Format {
  // PDF headers may be preceded by junk; the spec allows it within the first 1 KiB.
  if (head.subarray(0, 1024).includes(PDF_MAGIC)) return 'pdf';
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) return 'docx';
  if (head.subarray(0, 8).equals(OLE2_MAGIC)) return 'doc';
  return 'unknown';
}

/** Extensions we look at when walking folders; content still decides the format. */
export const CANDIDATE_EXTENSIONS = new Set(['.pdf', '.docx', '.doc']);
