/** Which catalog entries a quantity may belong to: unit, section and exclusion rules. */
import { catalog, CatalogEntry } from '../data/catalog.js';
import type { Quantity } from './quantities.js';

/** Unit compatibility between a quantity and a catalog entry. */
export function unitFits(entry: CatalogEntry, q: Quantity): boolean {
  // Counts are whole numbers: "15,38" is a score or a rate, whatever label stands before it.
  if (entry.unit === 'count' && !Number.isInteger(q.value)) return false;
  if (entry.requireNoun && !q.unit) return false;
  if (entry.denominator !== undefined && q.kind === 'fraction' && q.denominator !== entry.denominator) return false;
  if (entry.min !== undefined && q.value < entry.min) return false;
  switch (entry.unit) {
    case 'percent':
      return q.kind === 'percent';
    case 'fraction':
      return q.kind === 'fraction' || q.kind === 'percent';
    case 'rank':
      return q.kind === 'fraction';
    case 'score':
      return q.kind === 'number';
    case 'money':
      return q.kind === 'money';
    case 'count':
      return q.kind === 'number' && (!entry.nouns?.length || !q.unit || entry.nouns.some((n) => q.unit.startsWith(n) || n.startsWith(q.unit)));
  }
}

// Composite-index measures are read from their tables only, never matched here.
const matchable = catalog.filter((entry) => !entry.composite);

/**
 * Catalog entries a figure can belong to: its unit fits, the section permits, no exclusion applies.
 * Per-entity measures (an agency's score in a ranking table) are only for entity tables.
 * `contextLower` is the figure's headings and clause in lower case (not folded: folding every
 * figure's clause costs a tenth of the stage), for the entries that name what rules them out.
 */
export function eligibleEntries(q: Quantity, sectionText: string, labelFolded: string, perEntity = false, contextLower = ''): CatalogEntry[] {
  return matchable.filter(
    (entry) =>
      !!entry.perEntity === perEntity &&
      unitFits(entry, q) &&
      (!entry.sectionsFolded.length || entry.sectionsFolded.some((s) => sectionText.includes(s))) &&
      !entry.excludeFolded.some((x) => labelFolded.includes(x)) &&
      !entry.notWithLower?.some((x) => contextLower.includes(x)),
  );
}
