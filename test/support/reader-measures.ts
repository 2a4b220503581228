/**
 * Reader measures shared by the quality script and the golden reader tests: paragraphs cut
 * mid-sentence, words of ours that are two words of a reference extraction glued together, and
 * pairs of ours that are one word or number of the reference split in two.
 */
import type { Block } from '../../src/model.js';

// A paragraph ends a sentence with these (closing quotes and brackets may follow).
const SENTENCE_END = /[.!?:;…]["'”’)\]]*\s*$/u;
const STARTS_LOWER = /^\s*["'“(]*\p{Ll}/u;
// A list item starts a paragraph of its own even in lower case: "a) Tỷ lệ …", "đ) …".
const LIST_ITEM = /^\s*\p{Ll}\)\s/u;

export interface CutParagraph {
  end: string;
  next: string;
}

/** Paragraph blocks that end without sentence punctuation while the next paragraph starts in lower case (not a list item). */
export function cutParagraphs(blocks: Block[]): { paragraphs: number; cut: CutParagraph[] } {
  const body = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'heading');
  const paras = body.filter((b) => b.kind === 'paragraph');
  const cut: CutParagraph[] = [];
  for (let i = 0; i + 1 < body.length; i++) {
    const [a, b] = [body[i], body[i + 1]];
    if (a.kind !== 'paragraph' || b.kind !== 'paragraph') continue;
    if (!SENTENCE_END.test(a.text) && STARTS_LOWER.test(b.text) && !LIST_ITEM.test(b.text)) cut.push({ end: a.text.slice(-40), next: b.text.slice(0, 40) });
  }
  return { paragraphs: paras.length, cut };
}

/** Words of a text, lower-cased, NFC, without surrounding punctuation; only words with a letter. */
export function referenceWords(text: string): string[] {
  return referenceTokens(text).filter((w) => /\p{L}/u.test(w));
}

/**
 * Our words that the reference never has as one word but has as two adjacent words
 * ("củatỉnh" where pdftotext reads "của tỉnh"). Table cells count like any text.
 */
export function gluedWords(blocks: Block[], reference: string[]): { words: number; glued: string[] } {
  const single = new Set(reference);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < reference.length; i++) pairs.add(reference[i] + reference[i + 1]);
  const ours = blocks.flatMap((b) => referenceWords(b.text));
  const glued = ours.filter((w) => !single.has(w) && pairs.has(w));
  return { words: ours.length, glued };
}

/** Words and numbers of a text, lower-cased, NFC, without surrounding punctuation ("166,9", "nước"). */
export function referenceTokens(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/**
 * Two adjacent tokens of ours that the reference has as one, while it never has the first alone:
 * a word or number a false space split ("1 66,9" where pdftotext reads "166,9", "l úa" for "lúa").
 */
export function splitTokens(blocks: Block[], reference: string[]): { tokens: number; split: string[] } {
  const single = new Set(reference);
  const ours = blocks.flatMap((b) => referenceTokens(b.text));
  const split: string[] = [];
  for (let i = 0; i + 1 < ours.length; i++) {
    if (!single.has(ours[i]) && single.has(ours[i] + ours[i + 1])) split.push(`${ours[i]} ${ours[i + 1]}`);
  }
  return { tokens: ours.length, split };
}
