/**
 * The statement answer keys (fixtures/golden/statements/*.json, written by hand) against what
 * the extractor wrote. A key statement is found by its quote (spaces ignored, so a reader that
 * changes word spacing does not break the key) and its figure inside it; the output row whose
 * figure span covers that place is its match. Measures, per document:
 * - recall: required key statements with a matching row;
 * - precision: rows in the key's scope that match a key statement (optional ones included);
 * - value precision, kind and period agreement: over matched pairs;
 * - label precision, exact (folded equality with the key's label, or verb + label) and partial
 *   (token Dice ≥ 0.5), as CQE's evaluation reports both.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Block } from '../../src/model.js';
import { fold } from '../../src/text/normalize.js';

export interface KeyStatement {
  quote: string;
  figure: string;
  occurrence?: number;
  page: number | null;
  value: number;
  unit: string;
  label: string;
  verb?: string;
  qualifier?: string;
  kind: string;
  period: string;
  entity?: string;
  optional?: boolean;
}

export interface AnswerKey {
  file: string;
  /** Pages annotated completely (PDF); a number or null: every page. */
  pages: number[] | number | null;
  scope?: string;
  /** Prose was annotated on every page, tables only on `pages`. */
  prose_every_page?: boolean;
  /**
   * Where an annotated stretch of a document without pages starts and ends: the opening words of
   * its first and last blocks, or of a table row (block numbers move whenever a reader changes how
   * it splits text).
   */
  scope_from?: string;
  scope_to?: string;
  statements: KeyStatement[];
}

export interface Row {
  block: number;
  span_start: number;
  span_end: number;
  value: number;
  label: string;
  kind: string;
  period: string;
  page: number | null;
  catalog?: boolean;
  quote?: string;
}

export interface DocScore {
  file: string;
  key: number;
  required: number;
  found: number;
  rows: number;
  matchedRows: number;
  valueOk: number;
  labelExact: number;
  labelPartial: number;
  kindOk: number;
  periodOk: number;
  pairs: number;
  unlocated: string[];
  missed: string[];
  wrongValue: string[];
  spurious: string[];
  /** Matched statements whose label is not exact: ~ partial, ✗ wrong. */
  labelMisses: string[];
  /** Matched statements whose kind or period differ from the key's. */
  kindPeriodMisses: string[];
}

export function loadKeys(dir: string): AnswerKey[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as AnswerKey);
}

/**
 * Text without spaces and cell bars, with a map from each kept character back to its offset: a
 * quote copied from a table row as one line ("+ Điện phát ra 83,28 tỷ kWh") is found in the
 * table's text ("+ Điện phát ra | 83,28 tỷ kWh") whichever way a reader gives the table.
 */
function squashed(text: string): { s: string; at: number[] } {
  let s = '';
  const at: number[] = [];
  const nfc = text.normalize('NFC');
  for (let i = 0; i < nfc.length; i++) {
    if (/[\s|]/u.test(nfc[i])) continue;
    s += nfc[i];
    at.push(i);
  }
  return { s, at };
}

/** Block index and offset of a key statement's figure, or null when its quote is not in the text. */
export function locate(blocks: Block[], sq: Array<{ s: string; at: number[] }>, k: KeyStatement): { block: number; at: number } | null {
  const q = squashed(k.quote).s;
  const fig = squashed(k.figure).s;
  for (let b = 0; b < blocks.length; b++) {
    const i = sq[b].s.indexOf(q);
    if (i < 0) continue;
    let j = -1;
    for (let n = 0; n < (k.occurrence ?? 1); n++) j = q.indexOf(fig, j + 1);
    if (j < 0) return null;
    return { block: b, at: sq[b].at[i + j] };
  }
  return null;
}

const tokens = (s: string) => new Set(fold(s).replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter(Boolean));

export function labelScore(predicted: string, k: KeyStatement): { exact: boolean; partial: boolean } {
  const p = fold(predicted).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
  const forms = [k.label, `${k.verb ?? ''} ${k.label}`].map((x) => fold(x).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim());
  const exact = forms.includes(p);
  const tp = tokens(predicted);
  const partial =
    exact ||
    forms.some((f) => {
      const tk = new Set(f.split(' ').filter(Boolean));
      let shared = 0;
      for (const t of tp) if (tk.has(t)) shared++;
      return tk.size + tp.size > 0 && (2 * shared) / (tk.size + tp.size) >= 0.5;
    });
  return { exact, partial };
}

