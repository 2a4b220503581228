/** Numbers and days stamped by the e-signature system into the header's blanks (07 and 30 of fixtures/real). */
import { describe, expect, it } from 'vitest';
import { fillInsFromOperators, placeFillIns } from '../../src/readers/pdf-fill-ins.ts';
import { buildLines, lineText, PdfItem } from '../../src/readers/pdf-layout.ts';

const it_ = (str: string, x: number, y: number, width: number, size = 13): PdfItem => ({ str, x, y, width, size, bold: false, artifact: false });

// Page 1 of 07 as pdf.js gives it: the blanks are whitespace items.
const header = (): PdfItem[] => [
  it_('SỞ NỘI VỤ', 117.3, 758.2, 66.8),
  it_('Độc lập - Tự do - Hạnh phúc', 305.9, 757.3, 171.3, 14),
  it_('Số:', 97.2, 737.7, 17.3, 14),
  it_(' ', 114.5, 737.7, 38.2, 14),
  it_('/BC', 152.7, 737.7, 21, 14),
  it_('-', 173.7, 737.7, 4.3, 14),
  it_('SNV', 178, 737.7, 26, 14),
  it_(' ', 204, 737.7, 72.6, 14),
  it_('Lâm Đồng, ngày', 276.6, 737.7, 93.4, 14),
  it_(' ', 370, 737.7, 25, 14),
  it_('tháng 11 năm 2025', 395, 737.7, 107.4, 14),
];
const text = (items: PdfItem[]) => buildLines({ number: 1, width: 595, height: 842, items }).map((l) => lineText(l));

describe('placeFillIns', () => {
  it('fills the number and the day into their blanks, on the line that has the blank', () => {
    const items = header();
    const placed = placeFillIns(items, [
      { text: '  184', rect: [115, 734, 313, 763], size: 13 },
      { text: '06', rect: [372, 729, 417, 758], size: 13 },
    ]);
    expect(placed).toEqual(['184', '06']);
    expect(text(items)).toContain('Số: 184 /BC-SNV Lâm Đồng, ngày 06 tháng 11 năm 2025');
  });

  it('leaves out a signer stamp that fills no blank, and text that would cover other text', () => {
    const items = header();
    const before = text(items);
    expect(placeFillIns(items, [
      { text: 'TRUNG TÂM CÔNG BÁO VÀ TIN HỌC', rect: [388, 786, 574, 835], size: 8.8 },
      { text: '99', rect: [150, 730, 200, 745], size: 13 }, // over "/BC-SNV"
    ])).toEqual([]);
    expect(text(items)).toEqual(before);
  });
});

describe('fillInsFromOperators', () => {
  const OPS = { beginAnnotation: 80, endAnnotation: 81, showText: 44, setFont: 37 };
  it('reads the glyphs each signature field draws, and only signature fields', () => {
    const ops = {
      fnArray: [80, 37, 44, 81, 80, 44, 81],
      argsArray: [['3689R', [115, 734, 313, 763]], ['g_d0_f7', 13], [[{ unicode: ' ' }, { unicode: '1' }, { unicode: '8' }, -300, { unicode: '4' }]], [], ['9R', [0, 0, 10, 10]], [[{ unicode: 'x' }]], []],
    };
    expect(fillInsFromOperators(ops, OPS, [0, 0], new Set(['3689R']))).toEqual([{ text: ' 18 4', rect: [115, 734, 313, 763], size: 13 }]);
  });
});
