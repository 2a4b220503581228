/**
 * Series that form across documents without a catalog entry. Statements of one measure phrased
 * a little differently in different reports ("Tỷ lệ hồ sơ giải quyết đúng hạn" / "tỷ lệ hồ sơ
 * được giải quyết đúng hạn") carry different derived ids; ids of one unit whose normalized
 * labels are near-identical are merged into the one seen in most documents, and the series
 * record says which ids and labels were merged. Catalog series are never merged.
 */
import { catalog } from '../data/catalog.js';
import type { IndicatorRecord, SeriesRecord } from '../schemas.js';
import { jaroWinkler } from '../text/similarity.js';
import { byPeriodEnd } from './series.js';

// Token Dice ≥ 0.85 ("ty le ho so giai quyet dung han" vs "… duoc giai quyet dung han"), or
// Jaro–Winkler ≥ 0.97 on the whole key for spelling variants.
const DICE_MIN = 0.85;
const JW_MIN = 0.97;

/** What a series record is made of, tallied row by row: no statement is held. */
interface Tally {
  /** Label → statements, in the order labels were first seen (ties of the name keep it). */
  labels: Map<string, number>;
  units: Map<string, number>;
  docs: Set<string>;
  statements: number;
  periods: Set<string>;
}

interface Group extends Tally {
  id: string;
  key: string;
  unit: string;
  tokens: Set<string>;
}

/** What linking reads of a statement. */
export type LinkFacts = Pick<IndicatorRecord, 'series_id' | 'catalog' | 'label' | 'label_normalized' | 'unit' | 'document_id' | 'period'>;

const tally = (): Tally => ({ labels: new Map(), units: new Map(), docs: new Set(), statements: 0, periods: new Set() });

function count(t: Tally, r: LinkFacts): void {
  t.labels.set(r.label, (t.labels.get(r.label) ?? 0) + 1);
  t.units.set(r.unit, (t.units.get(r.unit) ?? 0) + 1);
  t.docs.add(r.document_id);
  t.statements++;
  if (r.period) t.periods.add(r.period);
}

/** Tallies in this order as one: the tally of their statements one after the other. */
function merge(parts: Tally[]): Tally {
  const out = tally();
  for (const p of parts) {
    for (const [k, n] of p.labels) out.labels.set(k, (out.labels.get(k) ?? 0) + n);
    for (const [k, n] of p.units) out.units.set(k, (out.units.get(k) ?? 0) + n);
    for (const d of p.docs) out.docs.add(d);
    for (const x of p.periods) out.periods.add(x);
    out.statements += p.statements;
  }
  return out;
}

export function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Whether two normalized labels name one measure: the same words once spaces are ignored
 * ("nhànước" / "nhà nước"), a misspelling (Jaro–Winkler ≥ 0.97 on the space-free forms), or
 * one word swapped for a near spelling ("đúng hạn" / "đúng hẹn", token Dice ≥ 0.85). A label
 * with a word more is another measure ("dự án đầu tư" ⊂ "dự án đầu tư mới", "khu vực quốc doanh"
 * ⊂ "khu vực ngoài quốc doanh"), never the same.
 */
export function nearIdentical(a: string, b: string): boolean {
  if (a === b) return true;
  const sa = a.replace(/ /g, '');
  const sb = b.replace(/ /g, '');
  if (sa === sb) return true;
  const ta = new Set(a.split(' '));
  const tb = new Set(b.split(' '));
  if (Math.min(ta.size, tb.size) < 2) return false;
  const onlyA = [...ta].filter((t) => !tb.has(t));
  const onlyB = [...tb].filter((t) => !ta.has(t));
  if (onlyA.length !== onlyB.length) return false;
  return dice(ta, tb) >= DICE_MIN || (Math.abs(sa.length - sb.length) <= 2 && jaroWinkler(sa, sb) >= JW_MIN);
}

/**
 * Rewrites the series_id of discovered rows to the id of their merged series and returns one
 * record per series (curated and discovered).
 */
