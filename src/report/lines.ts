/**
 * JSON Lines read without holding the file: each line is handed over with the byte range it
 * occupies, so that the report can keep where a row is (two numbers) instead of the row, and read
 * back only the rows of the page it is writing.
 */
import fs from 'node:fs';

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;

/**
 * The lines of a file (split on '\n', as split('\n') gives them: a last line without '\n' too,
 * also when empty), read a megabyte at a time, each with the byte offsets of its start and end
 * (the '\n' excluded). A line longer than the buffer grows it. UTF-8 never holds the byte 0x0A
 * inside a character, so the k-th '\n' of the bytes is the k-th of the text: the lines are split
 * from the text (one decode per chunk) and their offsets from the bytes.
 */
export function forEachLine(file: string, onLine: (line: string, index: number, start: number, end: number) => void, chunkBytes = CHUNK): void {
  const fd = fs.openSync(file, 'r');
  try {
    let buf = Buffer.allocUnsafe(chunkBytes);
    // buf[0..filled) holds the bytes from file offset `base` not yet handed over (a partial line).
    let filled = 0;
    let base = 0;
    let index = 0;
    for (;;) {
      if (filled === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      }
      const n = fs.readSync(fd, buf, filled, buf.length - filled, null);
      const end = filled + n;
      const view = buf.subarray(0, end);
      if (n === 0) {
        onLine(view.toString('utf8'), index, base, base + end);
        return;
      }
      // Only the bytes just read can hold a '\n': the partial line before them has none.
      const last = view.lastIndexOf(NEWLINE);
      let from = 0;
      if (last >= filled) {
        const lines = view.toString('utf8', 0, last).split('\n');
        for (const line of lines) {
          const nl = view.indexOf(NEWLINE, from);
          onLine(line, index++, base + from, base + nl);
          from = nl + 1;
        }
      }
      buf.copy(buf, 0, from, end);
      base += from;
      filled = end - from;
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** A file opened to read lines back by the byte ranges forEachLine gave them. */
export class LineReader {
  private fd: number;

  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'r');
  }

  /**
   * The lines at `spans` ([start, end, start, end, …]), in that order. Lines that follow each
   * other in the file (a document's rows) are read in one call.
   */
  lines(spans: readonly number[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < spans.length; ) {
      let j = i + 2;
      while (j < spans.length && spans[j] === spans[j - 1] + 1) j += 2;
      const text = this.read(spans[i], spans[j - 1]);
      if (j === i + 2) out.push(text);
      else out.push(...text.split('\n'));
      i = j;
    }
    return out;
  }

  /** The text between two byte offsets. */
  read(start: number, end: number): string {
    const buf = Buffer.allocUnsafe(end - start);
    let got = 0;
    while (got < buf.length) {
      const n = fs.readSync(this.fd, buf, got, buf.length - got, start + got);
      if (n === 0) throw new Error(`${this.file} changed while the report was read (ends before byte ${end})`);
      got += n;
    }
    return buf.toString('utf8');
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}
