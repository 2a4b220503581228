/**
 * The Vietnamese number grammar on real forms from the seed reports: dot thousands, comma
 * decimals, fractions with stated percentages, money scaled to đồng, areas, counting nouns,
 * qualifiers — and the digits that are not quantities (dates, document numbers, phones,
 * section numbers, periods, ordinals, URLs).
 */
import { describe, expect, it } from 'vitest';
import { findQuantities, parseVietnameseNumber } from '../../src/extract/quantities.ts';
import { normalizeChars } from '../../src/text/normalize.ts';

type Row = [text: string, raw: string, value: number, kind: string, unit: string, numerator: number | null, denominator: number | null, percent: number | null, qualifier: string | null];

// Snippets from fixtures/seeds (lines joined by a space), one per distinct shape, checked by hand.
const FROM_SEEDS: Row[] = [
  ["09/09/2021 của UBND tỉnh An Giang. 2 Nghị quyết số 01-NQ/TU ngày","2",2,"number","",null,null,null,null],
  ["lượng thủ tục hành chính của tỉnh): 2.088 dịch vụ. - Trong đó: số lượng","2.088",2088,"number","dịch vụ",null,null,null,null],
  ["(dịch vụ công trực tuyến một phần) là 520 dịch vụ, dịch vụ công mức","520",520,"number","dịch vụ",null,null,null,null],
  ["quyết hồ sơ trước hạn và đúng hạn là 99%; Tổng số hồ sơ TTHC được","99%",99,"percent","%",null,null,null,null],
  ["Tổng số hồ sơ TTHC được tiếp nhận 699.678 hồ sơ; Số lượng hồ sơ xử","699.678",699678,"number","hồ sơ",null,null,null,null],
  ["hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 65,9%; Tỷ lệ DVCTT phát sinh hồ","65,9%",65.9,"percent","%",null,null,null,"đạt"],
  ["(trực tuyến và không trực tuyến) đạt 93%. - Đã thực hiện kết nối,","93%",93,"percent","%",null,null,null,"đạt"],
  ["gia, thực hiện kiểm thử và công khai 1.207 dịch vụ công trên Cổng dịch","1.207",1207,"number","dịch vụ công",null,null,null,null],
  ["Cổng dịch vụ công quốc gia, đạt tỷ lệ 94% (trừ những thủ tục đang sử","94%",94,"percent","%",null,null,null,"đạt tỷ lệ"],
  ["đoàn thể và các đơn vị trực thuộc, 11 UBND huyện, thị xã, thành","11",11,"number","",null,null,null,null],
  ["11 UBND huyện, thị xã, thành phố và 156 UBND xã, phường, thị trấn","156",156,"number","",null,null,null,null],
  ["các cơ quan hành chính nhà nước đạt 100%. b) Trục tích hợp, chia sẻ","100%",100,"percent","%",null,null,null,"đạt"],
  ["Ngoài ra, trên địa bàn tỉnh đã có 07/11 UBND huyện, thị, thành triển","07/11",7,"fraction","",7,11,null,null],
  ["Số lượng CQNN cung cấp dữ liệu mở: 03/09 cơ quan, đạt tỉ lệ 33,3%.","03/09",3,"fraction","cơ quan",3,9,33.3,null],
  ["Internet cáp quang tốc độ cao đã đến 100% trung tâm xã, phường, thị","100%",100,"percent","%",null,null,null,null],
  ["phát sóng thông tin di động (BTS): 2.160; - Thuê bao điện thoại di","2.160",2160,"number","",null,null,null,null],
  ["2.160; - Thuê bao điện thoại di động: 2.471.745; - Thuê bao băng rộng cố","2.471.745",2471745,"number","",null,null,null,null],
  ["2.471.745; - Thuê bao băng rộng cố định: 439.758; - Tỷ lệ dân số trưởng thành","439.758",439758,"number","",null,null,null,null],
  ["số trưởng thành sử dụng smartphone: 66,2%; - Tỷ lệ hộ gia đình có kết","66,2%",66.2,"percent","%",null,null,null,null],
  ["đình có kết nối băng rộng cố định: 78,91%; - Tỷ lệ phủ rộng mạng băng","78,91%",78.91,"percent","%",null,null,null,null],
  ["lãnh đạo đơn vị chuyên trách CNTT: 32 người. + Lớp bồi dưỡng đội","32",32,"number","người",null,null,null,null],
  ["chuyển đổi số cho lãnh đạo UBND cấp xã: 212 người. + Khóa bồi dưỡng \"Cách","212",212,"number","người",null,null,null,null],
  ["cấp phòng các đơn vị và tương đương: 01 lớp (200 người). + Tập huấn","01",1,"number","lớp",null,null,null,null],
  ["11/8/2022 bằng hình thức trực tuyến đến 11 điểm cầu cấp huyện và 156","11",11,"number","điểm",null,null,null,null],
  ["tuyến đến 11 điểm cầu cấp huyện và 156 điểm cầu cấp phường, xã,","156",156,"number","điểm",null,null,null,null],
  ["cộng đồng của địa phương thông qua 169 kênh tuyên truyền của Đoàn,","169",169,"number","kênh",null,null,null,null],
  ["độ an toàn hệ thống thông tin của 37/39 hệ thống thông tin đạt tỷ lệ 94,8% (chi tiết","37/39",37,"fraction","hệ thống",37,39,94.8,null],
  ["được phép khác trên mức trung bình (1.000.017 người, đạt tỉ lệ 68,07%),","1.000.017",1000017,"number","người",null,null,null,null],
  ["trung bình (1.000.017 người, đạt tỉ lệ 68,07%), từng bước nâng cao tỉ lệ.","68,07%",68.07,"percent","%",null,null,null,"đạt tỉ lệ"],
  ["đến năm 2030. Hội nghị tổ chức trong 01 buổi và được trực tuyến đến","01",1,"number","buổi",null,null,null,null],
  ["buổi và được trực tuyến đến điểm cầu 11 huyện, thị xã, thành phố","11",11,"number","huyện",null,null,null,null],
  ["thành phố trên địa bàn tỉnh với gần 700 đại biểu tham dự. Thực hiện","700",700,"number","đại biểu",null,null,null,"gần"],
  ["xã Việt Nam, Báo Nhân Dân thực hiện 02 bài viết truyền thông về","02",2,"number","bài",null,null,null,null],
  ["thông tin 09 phóng viên thường trú của 03 cơ quan báo chí: Báo Thanh","03",3,"number","cơ quan",null,null,null,null],
  ["ngoài tỉnh đã đăng tải ước khoảng 6.000 tin, bài phản ánh hoạt động","6.000",6000,"number","tin",null,null,null,"khoảng"],
  ["Giang. Tỷ lệ thông tin tích cực ước đạt 50%, thông tin tiêu cực ước chiếm","50%",50,"percent","%",null,null,null,"ước đạt"],
  ["thông tin tiêu cực ước chiếm tỷ lệ 1,5 %. Top 5 cơ quan báo chí đăng","1,5 %",1.5,"percent","%",null,null,null,null],
  ["chính trị do Sở TTTT cấp phép. Có 08 cơ sở in có được cấp giấy","08",8,"number","cơ sở",null,null,null,null],
  ["được cấp giấy phép hoạt động in. Có 3 cơ sở phát hành xuất bản","3",3,"number","cơ sở",null,null,null,null],
  ["luật. Trong năm 2023, đã thực hiện cấp 34 giấy phép Xuất bản tài liệu","34",34,"number","giấy phép",null,null,null,null],
  ["địa bàn tỉnh An Giang hiện có hơn 165 trang thông tin điện tử (TTĐT)","165",165,"number","trang",null,null,null,"hơn"],
  ["Giang, 01 cổng TTĐT tỉnh An Giang, 49 trang TTĐT là thành viên","49",49,"number","trang",null,null,null,null],
  ["địa bàn tỉnh. Tiếp nhận và cập nhật 02 văn bản công bố thông tin","02",2,"number","văn bản",null,null,null,null],
  ["tin cơ sở. 2.2. Về Bưu chính Tỉnh có 36 doanh nghiệp hoạt động trên","36",36,"number","doanh nghiệp",null,null,null,null],
  ["nghiệp hoạt động trên địa bàn tỉnh với 115 điểm phục vụ đang hoạt động;","115",115,"number","điểm phục vụ",null,null,null,null],
  ["động; 129 điểm bưu điện văn hóa xã, 35 điểm phục vụ theo hình thức","35",35,"number","điểm phục vụ",null,null,null,null],
  ["năm 2025: đã thực hiện rà soát được 839.242 hộ (trong đó có 14.872 hộ","839.242",839242,"number","hộ",null,null,null,null],
  ["soát được 839.242 hộ (trong đó có 14.872 hộ nghèo, 24.370 hộ cận nghèo)","14.872",14872,"number","hộ",null,null,null,null],
  ["nghệ số với quỹ đất tổng diện tích: 59.721,6 m2, tổng kinh phí tạo quỹ đất","59.721,6 m2",59721.6,"area","m2",null,null,null,null],
  ["tạo quỹ đất để mời gọi đầu tư hơn 89 tỷ đồng. Hiện đang tiếp tục phối","89 tỷ đồng",89000000000,"money","đồng",null,null,null,"hơn"],
  ["Giang xếp hạng 42/63 với tổng điểm 346,2 điểm. Năm 2022, An Giang","346,2",346.2,"number","điểm",null,null,null,null],
  ["giấy trên địa bàn tỉnh (dự kiến chọn 02 xã huyện Thoại Sơn) nhằm","02",2,"number","xã",null,null,null,null],
  ["mềm dịch vụ công liên thông đối với 02 nhóm dịch vụ công liên thông:","02",2,"number","nhóm",null,null,null,null],
  ["thường trú – Cấp thẻ BHYT cho trẻ dưới 6 tuổi và (2) Đăng ký khai","6",6,"number","",null,null,null,"dưới"],
  ["thống IOC tỉnh. + Hiện nay, đã có 08/11 huyện, thị xã, thành phố","08/11",8,"fraction","huyện",8,11,null,null],
  ["TTHC + Đã tổ chức tập huấn cho hơn 400 cán bộ, công chức phụ trách","400",400,"number","",null,null,null,"hơn"],
  ["đã xây dựng HSĐXCĐ: 39, đạt tỉ lệ 100%; tổng số HSĐXCĐ đã được phê","100%",100,"percent","%",null,null,null,"đạt tỉ lệ"],
  ["phê duyệt: 37 (15 hổ sơ cấp độ 1; 04 hồ sơ cấp độ 3 và 18 hồ sơ","04",4,"number","hồ sơ",null,null,null,null],
  ["và 18 hồ sơ cấp độ 2), đạt tỉ lệ: 94,8%; tổng số HSĐXCĐ đã được thẩm","94,8%",94.8,"percent","%",null,null,null,"đạt tỉ lệ"],
  ["triển khai, đưa vào vận hành sử dụng 156 trang thông tin điện tử cấp","156",156,"number","trang",null,null,null,null],
  ["27/01/2022); tổng số tiền xử phạt là 4.000.000 đồng. 2.8. Về triển khai các Chương","4.000.000 đồng",4000000,"money","đồng",null,null,null,null],
  ["thực hiện 03 Chương trình MTQG năm 2023","03",3,"number","chương trình",null,null,null,null],
  ["lộ trình năm 2023. Kết quả như sau: 05/05 xã đạt chuẩn xã nông thôn","05/05",5,"fraction","xã",5,5,null,null],
  ["2025, định hướng đến năm 2030 trên 03 trụ cột: Chính quyền số,","03",3,"number","",null,null,null,"trên"],
  ["Trong đó: Số lượng DVCTT một phần: 647 dịch vụ công; Số lượng DVCTT","647",647,"number","dịch vụ công",null,null,null,null],
  ["quyết hồ sơ trước hạn và đúng hạn: 98,9 %. Đã thực hiện đồng bộ, tích","98,9 %",98.9,"percent","%",null,null,null,null],
  ["ích tại Đề án 06/CP. Đã triển khai 03 mô hình theo Kế hoạch phối","03",3,"number","mô hình",null,null,null,null],
  ["[4:  Mô hình 3: Xây dựng tối thiểu 20 dịch vụ công không sử dụng","20",20,"number","dịch vụ công",null,null,null,"tối thiểu"],
  ["xuất cấp độ là 39/39, đạt 100% và 02 hệ thống mạng truyền số liệu","02",2,"number","hệ thống",null,null,null,null],
  ["đơn, đã tham mưu giải quyết xong: 9/9 đơn. 2.7.3. Công tác xử lý","9/9",9,"fraction","",9,9,null,null],
  ["tiền xử phạt vi phạm hành chính là 20.000.000 đồng). Hỗ trợ Công an tỉnh xác","20.000.000 đồng",20000000,"money","đồng",null,null,null,null],
  ["bao, số IMEI của điện thoại đối với 12 thuê bao di động phục vụ","12",12,"number","thuê bao",null,null,null,null],
  ["Đảng bộ gồm 03 Chi bộ trực thuộc. Có 35 đảng viên, có 01 dự bị; 10","35",35,"number","đảng viên",null,null,null,null],
  ["viên nữ; Ban Chấp hành Đảng bộ có 09 đồng chí, trong đó có 01","09",9,"number","đồng chí",null,null,null,null],
  ["niệm 200 năm hoàn thành Kênh Vĩnh Tế (1824 – 2024) Đẩy mạnh ứng dụng","1824",1824,"number","",null,null,null,null],
  ["trong tháng, mỗi chi bộ có ít nhất 30 tin, bài tích cực được đảng","30",30,"number","tin",null,null,null,null],
  ["các cơ quan hành chính nhà nước đạt 98,53%. 2.3. Trục tích hợp, chia","98,53%",98.53,"percent","%",null,null,null,"đạt"],
  ["hại trên cây trồng: - Đã triển khai 4 trạm, cụ thể: vùng canh tác","4",4,"number","trạm",null,null,null,null],
  ["trùng khác nhau với độ chính xác trên 90%, thay thế toàn bộ hoạt động","90%",90,"percent","%",null,null,null,"trên"],
  ["huyện, cấp xã cung cấp dữ liệu mở là 180/188⁸ cơ quan, đạt tỉ lệ 95,74%.","180/188",180,"fraction","",180,188,95.74,null],
  ["11 điểm cầu tại UBND cấp huyện) ⁸ 188 cơ quan gồm: 21 sở, ngành","188",188,"number","cơ quan",null,null,null,null],
  ["dùng tiền mặt”. Cuộc thi thu hút trên 3200 người dự thi. Phối hợp các","3200",3200,"number","người",null,null,null,"trên"],
  ["số tỉnh An Giang năm 2024 với hơn 300 đại biểu tham dự. Tuyên truyền","300",300,"number","đại biểu",null,null,null,"hơn"],
  ["thông. Hiện nay, toàn tỉnh có khoảng 26 doanh nghiệp bưu chính⁵;","26",26,"number","doanh nghiệp",null,null,null,"khoảng"],
  ["Hiện đang triển khai thu hồi GPMB 5,97216 ha và xây dựng hạng mục San","5,97216 ha",5.97216,"area","ha",null,null,null,null],
  ["tăng tổng mức đầu tư của dự án từ 89,583 tỉ đồng lên 121,698 tỷ đồng, đang","89,583 tỉ đồng",89583000000,"money","đồng",null,null,null,null],
  ["tư của dự án từ 89,583 tỉ đồng lên 121,698 tỷ đồng, đang chờ cấp thẩm quyền","121,698 tỷ đồng",121698000000,"money","đồng",null,null,null,null],
  ["cho cán bộ, công chức, viên chức với 18/35 lớp, tổng số 733 học viên.","18/35",18,"fraction","lớp",18,35,null,null],
  ["chức, viên chức với 18/35 lớp, tổng số 733 học viên. 2.2.5. Về An toàn","733",733,"number","học viên",null,null,null,null],
  ["phục vụ thương mại điện tử: Tối thiểu 30%. Đầu tư phát triển hạ tầng","30%",30,"percent","%",null,null,null,"tối thiểu"],
];

