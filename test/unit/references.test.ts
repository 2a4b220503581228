/**
 * Table-driven tests of the reference finder on real forms from the five seed reports
 * (fixtures/seeds): positive cases with key, type, date and issuer, negative cases that must
 * not be read as citations, and the layout-broken spellings PDFs produce.
 */
import { describe, expect, it } from 'vitest';
import { findReferences } from '../../src/extract/references.ts';
import { normalizeChars } from '../../src/text/normalize.ts';

type Positive = [text: string, key: string, type: string, date: string | null, issuer: string | null];

// Snippets cut from fixtures/seeds (lines joined with a space, as a reader joins wrapped lines).
// Every row was checked by hand against the seed text.
const FROM_SEEDS: Positive[] = [
  ["số trên địa bàn tỉnh An Giang Căn cứ Công văn số 5773//BTTTT-CĐSQG ngày 28/11/2022 của Bộ Thông tin và Truyền thông về việc báo cáo tình", "5773/BTTTT-CĐSQG", "Công văn", "2022-11-28", "Bộ Thông tin và Truyền thông"],
  ["về việc báo cáo tình hình thực hiện Quyết định số 749/QĐ- TTg; Quyết định số 942/QĐ-TTg; Thực hiện Công văn số 6721/VPUBND-KGVX", "749/QĐ-TTg", "Quyết định", null, "Thủ tướng Chính phủ"],
  ["thực hiện Quyết định số 749/QĐ- TTg; Quyết định số 942/QĐ-TTg; Thực hiện Công văn số 6721/VPUBND-KGVX ngày 01/12/2022", "942/QĐ-TTg", "Quyết định", null, "Thủ tướng Chính phủ"],
  ["TTg; Quyết định số 942/QĐ-TTg; Thực hiện Công văn số 6721/VPUBND-KGVX ngày 01/12/2022 của Văn phòng Ủy ban nhân dân tỉnh An Giang về việc", "6721/VPUBND-KGVX", "Công văn", "2022-12-01", "Văn phòng Ủy ban nhân dân tỉnh An Giang"],
  ["về việc báo cáo tình hình thực hiện Quyết định số 749/QĐ-TTg; Quyết định số 942/QĐ-TTg. Sở Thông tin và Truyền", "749/QĐ-TTg", "Quyết định", null, "Thủ tướng Chính phủ"],
  ["Xây dựng, hoàn thiện thể chế - Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ Phê duyệt “Chương trình Chuyển", "749/QĐ-TTg", "Quyết định", "2020-06-03", "Thủ tướng Chính phủ"],
  ["Giang đã ban hành Kế hoạch hoạt 1 Chương trình số 553/CTr-UBND ngày 09/09/2021 của UBND tỉnh An Giang. 2 Nghị quyết số 01-NQ/TU ngày", "553/CTr-UBND", "Chương trình", "2021-09-09", "UBND tỉnh An Giang"],
  ["09/09/2021 của UBND tỉnh An Giang. 2 Nghị quyết số 01-NQ/TU ngày 22/8/2022 của Ban Thường vụ Tỉnh ủy An Giang 3 Công văn số 797/BTTTT-THH", "01-NQ/TU", "Nghị quyết", "2022-08-22", "Ban Thường vụ Tỉnh ủy An Giang"],
  ["của Ban Thường vụ Tỉnh ủy An Giang 3 Công văn số 797/BTTTT-THH ngày 06/3/2022 của Bộ Thông tin và Truyền thông. 4 Quyết định số 825/QĐ-UBND", "797/BTTTT-THH", "Công văn", "2022-03-06", "Bộ Thông tin và Truyền thông"],
  ["của Bộ Thông tin và Truyền thông. 4 Quyết định số 825/QĐ-UBND ngày 26/4/2022 của UBND tỉnh An Giang. động của Ban Chỉ đạo về Chuyển", "825/QĐ-UBND", "Quyết định", "2022-04-26", "UBND tỉnh An Giang"],
  ["phủ điện tử, chính phủ số - Căn cứ Quyết định số 1619/QĐ-TTg ngày 24/9/2021 của Thủ tướng Chính phủ kiện toàn và đổi tên Ủy ban", "1619/QĐ-TTg", "Quyết định", "2021-09-24", "Thủ tướng Chính phủ"],
  ["dục, vệ sinh môi trường, du lịch,… 5 Quyết định số 88/QĐ-BCĐCĐS ngày 09/6/2022. 6 Quyết định số 3137/QĐ-UBND ngày 30/12/2021. 7 Quyết", "88/QĐ-BCĐCĐS", "Quyết định", "2022-06-09", "Ban Chỉ đạo Chuyển đổi số"],
  ["định số 88/QĐ-BCĐCĐS ngày 09/6/2022. 6 Quyết định số 3137/QĐ-UBND ngày 30/12/2021. 7 Quyết định số 112/QĐ-BCĐ ngày 30/12/2021. 8 Quyết", "3137/QĐ-UBND", "Quyết định", "2021-12-30", "Ủy ban nhân dân tỉnh"],
  ["số 3137/QĐ-UBND ngày 30/12/2021. 7 Quyết định số 112/QĐ-BCĐ ngày 30/12/2021. 8 Quyết định số 2311/QĐ-UBND ngày 15/9/2022. https://smart.angiang.gov.vn/", "112/QĐ-BCĐ", "Quyết định", "2021-12-30", "Ban Chỉ đạo"],
  ["định số 112/QĐ-BCĐ ngày 30/12/2021. 8 Quyết định số 2311/QĐ-UBND ngày 15/9/2022. https://smart.angiang.gov.vn/ - Công tác tiếp nhận,", "2311/QĐ-UBND", "Quyết định", "2022-09-15", "Ủy ban nhân dân tỉnh"],
  ["ứng các quy trình nghiệp vụ quy định tại Quyết định 28/2018/QĐ-TTg, các quy trình quản lý văn bản, chỉ đạo điều hành", "28/2018/QĐ-TTg", "Quyết định", null, "Thủ tướng Chính phủ"],
  ["chức năng, tính năng theo hướng dẫn tại Công văn số 631/THH-THHT ngày 21/5/2020 của Cục Tin học hóa – Bộ Thông tin và Truyền thông", "631/THH-THHT", "Công văn", "2020-05-21", "Cục Tin học hóa – Bộ Thông tin và Truyền thông"],
  ["chung cấp bộ, cấp tỉnh (phiên bản 1.0); Công văn số 1552/BTTTT-THH ngày 26/4/2022 của Bộ Thông tin và Truyền thông về hướng dẫn kỹ thuật", "1552/BTTTT-THH", "Công văn", "2022-04-26", "Bộ Thông tin và Truyền thông"],
  ["từ ngày 04/5/2022 trên địa bàn tỉnh (Công văn số 389/UBND-TH ngày 21/4/2022 của UBND tỉnh An Giang). - Tỷ lệ báo cáo của CQNN được", "389/UBND-TH", "Công văn", "2022-04-21", "UBND tỉnh An Giang"],
  ["sở dữ liệu dùng chung tỉnh An Giang (Quyết định số 1066/QĐ-UBND ngày 24/5/2022 của Ủy ban nhân dân tỉnh). - Số lượng CQNN cung cấp", "1066/QĐ-UBND", "Quyết định", "2022-05-24", "Ủy ban nhân dân tỉnh"],
  ["lĩnh vực thông tin và truyền thông theo Kế hoạch số 3131/QĐ-UBND ngày 30/12/2021 9 Kế hoạch số 616/KH-UBND ngày 30/9/2022 của UBND tỉnh", "3131/QĐ-UBND", "Quyết định", "2021-12-30", "Ủy ban nhân dân tỉnh"],
  ["hoạch số 3131/QĐ-UBND ngày 30/12/2021 9 Kế hoạch số 616/KH-UBND ngày 30/9/2022 của UBND tỉnh An Giang. của Ủy ban nhân dân tỉnh An", "616/KH-UBND", "Kế hoạch", "2022-09-30", "UBND tỉnh An Giang"],
  ["Zalo,…) thuộc địa phương quản lý. 10 Quyết định số 2178/QĐ-UBND ngày 29/8/2022 của UBND tỉnh An Giang. - Gắn các mục tiêu, nhiệm vụ", "2178/QĐ-UBND", "Quyết định", "2022-08-29", "UBND tỉnh An Giang"],
  ["tổ chức tập huấn triển khai thực hiện Thông tư số 12/2022/TT-BTTTT ngày 12/8/2022 của Bộ Thông tin và Truyền thông Quy định chi tiết", "12/2022/TT-BTTTT", "Thông tư", "2022-08-12", "Bộ Thông tin và Truyền thông"],
  ["chi tiết và hướng dẫn một số điều của Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin", "85/2016/NĐ-CP", "Nghị định", "2016-07-01", "Chính phủ"],
  ["và đất nước, đặc biệt là Lễ công bố Nghị quyết số 721/NQ-UBTVQH15 ngày 13/02/2023 của Ủy ban Thường vụ Quốc hội về việc thành lập thị", "721/NQ-UBTVQH15", "Nghị quyết", "2023-02-13", "Ủy ban Thường vụ Quốc hội"],
  ["đất trái quy định của pháp luật theo Thông tư số 43/2020/TT-BTTTT ngày 31/12/2020 “Quy chuẩn kỹ thuật quốc gia về thiết bị đầu cuối thông", "43/2020/TT-BTTTT", "Thông tư", "2020-12-31", "Bộ Thông tin và Truyền thông"],
  ["an tỉnh trên ứng dụng SmartAnGiang. 1 Kế hoạch số 937/KH-UBND ngày 19/10/2023 UBND tỉnh quyết định bổ nhiệm 02 Phó Giám đốc Sở Thông", "937/KH-UBND", "Kế hoạch", "2023-10-19", "Ủy ban nhân dân tỉnh"],
  ["Thông tin và Truyền thông ban hành theo Quyết định số 874/QĐ-BTTTT ngày 17/6/2021) phù hợp với chức năng, nhiệm vụ, quyền hạn và đặc", "874/QĐ-BTTTT", "Quyết định", "2021-06-17", "Bộ Thông tin và Truyền thông"],
  ["4 Cập nhật, theo dõi việc thực hiện Quyết định số 2590/QĐ-UBND ngày 25/10/2022 của UBND tỉnh An Giang về ban hành Danh mục thông tin", "2590/QĐ-UBND", "Quyết định", "2022-10-25", "UBND tỉnh An Giang"],
  ["thức khác (kho). Đẩy mạnh triển khai Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ về việc tiếp nhận, trả kết", "45/2016/QĐ-TTg", "Quyết định", "2016-10-19", "Thủ tướng Chính phủ"],
  ["kiểm tra kết quả triển khai thực hiện Nghị định số 21/2019/NĐ-CP ngày 22/02/2019 của Chính phủ về khu vực phòng thủ. 2.4. Về Công nghiệp", "21/2019/NĐ-CP", "Nghị định", "2019-02-22", "Chính phủ"],
  ["thông tin (ICT) UBND tỉnh đã ban hành Quyết định số 1068/QĐ-UBND ngày 23/5/2022 về việc phê duyệt dự án đầu tư xây dựng công trình", "1068/QĐ-UBND", "Quyết định", "2022-05-23", "Ủy ban nhân dân tỉnh"],
  ["trên địa bàn tỉnh theo quy định tại Nghị định số 73/2019/NĐ-CP ngày 05/9/2019 của Chính phủ. Cung cấp số liệu biên soạn Sách Trắng", "73/2019/NĐ-CP", "Nghị định", "2019-09-05", "Chính phủ"],
  ["quyết tình trạng sử dụng SIM rác theo Nghị quyết số 50/NQ-CP ngày 08/4/2022 của Chính phủ và thực hiện áp dụng việc xác thực dữ", "50/NQ-CP", "Nghị quyết", "2022-04-08", "Chính phủ"],
  ["trang thiết bị phục vụ Đề án 06/CP theo Công văn số 1552/BTTTT-TTH của Bộ Thông tin và Truyền thông về việc hướng dẫn", "1552/BTTTT-TTH", "Công văn", null, "Bộ Thông tin và Truyền thông"],
  ["thưởng Thành phố thông minh Việt 2 Quyết định số 88/QĐ-BCĐ ngày 29/6/2023 của Ban chỉ đạo về Chuyển đổi số tỉnh An Giang Nam", "88/QĐ-BCĐ", "Quyết định", "2023-06-29", "Ban chỉ đạo"],
  ["bảo an toàn thông tin của hệ thống. 3 Báo cáo số 1009/BC-UBND ngày 03/11/2023 của UBND tỉnh An Giang 4 Số 687/KH-UBND ngày 08/8/2023", "1009/BC-UBND", "Báo cáo", "2023-11-03", "UBND tỉnh An Giang"],
  ["1009/BC-UBND ngày 03/11/2023 của UBND tỉnh An Giang 4 Số 687/KH-UBND ngày 08/8/2023 của UBND tỉnh An Giang Tiếp tục triển khai thí điểm", "687/KH-UBND", "Kế hoạch", "2023-08-08", "UBND tỉnh An Giang"],
  ["(VCS-aJiant)) (chủ trương UBND tỉnh tại văn bản số 996/VPUBND-KGVX ngày 06/3/2023). Thực hiện nâng cấp giao diện và tổ chức chức lại", "996/VPUBND-KGVX", "Công văn", "2023-03-06", "Văn phòng Ủy ban nhân dân tỉnh"],
  ["thị trấn, đáp ứng theo quy định tại Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và", "42/2022/NĐ-CP", "Nghị định", "2022-06-24", "Chính phủ"],
  ["tin cho thiết bị camera giám sát theo Chỉ thị số 23/CT-TTg ngày 26/12/2022 của Thủ tướng Chính phủ, trên địa bàn tỉnh An Giang.", "23/CT-TTg", "Chỉ thị", "2022-12-26", "Thủ tướng Chính phủ"],
  ["tử tổng hợp và mạng xã hội, vi phạm Nghị định số 72/2013/NĐ-CP ngày 15/7/2013 của Chính phủ quản lý, cung cấp, sử dụng dịch vụ Internet", "72/2013/NĐ-CP", "Nghị định", "2013-07-15", "Chính phủ"],
  ["hợp pháp theo điểm a, Khoản 1 Điều 29 Nghị định số 119/2020/NĐ-CP ngày 07/10/2020 của Chính phủ Quy định xử phạt vi phạm hành chính trong", "119/2020/NĐ-CP", "Nghị định", "2020-10-07", "Chính phủ"],
  ["hoạt động xuất bản (sửa đổi, bổ sung bởi Nghị định 14/2022/NĐ-CP ngày 27/01/2022); tổng số tiền xử phạt là 4.000.000 đồng. 2.8. Về triển", "14/2022/NĐ-CP", "Nghị định", "2022-01-27", "Chính phủ"],
  ["dựng Nông thôn mới UBND tỉnh ban hành Kế hoạch số 420 /KH-UBND ngày 25/5/2023 triển khai thực hiện Quyết định 924/QĐ-TTg ngày 02/8/2022", "420/KH-UBND", "Kế hoạch", "2023-05-25", "Ủy ban nhân dân tỉnh"],
  ["/KH-UBND ngày 25/5/2023 triển khai thực hiện Quyết định 924/QĐ-TTg ngày 02/8/2022 của Thủ tướng Chính phủ về phê duyệt Chương trình chuyển", "924/QĐ-TTg", "Quyết định", "2022-08-02", "Thủ tướng Chính phủ"],
  ["2022-2023” được UBND tỉnh phê duyệt tại Quyết định số 1750/QĐ-UBND ngày 31/10/2023. Tổ chức Lớp bồi dưỡng kiến thức, kỹ năng số và an", "1750/QĐ-UBND", "Quyết định", "2023-10-31", "Ủy ban nhân dân tỉnh"],
  ["được UBND tỉnh Phê duyệt dự toán tại Quyết định số 1721/QĐ-UBND ngày 26/10/2023. - Chương trình MTQG Giảm nghèo bền vững: Triển khai", "1721/QĐ-UBND", "Quyết định", "2023-10-26", "Ủy ban nhân dân tỉnh"],
  ["2022-2023” đã được UBND tỉnh phê duyệt tại Quyết định số 1700/QĐ-UBND ngày 24/10/2023. Tiến hành kiểm tra, giám sát, đánh giá kết quả thực", "1700/QĐ-UBND", "Quyết định", "2023-10-24", "Ủy ban nhân dân tỉnh"],
  ["2021-2025”. Tham mưu tổ chức triển khai Kế hoạch số 75-KH/TU ngày 30/9/2022 của Ban Thường vụ Tỉnh ủy An Giang về việc tăng cường", "75-KH/TU", "Kế hoạch", "2022-09-30", "Ban Thường vụ Tỉnh ủy An Giang"],
  ["trình hành động của Chính phủ triển khai Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị; Ban hành Kế hoạch thông tin đối ngoại", "57-KL/TW", "Kết luận", "2023-06-15", "Bộ Chính trị"],
  ["hệ thống thông tin nguồn thực hiện Quyết định số 135/QĐ- TTg ngày 20/01/2020 của Thủ tướng Chính phủ phê duyệt Đề án nâng cao hiệu", "135/QĐ-TTg", "Quyết định", "2020-01-20", "Thủ tướng Chính phủ"],
  ["công ích đảm nhận một số công việc tại Quyết định số 468/QĐ-TTg. Triển khai hiệu quả Kế hoạch hỗ trợ đưa hộ sản xuất", "468/QĐ-TTg", "Quyết định", null, "Thủ tướng Chính phủ"],
  ["số Tập trung triển khai Chương trình Chuyển đổi số 553/Ctr-UBND ngày 09/9/2021 tỉnh An Giang; Nghị quyết số 01-NQ/TU ngày 22/8/2022", "553/CTr-UBND", "Chương trình", "2021-09-09", "Ủy ban nhân dân tỉnh"],
  ["Tiếp tục tập trung chỉ đạo, triển khai Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ về phê duyệt đề án phát triển", "06/QĐ-TTg", "Quyết định", "2022-01-06", "Thủ tướng Chính phủ"],
  ["chuyển đổi số theo các quyết định: Quyết định số 749/QĐ- TTg ngày 3/6/2020; Quyết định số 942/QĐ-TTg ngày 15/6/2021; Quyết định", "749/QĐ-TTg", "Quyết định", "2020-06-03", "Thủ tướng Chính phủ"],
  ["định số 749/QĐ- TTg ngày 3/6/2020; Quyết định số 942/QĐ-TTg ngày 15/6/2021; Quyết định số 146/QĐ-TTg ngày 28/1/2022;… Hỗ trợ,", "942/QĐ-TTg", "Quyết định", "2021-06-15", "Thủ tướng Chính phủ"],
  ["định số 942/QĐ-TTg ngày 15/6/2021; Quyết định số 146/QĐ-TTg ngày 28/1/2022;… Hỗ trợ, đôn đốc các ngành, địa phương phát triển", "146/QĐ-TTg", "Quyết định", "2022-01-28", "Thủ tướng Chính phủ"],
  ["địa bàn tỉnh An Giang lần thứ ba năm 2024.  [1:  Số 367/KH-UBND ngày 10/4/2024 của UBND tỉnh An Giang] Quyết định Đặt hàng dịch vụ", "367/KH-UBND", "Kế hoạch", "2024-04-10", "UBND tỉnh An Giang"],
  ["quyền con người năm 2023 – 2028 (Theo Quyết định số 1079/QĐ-TTg phê duyệt Đề án truyền thông về quyền con người ở", "1079/QĐ-TTg", "Quyết định", null, "Thủ tướng Chính phủ"],
  ["vực biên giới trên địa bàn tỉnh An Giang. [2:  Số 462/KH-UBND ngày 08/5/2024 của UBND tỉnh An Giang]  [3:  Số 355/KH-UBND ngày 05/4/2024", "462/KH-UBND", "Kế hoạch", "2024-05-08", "UBND tỉnh An Giang"],
  ["462/KH-UBND ngày 08/5/2024 của UBND tỉnh An Giang]  [3:  Số 355/KH-UBND ngày 05/4/2024 của UBND tỉnh An Giang] [bookmark: _Hlk156643470]2.2.", "355/KH-UBND", "Kế hoạch", "2024-04-05", "UBND tỉnh An Giang"],
  ["chỉ tiêu, nhiệm vụ được phân công tại Kế hoạch số 145/KH-UBND ngày 18/3/2022, Kế hoạch số 109/KH-UBND ngày 05/2/2024, Chỉ thị số", "145/KH-UBND", "Kế hoạch", "2022-03-18", "Ủy ban nhân dân tỉnh"],
  ["hoạch số 145/KH-UBND ngày 18/3/2022, Kế hoạch số 109/KH-UBND ngày 05/2/2024, Chỉ thị số 02/CT-UBND ngày 08/3/2024 của Ủy ban nhân", "109/KH-UBND", "Kế hoạch", "2024-02-05", "Ủy ban nhân dân tỉnh"],
  ["Kế hoạch số 109/KH-UBND ngày 05/2/2024, Chỉ thị số 02/CT-UBND ngày 08/3/2024 của Ủy ban nhân dân tỉnh An Giang và các văn bản chỉ", "02/CT-UBND", "Chỉ thị", "2024-03-08", "Ủy ban nhân dân tỉnh An Giang"],
  ["Đã triển khai 03 mô hình theo Kế hoạch phối hợp số 43/KHPH- TCTĐA06/CPTWTCTĐA06/CPAG ngày 24/7/2023 giữa Tổ công tác triển khai Đề án 06 của Chính phủ", "43/KHPH-TCTĐA06/CPTWTCTĐA06/CPAG", "Kế hoạch phối hợp", "2023-07-24", null],
  ["bản chỉ đạo về triển khai thực hiện Công điện số 33/CĐ-TTg ngày 7/4/2024 của Thủ tướng Chính phủ tăng cường bảo đảm an toàn", "33/CĐ-TTg", "Công điện", "2024-04-07", "Thủ tướng Chính phủ"],
  ["toàn thông tin mạng[footnoteRef:5]. [5:  Công văn số 650/UBND-KGVX ngày 21/5/2024 của UBND tỉnh An Giang.] Ban hành Kế hoạch Hoạt động", "650/UBND-KGVX", "Công văn", "2024-05-21", "UBND tỉnh An Giang"],
  ["thông tin mạng năm 2024. Triển khai Quyết định số 724/QĐ-BTTTT ngày 07/5/2024 của Bộ Thông tin và Truyền thông về việc ban hành Bộ", "724/QĐ-BTTTT", "Quyết định", "2024-05-07", "Bộ Thông tin và Truyền thông"],
  ["Tích hợp dữ liệu tỉnh An Giang. [6:  Quyết định số 28/QĐ-STTTT ngày 14/3/2024] Tham mưu UBND tỉnh triển khai Chỉ thị số 09/CT-TTg", "28/QĐ-STTTT", "Quyết định", "2024-03-14", "Sở Thông tin và Truyền thông"],
  ["14/3/2024] Tham mưu UBND tỉnh triển khai Chỉ thị số 09/CT-TTg ngày 23/02/2024 của Thủ tướng Chính phủ về việc tuân thủ quy định pháp", "09/CT-TTg", "Chỉ thị", "2024-02-23", "Thủ tướng Chính phủ"],
  ["tin theo cấp độ[footnoteRef:7]. [7:  Công văn số 500/UBND-KGVX ngày 23/4/2024 của UBND tỉnh về việc tuân thủ pháp luật và tăng cường", "500/UBND-KGVX", "Công văn", "2024-04-23", "UBND tỉnh"],
  ["thông tin không đúng sự thật. [8:  Quyết định số 110/QĐ-STTTT ngày 07/9/2023 của Sở TTTT về việc thành lập Tổ giám sát và xử lý", "110/QĐ-STTTT", "Quyết định", "2023-09-07", "Sở TTTT"],
  ["tại Chi bộ 1. 2.2.2. Tiếp tục thực hiện Quy định số 85-QĐ/TW ngày 07/10/2022 của Ban Bí thư Trung ương Đảng “Về việc cán bộ, đảng", "85-QĐ/TW", "Quy định", "2022-10-07", "Ban Bí thư Trung ương Đảng"],
  ["sung quy hoạch cán bộ theo chỉ đạo tại Công văn số 219/UBND-TH ngày 28/02/2024 của UBND tỉnh. Thực hiện quy trình để bổ nhiệm Trưởng", "219/UBND-TH", "Công văn", "2024-02-28", "UBND tỉnh"],
  ["làm việc của Đảng ủy, các Chi bộ theo văn bản số 2193-CV/ĐUK ngày 24/01/2024 của Đảng ủy khối CQDN tỉnh. 2.3.2. Giám sát phòng,", "2193-CV/ĐUK", "Công văn", "2024-01-24", "Đảng ủy khối CQDN tỉnh"],
  ["kê khai: Hướng dẫn việc kê khai theo Nghị định số 130/2020/NĐ-CP. 2.4. Công tác lãnh đạo đoàn thể, quần chúng Tổ chức", "130/2020/NĐ-CP", "Nghị định", null, "Chính phủ"],
  ["Tham mưu UBND tỉnh Kế hoạch triển khai Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ về truyền thông chính sách", "07/CT-TTg", "Chỉ thị", "2023-03-21", "Thủ tướng Chính phủ"],
  ["nghiệp tại Khu công nghiệp tỉnh (theo văn bản số 335/CNICT-XT ngày 31/5/2024 của Cục Công nghiệp CNTT và Truyền thông). 1.4. Về", "335/CNICT-XT", "Công văn", "2024-05-31", "Cục Công nghiệp CNTT và Truyền thông"],
  ["UBND tỉnh: Chương trình triển khai Nghị quyết số 01-NQ/TU ngày 22/8/2023 của Ban Thường vụ Tỉnh ủy An Giang về Chuyển đổi số", "01-NQ/TU", "Nghị quyết", "2023-08-22", "Ban Thường vụ Tỉnh ủy An Giang"],
  ["chuyển đổi số theo các quyết định: Quyết định số 749/QĐ-TTg ngày 3/6/2020; Quyết định số 942/QĐ-TTg ngày 15/6/2021; Quyết định", "749/QĐ-TTg", "Quyết định", "2020-06-03", "Thủ tướng Chính phủ"],
  ["hiện TTHC, cung cấp dịch vụ công theo Quyết định 766/QĐ-TTg; Tổ chức tập huấn số hóa và khai thác, tái sử dụng", "766/QĐ-TTg", "Quyết định", null, "Thủ tướng Chính phủ"],
  ["2024 trên địa bàn tỉnh An Giang theo Kế hoạch số 505/KH-UBND ngày 21/5/2024. 1.5. Thực hiện Đề án 06/CP tiếp tục tập trung chỉ", "505/KH-UBND", "Kế hoạch", "2024-05-21", "Ủy ban nhân dân tỉnh"],
  ["Đề án 06/CP; các mô hình theo Kế hoạch phối hợp số 43/KHPH-TCTĐA06/CPTWTCTĐA06/CPAG ngày 24/7/2023 giữa Tổ công tác triển khai Đề án 06 của Chính phủ", "43/KHPH-TCTĐA06/CPTWTCTĐA06/CPAG", "Kế hoạch phối hợp", "2023-07-24", null],
  ["thành lập Trung tâm xử lý tin giả theo Công văn số 1159/BTTTT-PTTH&TTĐT ngày 29/3/2024 của Bộ TTTT. 1.8. Tiếp tục triển khai các Chương trình", "1159/BTTTT-PTTH&TTĐT", "Công văn", "2024-03-29", "Bộ TTTT"],
  ["viên, nhất là người đứng đầu theo tinh thần Quy định 08-QĐi/TW của Ban Chấp hành Trung ương Đảng, Quy định 101-QĐ/TW", "08-QĐi/TW", "Quy định", null, "Ban Chấp hành Trung ương Đảng"],
  ["08-QĐi/TW của Ban Chấp hành Trung ương Đảng, Quy định 101-QĐ/TW của Ban Bí thư và Quy định số 55-QĐ/TW của Bộ Chính", "101-QĐ/TW", "Quy định", null, "Ban Bí thư"],
  ["Quy định 101-QĐ/TW của Ban Bí thư và Quy định số 55-QĐ/TW của Bộ Chính trị. Thực hiện tốt Quy định số 213-QĐ/TW,", "55-QĐ/TW", "Quy định", null, "Bộ Chính trị"],
  ["55-QĐ/TW của Bộ Chính trị. Thực hiện tốt Quy định số 213-QĐ/TW, ngày 02/01/2020 của Bộ Chính trị về trách nhiệm của đảng viên đang", "213-QĐ/TW", "Quy định", "2020-01-02", "Bộ Chính trị"],
  ["phối hợp Văn phòng tham mưu triển khai Văn bản số 582/TTr-THHC ngày 07/5/2024 của Thanh tra Bộ Thông tin và Truyền thông về kiện", "582/TTr-THHC", "Tờ trình", "2024-05-07", "Thanh tra Bộ Thông tin và Truyền thông"],
  ["tỉnh An Giang tháng 01 năm 2025 Căn cứ Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm", "17/NQ-CP", "Nghị quyết", "2019-03-07", "Chính phủ"],
  ["thứ XI, nhiệm kỳ 2020 – 2025; Căn cứ Quyết định số 2989/QĐ-UBND ngày 23/12/2020 của Ủy ban nhân dân tỉnh An Giang về Ban hành Kế hoạch", "2989/QĐ-UBND", "Quyết định", "2020-12-23", "Ủy ban nhân dân tỉnh An Giang"],
  ["2021 – 2025 tỉnh An Giang. Căn cứ Chương trình số 553/CTr-UBND ngày 09/9/2021 của Ủy ban nhân dân tỉnh An Giang về Chuyển đổi số", "553/CTr-UBND", "Chương trình", "2021-09-09", "Ủy ban nhân dân tỉnh An Giang"],
  ["thông đã tham mưu UBND tỉnh ban hành Kế hoạch số 214/KH-UBND ngày 02/5/2019 về Thực hiện Nghị quyết số 17/NQ-CP ngày 07/3/2019", "214/KH-UBND", "Kế hoạch", "2019-05-02", "Ủy ban nhân dân tỉnh"],
  ["các văn bản¹ và tổ chức triển khai ¹ Quyết định số 618/QĐ-UBND ngày 22/3/2019 về việc Phê duyệt khung Đề án “An Giang điện tử” giai", "618/QĐ-UBND", "Quyết định", "2019-03-22", "Ủy ban nhân dân tỉnh"],
  ["2021 – 2025, định hướng đến năm 2030; Quyết định số 3126/QĐ-UBND ngày 31/12/2020 ban hành Kiến trúc Chính quyền điện tử tỉnh An Giang,", "3126/QĐ-UBND", "Quyết định", "2020-12-31", "Ủy ban nhân dân tỉnh"],
  ["cơ sở dữ liệu dùng chung tỉnh An Giang; Quyết định 1336/QĐ-UBND ngày 18/8/2023 ban hành danh mục dữ liệu mở tỉnh An Giang; Quyết định", "1336/QĐ-UBND", "Quyết định", "2023-08-18", "Ủy ban nhân dân tỉnh"],
  ["danh mục dữ liệu mở tỉnh An Giang; Quyết định số 1407/QĐ-UBND ngày 13/9/2024 ban hành Bộ chỉ số đánh giá mức độ Chuyển đổi số của", "1407/QĐ-UBND", "Quyết định", "2024-09-13", "Ủy ban nhân dân tỉnh"],
  ["trên địa bàn tỉnh An Giang thay thế Quyết định số 02/QĐ-UBND ngày 03/01/2023 nhằm đảm bảo phù hợp với tình hình thực tế; Kế hoạch", "02/QĐ-UBND", "Quyết định", "2023-01-03", "Ủy ban nhân dân tỉnh"],
  ["đảm bảo phù hợp với tình hình thực tế; Kế hoạch số 1033/KH-UBND ngày 18/10/2024 ban hành Kế hoạch triển khai Nghị quyết số 01-NQ/TU", "1033/KH-UBND", "Kế hoạch", "2024-10-18", "Ủy ban nhân dân tỉnh"],
  ["năm 2025, định hướng đến năm 2030. ² Công văn số 1494/STTTT-TTCNTTTT ngày 09/9/2024. người dùng kết nối IPv6 hoàn thành trong năm 2024.", "1494/STTTT-TTCNTTTT", "Công văn", "2024-09-09", "Sở Thông tin và Truyền thông"],
  ["quan nhà nước trên môi trường mạng và Thông tư số 22/2023/TT-BTTTT ngày 31/12/2023 ⁵ Công văn số 83/STTTT-CNTT-BCVT ngày 13/01/2025 của", "22/2023/TT-BTTTT", "Thông tư", "2023-12-31", "Bộ Thông tin và Truyền thông"],
  ["số 22/2023/TT-BTTTT ngày 31/12/2023 ⁵ Công văn số 83/STTTT-CNTT-BCVT ngày 13/01/2025 của Bộ trưởng Bộ Thông tin và Truyền thông quy định", "83/STTTT-CNTT-BCVT", "Công văn", "2025-01-13", "Bộ trưởng Bộ Thông tin và Truyền thông"],
  ["tuyến trên Cổng dịch vụ công quốc ⁶ Quyết định số 1599/QĐ-UBND ngày 21/10/2024. ⁷ Toàn tỉnh có 14 điểm cầu Hội nghị truyền hình trực", "1599/QĐ-UBND", "Quyết định", "2024-10-21", "Ủy ban nhân dân tỉnh"],
  ["11 UBND cấp huyện; 156 UBND cấp xã. ⁹ Kế hoạch số 42/KH-UBND ngày 22/01/2025 gia; kỹ năng phục vụ truyền thông trên Cổng/Trang TTĐT,", "42/KH-UBND", "Kế hoạch", "2025-01-22", "Ủy ban nhân dân tỉnh"],
  ["tổng hợp số liệu đánh giá của các địa ¹⁰ Công văn số 290/STTTT-CNTT-BCVT ngày 25/3/2021, Công văn số 451/STTTT-CNTT-BCVT ngày 11/5/2021, Công", "290/STTTT-CNTT-BCVT", "Công văn", "2021-03-25", "Sở Thông tin và Truyền thông"],
  ["số 290/STTTT-CNTT-BCVT ngày 25/3/2021, Công văn số 451/STTTT-CNTT-BCVT ngày 11/5/2021, Công văn số 878/STTTT-CNTT-BCVT ngày 06/8/2021, Công", "451/STTTT-CNTT-BCVT", "Công văn", "2021-05-11", "Sở Thông tin và Truyền thông"],
  ["số 451/STTTT-CNTT-BCVT ngày 11/5/2021, Công văn số 878/STTTT-CNTT-BCVT ngày 06/8/2021, Công văn số 1525/STTTT-CNTT-BCVT ngày 27/12/2021.", "878/STTTT-CNTT-BCVT", "Công văn", "2021-08-06", "Sở Thông tin và Truyền thông"],
  ["số 878/STTTT-CNTT-BCVT ngày 06/8/2021, Công văn số 1525/STTTT-CNTT-BCVT ngày 27/12/2021. ¹¹ (1) Văn phòng UBND tỉnh, (2) Ban Dân tộc, (3) Ban", "1525/STTTT-CNTT-BCVT", "Công văn", "2021-12-27", "Sở Thông tin và Truyền thông"],
  ["quyền điện tử. - Thực hiện hiệu quả Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII về “Một", "18-NQ/TW", "Nghị quyết", "2017-10-25", "Ban Chấp hành Trung ương Đảng khóa XII"],
  ["trung tham mưu triển khai thực hiện Nghị quyết số 03/NQ-CP ngày 09/01/2024 của Chính phủ về ban hành Chương trình hành động của", "03/NQ-CP", "Nghị quyết", "2024-01-09", "Chính phủ"],
  ["trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công", "57-NQ/TW", "Nghị quyết", "2024-12-22", "Bộ Chính trị"],
  ["THÔNG TIN VÀ TRUYỀN THÔNG NĂM 2025 Căn cứ Văn bản số 791/UBND-TH ngày 14/6/2024 của UBND tỉnh An Giang về hướng dẫn các Sở, ban, ngành", "791/UBND-TH", "Công văn", "2024-06-14", "UBND tỉnh An Giang"],
  ["thông tỉnh An Giang được công bố tại Quyết định số 567/QĐ-UBND ngày 04/4/2024 của UBND tỉnh; Danh mục thủ tục hành chính được sửa", "567/QĐ-UBND", "Quyết định", "2024-04-04", "UBND tỉnh"],
  ["Truyền thông tỉnh An Giang công bố tại Quyết định số 721/QĐ-UBND ngày 04/5/2024 của UBND tỉnh. Tham mưu UBND tỉnh ban hành Kế hoạch¹", "721/QĐ-UBND", "Quyết định", "2024-05-04", "UBND tỉnh"],
  ["truyền hình tỉnh An Giang năm 2024². Phối hợp ¹ Số 955/KH-UBND ngày 03/10/2024 của UBND tỉnh An Giang ² Số 821/QĐ-UBND ngày 20/5/2024", "955/KH-UBND", "Kế hoạch", "2024-10-03", "UBND tỉnh An Giang"],
  ["955/KH-UBND ngày 03/10/2024 của UBND tỉnh An Giang ² Số 821/QĐ-UBND ngày 20/5/2024 của UBND tỉnh An Giang với Đài Phát thanh - Truyền", "821/QĐ-UBND", "Quyết định", "2024-05-20", "UBND tỉnh An Giang"],
  ["cửa khẩu biên giới trên địa bàn tỉnh (Quyết định số 22/2024/QĐ-UBND ngày 11/7/2022 của UBND tỉnh). 2.2.2. Về Bưu chính, Viễn thông, tần", "22/2024/QĐ-UBND", "Quyết định", "2022-07-11", "UBND tỉnh"],
  ["bưu chính năm 2026 theo quy định tại Thông tư số 25/2021/TT-BTTTT ngày 29/12/2021 của Bộ trưởng Bộ Thông tin và Truyền thông quy định", "25/2021/TT-BTTTT", "Thông tư", "2021-12-29", "Bộ trưởng Bộ Thông tin và Truyền thông"],
  ["vẫn chưa được ban hành. Trên cơ sở Quyết định số 1110/QĐ-BTTTT ngày 02/7/2024 của Bộ trưởng Bộ Thông tin và Truyền thông phê duyệt", "1110/QĐ-BTTTT", "Quyết định", "2024-07-02", "Bộ trưởng Bộ Thông tin và Truyền thông"],
  ["giải quyết mai táng phí, tử tuất) theo Nghị định số 63/2024/NĐ-CP của Chính phủ. b) Triển khai thực hiện nhiệm vụ theo", "63/2024/NĐ-CP", "Nghị định", null, "Chính phủ"],
  ["chính tỉnh An Giang ban hành kèm theo Quyết định số 03/2023/QĐ-UBND ngày 17/01/2023 của UBND tỉnh An Giang; Quyết định sửa đổi, bổ sung", "03/2023/QĐ-UBND", "Quyết định", "2023-01-17", "UBND tỉnh An Giang"],
  ["bàn tỉnh An Giang ban hành kèm theo Quyết định số 50/2018/QĐ-UBND ngày 28/11/2018 của UBND tỉnh; sửa đổi, thay thế Quyết định số 02/QĐ-UBND", "50/2018/QĐ-UBND", "Quyết định", "2018-11-28", "UBND tỉnh"],
  ["trên địa bàn tỉnh theo quy định tại Nghị định số 82/2024/NĐ-CP ngày 10/7/2024 thay thế Nghị định số 73/2019/NĐ-CP ngày 05/9/2019", "82/2024/NĐ-CP", "Nghị định", "2024-07-10", "Chính phủ"],
  ["phủ (hoặc theo Nghị định điều chỉnh Nghị định số 73/2019/NĐ-CP). Đang thực hiện thủ tục điều chỉnh dự án để trình", "73/2019/NĐ-CP", "Nghị định", null, "Chính phủ"],
  ["thông minh (IOC) tỉnh An Giang theo Nghị quyết số 175/NQ-CP ngày 30/10/2023 của Chính phủ phê duyệt Đề án Trung tâm dữ liệu quốc", "175/NQ-CP", "Nghị quyết", "2023-10-30", "Chính phủ"],
  ["và địa phương còn hiệu lực. Triển khai Kế hoạch số 1197/KH-UBND ngày 14/12/2023 của UBND tỉnh, Sở Thông tin và Truyền thông đã phối", "1197/KH-UBND", "Kế hoạch", "2023-12-14", "UBND tỉnh"],
  ["công dân ⁹ Số 1033/KH-UBND ngày 18/10/2024 ¹⁰ Số 1328/UBND-KGVX ngày 26/9/2024 của Ủy ban nhân dân tỉnh An Giang số, đảm bảo cơ bản", "1328/UBND-KGVX", "Công văn", "2024-09-26", "Ủy ban nhân dân tỉnh An Giang"],
  ["hiện mục tiêu, chỉ tiêu Chương trình Chuyển đổi số 553/CTR-UBND ngày 09/9/2021 tỉnh An Giang; Nghị quyết số 01-NQ/TU ngày 22/8/2022", "553/CTr-UBND", "Chương trình", "2021-09-09", "Ủy ban nhân dân tỉnh"],
  ["cho các hộ nghèo, cận nghèo và các ¹¹ Kế hoạch số 1217/KH-UBND ngày 21/12/2023 của UBND tỉnh An Giang đối tượng chính sách khác có", "1217/KH-UBND", "Kế hoạch", "2023-12-21", "UBND tỉnh An Giang"],
  ["định số 942/QĐ-TTg ngày 15/6/2021; Quyết định số 146/QĐ-TTg ngày 28/01/2022... Đẩy mạnh hoạt động Mạng lưới chuyển đổi số tỉnh;", "146/QĐ-TTg", "Quyết định", "2022-01-28", "Thủ tướng Chính phủ"],
  ["nhà nước trên địa bàn tỉnh. Triển khai Kế hoạch số 1209/KH-UBND ngày 19/12/2023 của UBND tỉnh Hỗ trợ doanh nghiệp nhỏ và vừa chuyển", "1209/KH-UBND", "Kế hoạch", "2023-12-19", "UBND tỉnh"],
  ["thủ tục hành chính theo hướng dẫn tại Công văn số 9318/VPCP-KSTT ngày 21/12/2021 của Văn phòng Chính phủ về hướng dẫn số hoá hồ sơ,", "9318/VPCP-KSTT", "Công văn", "2021-12-21", "Văn phòng Chính phủ"],
  ["triển khai Đề án 06 (phiên bản 1.0), Công văn số 708/BTTTT-CATTT ngày 02/3/2024 của Bộ TTTT về việc sửa đổi, thay thế nội dung về an", "708/BTTTT-CATTT", "Công văn", "2024-03-02", "Bộ TTTT"],
  ["nội dung về an toàn, an ninh mạng tại Công văn số 1552/BTTTT-THH và các quy định hiện hành. Tuyên truyền, phổ biến", "1552/BTTTT-THH", "Công văn", null, "Bộ Thông tin và Truyền thông"],
];

