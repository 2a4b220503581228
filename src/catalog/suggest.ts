/**
 * Catalog growth: uncurated series seen in several documents, proposed as catalog entries an
 * analyst can paste into src/data/indicators.json (id, name, unit, aliases from the label
 * variants seen, counting nouns), with the documents that state them as evidence. Every entry
 * is checked against the catalog's own schema before it is proposed. Pure: records in, proposals out.
 */
import { CatalogFile } from '../data/catalog.js';
import type { IndicatorRecord, SeriesRecord } from '../schemas.js';

export interface Suggestion {
  entry: { id: string; name: string; unit: 'count' | 'percent' | 'rank' | 'score' | 'money'; aliases: string[]; nouns?: string[] };
  documents: string[];
  statements: number;
  periods: string[];
}

const CATALOG_UNIT: Record<string, Suggestion['entry']['unit']> = { '%': 'percent', đồng: 'money', USD: 'money', điểm: 'score', hạng: 'rank' };

export function suggestEntries(series: SeriesRecord[], rows: IndicatorRecord[], minDocs = 2, taken: Set<string> = new Set()): Suggestion[] {
  const bySeries = new Map<string, IndicatorRecord[]>();
  for (const r of rows) if (!r.catalog) bySeries.set(r.series_id, [...(bySeries.get(r.series_id) ?? []), r]);
  const out: Suggestion[] = [];
  const used = new Set(taken);
  for (const s of series) {
    // A label of one word ("khóm", "lĩnh vực") names no measure worth a catalog entry.
    // …and a label that is only the counting noun ("dự án" counted in dự án) names none either.
    if (s.curated || s.documents < minDocs || s.name.trim().split(/\s+/).length < 2 || s.name.trim().toLowerCase() === s.unit.toLowerCase()) continue;
    const mine = bySeries.get(s.series_id) ?? [];
    const unit = CATALOG_UNIT[s.unit] ?? 'count';
    let id = s.series_id.replace(/^x_/, '').replace(/__/g, '_').replace(/[^a-z0-9_]/g, '_').replace(/_+/g, '_').replace(/^_|_$/g, '').slice(0, 60);
    if (!/^[a-z]/.test(id)) id = `s_${id}`;
    for (let k = 2; used.has(id); k++) id = `${id.replace(/_\d+$/, '')}_${k}`;
    used.add(id);
    const aliases = [...new Set(s.labels.map((l) => l.normalize('NFC').trim().toLowerCase()).filter((l) => l.length >= 2))].slice(0, 12);
    if (!aliases.length) continue;
    const entry: Suggestion['entry'] = { id, name: capitalize(s.name), unit, aliases };
    if (unit === 'count' && s.unit) entry.nouns = [s.unit];
    // Only what the catalog itself would accept is proposed.
    if (!CatalogFile.safeParse({ indicators: [entry] }).success) continue;
    out.push({ entry, documents: [...new Set(mine.map((r) => r.source_file))].sort(), statements: s.statements, periods: s.periods });
  }
  return out.sort((a, b) => b.documents.length - a.documents.length || b.statements - a.statements || a.entry.id.localeCompare(b.entry.id));
}

function capitalize(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}