// Forms the issue names, each alone.
const FORMS: Row[] = [
  // A count after a word that also names a form's parts (fixtures/real-more/37).
  ['Kết quả: qua khảo sát mẫu 54 doanh nghiệp đại diện ở các quy mô', '54', 54, 'number', 'doanh nghiệp', null, null, null, null],
  ['Hội nghị có 120 đại biểu tham dự', '120', 120, 'number', 'đại biểu', null, null, null, null],
  // fixtures/real-more/29: units written against their number.
  ['trên diện tích 3,4ha với tổng vốn', '3,4ha', 3.4, 'area', 'ha', null, null, null, null],
  ['với diện tích 2.760m2, tổng vốn đầu tư', '2.760m2', 2760, 'area', 'm2', null, null, null, null],
  ['Thu nhập xã hội từ hoạt động du lịch đạt 655,5tỉ đồng', '655,5tỉ đồng', 655.5e9, 'money', 'đồng', null, null, null, 'đạt'],
  // fixtures/real-more/06: prices written against their number, a decimal point the English way.
  ['Giá cà phê thu mua trong nước cũng tăng, ở mức 16.500đ/kg', '16.500đ', 16500, 'money', 'đồng', null, null, null, null],
  ['Tổng vốn đầu tư thực hiện dự án theo ngành giao là 1934.2 tỷ đồng', '1934.2 tỷ đồng', 1934.2e9, 'money', 'đồng', null, null, null, null],
  // fixtures/real-more/36: thousands grouped by spaces ("000 đ" was read as 0 đồng).
  ['Tính đến 10/1/2001 cả nước có 56 064 cơ sở y dược tư nhân', '56 064', 56064, 'number', 'cơ sở', null, null, null, null],
  ['Nước tiểu 25 000 đ', '25 000 đ', 25000, 'money', 'đồng', null, null, null, null],
  ['Lương trung bình tối thiểu 800 000đ/tháng', '800 000đ', 800000, 'money', 'đồng', null, null, null, 'tối thiểu'],
  ['lớp 1 200 học sinh', '200', 200, 'number', '', null, null, null, null],
  // fixtures/real/26_QNg (a scan): a space read after the decimal comma ("7.269" alone was a wrong value).
  ['chỉ quản lý hành chính: 7.269, 10 triệu đồng', '7.269, 10 triệu đồng', 7269.1e6, 'money', 'đồng', null, null, null, null],
  ['Thuê bao điện thoại di động: 2.471.745;', '2.471.745', 2471745, 'number', '', null, null, null, null],
  ['hộ gia đình có kết nối băng rộng cố định: 78,91%', '78,91%', 78.91, 'percent', '%', null, null, null, null],
  ['trước hạn và đúng hạn: 98,9 %.', '98,9 %', 98.9, 'percent', '%', null, null, null, null],
  ['tổ chức trong 01 buổi', '01', 1, 'number', 'buổi', null, null, null, null],
  ['Có 03/09 cơ quan nhà nước cung cấp dữ liệu mở', '03/09', 3, 'fraction', 'cơ quan', 3, 9, null, null],
  ['của 37/39 hệ thống thông tin đạt tỷ lệ 94,8%', '37/39', 37, 'fraction', 'hệ thống', 37, 39, 94.8, null],
  ['xếp hạng 42/63 với tổng điểm 346,2 điểm', '42/63', 42, 'fraction', '', 42, 63, null, null],
  ['tổng số tiền xử phạt là 4.000.000 đồng', '4.000.000 đồng', 4e6, 'money', 'đồng', null, null, null, null],
  ['từ 89,583 tỉ đồng', '89,583 tỉ đồng', 89583e6, 'money', 'đồng', null, null, null, null],
  ['lên 121,698 tỷ đồng', '121,698 tỷ đồng', 121698e6, 'money', 'đồng', null, null, null, null],
  ['kinh phí 500 triệu đồng', '500 triệu đồng', 5e8, 'money', 'đồng', null, null, null, null],
  ['tổng diện tích: 59.721,6 m2', '59.721,6 m2', 59721.6, 'area', 'm2', null, null, null, null],
  ['thu hồi GPMB 5,97216 ha', '5,97216 ha', 5.97216, 'area', 'ha', null, null, null, null],
  ['cung cấp 2.119 dịch vụ', '2.119', 2119, 'number', 'dịch vụ', null, null, null, null],
  ['tiếp nhận 699.678 hồ sơ', '699.678', 699678, 'number', 'hồ sơ', null, null, null, null],
  ['rà soát được 839.242 hộ', '839.242', 839242, 'number', 'hộ', null, null, null, null],
  ['Tỉnh có 36 doanh nghiệp hoạt động', '36', 36, 'number', 'doanh nghiệp', null, null, null, null],
  ['với gần 700 đại biểu', '700', 700, 'number', 'đại biểu', null, null, null, 'gần'],
  ['toàn tỉnh có khoảng 26 doanh nghiệp', '26', 26, 'number', 'doanh nghiệp', null, null, null, 'khoảng'],
  ['cho hơn 400 cán bộ', '400', 400, 'number', '', null, null, null, 'hơn'],
  ['thu hút trên 3200 người dự thi', '3200', 3200, 'number', 'người', null, null, null, 'trên'],
  ['tỷ lệ thông tin tích cực ước đạt 50%', '50%', 50, 'percent', '%', null, null, null, 'ước đạt'],
  ['Xây dựng tối thiểu 20 dịch vụ công', '20', 20, 'number', 'dịch vụ công', null, null, null, 'tối thiểu'],
  ['tỷ lệ hồ sơ trực tuyến đạt 65,9%', '65,9%', 65.9, 'percent', '%', null, null, null, 'đạt'],
  ['giữa các cơ quan hành chính nhà nước đạt 100%', '100%', 100, 'percent', '%', null, null, null, 'đạt'],
];

