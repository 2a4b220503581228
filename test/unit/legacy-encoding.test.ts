/** Legacy encodings converted by table; broken text layers recognized, never passed on. */
import { describe, expect, it } from 'vitest';
import { fromTcvn3, fromVni, repairText, syllableScore, textQuality } from '../../src/text/legacy-encoding.ts';
import { lostU, restoreLostU } from '../../src/text/lost-u.ts';

describe('TCVN3 (ABC, .VnTime)', () => {
  it.each([
    ['Qu¶n lý', 'Quản lý'],
    ['Qu¶n lý nhµ n\u00ADíc vÒ th«ng tin vµ truyÒn th«ng', 'Quản lý nhà nước về thông tin và truyền thông'],
    ['B¸o c¸o kÕt qu¶ thùc hiÖn', 'Báo cáo kết quả thực hiện'],
    ['Uû ban nh©n d©n tØnh', 'Uỷ ban nhân dân tỉnh'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
    // pdf.js normalizes 0xB5 to the Greek μ and reads 0xAD as '-' (real-more/08, 10):
    ['khu vùc doanh nghiÖp nhμ n-íc t¨ng 8,4%', 'khu vực doanh nghiệp nhà nước tăng 8,4%'],
    ['GTSXCN -íc ®¹t 39.897 tû ®ång', 'GTSXCN ước đạt 39.897 tỷ đồng'],
    ['H¶i D-¬ng t¨ng 37,7%, vèn ®Çu t- n-íc ngoμi', 'Hải Dương tăng 37,7%, vốn đầu tư nước ngoài'],
    // a hyphen that makes no syllable stays: codes, compounds, list dashes
    ['NghÞ ®Þnh 109/2004/N§-CP vÒ khoa häc-c«ng nghÖ', 'Nghị định 109/2004/NĐ-CP về khoa học-công nghệ'],
    ['- C¸c Bé, c¬ quan ngang Bé', '- Các Bộ, cơ quan ngang Bộ'],
  ])('%s → %s', (legacy, unicode) => {
    expect(fromTcvn3(legacy).text).toBe(unicode);
    const r = repairText(legacy.length < 12 ? `${legacy} ${legacy} ${legacy}` : legacy);
    expect(r.kind).toBe('converted');
  });
});

describe('VNI-Windows', () => {
  it.each([
    ['Quaûn lyù', 'Quản lý'],
    ['Quaûn lyù nhaø nöôùc veà thoâng tin vaø truyeàn thoâng', 'Quản lý nhà nước về thông tin và truyền thông'],
    ['Baùo caùo keát quaû thöïc hieän', 'Báo cáo kết quả thực hiện'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ['UÛy ban nhaân daân tænh', 'Ủy ban nhân dân tỉnh'],
  ])('%s → %s', (legacy, unicode) => {
    expect(fromVni(legacy).text).toBe(unicode);
  });

  it('chooses VNI over TCVN3 for VNI text (both give Vietnamese letters; only one gives syllables)', () => {
    const r = repairText('Quaûn lyù nhaø nöôùc veà thoâng tin vaø truyeàn thoâng');
    expect(r).toMatchObject({ kind: 'converted', encoding: 'VNI' });
  });
});

describe('text layers that are not Vietnamese', () => {
  it.each([
    // real-more/09's recipients list: abbreviations are no syllables, the words around them are
    ['- UBND, H§ND c¸c tØnh, TP trùc thuéc TW (®Ó phèi hîp);', '- UBND, HĐND các tỉnh, TP trực thuộc TW (để phối hợp);'],
    ['- NHNN chi nh¸nh c¸c tØnh, TP trùc thuéc TW;', '- NHNN chi nhánh các tỉnh, TP trực thuộc TW;'],
  ])('a TCVN3 line of abbreviations is converted by its other words: %s', (text, want) => {
    const r = repairText(text);
    expect(r.kind).toBe('converted');
    if (r.kind === 'converted') expect(r.result.text.normalize('NFC')).toBe(want);
  });

  it('too few words besides the abbreviations tell nothing: still unreadable', () => {
    expect(repairText('ChÝnh phñ (®Ó b/c);').kind).toBe('unreadable');
  });

  it('a font without a Unicode map is unreadable, not converted', () => {
    expect(repairText('CÔNG AN TÈNH LÂM \u0010 ÒNG SÑg8 /TTr- CAT-PC04 V/vxin chçtr°¡ng tri¿n khai').kind).toBe('unreadable');
  });

  it('ordinary Vietnamese, bullets and degrees are left alone', () => {
    for (const t of ['· Chương trình MTQG giảm nghèo bền vững:', 'Nhiệt độ 30°C, diện tích 59.721,6 m²', 'Thuê bao điện thoại di động: 2.471.745;', 'PAR Index, SIPAS, PAPI, PCI']) {
      expect(repairText(t).kind, t).toBe('ok');
    }
  });

  it('measures', () => {
    expect(textQuality('Quản lý').ratio).toBe(0);
    expect(textQuality('Quaûn lyù').foreign).toBe(1);
    expect(syllableScore('Quản lý nhà nước')).toBe(1);
    expect(syllableScore('Quaỷn lyự')).toBeLessThan(syllableScore('Quản lý'));
  });

  it('offsets of converted text map old positions to new ones', () => {
    const c = fromVni('Quaûn lyù x');
    expect(c.text).toBe('Quản lý x');
    expect(c.offsets[c.offsets.length - 1]).toBe(c.text.length);
    expect(c.text.slice(c.offsets[10])).toBe('x');
  });
});

describe("TCVN3 text that lost its 'ư' (real-more/07, 10: the font maps it to a soft hyphen, which pdf.js drops)", () => {
  it.each([
    ['nền kinh tế nớc ta năm 2004 vẫn duy trì đợc mức tăng trởng khá nh: sản xuất', 'nền kinh tế nước ta năm 2004 vẫn duy trì được mức tăng trưởng khá như: sản xuất'],
    ['về chất lợng và hiệu quả đầu t. Nâng cao', 'về chất lượng và hiệu quả đầu tư. Nâng cao'],
    ['Tỷ trọng của ngành nông, lâm, ng nghiệp', 'Tỷ trọng của ngành nông, lâm, ngư nghiệp'],
    ['Trờng hợp tơng ứng, hớng dẫn thờng xuyên; ngời dân', 'Trường hợp tương ứng, hướng dẫn thường xuyên; người dân'],
    ['mối quan hệ với người dân c òn nhiều bất cập', 'mối quan hệ với người dân c òn nhiều bất cập'], // "c òn" is "còn" split, not "cư"
    ['không thờng tr ú tại Việt Nam', 'không thường tr ú tại Việt Nam'],
    ['điểm a, b, c khoản 2; mời đại biểu, với các bộ', 'điểm a, b, c khoản 2; mời đại biểu, với các bộ'], // list letters and real words stay
    ['Chỉ thị số 29/2003/CT-TTg, Nghị định 10/2002/NĐ-CP', 'Chỉ thị số 29/2003/CT-TTg, Nghị định 10/2002/NĐ-CP'], // codes are no words
  ])('%s → %s', (lost, restored) => {
    expect(restoreLostU(lost).text).toBe(restored);
  });

  it('only a long text without a single small ư has lost it', () => {
    const words = 'Báo cáo tình hình kinh tế xã hội năm 2004 của Chính phủ '.repeat(40);
    expect(lostU(words)).toBe(true);
    expect(lostU(`${words} nước`)).toBe(false);
    expect(lostU('nớc ta')).toBe(false);
  });

  it('offsets map old positions to new ones', () => {
    const r = restoreLostU('nớc ta đợc');
    expect(r.text).toBe('nước ta được');
    expect(r.text.slice(r.offsets[4], r.offsets[6])).toBe('ta');
    expect(r.offsets[10]).toBe(r.text.length);
  });
});
