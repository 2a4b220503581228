/**
 * Reads the pandoc Markdown sources of the fixtures into plain paragraphs and footnotes, so
 * reader output can be compared with what the documents were built from.
 */
export interface MdSource {
  /** Paragraphs and table cells in document order, markup removed. */
  paragraphs: string[];
  /** Paragraphs outside tables (the ones that must never be cut by a page break). */
  bodyParagraphs: string[];
  /** Footnote label → text. */
  footnotes: Map<string, string>;
  /** Labels of footnote markers as they appear in the body, in order. */
  markers: string[];
}

const FOOTNOTE_DEF = /^\[\^([^\]]+)\]:\s*(.*)$/; // "[^1]: Chương trình số 553/CTr-UBND …"
const FENCE = /^:::/; // "::: {custom-style="HeaderLeft"}" and its closing ":::"

export function parseMarkdown(md: string): MdSource {
  const lines = md.replace(/\r/g, '').split('\n');
  const paragraphs: string[] = [];
  const bodyParagraphs: string[] = [];
  const footnotes = new Map<string, string>();
  const markers: string[] = [];
  let para: string[] = [];
  const flush = () => {
    const text = clean(para.join('\n'), markers);
    if (text) {
      paragraphs.push(text);
      bodyParagraphs.push(text);
    }
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const def = FOOTNOTE_DEF.exec(line);
    if (def) {
      flush();
      const body = [def[2]];
      while (i + 1 < lines.length && /^\s{4}\S/.test(lines[i + 1])) body.push(lines[++i]);
      footnotes.set(def[1], clean(body.join(' '), []));
      continue;
    }
    if (line.startsWith('+') || (line.startsWith('|') && para.length === 0)) {
      flush();
      const table: string[] = [];
      while (i < lines.length && /^[+|]/.test(lines[i])) table.push(lines[i++]);
      i--;
      for (const cell of gridCells(table)) {
        const text = clean(cell, markers);
        if (text) paragraphs.push(text);
      }
      continue;
    }
    if (FENCE.test(line.trim()) || line.trim() === '') {
      flush();
      continue;
    }
    para.push(line);
  }
  flush();
  return { paragraphs, bodyParagraphs, footnotes, markers };
}

/** Cells of a pandoc grid table, row by row, each cell's lines joined. */
function gridCells(table: string[]): string[] {
  const border = table[0];
  const cols: number[] = [];
  for (let k = 0; k < border.length; k++) if (border[k] === '+') cols.push(k);
  const out: string[] = [];
  let row: string[][] = cols.slice(1).map(() => []);
  const flushRow = () => {
    for (const cell of row) {
      // Paragraph breaks inside a cell are blank lines; each paragraph is its own unit.
      const paras = cell.join('\n').split(/\n\s*\n/);
      for (const p of paras) {
        const kept = p.split('\n').filter((l) => !FENCE.test(l.trim()));
        if (kept.join('').trim()) out.push(kept.join('\n'));
      }
    }
    row = cols.slice(1).map(() => []);
  };
  for (const line of table.slice(1)) {
    if (line.startsWith('+')) {
      flushRow();
      continue;
    }
    for (let c = 0; c < cols.length - 1; c++) row[c].push(line.slice(cols[c] + 1, cols[c + 1]).trim());
  }
  flushRow();
  return out;
}

/** Remove inline markup; record footnote markers in order. */
function clean(text: string, markers: string[]): string {
  return text
    .replace(/\[\^([^\]]+)\]/g, (_, label: string) => {
      markers.push(label);
      return '';
    })
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // [text](url)
    .replace(/<(https?:[^>]+)>/g, '$1') // <url>
    .replace(/\^([^^\s]+)\^/g, (_, sup: string) => toSuperscript(sup)) // 2025^3^ → 2025³
    .replace(/\\\n/g, ' ') // hard line break
    .replace(/\*\*|\*/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ')
    .normalize('NFC')
    .trim();
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Length of the longest common subsequence of two word lists (two-row DP). */
export function lcsLength(a: string[], b: string[]): number {
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Word agreement: matched words over the longer sequence, so both drops and additions count. */
export function wordAgreement(expected: string[], actual: string[]): number {
  if (!expected.length && !actual.length) return 1;
  return lcsLength(expected, actual) / Math.max(expected.length, actual.length);
}

const SUPERSCRIPTS: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
function toSuperscript(s: string): string {
  return [...s].map((c) => SUPERSCRIPTS[c] ?? c).join('');
}