// Spellings layout and typing produce, each a separate case (built from seed references).
const VARIANTS: Positive[] = [
  ['Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ', '749/QĐ-TTg', 'Quyết định', '2020-06-03', 'Thủ tướng Chính phủ'],
  ['Quyết định số 749/QĐ-TTg ngày 3/6/2020', '749/QĐ-TTg', 'Quyết định', '2020-06-03', 'Thủ tướng Chính phủ'],
  ['Quyết định 749/QĐ-TTg', '749/QĐ-TTg', 'Quyết định', null, 'Thủ tướng Chính phủ'],
  ['Quyết định số: 749/QĐ-TTg', '749/QĐ-TTg', 'Quyết định', null, 'Thủ tướng Chính phủ'],
  ['Quyết định số 749/QĐ- TTg ngày 03/6/2020', '749/QĐ-TTg', 'Quyết định', '2020-06-03', 'Thủ tướng Chính phủ'],
  ['Quyết định số 749 /QĐ-TTg', '749/QĐ-TTg', 'Quyết định', null, 'Thủ tướng Chính phủ'],
  ['Quyết định số 749/ QĐ - TTg', '749/QĐ-TTg', 'Quyết định', null, 'Thủ tướng Chính phủ'],
  ['Quyết định số 749/qđ-ttg', '749/QĐ-TTg', 'Quyết định', null, 'Thủ tướng Chính phủ'],
  ['Kế hoạch số 420 /KH-UBND ngày 25/5/2023', '420/KH-UBND', 'Kế hoạch', '2023-05-25', 'Ủy ban nhân dân tỉnh'],
  ['Công văn số 5773//BTTTT-CĐSQG ngày 28/11/2022', '5773/BTTTT-CĐSQG', 'Công văn', '2022-11-28', 'Bộ Thông tin và Truyền thông'],
  ['Chương trình số 553/CTr-UBND ngày 09/9/2021', '553/CTr-UBND', 'Chương trình', '2021-09-09', 'Ủy ban nhân dân tỉnh'],
  ['Chương trình số 553/Ctr-UBND ngày 09/9/2021', '553/CTr-UBND', 'Chương trình', '2021-09-09', 'Ủy ban nhân dân tỉnh'],
  ['Chương trình số 553/CTR-UBND ngày 09/9/2021', '553/CTr-UBND', 'Chương trình', '2021-09-09', 'Ủy ban nhân dân tỉnh'],
  ['Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ', '42/2022/NĐ-CP', 'Nghị định', '2022-06-24', 'Chính phủ'],
  ['Nghị định số 82/2024/NĐ-CP, ngày 10/7/2024', '82/2024/NĐ-CP', 'Nghị định', '2024-07-10', 'Chính phủ'],
  ['Quy định số 213-QĐ/TW, ngày 02/01/2020 của Bộ Chính trị', '213-QĐ/TW', 'Quy định', '2020-01-02', 'Bộ Chính trị'],
  ['Quyết định số 85-QĐ/TW ngày 07/10/2022', '85-QĐ/TW', 'Quyết định', '2022-10-07', null],
  ['Quy định 08-QĐi/TW', '08-QĐi/TW', 'Quy định', null, null],
  ['Nghị quyết số 01 - NQ/TU ngày 22/8/2022', '01-NQ/TU', 'Nghị quyết', '2022-08-22', 'Ban Thường vụ Tỉnh ủy'],
  ['văn bản số 2193-CV/ĐUK ngày 24/01/2024', '2193-CV/ĐUK', 'Công văn', '2024-01-24', null],
  ['Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị', '57-KL/TW', 'Kết luận', '2023-06-15', 'Bộ Chính trị'],
  ['Kế hoạch số 75-KH/TU ngày 30/9/2022', '75-KH/TU', 'Kế hoạch', '2022-09-30', 'Ban Thường vụ Tỉnh ủy'],
  ['Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022', '06/QĐ-TTg', 'Quyết định', '2022-01-06', 'Thủ tướng Chính phủ'],
  ['Báo cáo số 1009/BC-UBND ngày 13 tháng 11 năm 2023 của UBND tỉnh An Giang', '1009/BC-UBND', 'Báo cáo', '2023-11-13', 'UBND tỉnh An Giang'],
  ['Công văn số 1159/BTTTT-PTTH&TTĐT ngày 29/3/2024 của Bộ TTTT', '1159/BTTTT-PTTH&TTĐT', 'Công văn', '2024-03-29', 'Bộ TTTT'],
  ['Kế hoạch phối hợp số 43/KHPH- TCTĐA06/CPTWTCTĐA06/CPAG ngày 24/7/2023', '43/KHPH-TCTĐA06/CPTWTCTĐA06/CPAG', 'Kế hoạch phối hợp', '2023-07-24', null],
  ['Công điện số 33/CĐ-TTg ngày 07/4/2024', '33/CĐ-TTg', 'Công điện', '2024-04-07', 'Thủ tướng Chính phủ'],
  ['Tờ trình số 582/TTr-THHC ngày 07/5/2024', '582/TTr-THHC', 'Tờ trình', '2024-05-07', null],
  ['Luật Giao dịch điện tử số 20/2023/QH15 ngày 22/6/2023', '20/2023/QH15', 'Luật', '2023-06-22', 'Quốc hội'],
  ['Thông báo số 12/TB-UBND ngày 05/01/2024', '12/TB-UBND', 'Thông báo', '2024-01-05', 'Ủy ban nhân dân tỉnh'],
  ['Hướng dẫn số 36-HD/VPTW ngày 03/4/2018', '36-HD/VPTW', 'Hướng dẫn', '2018-04-03', null],
  ['Chỉ thị số 02/CT-UBND ngày 08/3/2024 của Ủy ban nhân dân tỉnh An Giang', '02/CT-UBND', 'Chỉ thị', '2024-03-08', 'Ủy ban nhân dân tỉnh An Giang'],
  ['Thông tư số 22/2023/TT-BTTTT ngày 31/12/2023', '22/2023/TT-BTTTT', 'Thông tư', '2023-12-31', 'Bộ Thông tin và Truyền thông'],
  ['Số 955/KH-UBND ngày 03/10/2024 của UBND tỉnh An Giang', '955/KH-UBND', 'Kế hoạch', '2024-10-03', 'UBND tỉnh An Giang'],
];

