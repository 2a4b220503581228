/** Clause bounds inside a block's text: where the clause holding a figure starts and ends. */

// ". " / "; " / a line break end a clause; "3.5", "TP.HCM" and "Tp. Hồ Chí Minh" (an abbreviation) do not.
const ABBREVIATION = '(?<!(?:^|[\\s(])(?:Tp|TP|tp|Tx|TX|ThS|PGS|GS|TS|BS|KS|Mr|Ms))';
const CLAUSE_BREAK = new RegExp(`${ABBREVIATION}[.;\\n]\\s|[.;]$|\\n`, 'gu');
const CLAUSE_END = new RegExp(`${ABBREVIATION}[.;]\\s|[.;]$|\\n`, 'u');

/**
 * Start of the clause holding position `upTo`. A break inside parentheses that close before
 * `upTo` does not count: "phê duyệt: 37 (15 hồ sơ cấp độ 1; 04 hồ sơ …), đạt tỉ lệ: 94,8%".
 */
export function clauseStart(text: string, upTo: number): number {
  let at = 0;
  const head = text.slice(0, upTo);
  for (const m of head.matchAll(CLAUSE_BREAK)) {
    const depth = parenDepth(head, m.index!);
    if (depth > 0 && parenDepth(head, upTo) < depth) continue;
    at = m.index! + m[0].length;
  }
  return at;
}

/** End of the clause that goes on at `from` (the offset of its break, or the text's end). */
export function clauseEnd(text: string, from: number): number {
  const m = CLAUSE_END.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

export function parenDepth(text: string, at: number): number {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth > 0) depth--;
  }
  return depth;
}
