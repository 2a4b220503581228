/**
 * E-office systems (VNPT iOffice and the like) number and date a document when it is signed:
 * "184" and "06" are drawn into the blanks of "Số:      /BC-SNV" and "ngày    tháng 11" as the
 * appearance of signature fields, not as page text, so pdf.js's text layer has the blanks only.
 * A reader sees "Số: 184/BC-SNV … ngày 06 tháng 11 năm 2025"; so must we.
 *
 * Only short texts that fall on a blank of an existing text line are taken: the signer's stamp
 * ("TRUNG TÂM CÔNG BÁO … 18.11.2024 07:25:14") sits apart from the text and is left out.
 */
import type { PdfItem } from './pdf-layout.js';

export interface FillIn {
  text: string;
  /** [x0, y0, x1, y1] in the page's coordinates (origin bottom-left, already offset like the items). */
  rect: [number, number, number, number];
  size: number;
}

const MAX_FILL_CHARS = 20;

interface OpList {
  fnArray: number[];
  argsArray: unknown[][];
}
interface Ops {
  beginAnnotation: number;
  endAnnotation: number;
  showText: number;
  setFont: number;
}

/** Texts drawn by signature-field appearances, from a page's operator list (annotations enabled). */
export function fillInsFromOperators(ops: OpList, OPS: Ops, offset: [number, number], sigIds: Set<string>): FillIn[] {
  const out: FillIn[] = [];
  let cur: FillIn | null = null;
  let id = '';
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i];
    if (fn === OPS.beginAnnotation) {
      id = String(args[0]);
      const r = args[1] as number[];
      cur = { text: '', rect: [r[0] - offset[0], r[1] - offset[1], r[2] - offset[0], r[3] - offset[1]], size: 0 };
    } else if (fn === OPS.endAnnotation) {
      if (cur && sigIds.has(id) && cur.text.trim()) out.push(cur);
      cur = null;
    } else if (cur && fn === OPS.setFont) {
      cur.size = Math.abs(Number(args[1])) || cur.size;
    } else if (cur && fn === OPS.showText) {
      for (const g of args[0] as Array<number | { unicode?: string } | null>) {
        if (typeof g === 'number') cur.text += g < -250 ? ' ' : '';
        else cur.text += g?.unicode ?? '';
      }
    }
  }
  return out;
}

/**
 * Put each fill-in into the text line it belongs to: the line whose baseline lies inside the
 * field, at the field's left edge, replacing the whitespace item that stood for the blank.
 * Returns the texts placed (for the diagnostic); the others are dropped.
 */
export function placeFillIns(items: PdfItem[], fills: FillIn[]): string[] {
  const placed: string[] = [];
  for (const f of fills) {
    const text = f.text.trim();
    if (!text || text.length > MAX_FILL_CHARS) continue;
    const [x0, y0, x1, y1] = f.rect;
    const baselines = [...new Set(items.filter((it) => it.str.trim() && it.y > y0 && it.y < y1).map((it) => it.y))];
    const mid = (y0 + y1) / 2;
    baselines.sort((a, b) => Math.abs(a - mid) - Math.abs(b - mid));
    const lead = f.text.length - f.text.trimStart().length;
    // The field may overlap several lines ("SỞ NỘI VỤ" above "Số:"): the one with a blank there.
    let y: number | undefined;
    let size = 0;
    let x = 0;
    let width = 0;
    for (const base of baselines) {
      const line = items.filter((it) => it.str.trim() && Math.abs(it.y - base) < 1);
      size = f.size || line[0].size;
      x = x0 + 2 + lead * 0.25 * size;
      width = Math.min(0.5 * size * text.length, x1 - x);
      const clash = line.some((it) => it.x < x + width && it.x + it.width > x);
      const leftOf = line.some((it) => it.x + it.width <= x + 1);
      if (!clash && leftOf) {
        y = base;
        break;
      }
    }
    if (y === undefined) continue;
    for (let k = items.length - 1; k >= 0; k--) {
      const it = items[k];
      if (!it.str.trim() && Math.abs(it.y - y) < 0.5 * size && it.x < x + width && it.x + it.width > x) items.splice(k, 1);
    }
    // After the last item of that line that starts left of the fill-in (stream order = reading order).
    let at = -1;
    items.forEach((it, k) => {
      if (Math.abs(it.y - y!) < 0.5 * size && it.x + it.width <= x + 1) at = k;
    });
    if (at < 0) continue;
    items.splice(at + 1, 0, { str: text, x, y, width, size, bold: items[at].bold, artifact: false });
    placed.push(text);
  }
  return placed;
}