// Real text that holds digits, slashes and capitals but cites nothing.
const NEGATIVE: string[] = [
  'mua sắm trang thiết bị phục vụ Đề án 06/CP trên địa bàn tỉnh',
  '2.5. Kết quả thực hiện Đề án 06/CP:',
  'ban hành Kế hoạch triển khai “Tiểu dự án 1 - Dự án 6. Truyền thông và giảm nghèo về thông tin”',
  'Tổ chức triển khai Dự án 6. Truyền thông và giảm nghèo về thông tin',
  '37/39 hệ thống thông tin đạt tỷ lệ 94,8%',
  'Hiện nay, đã có 08/11 huyện, thị xã, thành phố thành lập',
  'bàn tỉnh đã có 07/11 UBND huyện, thị, thành triển khai',
  'Số lượng CQNN cung cấp dữ liệu mở: 03/09 cơ quan, đạt tỉ lệ 33,3%.',
  'Chỉ số Chuyển đổi số An Giang xếp hạng 42/63 với tổng điểm 346,2 điểm.',
  'năm 2020: 29/63; năm 2021 xếp 42/63; năm 2022 xếp 54/63 theo đánh giá DTI của BTTTT',
  'hồ sơ đề xuất cấp độ là 39/39, đạt 100% và 02 hệ thống mạng',
  'Kết quả như sau: 05/05 xã đạt chuẩn xã nông thôn mới, 03/05 xã đạt chuẩn',
  'đã tham mưu giải quyết xong: 9/9 đơn.',
  'giai đoạn 2021 – 2025, định hướng đến năm 2030.',
  'mới thông minh giai đoạn 2021-2025 trên địa bàn tỉnh',
  'Quy hoạch tỉnh An Giang thời kỳ 2021-2030, tầm nhìn đến năm 2050',
  'Lễ Kỷ niệm 135 năm Ngày sinh Chủ tịch Tôn Đức Thắng (20/8/1888 – 20/8/2023).',
  'An Giang, ngày 13 tháng 12 năm 2022',
  'Số liệu tính đến ngày 30/11/2022.',
  '2.1.1. Hoạt động báo chí',
  '8.8.3.1. Mức độ hài lòng với việc xử lý',
  'Đường dây nóng: 0296.3957.777 hoặc 1900 1234',
  'Thuê bao điện thoại di động: 2.471.745;',
  'Chương trình Chuyển đổi số tỉnh (Chương trình 553)',
  'hoàn thành các mục tiêu của Kế hoạch 05 năm 2021-2025',
  'tỷ lệ 78,91% hộ gia đình có kết nối Internet cáp quang',
  'Tiểu dự án 1 - Dự án 6 thuộc Chương trình MTQG',
  'Kế hoạch số ..../KH-UBND ngày .../.../2025',
];

