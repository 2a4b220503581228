/**
 * Whose numbering a reference belongs to. `749/QĐ-TTg` is one decision in the country; every
 * province's People's Committee issues its own `1336/QĐ-UBND`, so a local key means something
 * only with its province (src/data/symbol-scopes.json). The province of a local reference comes
 * from its own words ("của UBND tỉnh Bình Thuận"), else from the citing document's header; the
 * 2025 mergers (src/data/province-mergers.json) say which province it belongs to now.
 */
import { z } from 'zod';
import scopesJson from '../data/symbol-scopes.json' with { type: 'json' };
import mergersJson from '../data/province-mergers.json' with { type: 'json' };
import placesJson from '../data/places.json' with { type: 'json' };
import { fold } from '../text/normalize.js';

export type Scope = 'national' | 'local' | 'unknown';

const Scopes = z.object({
  national: z.array(z.string().min(1)),
  nationalPatterns: z.array(z.string()),
  local: z.array(z.string().min(1)),
  localPatterns: z.array(z.string()),
});
const Mergers = z.object({ effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), provinces: z.record(z.string(), z.array(z.string().min(2)).min(1)) });

const scopes = Scopes.parse(scopesJson);
const mergers = Mergers.parse(mergersJson);
const places = z.object({ places: z.array(z.string()) }).parse(placesJson).places;

const upper = (s: string) => s.toUpperCase();
const NATIONAL = new Set(scopes.national.map(upper));
const LOCAL = new Set(scopes.local.map(upper));
const NATIONAL_RE = scopes.nationalPatterns.map((p) => new RegExp(p, 'u'));
const LOCAL_RE = scopes.localPatterns.map((p) => new RegExp(p, 'u'));

/** National, local or unknown, from the issuer code of a symbol ("UBND", "TTg", "SNV", "QH15"). */
export function scopeOf(issuerCode: string | undefined): Scope {
  if (!issuerCode) return 'unknown';
  const code = upper(issuerCode);
  if (NATIONAL.has(code) || NATIONAL_RE.some((r) => r.test(code))) return 'national';
  if (LOCAL.has(code) || LOCAL_RE.some((r) => r.test(code))) return 'local';
  return 'unknown';
}

// Spellings of one province: "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh" are Hồ Chí Minh.
const CANONICAL: Record<string, string> = { 'Thành phố Hồ Chí Minh': 'Hồ Chí Minh', 'TP. Hồ Chí Minh': 'Hồ Chí Minh' };
// Longest names first, so "Bà Rịa - Vũng Tàu" wins over a shorter name inside it.
const FOLDED = places.map((p) => ({ name: CANONICAL[p] ?? p, folded: fold(p).replace(/\s*-\s*/g, ' - ') })).sort((a, b) => b.folded.length - a.folded.length);

/** The province or central city a phrase names ("UBND tỉnh Bình Thuận", "TỈNH LÂM ĐỒNG", "Lâm Đồng"), or null. */
export function provinceIn(text: string): string | null {
  const t = ` ${fold(text).replace(/\s*[-–]\s*/g, ' - ').replace(/\s+/g, ' ')} `;
  let best: { name: string; at: number } | null = null;
  for (const { name, folded } of FOLDED) {
    const at = t.indexOf(` ${folded}`);
    if (at < 0 || !/^[\s,.;:)]/u.test(t.slice(at + folded.length + 1))) continue;
    if (!best || at < best.at) best = { name, at };
  }
  return best?.name ?? null;
}

const NOW = new Map<string, string>();
for (const [now, olds] of Object.entries(mergers.provinces)) for (const old of olds) NOW.set(old, now);

/** The province a province is part of since the 2025 mergers ("Bình Thuận" → "Lâm Đồng"). */
export function provinceNow(province: string): string {
  return NOW.get(province) ?? province;
}

/** Whether a province ceased to exist as such in the 2025 mergers (its name lives on as "(cũ)"). */
export function mergedAway(province: string): boolean {
  return provinceNow(province) !== province && !(province === 'Thừa Thiên Huế');
}

export const MERGERS_EFFECTIVE = mergers.effective;
