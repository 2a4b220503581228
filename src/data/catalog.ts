/** The indicator catalog (indicators.json), validated once and prepared for matching. */
import { z } from 'zod';
import catalogJson from './indicators.json' with { type: 'json' };
import { fold } from '../text/normalize.js';

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
      }),
    )
    .refine((xs) => new Set(xs.map((x) => x.id)).size === xs.length, 'indicator ids must be unique'),
});

export interface CatalogEntry {
  id: string;
  name: string;
  unit: 'count' | 'percent' | 'fraction' | 'rank' | 'score' | 'money';
  nouns?: string[];
  aliasesFolded: string[];
  sectionsFolded: string[];
}

export function loadCatalog(json: unknown): CatalogEntry[] {
  return CatalogFile.parse(json).indicators.map((e) => ({
    id: e.id,
    name: e.name,
    unit: e.unit,
    nouns: e.nouns,
    aliasesFolded: [...new Set([e.name, ...e.aliases].map(fold))],
    sectionsFolded: (e.sections ?? []).map(fold),
  }));
}

export const catalog: CatalogEntry[] = loadCatalog(catalogJson);
