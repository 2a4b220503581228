/**
 * Whether a page's text layer is worth reading. Scans often carry an invisible layer written by
 * an OCR engine without Vietnamese ("Cdn c* Luqt TO ch*c chinh quyin dia phuong",
 * "s6.fi,lL /eD-UBND"): taken as text it passes every encoding check and poisons every
 * extractor. Such a page is read from its image instead; lines of it that are good Vietnamese
 * on their own (a signature stamp) are kept.
 */
import { layerCounts, qualityOf, type LayerCounts, type LayerQuality } from '../text/syllables.js';
import { type Line, lineText } from './pdf-layout.js';

// Fewer words than this say too little to judge a page.
const MIN_WORDS = 20;
// Pages of real Vietnamese measured 69–98% words with marks (text PDFs of real-more, real and the
// fixtures); fake layers 0% (an engine that reads no marks: 31–39% syllables, 17–27% noise) and
// 13–17% (tesseract's English model: the marks dropped, 75–79% syllables).
const MAX_MARKED = 0.35;
// A layer with few syllables and no noise is another language, read right (an English page).
const FOREIGN_SYLLABLES = 0.5;
const FOREIGN_NOISE = 0.05;

export interface LayerVerdict {
  fake: boolean;
  quality: LayerQuality;
  /** Lines of a fake layer that read as Vietnamese on their own. */
  keep: Line[];
}

export function judgeLayer(lines: Line[]): LayerVerdict {
  // Lines that are good Vietnamese on their own are judged apart, so that a signature stamp on a
  // scan does not lift the scan's layer over the bar.
  // (The page's words are its lines' words, so the lines' counts add up to the page's.)
  const good = new Set<Line>();
  const rest: LayerCounts = { words: 0, syllables: 0, marked: 0, vietnamese: 0, noise: 0 };
  for (const l of lines) {
    const c = layerCounts(lineText(l, false));
    if (goodLine(qualityOf(c))) good.add(l);
    else for (const k of ['words', 'syllables', 'marked', 'vietnamese', 'noise'] as const) rest[k] += c[k];
  }
  const quality = qualityOf(rest);
  const foreign = quality.syllables < FOREIGN_SYLLABLES && quality.noise < FOREIGN_NOISE;
  const fake = quality.words >= MIN_WORDS && quality.marked < MAX_MARKED && !foreign;
  return { fake, quality, keep: fake ? lines.filter((l) => good.has(l)) : lines };
}

// A stamp line ("Ký bởi: Sở Nội vụ tỉnh Lâm Đồng") is all syllables, many with letters only
// Vietnamese has; an English model's guesses ("Vé viée xdy dung ké hoach") are neither.
function goodLine(q: LayerQuality): boolean {
  return q.words >= 3 && q.vietnamese >= 0.3 && q.syllables >= 0.85 && q.noise === 0;
}

/** "1–2, 5" for [1, 2, 5]. */
export function pageRanges(pages: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    out.push(j > i ? `${pages[i]}–${pages[j]}` : `${pages[i]}`);
    i = j + 1;
  }
  return out.join(', ');
}
