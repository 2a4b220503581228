/**
 * Composite indices published per province with a score, an index (%) and a rank for each of
 * their components: PAR Index, SIPAS, PAPI, PCI, the 766 service index (composite-indices.json).
 * Reports copy their tables (component rows × province columns); each component and measure
 * becomes a catalog indicator "<index>_<component>_<measure>", reached only through such tables.
 */
import { z } from 'zod';
import indicesJson from './composite-indices.json' with { type: 'json' };
import { fold } from '../text/normalize.js';
import type { CatalogEntry } from './catalog.js';
import { parseDataFile } from './data-file.js';

export const CompositeIndexFile = z.object({
  indices: z.array(
    z.object({
      id: z.string().regex(/^[a-z][a-z0-9_]*$/),
      name: z.string().min(1),
      /** How a heading names the index ("PAPI", "Chỉ số năng lực cạnh tranh cấp tỉnh"). */
      mentions: z.array(z.string().min(3)).min(1),
      components: z
        .array(z.object({ id: z.string().regex(/^[a-z][a-z0-9_]*$/), name: z.string().min(1), aliases: z.array(z.string().min(3)).min(1) }))
        .refine((xs) => xs.some((x) => x.id === 'overall'), 'every index needs its overall row'),
    }),
  ),
});

export type Measure = 'score' | 'index' | 'rank';
export const MEASURES: Record<Measure, { unit: CatalogEntry['unit']; label: string }> = {
  score: { unit: 'score', label: 'điểm' },
  index: { unit: 'percent', label: 'chỉ số %' },
  rank: { unit: 'rank', label: 'thứ hạng' },
};

export interface CompositeComponent {
  id: string;
  name: string;
  /** Folded, punctuation-free word lists of the aliases. */
  aliasWords: string[][];
}

export interface CompositeIndex {
  id: string;
  name: string;
  mentions: RegExp[];
  components: CompositeComponent[];
}

/** Folded words without punctuation: "Công khai, minh bạch" → ["cong", "khai", "minh", "bach"]. */
export function words(text: string): string[] {
  return fold(text)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

export function loadCompositeIndices(json: unknown, url = new URL('./composite-indices.json', import.meta.url)): CompositeIndex[] {
  return parseDataFile(CompositeIndexFile, json, url).indices.map((ix) => ({
    id: ix.id,
    name: ix.name,
    // Whole words: "pci" is not inside "specific".
    mentions: ix.mentions.map((m) => new RegExp(`(?<![\\p{L}\\p{N}])${words(m).join('\\s*[^\\p{L}\\p{N}]*\\s*')}(?![\\p{L}\\p{N}])`, 'u')),
    components: ix.components.map((c) => ({ id: c.id, name: c.name, aliasWords: [c.name, ...c.aliases].map(words) })),
  }));
}

export const compositeIndices = loadCompositeIndices(indicesJson);

export const indicatorId = (ix: string, component: string, measure: Measure) => `${ix}_${component}_${measure}`;

/** Catalog entries for every index × component × measure (names and units of the series). */
export function compositeCatalogEntries(indices: CompositeIndex[] = compositeIndices): CatalogEntry[] {
  return indices.flatMap((ix) =>
    ix.components.flatMap((c) =>
      (Object.keys(MEASURES) as Measure[]).map((m) => ({
        id: indicatorId(ix.id, c.id, m),
        name: `${ix.name}: ${c.name} (${MEASURES[m].label})`,
        unit: MEASURES[m].unit,
        aliasesFolded: [],
        excludeFolded: [],
        sectionsFolded: [],
        composite: true,
      })),
    ),
  );
}