function check([text, key, type, date, issuer]: Positive): void {
  const found = findReferences(normalizeChars(text));
  const m = found.find((r) => r.key === key);
  expect(m, `found: ${found.map((r) => r.key).join(', ')}`).toBeDefined();
  expect(m!.typeName).toBe(type);
  expect(m!.issueDate ?? null).toBe(date);
  if (issuer !== null) expect(m!.issuer).toBe(issuer);
}

describe('findReferences on forms from the seed reports', () => {
  it('has at least 150 real cases', () => {
    expect(FROM_SEEDS.length + VARIANTS.length + NEGATIVE.length).toBeGreaterThanOrEqual(150);
  });
  it.each(FROM_SEEDS)('%s → %s', (...row) => check(row));
});

describe('findReferences on layout-broken and variant spellings', () => {
  it.each(VARIANTS)('%s → %s', (...row) => check(row));
});

describe('findReferences ignores what is not a citation', () => {
  it.each(NEGATIVE)('%s', (text) => {
    expect(findReferences(normalizeChars(text)).map((r) => r.key)).toEqual([]);
  });
});

describe('reference checks recorded as warnings', () => {
  const one = (text: string) => findReferences(normalizeChars(text))[0];

  it('type word and code disagree: type from the code, both kept', () => {
    const m = one('theo Kế hoạch số 3131/QĐ-UBND ngày 30/12/2021 của Ủy ban nhân dân tỉnh An Giang');
    expect(m).toMatchObject({ key: '3131/QĐ-UBND', typeName: 'Quyết định', typeWord: 'Kế hoạch' });
    expect(m.warnings.join()).toMatch(/Kế hoạch.*disagrees/);
  });

  it('a generic "văn bản" never disagrees with the code', () => {
    expect(one('triển khai Văn bản số 582/TTr-THHC ngày 07/5/2024').warnings).toEqual([]);
  });

  it('year in the number contradicts the date', () => {
    const m = one('(Quyết định số 22/2024/QĐ-UBND ngày 11/7/2022 của UBND tỉnh)');
    expect(m.issueDate).toBe('2022-07-11');
    expect(m.warnings.join()).toMatch(/year 2024 .* contradicts the date 2022-07-11/);
  });

  it('impossible date: no issue_date, a warning', () => {
    const m = one('Quyết định số 1066/QĐ-UBND ngày 31/02/2022');
    expect(m.issueDate).toBeUndefined();
    expect(m.warnings.join()).toMatch(/impossible date/);
  });
});

