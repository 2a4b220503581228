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
