/**
 * One row per distinct reference a document cites: mentions merged by key, footnote citations
 * given the body sentence that points at them, the document's own number left out.
 */
import { Block, DocMeta, pageAt } from '../model.js';
import { compareKeyOf, findReferences, RefMention } from './references.js';
import { sentenceAround } from '../text/sentences.js';
import { findShortForms } from './short-forms.js';
import type { ShortFormRecord } from '../schemas.js';
import { MERGERS_EFFECTIVE, Scope, mergedAway, provinceIn, provinceNow, scopeOf } from './issuer-scope.js';

// A citing document whose header names a local body ("UBND TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ") lends its
// province to local references that name none; a ministry's letter does not.
const LOCAL_HEADER = /(?:ỦY BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|SỞ|TỈNH|THÀNH PHỐ|HUYỆN|XÃ|PHƯỜNG|BAN CHỈ ĐẠO|TỈNH ỦY|HUYỆN ỦY)(?![\p{L}])/iu;
const NATIONAL_HEADER = /^\s*(?:BỘ|CHÍNH PHỦ|QUỐC HỘI|THỦ TƯỚNG|VĂN PHÒNG CHÍNH PHỦ|NGÂN HÀNG NHÀ NƯỚC|TỔNG CỤC|CỤC)(?![\p{L}])/iu;
const CITIES = new Set(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);

/** The province of the citing document, when its header is a local body's. */
function citingProvince(meta: DocMeta): string | null {
  const issuer = meta.issuer ?? '';
  const own = provinceIn(issuer);
  if (own) return own;
  if (!LOCAL_HEADER.test(issuer) || NATIONAL_HEADER.test(issuer)) return null;
  return meta.place ? provinceIn(meta.place) : null;
}

/** "Ủy ban nhân dân tỉnh" + Lâm Đồng → "Ủy ban nhân dân tỉnh Lâm Đồng"; "(cũ)" for a province merged away by then. */
function withProvince(issuer: string, province: string, asOf: string | undefined): string {
  if (!issuer || provinceIn(issuer)) return issuer;
  const old = mergedAway(province) && (asOf ?? '') >= MERGERS_EFFECTIVE ? ' (cũ)' : '';
  const level = CITIES.has(province) ? 'thành phố' : 'tỉnh';
  return /\b(?:tỉnh|thành phố)$/u.test(issuer) ? `${issuer} ${province}${old}` : `${issuer} ${level} ${province}${old}`;
}

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
  /** Whose numbering: national (one body in the country), local (each province has its own), unknown. */
  scope: Scope;
  /** Province of a local issuer, as the document knew it ("Bình Thuận"); '' when national or not known. */
  province: string;
  /** Where the province came from: the reference's own words, or the citing document (its header, title, or the one province its other local references name). */
  province_from: 'text' | 'citing document' | '';
  /** The province it belongs to since the 2025 mergers ("Lâm Đồng" for Bình Thuận). */
  province_now: string;
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

  // The document's own province when its header gives none: its title's ("… tỉnh An Giang"), else
  // the one province that the local references it cites name in their own words.
  const named = new Set<string>();
  for (const f of found) if (f.issuerSource === 'text' && f.issuer && scopeOf(f.issuerCode) === 'local') named.add(provinceIn(f.issuer) ?? '');
  named.delete('');
  const ownProvince = citingProvince(meta) ?? (meta.title ? provinceIn(meta.title) : null) ?? (named.size === 1 ? [...named][0] : null);

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
    const spoken = group.find((g) => g.issuerSource === 'text');
    const scope = scopeOf(full.issuerCode);
    let province = '';
    let provinceFrom: DocReference['province_from'] = '';
    let issuer = (spoken ?? full).issuer ?? '';
    if (scope !== 'national') {
      const inText = spoken?.issuer ? provinceIn(spoken.issuer) : null;
      const inHeader = inText ? null : ownProvince;
      province = inText ?? inHeader ?? '';
      provinceFrom = inText ? 'text' : inHeader ? 'citing document' : '';
      if (!spoken && province) issuer = withProvince(issuer, province, meta.issueDate);
    }
    out.push({
      key: full.key,
      type: full.typeName,
      number: full.number,
      year: full.year ?? null,
      symbol: full.symbol,
      issuer,
      issue_date: full.issueDate ?? '',
      subject: group.find((g) => g.subject)?.subject ?? '',
      relation: strongestRelation(group.map((g) => g.relation)),
      mentions: group.length,
      in_footnote: group.some((g) => g.inFootnote),
      pages: [...new Set(group.map((g) => g.page).filter((p): p is number => p !== undefined))].sort((a, b) => a - b),
      context: full.context,
      ocr_confidence: group.some((g) => g.ocr !== undefined) ? Math.min(...group.map((g) => g.ocr ?? 100)) : null,
      scope,
      province,
      province_from: provinceFrom,
      province_now: province ? provinceNow(province) : '',
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

/**
 * The citing document's province, for what it cites by type and number only: its header's, its
 * title's, else the one province its local references name in their own words.
 */
export function documentProvince(meta: DocMeta, refs: DocReference[]): string {
  const named = new Set(refs.filter((r) => r.scope === 'local' && r.province_from === 'text').map((r) => r.province));
  named.delete('');
  return citingProvince(meta) ?? (meta.title ? provinceIn(meta.title) : null) ?? (named.size === 1 ? [...named][0] : '');
}

/**
 * Short mentions ("Quyết định 749", "Kế hoạch nêu trên") linked to the document's references:
 * each linked one adds a mention. Returns the short forms no single reference could mean, for
 * the resolve stage to look for across the corpus ('no full key' until it does).
 */
export function linkShortForms(blocks: Block[], refs: DocReference[], meta: DocMeta = {}): ShortFormRecord[] {
  const byKey = new Map(refs.map((r) => [compareKeyOf(r.key), r]));
  const at = new Map<DocReference, Array<{ block: number; offset: number }>>();
  blocks.forEach((b, block) => {
    for (const m of findReferences(b.text)) {
      const r = byKey.get(m.compareKey);
      if (r) at.set(r, [...(at.get(r) ?? []), { block, offset: m.start }]);
    }
  });
  const full = refs.filter((r) => r.number).map((r) => ({ key: r.key, type: r.type, number: r.number, subject: r.subject, date: r.issue_date, at: at.get(r) ?? [] }));
  const { linked, unresolved } = findShortForms(
    blocks.map((b) => b.text),
    full,
  );
  for (const r of refs) r.mentions += linked.get(r.key) ?? 0;
  const province = unresolved.size ? documentProvince(meta, refs) : '';
  return [...unresolved].map(([form, u]) => ({
    form,
    type: u.type,
    number: u.number,
    mentions: u.mentions,
    date: u.date,
    province,
    status: u.candidates.length ? 'several in this document' : 'no full key',
    decision_id: '',
    candidates: u.candidates,
  }));
}
