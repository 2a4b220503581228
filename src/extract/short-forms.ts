/**
 * Later mentions of a cited document by its type and number alone ("Quyết định 749",
 * "Chương trình 553", "Đề án 06") or by pointing back ("Kế hoạch nêu trên"). Each is linked to
 * the one full reference of the document it can mean — same type, same number — and counted
 * as its mention; a short form that can mean none (or several) is listed, never guessed.
 */
import { typeWords } from '../data/tables.js';

export interface FullRef {
  key: string;
  type: string;
  number: string;
  /** Offsets of the full mentions, block by block, for "nêu trên" (the last one before). */
  at: Array<{ block: number; offset: number }>;
}

export interface ShortForms {
  /** Key → short mentions linked to it. */
  linked: Map<string, number>;
  /** Short forms with no (or no single) full reference: "Đề án 06" → mentions. */
  unresolved: Map<string, number>;
}

const WORDS = [...new Set(typeWords.map((t) => t.word))].sort((a, b) => b.length - a.length);
const nameOf = new Map(typeWords.map((t) => [t.word.toLowerCase(), t.name]));
const WORD = WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
// "Quyết định 749", "Chương trình số 553", "Đề án 06": not followed by a code ("749/QĐ") or a decimal.
const SHORT = new RegExp(`(?<![\\p{L}])(${WORD})\\s+(?:số\\s+)?(\\d{1,5})(?![\\d/\\-–]|[.,]\\d)(?!\\s*/)`, 'giu');
// "Kế hoạch nêu trên", "Quyết định trên", "Chỉ thị nói trên".
const BACK = new RegExp(`(?<![\\p{L}])(${WORD})\\s+(?:nêu trên|nói trên|trên)(?![\\p{L}])`, 'giu');

export function findShortForms(texts: string[], refs: FullRef[]): ShortForms {
  const linked = new Map<string, number>();
  const unresolved = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const number = (n: string) => n.replace(/^0+(?=\d)/, '');
  texts.forEach((text, block) => {
    for (const m of text.matchAll(SHORT)) {
      const type = nameOf.get(m[1].toLowerCase());
      if (!type || number(m[2]) === '0') continue;
      const hits = refs.filter((r) => r.type === type && number(r.number) === number(m[2]));
      if (hits.length === 1) bump(linked, hits[0].key);
      else bump(unresolved, `${type} ${m[2]}`);
    }
    for (const m of text.matchAll(BACK)) {
      const type = nameOf.get(m[1].toLowerCase());
      // The last full reference of that type cited before this point.
      let best: { key: string; block: number; offset: number } | null = null;
      for (const r of refs) {
        if (r.type !== type) continue;
        for (const a of r.at) {
          const before = a.block < block || (a.block === block && a.offset < m.index!);
          if (before && (!best || a.block > best.block || (a.block === best.block && a.offset > best.offset))) best = { key: r.key, ...a };
        }
      }
      if (best) bump(linked, best.key);
    }
  });
  return { linked, unresolved };
}
