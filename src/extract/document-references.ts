/**
 * One row per distinct reference a document cites: mentions merged by key, footnote citations
 * given the body sentence that points at them, the document's own number left out.
 */
import { Block, DocMeta, pageAt } from '../model.js';
import { compareKeyOf, findReferences, RefMention } from './references.js';
import { sentenceAround } from '../text/sentences.js';

export interface DocReference {
  key: string;
  type: string;
  number: string;
  year: number | null;
  symbol: string;
  issuer: string;
  issue_date: string;
  subject: string;
  relation: string;
  mentions: number;
  in_footnote: boolean;
  pages: number[];
  context: string;
  /** Read by OCR, with the recognizer's lowest confidence among its mentions (0–100); null for text. */
  ocr_confidence: number | null;
  warnings: string[];
}

interface Located extends RefMention {
  page?: number;
  inFootnote: boolean;
  context: string;
  ocr?: number;
}

export function extractDocumentReferences(blocks: Block[], meta: DocMeta): DocReference[] {
  const ownKey = meta.number ? compareKeyOf(meta.number.replace(/\s+/g, '')) : null;
  const markerContext = new Map<string, { text: string; page?: number }>();
  for (const b of blocks) {
    for (const ref of b.footnoteRefs) {
      if (!markerContext.has(ref.label)) markerContext.set(ref.label, { text: sentenceAround(b.text, ref.offset, ref.offset), page: pageAt(b, ref.offset) });
    }
  }

  const found: Located[] = [];
  blocks.forEach((block, index) => {
    for (const m of findReferences(block.text)) {
      // The report's own number ("Số: 346/BC-STTTT") identifies it; it is not a citation.
      if (ownKey && m.compareKey === ownKey) continue;
      if (index < 12 && /Số\s*:?\s*$/u.test(block.text.slice(Math.max(0, m.start - 6), m.start)) && !ownKey) continue;
      const inFootnote = block.kind === 'footnote';
      const local = sentenceAround(block.text, m.start, m.end);
      let context = local;
      let page = pageAt(block, m.start);
      if (inFootnote && block.label) {
        const body = markerContext.get(block.label);
        if (body) {
          context = `${body.text} [${block.label}: ${local}]`;
          page = body.page ?? page;
        }
      }
      found.push({ ...m, page, inFootnote, context, ocr: block.ocr });
    }
  });

  const byKey = new Map<string, Located[]>();
  for (const f of found) byKey.set(f.compareKey, [...(byKey.get(f.compareKey) ?? []), f]);

  const out: DocReference[] = [];
  for (const group of byKey.values()) {
    // The fullest mention (with a date) speaks for the group; later mentions are short forms.
    const full = group.find((g) => g.issueDate) ?? group[0];
    const warnings = new Set(group.flatMap((g) => g.warnings));
    const dates = [...new Set(group.map((g) => g.issueDate).filter(Boolean))];
    if (dates.length > 1) warnings.add(`cited with different dates in this document: ${dates.join(', ')}`);
    if (full.issueDate && meta.issueDate && full.issueDate > meta.issueDate) {
      warnings.add(`dated ${full.issueDate}, after the report itself (${meta.issueDate})`);
    }
    out.push({
      key: full.key,
      type: full.typeName,
      number: full.number,
      year: full.year ?? null,
      symbol: full.symbol,
      issuer: (group.find((g) => g.issuerSource === 'text') ?? full).issuer ?? '',
      issue_date: full.issueDate ?? '',
      subject: group.find((g) => g.subject)?.subject ?? '',
      relation: strongestRelation(group.map((g) => g.relation)),
      mentions: group.length,
      in_footnote: group.some((g) => g.inFootnote),
      pages: [...new Set(group.map((g) => g.page).filter((p): p is number => p !== undefined))].sort((a, b) => a - b),
      context: full.context,
      ocr_confidence: group.some((g) => g.ocr !== undefined) ? Math.min(...group.map((g) => g.ocr ?? 100)) : null,
      warnings: [...warnings],
    });
  }
  return out;
}

// When a report cites one document several ways, the legal basis says most about their link:
// "căn cứ" outranks "sửa đổi, bổ sung"/"thay thế", which outrank "thực hiện"/"triển khai"/"theo".
const RELATION_RANK = ['căn cứ', 'sửa đổi, bổ sung', 'thay thế', 'bãi bỏ', 'thực hiện', 'triển khai', 'theo'];

function strongestRelation(relations: Array<string | undefined>): string {
  const seen = relations.filter((r): r is string => !!r);
  seen.sort((a, b) => RELATION_RANK.indexOf(a) - RELATION_RANK.indexOf(b));
  return seen[0] ?? '';
}