describe('subject and relation', () => {
  const one = (text: string) => findReferences(normalizeChars(text))[0];
  it.each([
    ['Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia', 'căn cứ', /^phê duyệt Chương trình Chuyển đổi số quốc gia/],
    ['Thực hiện Công văn số 6721/VPUBND-KGVX ngày 01/12/2022 của Văn phòng Ủy ban nhân dân tỉnh An Giang về việc báo cáo tình hình', 'thực hiện', /^về việc báo cáo tình hình/],
    ['UBND tỉnh ban hành Kế hoạch số 420 /KH-UBND ngày 25/5/2023 triển khai thực hiện Quyết định 924/QĐ-TTg', undefined, undefined],
    ['Nghị định số 82/2024/NĐ-CP ngày 10/7/2024 thay thế Nghị định số 73/2019/NĐ-CP ngày 05/9/2019', undefined, undefined],
    ['theo Thông tư số 43/2020/TT-BTTTT ngày 31/12/2020 “Quy chuẩn kỹ thuật quốc gia về thiết bị đầu cuối”', 'theo', /^Quy chuẩn kỹ thuật quốc gia/],
  ] as const)('%s', (text, relation, subject) => {
    const m = one(text);
    expect(m.relation).toBe(relation);
    if (subject) expect(m.subject).toMatch(subject);
  });

  it('a later citation in the same sentence takes the relation before it', () => {
    const refs = findReferences('Nghị định số 82/2024/NĐ-CP ngày 10/7/2024 thay thế Nghị định số 73/2019/NĐ-CP ngày 05/9/2019');
    expect(refs.map((r) => [r.key, r.relation])).toEqual([
      ['82/2024/NĐ-CP', undefined],
      ['73/2019/NĐ-CP', 'thay thế'],
    ]);
  });
});

