/** The sentence (or clause-bounded stretch, at most `max` characters) around a span of text. */
export function sentenceAround(text: string, start: number, end: number, max = 400): string {
  let s = start;
  while (s > 0 && !isBoundary(text, s - 1) && start - s < max / 2) s--;
  let e = end;
  while (e < text.length && !isBoundary(text, e) && e - end < max / 2) e++;
  if (e < text.length && /[.;!?]/.test(text[e])) e++;
  return text.slice(s, e).trim();
}

// A sentence ends at ". ", "; ", "! ", "? " or a line break; "3.5" and "TP.HCM" do not end one.
function isBoundary(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return true;
  return /[.;!?]/.test(c) && (i + 1 >= text.length || /\s/.test(text[i + 1]));
}