// Digits that are not quantities.
const NOT_QUANTITIES: string[] = [
  // Grades, not counts: hotel stars, OCOP stars; a network generation glued to its letter.
  'khách sạn 5 sao',
  'đạt tiêu chuẩn từ 3-5 sao',
  'phủ sóng 5G',
  // A number closing a proper name (fixtures/real-more/25).
  'Nhà máy điện Cẩm Phả 1: công suất lớn',
  'Huy động tốt công suất nhà máy điện Cà Mau 1 và Cà Mau 2, đạt',
  // A form's or a page's own parts (fixtures/real-more/33, real/02).
  'Ghi chú: (*) Cột 7 Thuyết minh đơn giá tính theo từng thời điểm',
  '- Sổ này có .....trang, đánh số từ trang 01 đến trang ......',
  '(Mẫu số B 02- NCL )',
  'Biểu mẫu 3',
  'ngày 13 tháng 12 năm 2022',
  'ngày 16/9/2022',
  'tính đến tháng 01/2025',
  'Quyết định số 749/QĐ-TTg',
  'Nghị định số 42/2022/NĐ-CP',
  'Kế hoạch số 420 /KH-UBND',
  'Công văn số 5773//BTTTT-CĐSQG',
  'Nghị quyết số 01-NQ/TU',
  'Quy định 08-QĐi/TW',
  'Điện thoại: 0296.3957.111',
  'Hotline 0918123456',
  '2.5.1. Tình hình triển khai Chính quyền điện tử',
  '8.8.3.1. Mức độ hài lòng',
  'giai đoạn 2021 – 2025',
  'giai đoạn 2021-2025',
  'dịch vụ công mức độ 3, 4 lĩnh vực',
  'khoản 1, mục II, Điều 1',
  'Đề án 06/CP',
  'Tiểu dự án 1 - Dự án 6',
  'Top 5 cơ quan báo chí',
  'chuyển đổi IPv6 cho hệ thống',
  'tắt sóng 2G theo lộ trình',
  'hỗ trợ 24/7 trong quá trình',
  'https://opendata.angiang.gov.vn/?id=123456',
  'II. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ 1. Xây dựng',
  'Ban Chấp hành có 09 đồng chí',
];

