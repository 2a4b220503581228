/**
 * A quick structural check of a PDF's cross-reference data. pdf.js silently rebuilds a damaged
 * table by scanning the whole file; when it has to, what it recovers may be incomplete, and the
 * document's status must say so (partial) rather than claim a clean read.
 */

/** What is wrong with the cross-reference table, or null when it looks sound. */
export function xrefProblem(data: Uint8Array): string | null {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const tail = buf.toString('latin1', Math.max(0, buf.length - 2048));
  const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail) ?? /startxref\s+(\d+)/.exec(tail);
  if (!m) return 'no startxref at the end of the file (truncated or damaged)';
  const offset = Number(m[1]);
  if (offset >= buf.length) return `startxref points to byte ${offset}, past the end of the ${buf.length}-byte file`;
  const head = buf.toString('latin1', offset, Math.min(buf.length, offset + 64 * 1024));
  if (/^\s*\d+\s+\d+\s+obj/.test(head)) return null; // a cross-reference stream (PDF 1.5+)
  if (!/^\s*xref/.test(head)) return `startxref points to byte ${offset}, where there is no cross-reference table`;
  // Classic table: the first in-use entries must point at "N G obj".
  let checked = 0;
  for (const e of head.matchAll(/(\d{10}) (\d{5}) n/g)) {
    const at = Number(e[1]);
    if (at >= buf.length || !/^\s*\d+\s+\d+\s+obj/.test(buf.toString('latin1', at, Math.min(buf.length, at + 32)))) {
      return `cross-reference entry points to byte ${at}, where there is no object`;
    }
    if (++checked >= 50) break;
  }
  return null;
}