/** The blocks a key's `scope_from`/`scope_to` open, as [first, last]; the whole document without them. */
export function scopeBlocks(key: AnswerKey, blocks: Block[]): [number, number] {
  const opens = (words: string | undefined, from: number) => {
    if (!words) return -1;
    const w = squashed(words).s;
    // (a table holds its rows: the row's words may stand anywhere in its block)
    for (let b = from; b < blocks.length; b++) if (blocks[b].kind === 'table' ? squashed(blocks[b].text).s.includes(w) : squashed(blocks[b].text).s.startsWith(w)) return b;
    throw new Error(`${key.file}: no block opens with the scope's words «${words}»`);
  };
  const first = opens(key.scope_from, 0);
  const last = opens(key.scope_to, Math.max(0, first));
  return [Math.max(0, first), last < 0 ? blocks.length - 1 : last];
}

function inScope(key: AnswerKey, r: Row, blocks: Block[], scope: [number, number]): boolean {
  if (r.block < scope[0] || r.block > scope[1]) return false;
  if (!Array.isArray(key.pages)) return true;
  if (r.page !== null && key.pages.includes(r.page)) return true;
  return !!key.prose_every_page && blocks[r.block]?.kind !== 'table';
}

export function scoreDocument(key: AnswerKey, blocks: Block[], rows: Row[]): DocScore {
  const sq = blocks.map((b) => squashed(b.text));
  const score: DocScore = { file: key.file, key: key.statements.length, required: 0, found: 0, rows: 0, matchedRows: 0, valueOk: 0, labelExact: 0, labelPartial: 0, kindOk: 0, periodOk: 0, pairs: 0, unlocated: [], missed: [], wrongValue: [], spurious: [], labelMisses: [], kindPeriodMisses: [] };
  const used = new Set<Row>();
  for (const k of key.statements) {
    if (!k.optional) score.required++;
    const place = locate(blocks, sq, k);
    if (!place) {
      score.unlocated.push(`${k.figure} «${k.quote.slice(0, 60)}»`);
      if (!k.optional) score.missed.push(`${k.figure} (quote not in the text) «${k.quote.slice(0, 60)}»`);
      continue;
    }
    const row = rows.find((r) => r.block === place.block && r.span_start <= place.at && place.at < Math.max(r.span_end, r.span_start + 1) && !used.has(r));
    if (!row) {
      if (!k.optional) score.missed.push(`${k.figure} ${k.label} «${k.quote.slice(0, 70)}»`);
      continue;
    }
    used.add(row);
    if (!k.optional) score.found++;
    score.pairs++;
    if (Math.abs(row.value - k.value) <= 1e-6 * Math.max(1, Math.abs(k.value))) score.valueOk++;
    else score.wrongValue.push(`${k.figure}: ${row.value} ≠ ${k.value} «${k.quote.slice(0, 60)}»`);
    const l = labelScore(row.label, k);
    if (l.exact) score.labelExact++;
    if (l.partial) score.labelPartial++;
    if (!l.exact) score.labelMisses.push(`${l.partial ? '~' : '✗'} ${k.figure}: «${row.label}» ≠ «${k.label}»${k.verb ? ` (verb ${k.verb})` : ''} «${k.quote.slice(0, 110)}»`);
    if (row.kind === k.kind) score.kindOk++;
    if (row.period === k.period) score.periodOk++;
    if (row.kind !== k.kind || row.period !== k.period) score.kindPeriodMisses.push(`${k.figure}: ${row.kind} ${row.period || '∅'} ≠ ${k.kind} ${k.period || '∅'} «${k.quote.slice(0, 110)}»`);
  }
  const scope = scopeBlocks(key, blocks);
  for (const r of rows) {
    if (!inScope(key, r, blocks, scope)) continue;
    score.rows++;
    if (used.has(r)) score.matchedRows++;
    else score.spurious.push(`${r.value} ${r.label} «${(r.quote ?? '').slice(0, 60)}»`);
  }
  return score;
}

export function ratio(a: number, b: number): number {
  return b === 0 ? 1 : Math.round((a / b) * 1000) / 1000;
}

export function summary(s: Pick<DocScore, 'required' | 'found' | 'rows' | 'matchedRows' | 'pairs' | 'valueOk' | 'labelExact' | 'labelPartial' | 'kindOk' | 'periodOk'>) {
  return {
    recall: ratio(s.found, s.required),
    precision: ratio(s.matchedRows, s.rows),
    value: ratio(s.valueOk, s.pairs),
    labelExact: ratio(s.labelExact, s.pairs),
    labelPartial: ratio(s.labelPartial, s.pairs),
    kind: ratio(s.kindOk, s.pairs),
    period: ratio(s.periodOk, s.pairs),
  };
}