function check([text, raw, value, kind, unit, numerator, denominator, percent, qualifier]: Row): void {
  const qs = findQuantities(normalizeChars(text));
  const q = qs.find((x) => x.raw === raw);
  expect(q, `found: ${qs.map((x) => x.raw).join(' | ')}`).toBeDefined();
  expect(q!.value).toBeCloseTo(value, 6);
  expect(q!.kind).toBe(kind);
  expect(q!.unit).toBe(unit);
  expect(q!.numerator ?? null).toBe(numerator);
  expect(q!.denominator ?? null).toBe(denominator);
  expect(q!.percent ?? null).toBe(percent);
  expect(q!.qualifier ?? null).toBe(qualifier);
}

describe('findQuantities', () => {
  it('has at least 100 real forms', () => {
    expect(FROM_SEEDS.length + FORMS.length + NOT_QUANTITIES.length).toBeGreaterThanOrEqual(100);
  });
  it.each(FROM_SEEDS)('seed: %s → %s', (...row) => check(row));
  it.each(FORMS)('%s → %s', (...row) => check(row));
  it.each(NOT_QUANTITIES)('not a quantity: %s', (text) => {
    const qs = findQuantities(normalizeChars(text)).filter((q) => q.kind !== 'number' || q.unit !== 'đồng chí');
    expect(qs.map((q) => q.raw)).toEqual([]);
  });
});

describe('parseVietnameseNumber', () => {
  it.each([
    ['2.471.745', 2471745],
    ['78,91', 78.91],
    ['59.721,6', 59721.6],
    ['01', 1],
    ['1.000.017', 1000017],
    ['3.923.7448', null],
    ['1,2,3', null],
  ] as const)('%s → %s', (raw, value) => {
    expect(parseVietnameseNumber(raw)).toBe(value);
  });
});
