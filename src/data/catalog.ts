/** The indicator catalog (indicators.json), validated once and prepared for matching. */
import { z } from 'zod';
import catalogJson from './indicators.json' with { type: 'json' };
import { fold } from '../text/normalize.js';
import { compositeCatalogEntries } from './composite-indices.js';
import { parseDataFile } from './data-file.js';

export const CatalogFile = z.object({
  indicators: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z][a-z0-9_]*$/),
        name: z.string().min(1),
        unit: z.enum(['count', 'percent', 'fraction', 'rank', 'score', 'money']),
        aliases: z.array(z.string().min(2)).min(1),
        nouns: z.array(z.string()).optional(),
        sections: z.array(z.string()).optional(),
        denominator: z.number().int().positive().optional(),
        exclude: z.array(z.string().min(2)).optional(),
        min: z.number().optional(),
        requireNoun: z.boolean().optional(),
        // A measure reported per agency or commune in a ranking table ("Chỉ số" column of an
        // annex listing every Sở): matched only against column headers of entity tables.
        perEntity: z.boolean().optional(),
        // Words that, in the figure's clause or headings, say another measure is meant: "xếp thứ
        // 54/63" is the DTI rank, unless the clause or section is about PAPI.
        notWith: z.array(z.string().min(2)).optional(),
      }),
    )
    // The duplicate is named where it stands, so the one-line error points at the entry to fix.
    .superRefine((xs, ctx) => {
      const seen = new Set<string>();
      xs.forEach((x, i) => {
        if (seen.has(x.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `indicator id "${x.id}" is used by an earlier entry: ids must be unique` });
        seen.add(x.id);
      });
    }),
});

export interface CatalogEntry {
  id: string;
  name: string;
  unit: 'count' | 'percent' | 'fraction' | 'rank' | 'score' | 'money';
  nouns?: string[];
  /** For ranks and fractions: the only total that fits (63 provinces). */
  denominator?: number;
  aliasesFolded: string[];
  /** The count must carry one of its nouns ("1.207 dịch vụ công"), never stand bare. */
  requireNoun?: boolean;
  /** Smallest plausible value. */
  min?: number;
  /** Phrases that rule this entry out when the label contains them. */
  excludeFolded: string[];
  /** Phrases of the figure's clause or headings, in lower case, that rule this entry out. */
  notWithLower?: string[];
  sectionsFolded: string[];
  perEntity?: boolean;
  /** A component measure of a composite index (composite-indices.json): read from index tables only. */
  composite?: boolean;
}

export function loadCatalog(json: unknown, url = new URL('./indicators.json', import.meta.url)): CatalogEntry[] {
  return parseDataFile(CatalogFile, json, url).indicators.map((e) => ({
    id: e.id,
    name: e.name,
    unit: e.unit,
    nouns: e.nouns,
    denominator: e.denominator,
    min: e.min,
    requireNoun: e.requireNoun,
    perEntity: e.perEntity,
    aliasesFolded: [...new Set([e.name, ...e.aliases].map(fold))],
    sectionsFolded: (e.sections ?? []).map(fold),
    excludeFolded: (e.exclude ?? []).map(fold),
    notWithLower: (e.notWith ?? []).map((x) => x.normalize('NFC').toLowerCase()),
  }));
}

export const catalog: CatalogEntry[] = [...loadCatalog(catalogJson), ...compositeCatalogEntries()];
