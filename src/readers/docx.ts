/**
 * DOCX reader on mammoth. mammoth's raw-text mode drops footnotes and flattens tables, so we
 * take its document tree (via transformDocument) and walk it ourselves into our model.
 */
import type mammothModule from 'mammoth';
import { Block, Diagnostic, FootnoteRef, ReadResult, TableCell, newBlock } from '../model.js';
import { TextBuilder } from '../text/normalize.js';
import { canSuperscript, toSuperscript } from '../text/superscript.js';
import { Limits } from '../limits.js';
import { inspectZip } from './zip-guard.js';

// The subset of mammoth's document tree we walk (mammoth ships no types for it).
interface MNode {
  type: string;
  children?: MNode[];
  value?: string;
  styleName?: string | null;
  isBold?: boolean;
  verticalAlignment?: string;
  noteType?: string;
  noteId?: string;
  colSpan?: number;
  rowSpan?: number;
  body?: MNode[];
}
interface MDocument extends MNode {
  notes: { resolve(ref: MNode): MNode | null };
}

const HEADING_STYLE = /^(heading|title|subtitle|doc title|doc subtitle|appendix title)/i;

export async function readDocx(data: Buffer, limits: Limits): Promise<ReadResult> {
  const diagnostics: Diagnostic[] = [];
  const zip = inspectZip(data, limits);
  if (!zip.ok) return { blocks: [], diagnostics, status: 'failed', error: zip.error };
  if (!zip.names.includes('word/document.xml')) {
    return { blocks: [], diagnostics, status: 'failed', error: 'zip archive without word/document.xml: not a Word document' };
  }

  let captured: MDocument | null = null;
  let messages: Array<{ type: string; message: string }> = [];
  try {
    // Loaded on the first DOCX: a worker that reads only PDFs never pays its ~130 ms.
    const mammoth = (await import('mammoth')).default;
    const result = await mammoth.convertToHtml(
      { buffer: data },
      {
        // Keep the tree and hand mammoth an empty body: we need no HTML.
        transformDocument: (doc: MDocument) => {
          captured = doc;
          return { ...doc, children: [] };
        },
        externalFileAccess: false,
      } as Parameters<typeof mammothModule.convertToHtml>[1],
    );
    messages = result.messages as typeof messages;
  } catch (e) {
    return { blocks: [], diagnostics, status: 'failed', error: `DOCX could not be parsed: ${(e as Error).message}` };
  }
  for (const m of messages) {
    // Unknown paragraph styles are normal in real documents; anything else is worth keeping.
    if (/Unrecognised (paragraph|run|table) style/.test(m.message)) continue;
    diagnostics.push({ code: 'docx/mammoth', severity: m.type === 'error' ? 'error' : 'warning', message: m.message });
  }
  if (!captured) return { blocks: [], diagnostics, status: 'failed', error: 'DOCX has no document body' };
  const walker = new Walker(captured);
  walker.walk((captured as MDocument).children ?? []);
  return { blocks: [...walker.blocks, ...walker.footnotes], diagnostics };
}

class Walker {
  blocks: Block[] = [];
  footnotes: Block[] = [];
  private noteLabels = new Map<string, string>();

  constructor(private doc: MDocument) {}

  walk(nodes: MNode[]): void {
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        const block = this.paragraph(node);
        if (block.text) this.blocks.push(block);
      } else if (node.type === 'table') {
        const block = this.table(node);
        if (block) this.blocks.push(block);
      } else if (node.children) {
        this.walk(node.children);
      }
    }
  }

  private paragraph(p: MNode): Block {
    const b = new TextBuilder();
    const refs: FootnoteRef[] = [];
    const bold = this.inline(p, b, refs);
    const text = b.toString();
    const styled = HEADING_STYLE.test(p.styleName ?? '');
    const kind = (styled || bold) && text.length < 400 ? 'heading' : 'paragraph';
    return newBlock(kind, text, { footnoteRefs: refs });
  }

  /** Write a paragraph's runs into `b`; returns whether all its text is bold. */
  private inline(node: MNode, b: TextBuilder, refs: FootnoteRef[], boldState = { bold: 0, plain: 0 }): boolean {
    for (const child of node.children ?? []) {
      switch (child.type) {
        case 'text':
          b.append(child.value ?? '');
          break;
        case 'tab':
        case 'break':
          b.space();
          break;
        case 'noteReference':
          refs.push({ label: this.noteLabel(child), offset: b.length });
          break;
        case 'run': {
          const n = textLength(child);
          if (child.isBold) boldState.bold += n;
          else boldState.plain += n;
          const raw = runText(child);
          if (child.verticalAlignment === 'superscript' && canSuperscript(raw.trim())) b.append(toSuperscript(raw));
          else this.inline(child, b, refs, boldState);
          break;
        }
        default:
          if (child.children) this.inline(child, b, refs, boldState);
      }
    }
    return boldState.bold > 0 && boldState.plain === 0;
  }

  /** Footnotes are numbered in order of first reference, as Word displays them. */
  private noteLabel(ref: MNode): string {
    const key = `${ref.noteType}-${ref.noteId}`;
    let label = this.noteLabels.get(key);
    if (label) return label;
    const count = [...this.noteLabels.keys()].filter((k) => k.startsWith(`${ref.noteType}-`)).length + 1;
    label = ref.noteType === 'endnote' ? toRoman(count) : String(count);
    this.noteLabels.set(key, label);
    const note = this.doc.notes.resolve(ref);
    const b = new TextBuilder();
    const inner: FootnoteRef[] = [];
    for (const para of note?.body ?? []) {
      b.space();
      this.inline(para, b, inner);
    }
    this.footnotes.push(newBlock('footnote', b.toString(), { label }));
    return label;
  }

  private table(t: MNode): Block | null {
    const rows: TableCell[][] = [];
    const refs: FootnoteRef[] = [];
    let text = '';
    const rowNodes = (t.children ?? []).filter((r) => r.type === 'tableRow');
    rowNodes.forEach((row, ri) => {
      const cells: TableCell[] = [];
      if (ri > 0) text += '\n';
      (row.children ?? []).filter((c) => c.type === 'tableCell').forEach((cell, ci) => {
        if (ci > 0) text += ' | ';
        const b = new TextBuilder();
        const cellRefs: FootnoteRef[] = [];
        for (const para of cell.children ?? []) {
          b.space();
          if (para.type === 'paragraph') this.inline(para, b, cellRefs);
          // Nested tables are rare (layout tables inside cells); keep their text in the cell.
          else if (para.type === 'table') b.append(this.table(para)?.text.replace(/\n/g, ' ') ?? '');
        }
        for (const r of cellRefs) refs.push({ label: r.label, offset: text.length + r.offset });
        const cellText = b.toString();
        text += cellText;
        cells.push({ text: cellText, colSpan: cell.colSpan ?? 1, rowSpan: cell.rowSpan ?? 1 });
      });
      rows.push(cells);
    });
    if (!rows.length) return null;
    return newBlock('table', text, { rows, footnoteRefs: refs });
  }
}

function runText(node: MNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(runText).join('');
}

function textLength(node: MNode): number {
  if (node.type === 'text') return (node.value ?? '').trim().length;
  return (node.children ?? []).reduce((n, c) => n + textLength(c), 0);
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) [out, n] = [out + s, n - v];
  return out;
}