describe('laws cited by name and date (no number)', () => {
  it.each([
    // The preamble of Nghị định 30/2020/NĐ-CP (fixtures/real/34).
    ['Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', [['Luật Tổ chức Chính phủ (19/06/2015)', 'Luật', '2015-06-19', 'Quốc hội', 'căn cứ']]],
    ['Căn cứ Bộ luật Lao động ngày 20/11/2019;', [['Bộ luật Lao động (20/11/2019)', 'Bộ luật', '2019-11-20', 'Quốc hội', 'căn cứ']]],
    ['Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020;', [['Pháp lệnh Ưu đãi người có công với cách mạng (09/12/2020)', 'Pháp lệnh', '2020-12-09', 'Ủy ban Thường vụ Quốc hội', 'căn cứ']]],
    // The amending law is one citation, dated by its own date; the laws it amends are its subject.
    [
      'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
      [['Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương (22/11/2019)', 'Luật', '2019-11-22', 'Quốc hội', 'căn cứ']],
    ],
    // Two laws in one preamble line.
    [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;',
      [
        ['Luật Tổ chức chính quyền địa phương (19/06/2015)', 'Luật', '2015-06-19', 'Quốc hội', 'căn cứ'],
        ['Luật Ngân sách nhà nước (25/06/2015)', 'Luật', '2015-06-25', 'Quốc hội', undefined],
      ],
    ],
  ] as const)('%s', (text, want) => {
    const refs = findReferences(normalizeChars(text));
    expect(refs.map((r) => [r.key, r.typeName, r.issueDate, r.issuer, r.relation])).toEqual(want);
    for (const r of refs) expect([r.number, r.symbol]).toEqual(['', '']);
  });

  it.each([
    'vi phạm Luật Sở hữu trí tuệ, vi phạm “báo hóa” trang thông tin điện tử', // a topic, no date (seed 2023)
    'Luật Viễn thông 2023 vẫn chưa được ban hành', // a year is not a date (seed 2025)
    'thực hiện theo quy định của Luật Ban hành văn bản quy phạm pháp luật.',
    'Luật Tổ chức Chính phủ ngày 31 tháng 2 năm 2015', // impossible date
  ])('not a dated citation: %s', (text) => {
    expect(findReferences(normalizeChars(text))).toEqual([]);
  });

  it('a law with its number is found once, by the number', () => {
    const refs = findReferences('Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015;');
    expect(refs.map((r) => r.key)).toEqual(['77/2015/QH13']);
  });
});

