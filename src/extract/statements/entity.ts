/**
 * Entity refiner: whom a figure is about when it is not the report's own scope — a level named
 * right before it ("tỷ lệ … cấp tỉnh chỉ đạt 93,5%"), a breakdown's part ("trong đó: cấp xã
 * 300"), an old province before the 2025 mergers ("tỉnh Bình Thuận (cũ)"). Several levels
 * together ("cấp tỉnh, cấp xã") are the whole scope: no entity.
 * Pure: the words before a figure in, an entity ('' for the report's scope) out.
 */

// Example: "cấp tỉnh" in "tỷ lệ hồ sơ giải quyết đúng hẹn cấp tỉnh chỉ đạt 93,5%".
const LEVEL = /(?<![\p{L}])(cấp (?:tỉnh|huyện|xã))(?![\p{L}])/giu;
// Example: "tỉnh Bình Thuận (cũ)", "huyện Đức Trọng (cũ)".
const OLD_UNIT = /(?<![\p{L}])((?:tỉnh|thành phố|huyện|thị xã|xã)\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})\s*\(cũ\)/gu;
// Levels joined: "cấp tỉnh, cấp xã", "cấp tỉnh và cấp xã", "các cấp".
const ALL_LEVELS = /(?<![\p{L}])cấp (?:tỉnh|huyện|xã)\s*(?:,|và|\/)\s*cấp (?:tỉnh|huyện|xã)|(?<![\p{L}])(?:các cấp|3 cấp|ba cấp)(?![\p{L}])/iu;

/** The entity of a figure from the words of its clause before it (`left`), '' for the report's own scope. */
export function entityOf(left: string, part?: string): string {
  if (part) return part.trim().toLowerCase().startsWith('cấp ') ? part.trim().toLowerCase() : part.trim();
  const tail = left.slice(-120);
  const old = [...tail.matchAll(OLD_UNIT)].pop();
  if (old) return `${old[1]} (cũ)`;
  if (ALL_LEVELS.test(tail)) return '';
  // Only a level close to the figure scopes it (within the label, not an earlier clause).
  const near = tail.slice(-45);
  const levels = [...near.matchAll(LEVEL)];
  if (levels.length === 1) return levels[0][1].toLowerCase();
  return '';
}
