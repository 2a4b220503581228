/** The syllable table, text-layer quality, and the rules built on them (split syllables, fake OCR layers). */
import { describe, expect, it } from 'vitest';
import { isSyllable, layerQuality } from '../../src/text/syllables.ts';
import { repairSplitSyllables } from '../../src/text/pdf-spacing.ts';
import { judgeLayer, pageRanges } from '../../src/readers/text-layer-check.ts';
import { buildLines, PdfItem } from '../../src/readers/pdf-layout.ts';

describe('isSyllable', () => {
  it.each(['tháng', 'VIỆT', 'người', 'được', 'khuya', 'quyết', 'giữa', 'nghiêng', 'ước', 'tư', 'oanh', 'Đồng', 'gì', 'quốc', 'thuở', 'xoong'])('%s is a syllable', (w) => {
    expect(isSyllable(w)).toBe(true);
  });
  it.each([
    ['vàc', 'a stop coda with the huyền tone'],
    ['mãt', 'a stop coda with the ngã tone'],
    ['Cdn', 'no vowel'],
    ['Luqt', 'q inside'],
    ['quyin', 'no such rhyme'],
    ['đầutư', 'two syllables glued'],
    ['nớc', 'ư lost: ơc is no rhyme'],
    ['UBND', 'an acronym'],
    ['tiếng̣', 'two tones'],
  ])('%s is not (%s)', (w) => {
    expect(isSyllable(w)).toBe(false);
  });
});

describe('repairSplitSyllables', () => {
  it.each([
    ['thá ng 5', 'tháng 5'],
    ['VIỆ T NAM', 'VIỆT NAM'],
    ['tră m phần', 'trăm phần'],
    ['điểm b và c khoản này', 'điểm b và c khoản này'], // real-more/04: "vàc" is no syllable
    ['Bộ Y tế', 'Bộ Y tế'],
    ['loại C', 'loại C'],
  ])('%s → %s', (raw, fixed) => {
    expect(repairSplitSyllables(raw)).toBe(fixed);
  });
});

// Lines of real pages: a Word export, and the invisible layers of scans in real-more/12, 13, 16.
const REAL = 'Sở Nội vụ kính báo cáo Chủ tịch UBND tỉnh như sau: ngày 03/9/2025, Sở Nội vụ nhận được Công văn số 15/ĐĐN-CLB của Câu lạc bộ Mô tô Thể thao tỉnh Bình Thuận về việc đề nghị đổi tên';
const FAKE = [
  'x6p) v6 viqc dA nghi tt6i t6n Ciu lac b0 M6 t6 Th6 thao tinh Binh Thu4n thinh',
  'Uy ban nhdn dAn tinh t6 chric bu,ii lam viec d,5 nghe Sd NQi vu b6o c6o rllnh gi6 !6t qu6 vi gi6i ph6p',
  'cau lac bo M6 t6 Th6 thao tinh Binh Thu6n tluo. c cho ph6p thrinh l{p theo euy6t dinh s6 tSStfQO-t BND ngiy 271612002',
].join(' ');

describe('layerQuality', () => {
  it('real Vietnamese: mostly syllables, mostly marked, no noise', () => {
    const q = layerQuality(REAL);
    expect(q.syllables).toBeGreaterThan(0.8);
    expect(q.marked).toBeGreaterThan(0.5);
    expect(q.noise).toBe(0);
  });
  it('an OCR layer without Vietnamese: nothing marked, a third syllables, noise', () => {
    const q = layerQuality(FAKE);
    expect(q.marked).toBe(0);
    expect(q.syllables).toBeLessThan(0.5);
    expect(q.noise).toBeGreaterThan(0.15);
  });
});

const items = (lines: string[], y0 = 780): PdfItem[] => lines.map((str, i) => ({ str, x: 85, y: y0 - i * 18, width: 420, size: 13, bold: false, artifact: false }));

describe('judgeLayer', () => {
  it('rejects a page of a fake layer and keeps a clean stamp line on it', () => {
    const stamp = 'Ký bởi: Sở Nội vụ tỉnh Lâm Đồng, thời gian ký: 05.09.2025';
    const lines = buildLines({ number: 1, width: 595, height: 842, items: items([...FAKE.match(/.{1,90}(\s|$)/g)!, stamp]) });
    const v = judgeLayer(lines);
    expect(v.fake).toBe(true);
    expect(v.keep.map((l) => l.pieces.map((p) => p.item.str).join(''))).toEqual([stamp]);
  });
  it('accepts real text, and says nothing about a page with too few words', () => {
    expect(judgeLayer(buildLines({ number: 1, width: 595, height: 842, items: items(REAL.match(/.{1,90}(\s|$)/g)!) })).fake).toBe(false);
    expect(judgeLayer(buildLines({ number: 1, width: 595, height: 842, items: items(['Cdn c* Luqt TO']) })).fake).toBe(false);
  });
  it('names pages as ranges', () => {
    expect(pageRanges([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8');
  });
});