// Misses found by the held-out key (fixtures/golden/references-heldout.json), sentences as printed.
const HELD_OUT: Positive[] = [
  // real-more/27 (Cần Thơ 2009): a dot between the groups of the symbol.
  ['triển khai thực hiện Chương trình hành động số 09/CTr.UBND của UBND thành phố Cần Thơ', '09/CTr.UBND', 'Chương trình', null, null],
  // real-more/29 (Đà Nẵng 2007) and real/16 (Lâm Đồng 2025, a footnote): a symbol of one group after its type word and "số".
  ['theo đề nghị của Sở Du lịch tại Tờ trình số 785/SDL ngày 30 tháng 8 năm 2007', '785/SDL', 'Tờ trình', '2007-08-30', null],
  ['Công văn số 2136/TGV ngày 20/10/2025 của Tổ giúp việc', '2136/TGV', 'Công văn', '2025-10-20', null],
  // real-more/39 (Hà Nội 2025): the date opens the clause that issues the plan.
  ['Ngày 10/9/2024, UBND Thành phố đã ban hành Kế hoạch số 265/KH-UBND về triển khai', '265/KH-UBND', 'Kế hoạch', '2024-09-10', null],
  ['- Ngày 05 tháng 3 năm 2024, Ban Chỉ đạo ban hành Kế hoạch số 12/KH-BCĐ', '12/KH-BCĐ', 'Kế hoạch', '2024-03-05', null],
];