export function linkSeries(rows: IndicatorRecord[]): SeriesRecord[] {
  const linker = seriesLinker();
  for (const r of rows) linker.add(r);
  const { series, rootOf } = linker.link();
  for (const r of rows) if (!r.catalog) r.series_id = rootOf.get(r.series_id) ?? r.series_id;
  return series;
}

/**
 * linkSeries fed one statement at a time (rows read from the state, never all held): `link` gives
 * the series records and the id each discovered series_id is merged into.
 */
export function seriesLinker(): { add(r: LinkFacts): void; link(): { series: SeriesRecord[]; rootOf: Map<string, string> } } {
  const groups = new Map<string, Group>();
  const byCatalog = new Map<string, Tally>();
  return {
    add(r) {
      if (r.catalog) {
        const t = byCatalog.get(r.series_id) ?? byCatalog.set(r.series_id, tally()).get(r.series_id)!;
        count(t, r);
        return;
      }
      let g = groups.get(r.series_id);
      if (!g) {
        const unit = r.series_id.slice(r.series_id.lastIndexOf('__') + 2);
        g = { ...tally(), id: r.series_id, key: r.label_normalized, unit, tokens: new Set(r.label_normalized.split(' ')) };
        groups.set(r.series_id, g);
      }
      count(g, r);
    },
    link: () => link(groups, byCatalog),
  };
}

function link(groups: Map<string, Group>, byCatalog: Map<string, Tally>): { series: SeriesRecord[]; rootOf: Map<string, string> } {
  // Candidates share the unit and the first word of the label: the comparison stays near-linear.
  const buckets = new Map<string, Group[]>();
  for (const g of groups.values()) {
    const k = `${g.unit}|${g.key.split(' ')[0]}`;
    buckets.set(k, [...(buckets.get(k) ?? []), g]);
  }
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    const p = parent.get(id) ?? id;
    if (p === id) return id;
    const root = find(p);
    parent.set(id, root);
    return root;
  };
  // The documents of each merged series so far: a merge never joins two phrasings of one report.
  const rootDocs = new Map([...groups.values()].map((g) => [g.id, new Set(g.docs)]));
  const better = (a: Group, b: Group) => b.docs.size - a.docs.size || b.statements - a.statements || a.id.length - b.id.length || a.id.localeCompare(b.id);
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        // A report that uses both phrasings tells them apart: two measures, never merged.
        const a = find(list[i].id);
        const b = find(list[j].id);
        if (a === b || [...rootDocs.get(a)!].some((d) => rootDocs.get(b)!.has(d))) continue;
        if (!nearIdentical(list[i].key, list[j].key)) continue;
        const [keep, drop] = better(groups.get(a)!, groups.get(b)!) <= 0 ? [a, b] : [b, a];
        parent.set(drop, keep);
        for (const d of rootDocs.get(drop)!) rootDocs.get(keep)!.add(d);
      }
    }
  }
  const merged = new Map<string, Group[]>();
  const rootOf = new Map<string, string>();
  for (const g of groups.values()) {
    const root = find(g.id);
    merged.set(root, [...(merged.get(root) ?? []), g]);
    rootOf.set(g.id, root);
  }
  const out: SeriesRecord[] = [];
  const names = new Map(catalog.map((c) => [c.id, c.name]));
  for (const [id, t] of byCatalog) out.push(record(id, true, names.get(id) ?? id, t, []));
  for (const [root, parts] of merged) {
    const t = merge(parts);
    out.push(record(root, false, mostCommon(t.labels), t, parts.map((g) => g.id).filter((x) => x !== root).sort()));
  }
  return { series: out.sort((a, b) => Number(b.curated) - Number(a.curated) || b.documents - a.documents || a.series_id.localeCompare(b.series_id)), rootOf };
}

function record(id: string, curated: boolean, name: string, t: Tally, mergedFrom: string[]): SeriesRecord {
  return {
    series_id: id,
    curated,
    name,
    unit: mostCommon(t.units),
    labels: [...t.labels.keys()].sort(),
    merged_from: mergedFrom,
    documents: t.docs.size,
    statements: t.statements,
    periods: [...t.periods].sort(byPeriodEnd),
  };
}

/** The value most counted, ties to the first by locale (then to the first seen). */
function mostCommon(counts: Map<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}
