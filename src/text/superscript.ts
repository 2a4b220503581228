/**
 * Raised digits that are not footnote markers (m², a stray "2025³") are kept as Unicode
 * superscripts: the text stays faithful and no number parser reads "2025³" as 20253.
 */
const SUPERSCRIPTS: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ',
};

export function toSuperscript(s: string): string {
  return [...s].map((c) => SUPERSCRIPTS[c] ?? c).join('');
}

/** Whether every character of `s` has a superscript form. */
export function canSuperscript(s: string): boolean {
  return s.length > 0 && [...s].every((c) => c in SUPERSCRIPTS);
}