describe('findReferences on the held-out key\'s misses', () => {
  it.each(HELD_OUT)('%s → %s', (...row) => check(row));

  it.each([
    // no "số" before a one-group symbol: a programme name or a fraction
    ['trang thiết bị phục vụ Đề án 06/CP theo kế hoạch', []],
    ['Công văn 2136/TGV', []],
    // another document's number between the date and the cited one: the date is that one's
    ['Ngày 10/9/2024, căn cứ Quyết định 12/QĐ-UBND, UBND đã ban hành Kế hoạch số 265/KH-UBND', [['12/QĐ-UBND', undefined], ['265/KH-UBND', undefined]]],
    // the date of another clause
    ['Ngày 10/9/2024 Sở tổ chức hội nghị. UBND đã ban hành Kế hoạch số 265/KH-UBND', [['265/KH-UBND', undefined]]],
  ] as const)('%s', (text, want) => {
    expect(findReferences(normalizeChars(text)).map((r) => [r.key, r.issueDate])).toEqual(want);
  });

  it('a named law is national: its issuer code is the National Assembly\'s', () => {
    const [law] = findReferences('Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;');
    expect([law.issuer, law.issuerCode]).toEqual(['Quốc hội', 'QH']);
  });
});

describe('lists of numbers sharing one symbol', () => {
  it.each([
    ['Thực hiện các Quyết định số 12, 13/QĐ-UBND ngày 05/01/2024 của UBND tỉnh', ['12/QĐ-UBND@', '13/QĐ-UBND@2024-01-05']],
    ['theo Kế hoạch số 05 và 06/KH-UBND của Ủy ban nhân dân tỉnh', ['05/KH-UBND@', '06/KH-UBND@']],
    ['các Nghị định số 3, 4 và 5/2024/NĐ-CP', ['3/2024/NĐ-CP@', '4/2024/NĐ-CP@', '5/2024/NĐ-CP@']],
    // one date after two full numbers is the second one's only (the text does not say "cùng ngày")
    ['Nghị quyết số 01/NQ-CP và Nghị quyết số 02/NQ-CP ngày 08/01/2025 của Chính phủ', ['01/NQ-CP@', '02/NQ-CP@2025-01-08']],
    ['Nghị quyết số 18-NQ/TW và 19-NQ/TW ngày 25/10/2017', ['18-NQ/TW@', '19-NQ/TW@2017-10-25']],
    // a year or a count before a key is no list
    ['Trong năm 2024, 15/QĐ-UBND đã được ban hành', ['15/QĐ-UBND@']],
  ])('%s', (text, keys) => {
    expect(findReferences(text).map((m) => `${m.key}@${m.issueDate ?? ''}`).sort()).toEqual([...keys].sort());
  });
});
