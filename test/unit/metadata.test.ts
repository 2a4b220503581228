/** Document metadata from header blocks as the readers give them, including OCR's reading of a two-column header. */
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata.ts';
import { newBlock } from '../../src/model.ts';
import { repairOcrCapitals } from '../../src/ocr/repair.ts';

// The OCR reader mends capitals lines of a first page's header (repairOcrCapitals) before metadata sees them.
const ocrHeader = (...lines: string[]) => blocks(...lines.map((l) => (/^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u.test(l) ? repairOcrCapitals(l) : l)));
const blocks = (...lines: string[]) => lines.map((t) => newBlock(/^[^\p{Ll}]*$/u.test(t) ? 'heading' : 'paragraph', t, { page: 1 }));

describe('extractMetadata', () => {
  it('a text layer header: issuer, number, place and date, type and title', () => {
    const meta = extractMetadata(blocks('UBND TỈNH LÂM ĐỒNG', 'SỞ NỘI VỤ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 184 /BC-SNV Lâm Đồng, ngày 06 tháng 11 năm 2025', 'BÁO CÁO', 'Tình hình thực hiện các chỉ số PAR Index', 'Thực hiện nhiệm vụ giao …'));
    expect(meta).toMatchObject({ issuer: 'UBND TỈNH LÂM ĐỒNG – SỞ NỘI VỤ', number: '184/BC-SNV', place: 'Lâm Đồng', issueDate: '2025-11-06', docType: 'Báo cáo', title: 'Tình hình thực hiện các chỉ số PAR Index' });
  });

  it('a type line that only says which kind of report (fixtures/real-more/25: "BÁO CÁO TỔNG KẾT") leaves the title, and the period, to the lines after it', () => {
    const meta = extractMetadata(blocks('BỘ CÔNG THƯƠNG', 'BÁO CÁO TỔNG KẾT', 'TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KẾ HOẠCH NĂM 2008 VÀ KẾ HOẠCH NĂM 2009', 'CỦA NGÀNH CÔNG THƯƠNG', 'PHẦN THỨ NHẤT', 'Trên thế giới tình hình kinh tế có nhiều biến động phức tạp.'));
    expect(meta.docType).toBe('Báo cáo');
    expect(meta.title).toMatch(/^Báo cáo tổng kết tình hình thực hiện nhiệm vụ kế hoạch năm 2008 và kế hoạch năm 2009/);
    expect(meta.period).toBe('2008');
  });

  it('an OCR header read across its columns (fixtures/real/40): issuer lines around the motto, a misread motto, an unreadable day, a V/v subject', () => {
    const meta = extractMetadata(blocks('UBND TỈNH PHÚ THỌ', 'CỘNG HOÀ XÃ HỘI CHÚ NGHĨA VIỆT NAM', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'Độc lập - Tự do - Hạnh phúc', 'Số: 2J§ /STTTT-CNTT', 'Phú Thọ, ngày ÄÙ tháng 12 năm 2011', 'V/v đăng ký danh sách tham gia Hội thi kỹ', 'năng sử dụng máy tính.', 'Kính gửi:', '- Các đơn vị trực thuộc sở;'));
    expect(meta).toMatchObject({ issuer: 'UBND TỈNH PHÚ THỌ – SỞ THÔNG TIN VÀ TRUYỀN THÔNG', place: 'Phú Thọ', period: '2011', docType: 'Công văn', title: 'V/v đăng ký danh sách tham gia Hội thi kỹ năng sử dụng máy tính' });
    // A number OCR could not read is unknown, never a wrong one; so is the handwritten day.
    expect(meta.number).toBeUndefined();
    expect(meta.issueDate).toBeUndefined();
  });

  it('an OCR header with stamp noise above it and misread marks (fixtures/real/26)', () => {
    const meta = extractMetadata(ocrHeader('xo gZAtmnm&ir', 'ae.', 'ỦY BAN NHÂN DÂN. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TÍNH QUẢNG NGÃI', 'Độc lập - Tự do - Hạnh phúc', 'Số:280 /BC-UBND', 'Quảng Ngãi, ngày Â@ tháng 11 năm 2024', 'BÁO CÁO'));
    expect(meta).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', number: '280/BC-UBND', place: 'Quảng Ngãi', docType: 'Báo cáo' });
  });

  it('signers read by OCR line by line beside the recipients list, with stamp specks between (fixtures/real/40, 22)', () => {
    const p40 = extractMetadata(blocks('BÁO CÁO', 'Nội dung.', 'KT. GIÁM ĐÓC', 'PHÓ GIÁẢM ĐÓC', 'Noi nhận:', '- Như trên;', '- GÐ, các PGbÐ;', '-Lưu:CNTT,VT.', '—', 'Nguyễn Hữu Việt'));
    expect(p40).toMatchObject({ signer: 'Nguyễn Hữu Việt', signerTitle: 'KT. GIÁM ĐÓC / PHÓ GIÁẢM ĐÓC' });
    const p22 = extractMetadata(blocks('TỜ TRÌNH', 'Nội dung.', 'Nơi nhận:', 'GIÁM ĐÓC', '- Như trên;', '- Lưu VT, PC04 (Đội 1).', '` <Z =RN S', 'XS', '- Nà 2⁄2 g', 'Thiếu tướng Trương Minh Đương'));
    expect(p22).toMatchObject({ signer: 'Trương Minh Đương', signerTitle: 'GIÁM ĐÓC / Thiếu tướng' });
    // A name with no title above it (26: the title is under the stamp) is no signer.
    expect(extractMetadata(blocks('BÁO CÁO', 'Nội dung.', '- Lưu: VT, P.KTTH.', 'về. <<', 'Prăn Phước Hiền')).signer).toBeUndefined();
  });

  it('an OCR header whose handwritten number misread "Số" too (fixtures/real/22): the symbol marks the number line', () => {
    const meta = extractMetadata(ocrHeader('ĩ BỘ CÔNG AN', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CÔNG AN TỈNH LÂM ĐÔNG', 'Độc lập - Tự do - Hạnh phúc', 'SéZ5f /TTr- CAT-PC04', 'Lâm Đông, ngày23 tháng 10 năm 2025', '_.. TỜ TRÌNH'));
    expect(meta).toMatchObject({ issuer: 'BỘ CÔNG AN – CÔNG AN TỈNH LÂM ĐỒNG', place: 'Lâm Đồng', docType: 'Tờ trình' });
    expect(meta.number).toBeUndefined();
  });

  it('a header line OCR read without spaces and with misread marks (fixtures/real/40)', () => {
    const meta = extractMetadata(ocrHeader('_- < UBNDTÌNHPHÚTHỌ', 'CỘNG HOÀ XÃ HỘI CHÚ NGHĨA VIỆT NAM', 'SƠ THÔNG TIN VÀ TRUYỆN THÔNG', 'Độc lập - Tự do - Hạnh phúc', 'Số: 2J§ /STTTT-CNTT', 'Phú Thọ, ngày ÄÙ tháng 12 năm 2011'));
    // The first line is mended from the list of provinces, "SƠ" is "SỞ"; "TRUYỆN" is left as read.
    expect(meta.issuer).toBe('UBND TỈNH PHÚ THỌ – SỞ THÔNG TIN VÀ TRUYỆN THÔNG');
  });

  it('a report signed before its annex (fixtures/real/02): the signature is found where the report proper ends', () => {
    const annex = Array.from({ length: 12 }, (_, k) => `${k + 1} | Chỉ tiêu ${k + 1} | ${k * 3}`);
    const meta = extractMetadata(blocks('BÁO CÁO', 'Nội dung.', 'Nơi nhận: - Bộ Nội vụ; - Lưu: VT, NC. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Ngọc Phúc', 'PHỤ LỤC', 'BIỂU MẪU THỐNG KÊ', ...annex));
    expect(meta).toMatchObject({ signer: 'Nguyễn Ngọc Phúc', signerTitle: 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH' });
  });

  it('the lines after the motto join the issuer only when the number line follows them', () => {
    const meta = extractMetadata(blocks('UBND TỈNH AN GIANG', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', 'Số: 346/BC-STTTT', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO', 'I. TÌNH HÌNH THỰC HIỆN'));
    expect(meta.issuer).toBe('UBND TỈNH AN GIANG – SỞ THÔNG TIN VÀ TRUYỀN THÔNG');
  });

  it.each([
    ['Lâm Đông', 'Lâm Đồng'], // OCR of fixtures/real/22 dropped the grave accent
    ['Quang Ngai', 'Quảng Ngãi'],
    ['Khánh Hoà', 'Khánh Hoà'], // old tone placement: the same spelling, kept as written
    ['Thanh Hoá', 'Thanh Hoá'],
    ['An Giang', 'An Giang'],
    ['Long Xuyên', 'Long Xuyên'], // not in the list: as written
  ])('the place "%s" in a date line reads as "%s"', (raw, place) => {
    expect(extractMetadata(blocks('BÁO CÁO', `${raw}, ngày 24 tháng 10 năm 2025`)).place).toBe(place);
  });
});

// Headers of legacy-font documents as the readers give them after TCVN3 conversion: a capitals
// font (.VnTimeH) comes out in small letters, or with only its unmarked letters in capitals.
describe('extractMetadata: a number line in capitals', () => {
  it('"SỐ: 12/2001/QĐ-BTC" is the document\'s number as "Số:" is', () => {
    const meta = extractMetadata(blocks('BỘ TÀI CHÍNH', 'SỐ: 12/2001/QĐ-BTC', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Nội, ngày 13 tháng 3 năm 2001', 'QUYẾT ĐỊNH', 'Về việc ban hành Chế độ kế toán'));
    expect(meta.number).toBe('12/2001/QĐ-BTC');
  });
});

describe('extractMetadata on legacy capitals fonts (fixtures/golden/metadata-real.json)', () => {
  it.each([
    [
      'real-more/09 (Thông tư 2006): issuer and motto in small letters, type word alone, "Sè" for Số',
      ['ngân hàng nhà nước', 'việt nam', 'Sè : 01/2006/TT-NHNN', 'cộng hoà x∙ hội chủ nghĩa việt nam', 'Độc lập - Tự do - Hạnh phúc', 'Hà Nội, ngày 20 tháng 02 năm 2006', 'Thông tư', 'Hướng dẫn một số nội dung về góp vốn thành lập', 'Quỹ bảo lãnh tín dụng cho các doanh nghiệp nhỏ và vừa', 'Để triển khai Quyết định số 193/2001/QĐ-TTg ngày 20/12/2001 …'],
      { issuer: 'NGÂN HÀNG NHÀ NƯỚC VIỆT NAM', number: '01/2006/TT-NHNN', issueDate: '2006-02-20', docType: 'Thông tư', title: 'Hướng dẫn một số nội dung về góp vốn thành lập Quỹ bảo lãnh tín dụng cho các doanh nghiệp nhỏ và vừa' },
    ],
    [
      'real-more/10 (Nghị định 2004): marked letters small in a capitals line, the issuer repeated as the enacting line',
      ['Chính phủ', '-------------', 'Số: 109/2004/NĐ-CP', 'cộng hòa xã hội chủ nghĩa việt nam Độc lập - Tự do - Hạnh phúc', 'Hà nội, ngày 02 tháng 4 năm 2004', 'NGHị ĐịNH CủA CHíNH PHủ Về đăng ký kinh doanh', 'CHÍNH PHỦ', 'Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;'],
      { issuer: 'CHÍNH PHỦ', number: '109/2004/NĐ-CP', docType: 'Nghị định', title: 'Về đăng ký kinh doanh' },
    ],
    [
      'real-more/07 (report to the National Assembly 2004): no header, the type heading alone, the title up to "Phần thứ nhất"',
      ['Báo cáo', 'Tình hình thực hiện nhiệm vụ kế hoạch năm 2004', 'và kế hoạch phát triển kinh tế - xã hội năm 2005', 'Phần thứ nhất', 'Đánh giá khả năng thực hiện Nghị quyết quốc hội', 'I. Đánh giá tổng quát'],
      { docType: 'Báo cáo', title: 'Tình hình thực hiện nhiệm vụ kế hoạch năm 2004 và kế hoạch phát triển kinh tế - xã hội năm 2005', period: '2004' },
    ],
    [
      'real-more/08 (monthly industry report 2007): the first line opens with the type, the title wraps in small letters',
      ['Báo cáo về tình hình sản xuất kinh doanh ngành công', 'nghiệp tháng 02 và 2 tháng đầu năm 2007', '1. Tình hình chung:', 'Tháng 02 năm 2007 giá trị sản xuất công nghiệp …'],
      { docType: 'Báo cáo', title: 'về tình hình sản xuất kinh doanh ngành công nghiệp tháng 02 và 2 tháng đầu năm 2007', period: '2007-02' },
    ],
  ])('%s', (_, lines, want) => {
    // Small-letter lines of a header are headings in the reader's model too.
    const bs = lines.map((t, i) => newBlock(i === 0 || /^[^.;:]{0,80}$/u.test(t) && !/^\d/.test(t) ? 'heading' : 'paragraph', t, { page: 1 }));
    expect(extractMetadata(bs)).toMatchObject(want);
  });

  it('a number with a year gives its type by its code when no heading names it (real-more/11, broken glyphs: "NG Ị ĐỊN")', () => {
    const meta = extractMetadata(blocks('C N P Ủ', 'Số: 47/2020/NĐ-CP', 'Hà Nội, ngày 09 tháng 4 năm 2020', 'NG Ị ĐỊN', 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;'));
    expect(meta).toMatchObject({ number: '47/2020/NĐ-CP', docType: 'Nghị định', issueDate: '2020-04-09' });
  });

  it('a body paragraph that starts with a type word is not a type line', () => {
    const meta = extractMetadata(blocks('UBND TỈNH AN GIANG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/UBND-KT', 'V/v báo cáo số liệu', 'Kính gửi: các sở', 'Báo cáo kết quả thực hiện gửi về Sở trước ngày 15/12.'));
    expect(meta.docType).toBe('Công văn');
  });
});
