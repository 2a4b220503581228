/**
 * Label refiner: the noun phrase a figure counts or rates, as the text names it.
 * - Before the figure, after a result cue: "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,2%",
 *   "Số thuê bao: 2.471.745", "tổng kinh phí là 12 tỷ đồng".
 * - After the figure, the counting noun phrase, with the action verb before it: "tổ chức 03
 *   Hội nghị đối thoại với doanh nghiệp" → "tổ chức Hội nghị đối thoại với doanh nghiệp",
 *   "thu giữ 1.447 cây cần sa" → "thu giữ cây cần sa".
 * - A breakdown names a part of the figure before it: "trong đó: cấp tỉnh 120, cấp xã 300".
 * Pure: the words around a figure in, a label (or none) out.
 */
import { isProvinceName } from '../../text/places.js';
import { GAP_BEFORE, MAY_REACH } from './comparative.js';
import type { Figure } from './types.js';

export interface LabelReading {
  label: string;
  from: 'before' | 'after' | 'breakdown' | 'share';
  /** The words of the text the label was read from, as offsets in the block (for the next figure). */
  end: number;
  confidence: number;
  /** A level or unit named as the breakdown's part ("cấp tỉnh"): the figure's entity. */
  part?: string;
  /** The action verb of a label read after the figure ("thu giữ"), shared by the counts that follow. */
  verb?: string;
}

// The result cue between a label and its figure; longest first.
// Example: "đạt tỷ lệ" in "số hồ sơ trực tuyến đạt tỷ lệ 65,9%", ":" in "Số thuê bao: 2.471.745".
const CUE = /(?<![\p{L}])(?:đạt tỷ lệ|đạt tỉ lệ|đạt mức|tăng lên mức|giảm xuống mức|lên mức|xuống mức|đạt|chiếm tỷ lệ|chiếm tỉ lệ|chiếm tỷ trọng|chiếm|là|bằng|ở mức|lên|xuống|còn|tăng lên|giảm xuống|tăng|giảm|tăng thêm|với|gồm|có|được|tương ứng|tương đương|trung bình|bình quân|khoảng)?\s*(?:[:=]\s*)?$/iu;
const CUE_WORDS = /(?<![\p{L}])(?:đạt tỷ lệ|đạt tỉ lệ|đạt mức|tăng lên mức|giảm xuống mức|lên mức|xuống mức|đạt|chiếm tỷ lệ|chiếm tỉ lệ|chiếm tỷ trọng|chiếm|là|bằng|ở mức|lên|xuống|còn|tăng lên|giảm xuống|tăng thêm|tăng|giảm|tương ứng|tương đương)\s*(?:[:=]\s*)?$|[:=]\s*$/iu;
// The previous figure's comparison base, standing between it and the next figure of the same
// measure: "38,05% kế hoạch và ", "8,26% so với tháng trước và ", "30,1% so cùng kỳ, ".
const BASE_BETWEEN = '(?:(?:so\\s+(?:với\\s+)?[\\p{Ll}\\d\\s]{0,25}?|(?:so\\s+(?:với\\s+)?)?(?:kế hoạch|chỉ tiêu|dự toán)(?:\\s+(?!(?:và)?(?:tăng|giảm))[\\p{L}\\d]+){0,7}?)\\s*)?(?:,\\s*|;\\s*)?(?:và\\s*)?';
// Cues that tie a figure to the words before it even when a noun phrase follows.
// Example: "là" in "Tổng số TTHC … là 420 TTHC", ":" in "Số thuê bao: 2.471.745 thuê bao".
const STRONG_CUE = /(?:(?<![\p{L}])(?:là|đạt|đạt tỷ lệ|đạt tỉ lệ|bằng|chiếm|chiếm tỷ lệ|ở mức)|[:=])\s*(?:khoảng|hơn|gần|trên|dưới|tối thiểu|tối đa|ít nhất)?\s*$/iu;
// A share of what was just counted: ", chiếm 23,1%", "(chiếm 15%)", "đạt tỷ lệ 94%".
const SHARE_CUE = new RegExp(`^[\\s,(]*${BASE_BETWEEN}(?:chiếm|đạt|bằng|tương ứng|tương đương|với)?\\s*(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng)?\\s*(?:khoảng|hơn|gần|trên|dưới)?\\s*$`, 'iu');
// Between a figure and the change of it: ", tăng ", " (giảm ", ", tăng gần ", ", cao hơn ".
// The previous figure's comparison base may stand between: "38,05% kế hoạch và tăng 9,21%",
// "tăng 8,26% so với tháng trước và tăng 15,61% so cùng kỳ".
const CHANGE_OF_PREVIOUS = new RegExp(`^[\\s,(]*${BASE_BETWEEN}(?:tăng|giảm|tăng thêm|giảm thêm|vượt|(?:cao|thấp|nhiều|ít|lớn|nhỏ)\\s+hơn)\\s*(?:khoảng|hơn|gần|trên|dưới)?\\s*$`, 'iu');
// A comparative and its baseline alone between a figure and the next. Example match: ", thấp hơn bình quân nhiều năm là ".
const GAP_OF_PREVIOUS = new RegExp(`^[\\s,(]*(?:và\\s+)?${GAP_BEFORE.source}`, 'iu');
// When, not what, at a label's start: "Sáu tháng, …", "2 tháng đầu năm …", "Tính gộp …", "đưa …" (lên).
// Example match: "Tính gộp 2 tháng đầu năm " in "Tính gộp 2 tháng đầu năm GTSXCN".
const PERIOD_HEAD = /^(?:(?:tính gộp|tính chung|cộng chung|lũy kế|cộng dồn|trong)\s+)?(?:(?:(?:sáu|hai|ba|chín|\d{1,2})\s+tháng(?:\s+đầu)?|tháng\s+đầu|quý\s+[IV\d]+|tháng\s+\d{1,2})(?:\s*(?:năm|\/)?\s*\d{4})?(?:\s+(?:đầu\s*)?năm(?:\s+\d{4})?)?|năm\s+\d{4}|tính gộp|tính chung|cộng chung|đưa|nâng)(?![\p{L}])\s*,?\s*/iu;
// The same measure for another period or its plan, after a figure: "(cùng kỳ tăng 7%)",
// "(cùng kỳ 2004 đạt 15,6%; 2003: 15,1%)", "(kế hoạch 16%)", "nhưng còn thấp xa so với mục tiêu của kế hoạch là 8,5%".
// Group 1 is the base: a plan's base only for rates (a plan's amount is its own measure).
const OTHER_PERIOD = /^(?:(?:tuy|nhưng|và|song|trong khi)\s+)?(?:(?:trong|vào|đến)\s+)?(?:(?:còn|vẫn|chỉ)\s+)?(?:(?:cao|thấp)\s*(?:hơn|xa)?\s*(?:rất\s+)?(?:nhiều\s+)?)?(?:so\s*với\s*)?(?:mức\s*)?(?:(cùng\s*kỳ(?:\s*năm(?:\s*trước)?)?|năm\s+trước|(?:năm\s+)?(?:19|20)\d{2}|(?:\d{1,2}|sáu|chín)\s+tháng(?:\s+đầu)?(?:\s+năm)?\s+(?:19|20)\d{2}|quý\s+[IV\d]+(?:\s*\/\s*|\s+năm\s+)(?:19|20)\d{2}|tháng\s+\d{1,2}(?:\s*\/\s*(?:19|20)\d{2})?)|kế\s*hoạch|mục\s*tiêu|chỉ\s*tiêu)(?:\s*(?:năm\s*)?(?:19|20)\d{2})?[\p{L}\s]{0,24}?\s*(?:tăng|giảm|đạt|là|:|và)?\s*(?:khoảng|hơn|gần|trên|dưới)?\s*$/iu;
// Between two rates of one measure: the first one's base, then "và". Example match: " diện tích gieo cấy và "
// in "bằng 82% diện tích gieo cấy và 97% so với cùng kỳ".
const BASE_AND = /^\s*(?:so\s+(?:với\s+)?)?\p{Ll}[\p{L}\s]{1,40}?\s+và\s*(?:bằng|đạt)?\s*$/u;
// Words that only say a figure is an amount: "với kinh phí", "tổng số tiền", "trị giá".
const GENERIC_AMOUNT = /^\s*(?:với\s+)?(?:tổng\s+)?(?:kinh phí|số tiền|giá trị|trị giá|số vốn)\s*$/iu;
// What a label does not end with: how the figure was obtained ("ước thực hiện được"), when
// ("tháng 6", "6 tháng đầu năm 2009"), where ("trên địa bàn thành phố Cần Thơ").
const LABEL_TAIL = /(?:^|\s+)(?:(?:trong\s+)?\d{1,2}\s+(?:năm|tháng)\s+(?:qua|gần đây|trở lại đây)|với\s+(?:tổng\s+)?(?:kinh phí|số tiền|giá trị|trị giá)|(?:[Ưư]ớc\s+)?(?<!(?:đã|chưa|phí|vốn)\s)[Tt]hực hiện(?:\s+được)?|ước\s+thực|đạt được|ước|(?:(?:tính\s+)?đến(?:\s+hết)?\s+|vào\s+)?ngày\s+\d{1,2}\/\d{1,2}(?:\/\d{4})?|\d{1,2}\s+tháng\s*\/\s*\d{4}|(?:trong\s+|cả\s+|cuối\s+|đầu\s+|giữa\s+)?(?:tháng\s+\d{1,2}(?:\/\d{4})?|quý\s+[IV\d]+|năm\s+\d{4}|\d{1,2}\s+tháng(?:\s+đầu)?(?:\s+năm)?(?:\s+(?:\d{4}|nay))?)|trên địa bàn(?:\s+(?:tỉnh|thành phố|toàn tỉnh))?(?:\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*)?)\s*$/u;
// A rise or fall that ends the words before a figure after a comma. Example match: " tăng đột biến" in
// "giá đường … tăng đột biến" (before ", lên tới 11-12 nghìn đồng/kg").
// (and how: "kim ngạch tăng mạnh nhất", "Doanh thu … tăng bình quân hàng năm"; not the name "Tốc độ tăng bình quân")
const RISE_AT_END = /(?<!(?:tốc độ|mức|tỷ lệ|tỉ lệ))\s+(?:sụt\s+)?(?:tăng|giảm)(?:\s+(?:mạnh nhất|nhanh nhất|đột biến|mạnh|nhẹ|nhanh|chậm|cao|khá|đáng kể|liên tục|bình quân|trung bình|hàng năm|mỗi năm|về số tuyệt đối|về giá trị tuyệt đối))*$/iu;
// A link word left at the end once a period is cut off. Example match: " của" in "… bình quân của".
const DANGLING_LINK = /\s+(?:của|trong|vào|tại|cho)$/iu;
// Qualifiers and fillers at the end of the words before a figure: "đạt khoảng", "có hơn".
const TAIL_FILLER = /(?:\s|^)(?:khoảng|hơn|gần|trên|dưới|tối thiểu|tối đa|không quá|ít nhất|ước đạt|ước tính|ước|chỉ|mới|đã|được|đến|tới|từ|là|tổng cộng|tổng số|tổng|cả|toàn bộ|với|có|gồm|tất cả|luôn|vẫn|(?<!(?:thực|phát|xuất|thể|biểu)\s)hiện|đều|lên tới|lên đến|tới|chỉ có|mới có|(?<!tăng\s)thêm|cho|tiếp tục|cũng)\s*$/iu;
// A list marker before a label: "(1) Kinh tế", "a) Số hồ sơ", "- Hàng may mặc", "+ Cấp xã".
const LIST_MARK = /^\s*(?:\(?\d{1,2}[.)]|\(?[a-zđ]\)|[-+•–])\s*/u;
// Before a figure, a coordinator: what precedes is another noun, not this figure's measure.
const CONJUNCT_LEAD = /(?<![\p{L}])(?:và|hoặc)\s*$/iu;
// Before a figure: a stock, not the name of a measure ("Tỉnh có 36 doanh nghiệp", "gồm 14 cơ quan").
const EXISTS_LEAD = /(?<![\p{L}])(?:có|gồm|bao gồm|với|là)\s*(?:khoảng|hơn|gần|trên|dưới|tổng cộng)?\s*$/iu;
// Openers of a clause that name no measure: "Trong năm 2024,", "Tính đến ngày 20/11/2025,".
// (A connective opens only with its own comma: "Đồng thời, …"; "đồng thời tăng chi sự nghiệp
// kinh tế, với kinh phí là" names the measure before its comma.)
const OPENER = /^(?:\s*(?:(?:trong|tính đến|tính tới|đến|đến nay|hiện nay|hiện tại|qua|sau|từ|kết quả|cụ thể|về|đối với|riêng|trong đó|trong kỳ|năm|tháng|quý|giai đoạn|lũy kế)(?![\p{L}])[^,:]{0,60}|(?:nhìn chung|ngoài ra|bên cạnh đó|đồng thời|theo đó)(?![\p{L}])\s*)[,:]\s*)+/iu;
// Leading words of a label that are no part of it: "đã", "được", "thì", "và", "trong đó".
const HEAD_FILLER = /^(?:\s*(?:và|thì|đã|được|đã được|có|với|về|trong đó|trong số đó|tổng cộng|cùng với|cùng|còn|riêng|đồng thời|mà|nhưng|do|nhờ|bởi|trong khi đó|trong khi|phấn đấu(?:\s+đến\s+năm\s+\d{4})?|dự kiến)(?![\p{L}]))+\s*/iu;
// Where a counting noun phrase after the figure ends. Example: "hồ sơ" in "1.234 hồ sơ, đạt 97%".
const NP_STOP_COUNT = /(?:[,;.:()\n–]|\/(?=\s?\d)|(?<![\p{L}])(?:trên|với|có)(?=\s+(?:tổng\s+)?(?:diện tích|vốn đầu tư|mức đầu tư|công suất|kinh phí)(?![\p{L}]))|(?<![\p{L}])trong(?=\s+(?:năm|tháng|quý|kỳ|giai đoạn)(?![\p{L}]))|(?<![\p{L}])(?:trên tổng số|trong tổng số|trên tổng|so với|so cùng kỳ|tăng|giảm|đạt|chiếm|bằng|trong đó|tương ứng|tương đương|sẽ|và|hoặc|từ|đến|tới|năm|tháng|ngày|nhằm|để|(?<!(?:trang|thiết|chuẩn)\s)bị|gồm|là|với tổng|trị giá|kinh phí|trên địa bàn|ở|như|hiện nay|thì)(?![\p{L}]))/iu;
// A rate's noun phrase runs longer: "100% hồ sơ được số hóa", "95% cơ quan có kết nối".
const NP_STOP_RATE = /(?:[,;.:()\n–]|(?<![\p{L}])trong(?=\s+(?:năm|tháng|quý|kỳ|giai đoạn)(?![\p{L}]))|\s-\s|(?<![\p{L}])(?:so với|so cùng kỳ|tăng|giảm|trong đó|tương ứng|tương đương|và|hoặc|(?<!cả\s)năm|tháng|theo|nhằm|để|với tổng)(?![\p{L}]))/iu;
// A level or part that a breakdown names: "cấp tỉnh 120", "UBND cấp xã: 300", "khu vực thành thị 45%";
// an economic sector or a state group of a statistics report: "khu vực ngoài quốc doanh tăng 15%",
// "Tcty dầu khí tăng 8,5%", "các ngành khác tăng 12,4%", "địa phương quản lý tăng 9%".
const SECTOR = /^(?:(?:khu vực\s+)?(?:(?:doanh nghiệp|kinh tế)\s+)?(?:nhà nước|quốc doanh|ngoài quốc doanh|ngoài nhà nước|có vốn đầu tư nước ngoài|đầu tư nước ngoài|fdi|tư nhân|tập thể|cá thể)(?:\s+(?:trung ương|địa phương))?|khu vực\s+(?:doanh nghiệp|kinh tế)\s+[\p{L}]+(?:\s+[\p{L}]+){0,3}|(?:tcty|tct|tổng công ty|tập đoàn)(?:\s+[\p{L}\d]+){1,5}|(?:các\s+)?doanh nghiệp\s+(?:thuộc|do)\s+[\p{L}]+(?:\s+[\p{L}]+){0,4}|(?:các\s+)?(?:ngành|địa phương|tỉnh|đơn vị)\s+khác|(?:công nghiệp\s+)?(?:trung ương|địa phương)\s+quản lý)$/iu;
const PART = /^(?:cấp\s+(?:tỉnh|huyện|xã|trung ương|thành phố)|(?:các\s+)?(?:tỉnh|địa phương)\s+(?:miền|vùng|phía|khu vực|đồng bằng|duyên hải|trung du|tây nguyên|bắc|nam|đông|tây)(?:\s+[\p{L}]+){0,6}|vùng\s+(?:đồng bằng|trung du|miền núi|duyên hải|tây nguyên|đông nam bộ|bắc|nam)(?:\s+[\p{L}]+){0,5}|(?:đồng bằng sông (?:hồng|cửu long)|tây nguyên|đông nam bộ|tây bắc|đông bắc|bắc trung bộ|nam trung bộ|duyên hải nam trung bộ)|(?:khu vực\s+)?(?:thành thị|nông thôn)|nam|nữ|trong nước|ngoài nước|nước ngoài|trực tuyến|trực tiếp|(?:huyện|xã|phường|thị xã|thành phố|tỉnh|sở|ubnd|ủy ban nhân dân|thuế|kho bạc|công an|bảo hiểm xã hội|bảo hiểm|cục|chi cục|văn phòng|thanh tra|ban|trung tâm|bệnh viện|trường|tòa án|viện kiểm sát|hội|đoàn|liên đoàn|mặt trận)(?:\s+[\p{L}\d]+){0,6})$/iu;
// Action verbs of reports, before a figure whose label follows it ("tiếp nhận 1.234 hồ sơ").
// Only these count as the verb: the words before a figure are as often a noun phrase's tail.
const VERBS = [
  'tiếp nhận', 'giải quyết', 'xử lý', 'phát hiện', 'bắt giữ', 'bắt', 'thu giữ', 'tịch thu', 'triệt phá', 'khởi tố', 'truy tố', 'xét xử',
  'xử phạt', 'tổ chức', 'xây dựng', 'xây dựng được', 'cấp', 'cấp mới', 'cấp đổi', 'ban hành', 'triển khai', 'thực hiện', 'hỗ trợ',
  'đào tạo', 'bồi dưỡng', 'tuyển dụng', 'tuyển sinh', 'kiểm tra', 'thanh tra', 'tuyên truyền', 'phát hành', 'đăng ký', 'thành lập',
  'giải ngân', 'phân bổ', 'đầu tư', 'lắp đặt', 'cung cấp', 'số hóa', 'kết nối', 'tích hợp', 'đón', 'phục vụ', 'khám', 'điều trị',
  'cai nghiện', 'tập huấn', 'vận động', 'bàn giao', 'sắp xếp', 'tinh giản', 'cử', 'thu hút', 'hoàn thành', 'rà soát', 'cắt giảm',
  'đơn giản hóa', 'công bố', 'công khai', 'trao', 'tặng', 'khen thưởng', 'mở', 'phát triển', 'đưa', 'tiếp đón', 'tiếp', 'chi',
  'thu', 'nộp', 'vay', 'cho vay', 'huy động', 'sản xuất', 'xuất khẩu', 'nhập khẩu', 'tiêu thụ', 'trồng', 'trồng mới', 'nhổ bỏ',
  'phá', 'tiêu hủy', 'quản lý', 'lập', 'lập hồ sơ', 'đưa vào', 'tiếp cận', 'liên kết', 'ký kết', 'ký', 'chuyển', 'chuyển đổi',
  'đánh giá', 'chấm điểm', 'phê duyệt', 'thẩm định', 'cấp phép', 'kiểm soát', 'giám sát', 'tham gia', 'tham dự', 'sử dụng',
  'đạt chuẩn', 'công nhận', 'xét duyệt', 'tuần tra', 'xác minh', 'trả lời', 'tiếp công dân', 'hòa giải', 'xử lý vi phạm',
  'phát sinh', 'ghi nhận', 'thống kê', 'rà soát, xác định', 'giao', 'nhận', 'trả', 'thụ lý', 'đăng tải', 'cập nhật', 'gửi',
  'cử đi đào tạo', 'cử đi học', 'cử đi', 'bổ nhiệm', 'điều động', 'luân chuyển', 'biệt phái', 'tiếp nhận và giải quyết', 'bãi bỏ',
  'sửa đổi', 'bổ sung', 'thay thế', 'in', 'in ấn', 'điều chuyển', 'khai báo', 'thẩm tra', 'cấp giấy', 'bắt giữ', 'vận chuyển',
  'thông qua', 'trao giải cho', 'trao giải', 'trao', 'sáp nhập', 'hợp nhất', 'giải thể', 'bồi hoàn', 'đón tiếp', 'tiếp nhận nguyên trạng',
  'tổ chức thi', 'kiện toàn', 'xét tuyển', 'thi tuyển', 'khởi công', 'hoàn thành xây dựng', 'nghiệm thu', 'tuyên dương', 'xử phạt vi phạm',
  'thu hoạch', 'gieo cấy', 'gieo trồng', 'gieo sạ', 'chăm sóc', 'khoanh nuôi', 'đóng góp', 'bố trí', 'cấp bổ sung',
].sort((x, y) => y.length - x.length);
const VERB_AT_END = new RegExp(`(?<![\\p{L}])((?:${VERBS.join('|')})(?:\\s*(?:,|và)\\s*(?:${VERBS.join('|')}))?)(?:\\s+(?:được|thêm|mới|tổng cộng|tổng số|cho|khoảng|hơn|gần|trên|dưới))*\\s*$`, 'iu');
// A measure named before its figure even without a cue: "số người nghiện … luôn có trên 10.000".
// Example match: "Số thuê bao", "tổng kinh phí", "Tỷ lệ hồ sơ".
const MEASURE_HEAD = /(?<![\p{L}])(?:tổng\s+)?(?:số lượng|số tiền|số|tỷ lệ|tỉ lệ|kinh phí|giá trị|kim ngạch|doanh thu|sản lượng|tốc độ|chỉ số|diện tích|dân số|thu nhập|tổng mức|tổng vốn|năng suất)\s+\p{L}/giu;
// A label that starts with what it measures: "Tỷ lệ …", "Số …", "Tổng số …".
const MEASURE_START = /^\s*(?:tổng\s+)?(?:số lượng|số|tỷ lệ|tỉ lệ|tỷ trọng)\s+\p{L}/iu;
const MAX_BEFORE_WORDS = 22;
// A measure named by its head alone. Example match: "sản lượng".
const MEASURE_WORD = /^\s*(?:tổng\s+)?(?:giá trị|kim ngạch|sản lượng|diện tích|doanh thu|KNXK|KNNK|tỷ lệ|tỉ lệ|số lượng)\s*$/iu;
// A measure whose object is a list: "Giá trị sản xuất toàn ngành nông, lâm, ngư nghiệp".
const LIST_MEASURE_START = /^\s*(?:tổng\s+)?(?:giá trị|kim ngạch|sản lượng|diện tích|doanh thu|hàng|nhóm hàng|mặt hàng)\s+\p{L}/iu;
// Words that name nothing. Example match: "chỉ còn".
const ONLY_FILLER = /^\s*(?:(?:chỉ|còn|đạt|là|khoảng|gần|hơn|trên|dưới|mới|đã|được|tăng|giảm|lên|xuống)\s*)*$/iu;
const GOAL_ONLY = /^(?:(?:phấn đấu|đạt|mục tiêu|chỉ tiêu|kế hoạch|đề ra|là|đến năm \d{4})\s*)+$/iu;
// Names of measures that end with a cue word: "giá trị tăng thêm" (value added), "giá trị gia tăng".
// "tổng vốn đầu tư … cấp mới và tăng thêm đạt 57 tỷ USD": a cue word coordinated with a verb of the name is the name's.
const CUE_IN_NAME = /(?<![\p{L}])(?:(?:giá trị|gtsx)\s+(?:tăng thêm|gia tăng)|(?:và|hoặc)\s+(?:tăng thêm|tăng|giảm))\s*$/iu;
const QUALIFIER_AT_END = /(?<![\p{L}])(?:khoảng|hơn|gần|trên|dưới|tối thiểu|tối đa|ít nhất|không quá)\s*$/iu;
// A connective between a cause (or a condition) and the clause that names the measure. Example: " nên " in
// "… hải sản nên sản lượng khai thác", " thì " in "nếu loại trừ yếu tố tăng giá … thì KNXK 9 tháng".
const CONNECTIVE = /(?<![\p{L}])(?:nên|cho nên|do đó|vì vậy|vì thế|bởi vậy|tuy nhiên|song|nhưng|thì)\s+(?=\p{L})/giu;
const MAX_AFTER_WORDS = { count: 14, rate: 18 };
// A phrase a few syllables over the limit is kept whole: a cut there splits its last word ("thanh toán trực | tuyến").
const OVER_LIMIT = 4;
// A plant, a production line or a project. Example match: "xi măng " in "xi măng Sông Gianh".
const FACILITY = /^(?:(?:dự án\s+)?nhà máy|xi măng|nhiệt điện|thủy điện|thuỷ điện|điện gió|điện mặt trời|dây chuyền|lò cao|mỏ|cảng|khu liên hợp)\s+\p{L}/iu;
// A capacity right before its figure. Example match: " công suất " in "Thái nguyên công suất 10.000 tấn".
const CAPACITY_BEFORE = /(?<![\p{L}])(công suất(?:\s+(?:thiết kế|tiếp nhận|phục vụ))?)\s*(?:là|đạt|:)?\s*(?:khoảng|gần|trên|hơn)?\s*$/iu;

/** The label before a figure, when a result cue links them. `left` runs from the clause (or previous figure) to the figure. */
export function labelBefore(text: string, requireCue = true, lastOnly = true): string | null {
  // "mực nước thấp hơn cùng kỳ năm 2004 là 0,29 m", "… có thể ở mức 1,7 m": the comparison or the
  // forecast links the measure to its figure like a cue and names nothing of it.
  const left = text.replace(GAP_BEFORE, ' là ').replace(MAY_REACH, ' là ');
  // "ước đạt gần 64,2 triệu tấn": the qualifier stands between the cue and the figure.
  const hasCue = CUE_WORDS.test(left.replace(QUALIFIER_AT_END, ''));
  if (requireCue && !hasCue) return null;
  let t = left.replace(CUE, '');
  for (let i = 0; i < 3; i++) {
    t = t.replace(TAIL_FILLER, '');
    // "giá trị tăng thêm tăng 3,8%": the cue went with the first pass; "tăng thêm" is the measure's.
    if (!CUE_IN_NAME.test(t)) t = t.replace(CUE, '');
  }
  t = t.replace(/[\s,;:(–-]+$/u, '');
  // A parenthesis opened before and still open: the label is what the parenthesis is about.
  // Unless it only names a period: "Kim ngạch xuất khẩu tăng (quý I/2003 tăng 43,4%".
  const open = t.lastIndexOf('(');
  // Nor when it holds only fillers: "có tỷ trọng tiếp tục giảm trong GTSXCN cả nước (chỉ còn 26,1%".
  if (open >= 0 && t.indexOf(')', open) < 0) t = onlyPeriod(t.slice(open + 1)) || ONLY_FILLER.test(t.slice(open + 1)) ? t.slice(0, open).replace(CUE, '').replace(/[\s,;:–-]+$/u, '') : t.slice(open + 1);
  t = t.replace(OPENER, '').replace(HEAD_FILLER, '');
  // "… thuận tiện cho việc khai thác hải sản nên sản lượng khai thác": the clause after the connective.
  // (not "… sau 3 năm liên tục giảm thì năm 2004 đã có xu hướng phục hồi": after "thì" only a period)
  const conn = [...t.matchAll(CONNECTIVE)].pop();
  if (conn && !(/^thì/iu.test(conn[0]) && /^(?:năm|tháng|quý|đến|trong|từ|sau|hiện)(?![\p{L}])/iu.test(t.slice(conn.index! + conn[0].length)))) t = t.slice(conn.index! + conn[0].length);
  // "Giá trị sản xuất toàn ngành nông, lâm, ngư nghiệp quý I năm 2005": the period is no piece of the list.
  if (lastOnly) {
    for (let i = 0; i < 3; i++) t = t.replace(LABEL_TAIL, '');
    t = lastPhrase(t).replace(OPENER, '').replace(HEAD_FILLER, '');
  }
  const words = t.split(/\s+/).filter(Boolean);
  // A label that starts with its measure's head ("Tỷ lệ xử lý văn bản, hồ sơ …") is kept longer.
  const cap = MEASURE_START.test(t) ? MAX_BEFORE_WORDS + 10 : MAX_BEFORE_WORDS;
  if (words.length > cap) t = words.slice(-cap).join(' ');
  // Remains of what came before: ".117 tổng hồ sơ", "thường trú), trong đó": the label starts after them.
  const close = unmatchedClose(t);
  if (close >= 0) t = t.slice(close + 1).replace(/^[\s,;:]*(?:trong đó|trong số đó)?[\s,;:]*/u, '');
  t = t.replace(/^[^\p{L}]*\d[^\s]*\s*/u, '');
  for (let i = 0; i < 3; i++) t = t.replace(LABEL_TAIL, '').replace(PERIOD_HEAD, '');
  // "giá đường cuối năm 2005 đầu năm 2006 tăng đột biến, lên tới 11-12 nghìn đồng/kg": the clause's own
  // rise, then its period, are no words of the measure.
  t = t.replace(RISE_AT_END, '');
  for (let i = 0; i < 3; i++) t = t.replace(LABEL_TAIL, '');
  // "Kim ngạch xuất khẩu bình quân của 9 tháng": the period gone, its link goes too.
  t = t.replace(LIST_MARK, '').replace(/^[\s,;:)–-]+|[\s,;:(–-]+$/gu, '').replace(DANGLING_LINK, '');
  // "xây dựng khách sạn 5 sao với 100 phòng trên diện tích 4,5ha": the measure named right before
  // the figure, after what the clause says was built, is the label.
  const head = MEASURE_AFTER_LINK.exec(t);
  if (head) t = head[1];
  // "một số sản phẩm có tốc độ tăng trưởng cao so với cùng kỳ là than sạch khai thác tăng 18,2%":
  // after a clause that introduces them, the item named after "là"/"như" is what the figure measures.
  const item = [...t.matchAll(ITEM_AFTER_INTRO)].pop();
  const named = item ? t.slice(item.index! + item[0].length) : '';
  if (item && t.slice(0, item.index).trim().split(/\s+/u).length >= 4 && named.trim().split(/\s+/u).length >= 2 && !/\d/u.test(named) && !/(?:gọi tắt|tức|hay|còn gọi)\s*$/iu.test(t.slice(0, item.index))) t = named;
  // "phấn đấu đạt mục tiêu 90% cơ quan …": words that only say it is a goal name nothing.
  if (GOAL_ONLY.test(t)) return null;
  return /\p{L}{2}/u.test(t) ? t : null;
}

// A measure after a linking word at the end of the words before a figure. Example match: "trên diện
// tích" in "… với 100 phòng trên diện tích" (group 1: "diện tích"), "với tổng số vốn đầu tư".
// Where an item is named after the clause introducing it. Example match: " là " in "… cao so với cùng kỳ là than sạch khai thác".
const ITEM_AFTER_INTRO = /\s(?:là|như|nhất là|đặc biệt là|chủ yếu là)\s+/giu;
// (not "doanh nghiệp có vốn đầu tư nước ngoài": a sector's name)
const MEASURE_AFTER_LINK = /(?<![\p{L}])(?:trên|với|gồm)\s+((?:tổng\s+(?:số\s+)?)?(?:diện tích|vốn đầu tư|mức đầu tư|công suất|kinh phí|mức thuế(?: suất)?|thuế suất|mức giá|lãi suất|mức lãi suất)(?!\s+nước ngoài)(?:\s+[\p{L}]+){0,3})$/iu;

/** Whether words name only a period ("quý I/2003", "năm 2004", "tháng 3"). */
function onlyPeriod(t: string): boolean {
  let x = t.trim();
  for (let i = 0; i < 3; i++) x = x.replace(LABEL_TAIL, '').replace(PERIOD_HEAD, '').trim();
  return x === '' && /\d/.test(t);
}

/** Offset of the last ")" that closes a parenthesis opened before the text, or -1. */
function unmatchedClose(t: string): number {
  let depth = 0;
  let at = -1;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '(') depth++;
    else if (t[i] === ')') {
      if (depth > 0) depth--;
      else at = i;
    }
  }
  return at;
}

/**
 * The label's last phrase when commas separate several: "Năm 2024, toàn tỉnh tiếp nhận hồ sơ,
 * tỷ lệ giải quyết đúng hạn" → "tỷ lệ giải quyết đúng hạn". A short last piece ("trước hạn")
 * joins the one before it: "Tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn".
 */
function lastPhrase(t: string): string {
  // "Thủ tướng Chính phủ giao: Tổng số nhiệm vụ được giao" names its measure after the colon.
  const colon = t.lastIndexOf(': ');
  // "Chi thường xuyên: Thực hiện 26.798 tỷ đồng": after the colon only how the figure was obtained.
  const after = t.slice(colon + 2).trim();
  if (colon > 0 && after.split(/\s+/).length >= 2 && !/^(?:ước\s+)?(?:thực hiện|ước đạt|ước tính|đạt)(?:\s+được)?$/iu.test(after)) t = after;
  const parts = t.split(/,\s+/);
  // "tăng chi sự nghiệp văn hóa, với kinh phí là 139 triệu đồng": "kinh phí" only says it is money.
  while (parts.length > 1 && GENERIC_AMOUNT.test(parts[parts.length - 1])) parts.pop();
  if (parts.length < 2) return parts[0];
  let out = parts[parts.length - 1];
  let i = parts.length - 2;
  // A short piece is the tail of the one before, unless it is a measure's head on its own: "…, sản lượng".
  for (; i >= 0 && out.split(/\s+/).length < 3 && !MEASURE_WORD.test(out); i--) out = `${parts[i]}, ${out}`;
  // "Tỷ lệ thủ tục hành chính được cập nhật, công khai đúng hạn": the measure's head names it,
  // the pieces after it are its coordinated parts (short, no figure, no head of their own).
  if (!MEASURE_START.test(out)) {
    for (let j = i, pieces = out; j >= Math.max(0, i - 2); j--) {
      if (/\d/.test(parts[j]) || parts[j].split(/\s+/).length > 10) break;
      pieces = `${parts[j]}, ${pieces}`;
      // "- Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa": a list item's mark is no word of it.
      const piece = parts[j].replace(LIST_MARK, '');
      if (MEASURE_START.test(piece) || LIST_MEASURE_START.test(piece)) return pieces;
    }
  }
  return out;
}

// A conjunct after a comma that opens a clause, not a noun: a report's verb or a linking phrase.
// Example match: "phát hiện" in "phát hiện nhiều sai phạm về quản lý đất đai".
const CLAUSE_START = new RegExp(`^(?:${VERBS.join('|')}|kết quả|qua đó|góp phần|nâng|đưa|giúp|tạo|làm|giảm|tăng|chiếm|đạt|bảo đảm|đảm bảo|đáp ứng|thu hút|chủ yếu|trong đó|nhiều|một số|song|nhưng|tuy|mà|nên|vì|hiện|vẫn|chưa|không|còn|cũng|đều|thì|góp)(?![\\p{L}])`, 'iu');
// Units that pair in a coordination: "xã, phường", "sở, ngành", "thôn, tổ dân phố". Example match: "phường".
const PAIRED_UNIT = /^(?:xã|phường|thị trấn|đặc khu|sở|ngành|ban|thôn|tổ dân phố|huyện|quận|thị xã)(?![\p{L}])/iu;

/** The counting noun phrase right after a figure ("hồ sơ", "cây cần sa", "Hội nghị đối thoại với doanh nghiệp"). */
export function nounPhraseAfter(right: string, rate: boolean, cut = false): string | null {
  const head = right.replace(/^\s+/, '');
  if (!/^\p{L}/u.test(head)) return null;
  // The first word is part of the phrase even when a stop word could match it ("tháng" aside).
  const first = /^\p{L}+/u.exec(head)![0];
  // … nor a verb or connective that opens the next clause: "tăng khoảng 67% làm cho kim ngạch …",
  // "tăng 39,7% nên KNXK …" (what follows is the figure's effect, not what it counts).
  if (/^(?:và|hoặc|so|là|đạt|chiếm|bằng|tăng|giảm|lên|xuống|còn|năm|tháng|ngày|trên|dưới|của|tại|cho|từ|đến|tới|theo|được|đã|đang|sẽ|trong|với|thì|nhưng|mà|như|nhằm|để|do|bị|gồm|có|tương|trị|kinh|ở|vào|sau|trước|làm|nên|khiến|giúp|dẫn|kéo|góp|đưa|nâng|song|tuy)$/iu.test(first)) return null;
  const rest = head.slice(first.length);
  const stopRe = rate ? NP_STOP_RATE : NP_STOP_COUNT;
  const stop = stopRe.exec(rest);
  let np = (first + (stop ? rest.slice(0, stop.index) : rest)).trim();
  // Coordinated nouns run over commas: "cán bộ, công chức, viên chức", "tổ dân phố, thôn không ma túy".
  let tail = stop ? rest.slice(stop.index) : '';
  let unitsOnly = np.split(/\s+/u).length <= 2 && PAIRED_UNIT.test(np);
  for (let k = 0; k < 4; k++) {
    // `cut`: the words end where the next figure starts, so a piece running to the end is its label.
    // "07 sở, ngành và 35 UBND cấp xã": a piece cut off by the next figure still ends at its coordinator.
    let m = (cut ? /^,\s+(\p{Ll}[\p{L}\d ]*?)(?=[,;.:()\n]|\s+(?:và|hoặc)\s*$)/u : /^,\s+(\p{Ll}[\p{L}\d ]*?)(?=[,;.:()\n]|$)/u).exec(tail);
    // "30% xã, phường không ma túy năm 2025 và đến năm 2030 đạt 100%": cut off by the next figure, a
    // paired unit still ends at its own stop word (not "UBND cấp xã, chỉ tiêu đề ra là …").
    if (!m && cut) {
      const open = /^,\s+(\p{Ll}[\p{L}\d ]*?)(?=[,;.:()\n]|$)/u.exec(tail);
      if (open && unitsOnly && PAIRED_UNIT.test(open[1]) && stopRe.test(open[1])) m = open;
    }
    if (!m) break;
    // "20% xã, phường không ma túy trong năm 2025": the piece ends where its own stop word stands.
    const inner = stopRe.exec(m[1]);
    const piece = (inner ? m[1].slice(0, inner.index) : m[1]).trim();
    // "37 xã, phường đã được nghiệm thu dữ liệu …": after a one-word unit, a unit of the same kind opens
    // a conjunct whose words run on as the pair's description.
    const pairedUnit = unitsOnly && PAIRED_UNIT.test(piece);
    unitsOnly &&= PAIRED_UNIT.test(piece) && piece.split(/\s+/u).length <= 2;
    // A long conjunct is still a noun ("22 hệ thống thông tin, cơ sở dữ liệu của các bộ, ngành trung
    // ương") unless it opens a clause of its own ("…, phát hiện nhiều sai phạm về …").
    const words = piece.split(/\s+/).length;
    if (!piece || /\d/.test(piece) || (words > 6 && !pairedUnit && CLAUSE_START.test(piece)) || /^(?:khoảng|hơn|gần|trên|dưới|tổng|cùng|riêng|đạt|tăng|giảm|chiếm|trong đó|so với|với|và|bằng|tương ứng|tương đương|trên|dưới|gồm|là|có|được|đã|đang|trong|tại|của|cho|từ|đến|theo|nhằm|để|do|năm|tháng|ngày|cụ thể|tiếp tục|như|nhất là|đặc biệt|chủ yếu|sẽ|phấn đấu)(?![\p{L}])/iu.test(piece)) break;
    np = `${np}, ${piece}`;
    if (inner) break;
    tail = tail.slice(m[0].length);
  }
  const words = np.split(/\s+/);
  const max = rate ? MAX_AFTER_WORDS.rate : MAX_AFTER_WORDS.count;
  if (words.length > max + OVER_LIMIT) {
    // A long phrase is cut where one of its pieces ends ("… khám sức khỏe lái xe, giấy chứng sinh, …"
    // keeps "… lái xe"), else at the limit, never on a word that only links to what was cut ("… của các").
    let cut = max;
    for (let i = max - 1; i >= Math.ceil(max / 2); i--) if (words[i].endsWith(',')) { cut = i + 1; break; }
    np = words.slice(0, cut).join(' ').replace(/(?:\s+(?:của|và|hoặc|cho|trên|với|tại|do|theo|các|những|được|đã|về|từ|đến|là|có|trong|thuộc))+$/iu, '');
  }
  // "2.730 người/ năm", "10.000 tấn kẽm thỏi/năm": the "per" mark is the rate's, not the noun's.
  return np.replace(/[\s,;:–/-]+$/u, '') || null;
}

/** The action verb right before a figure whose label follows it ("tiếp nhận", "phát hiện, bắt giữ"); '' for none. */
export function verbBefore(left: string): string {
  let t = left.replace(/\s+$/u, '');
  for (let i = 0; i < 3; i++) t = t.replace(/(?:\s|^)(?:khoảng|hơn|gần|trên|dưới|tối thiểu|ít nhất|ước|chỉ|mới|đã|được|tổng cộng|tổng số|thêm|cho|lên tới|lên đến)\s*$/iu, '').replace(/\s+$/u, '');
  return VERB_AT_END.exec(t)?.[1] ?? '';
}

/** The measure named before a figure without a cue ("Số người nghiện …", "tổng kinh phí"), or null. */
export function measureBefore(left: string): string | null {
  const loose = labelBefore(left, false, false);
  if (!loose) return null;
  const heads = [...loose.matchAll(MEASURE_HEAD)];
  const head = heads[heads.length - 1];
  if (!head) return null;
  const t = loose.slice(head.index!).replace(/\s+(?:luôn|vẫn|hiện|đều)(?:\s+có)?$/iu, '').trim();
  return t.split(/\s+/).length >= 2 ? t : null;
}

/** Whether a label is only a part of the previous figure's measure ("cấp tỉnh", "nữ"). */
export function partOf(label: string): string | null {
  const t = label.trim();
  // "(Trung ương tăng 6,9%; địa phương tăng 1,5%)", "Phú Thọ tăng 13,2%".
  return PART.test(t) || SECTOR.test(t) || /^(?:trung ương|địa phương)$/iu.test(t) || isProvinceName(t.replace(/^(?:tp\.?|thành phố|tỉnh)\s*/iu, '')) ? t : null;
}

/**
 * The label of a breakdown's part: a level or an agency is whom the measure is about (the entity
 * alone); a sector names a measure of its own ("GTSXCN khu vực ngoài quốc doanh"), so it joins the
 * label as well as being the entity.
 */
function partLabel(measure: string, part: string): string {
  // "Khu vực doanh nghiệp nhà nước tăng 5%; khu vực có vốn đầu tư nước ngoài tăng 7%": the figure
  // before named a sector only, no measure to join.
  if (SECTOR.test(measure.trim())) return part.trim();
  return SECTOR.test(part.trim()) ? `${measure} ${part.trim()}` : measure;
}

/** A rate that is the share of the figure just counted: ", chiếm 23,1%". */
export function isShare(between: string): boolean {
  return SHARE_CUE.test(between);
}

// What a rate is measured against, right after it: "89,9% dự toán Trung ương", "97% so với cùng kỳ".
// Example match: "dự toán Hội đồng nhân dân tỉnh giao" in "84,52% dự toán Hội đồng nhân dân tỉnh giao, …".
const BASE_AFTER = /^\s*(?:so\s*với\s*)?((?:dự toán|kế hoạch|chỉ tiêu|mục tiêu|cùng kỳ)(?:\s+[\p{L}\d]+){0,7}?)(?=\s*(?:[,;.()]|$)|\s+(?:và|tăng|giảm|đạt|bằng|trong|của)(?![\p{L}]))/iu;

// What an amount is for, right after it. Example match: "để xây dựng cơ sở cai nghiện độc lập" in
// "70 tỷ đồng để xây dựng cơ sở cai nghiện độc lập tại …".
const PURPOSE_AFTER = /^\s*(?:được\s+)?(?:sử dụng để|dùng để|để|nhằm|đề)\s+(\p{Ll}[\p{L}\s]{2,80}?)(?=\s*(?:[.;:()]|,|$)|\s+(?:và|với|trong đó|tại|từ|theo|cho)(?![\p{L}]))/u;

/** What the words after an amount say it is for ("xây dựng cơ sở cai nghiện độc lập"), or ''. */
export function purposeAfter(right: string): string {
  return PURPOSE_AFTER.exec(right)?.[1].trim() ?? '';
}

// The whole a share is taken of: "36,5% trong tổng kim ngạch xuất khẩu của thành phố".
const TOTAL_AFTER = /^\s*((?:trong|trên)\s+tổng(?:\s+số)?(?:\s+[\p{L}\d]+){1,8}?)(?=\s*(?:[,;.()]|$)|\s+(?:và|tăng|giảm|đạt|bằng)(?![\p{L}]))/iu;
// The share's own name before it: "chiếm tỷ trọng 36,5%".
const WEIGHT_CUE = /(?<![\p{L}])(?:tỷ trọng|tỉ trọng)\s*(?:khoảng|hơn|gần|trên|dưới)?\s*$/iu;

/** The base a rate is measured against, when the words after it name one ("dự toán Trung ương"), or ''. */
export function baseAfter(right: string): string {
  const base = BASE_AFTER.exec(right)?.[1];
  if (base) return `so với ${base}`;
  return TOTAL_AFTER.exec(right)?.[1] ?? '';
}

/** "Kim ngạch xuất khẩu" → "kim ngạch xuất khẩu", unless the first word is an acronym ("GDP", "TTHC"). */
export function lowerFirst(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

// A growth measure named in a list's lead. Example match: "mức tăng trưởng GTSXCN" in
// "các tỉnh, thành phố đạt mức tăng trưởng GTSXCN so cùng kỳ cao hơn kế hoạch toàn ngành (16%) gồm:".
const INTRO_MEASURE = /(?<![\p{L}])(?:mức|tốc độ|tỷ lệ|tỉ lệ)\s+tăng(?:\s+trưởng)?(?:\s+(?!(?:cao|thấp|khá|so|hơn|của|đạt|gồm|bình quân|trên|dưới|như|là|nhanh|chậm|chung|của|tháng|năm|quý|trong|tại)(?![\p{L}]))[\p{L}]+){0,7}/giu;

// Words before a colon that only say details follow. Example match: "cụ thể" in "(cụ thể: 28 Ban quản lý …".
const DETAILS_FOLLOW = /^(?:cụ thể|kết quả|trong đó|bao gồm|gồm|như sau|cụ thể như sau)$/iu;

function nonEmptyName(label: string | null): string | null {
  return label && DETAILS_FOLLOW.test(label.trim()) ? null : label;
}

/** The place named before the parenthesis a figure stands in ("Bình Dương (24,7% và"), or null. */
function placeBeforeParen(left: string): string | null {
  const open = left.lastIndexOf('(');
  if (open < 0 || left.indexOf(')', open) >= 0) return null;
  const before = left.slice(0, open).replace(/[\s,;:]+$/u, '');
  const words = before.split(/\s+/).slice(-5);
  for (let n = Math.min(5, words.length); n >= 1; n--) {
    const cand = words.slice(-n).join(' ');
    if (partOf(cand) && /^\p{Lu}/u.test(cand)) return cand;
  }
  return null;
}

/** The measure a list's lead names before its colon ("mức tăng trưởng GTSXCN"), or ''. */
export function introMeasure(left: string): string {
  const colon = listLeadEnd(left);
  if (colon < 0) return '';
  // The first growth measure the lead names; later ones compare it ("cao hơn mức tăng chung").
  const found = [...left.slice(0, colon).matchAll(INTRO_MEASURE)].find((m) => !/^(?:mức|tốc độ|tỷ lệ|tỉ lệ)\s+tăng$/iu.test(m[0].trim()));
  return found ? found[0].trim() : '';
}

// Where a list's lead ends without a colon. Example match: " gồm " in "một số địa phương đạt mức
// tăng trưởng cao so với cùng kỳ gồm thành phố Hà Nội tăng 16,8%".
const LIST_GOM = /\s(?:bao\s+)?gồm\s+(?=\p{Lu}|(?:thành phố|tỉnh|tp\.?)\s)/giu;

/** The offset in `left` where a list's lead ends: its last colon, else its last "gồm" before a name; -1 for none. */
function listLeadEnd(left: string): number {
  const colon = left.lastIndexOf(':');
  if (colon >= 0) return colon;
  const gom = [...left.matchAll(LIST_GOM)].pop();
  return gom ? gom.index! : -1;
}

/** The first item of a list led by "gồm" ("gồm thành phố Hà Nội tăng "): the place it names, or null. */
function firstItemAfterGom(left: string): string | null {
  const gom = [...left.matchAll(LIST_GOM)].pop();
  if (!gom) return null;
  const item = left.slice(gom.index! + gom[0].length).replace(/\s*(?:tăng|giảm|đạt)?\s*(?:khoảng|hơn|gần|trên|dưới)?\s*$/iu, '').trim();
  return /[,;:()]/u.test(item) ? null : partOf(item);
}

/** The piece of `left` a figure belongs to: after the last open "(" or the last ",", ";". */
function lastPiece(left: string): string {
  const open = left.lastIndexOf('(');
  const t = open >= 0 && left.indexOf(')', open) < 0 ? left.slice(open + 1) : left;
  return t.slice(Math.max(t.lastIndexOf(','), t.lastIndexOf(';')) + 1).trim();
}

// A rate in parentheses that restates the amount before it. Example match: " về giá trị tuyệt đối (tương đương ".
const EQUIVALENT_RATE = /\(\s*(?:tương đương|tương ứng)\s*(?:với\s*)?(?:khoảng|gần|hơn|trên)?\s*$/iu;

/** Whether a figure restates the previous one's measure for another period or for its plan. */
export function otherPeriodOf(left: string, rate: boolean): boolean {
  const m = OTHER_PERIOD.exec(lastPiece(left));
  return !!m && (rate || !!m[1]);
}

// Another horizon between two figures of one measure. Example match: " năm 2025 và đến năm 2030 đạt ".
const LATER_HORIZON = /^\s*(?:(?:trong\s+|vào\s+)?năm\s+(?:19|20)\d{2}\s*)?(?:,|và|;)\s*(?:đến|tới|vào|trong)\s+(?:năm\s+)?(?:19|20)\d{2}\s*(?:phấn đấu\s+)?(?:đạt|là|:)?\s*(?:khoảng|hơn|gần|trên|dưới|tối thiểu)?\s*$/iu;
// A running total's words between two figures of one measure. Example match: " cộng chung 9 tháng ước đạt ".
const RUNNING_TOTAL = /^[\s,;]*(?:cộng chung|tính chung|lũy kế|cộng dồn|tính gộp)(?:\s+(?:cả\s+)?(?:\d{1,2}|sáu|chín|ba|hai)\s+tháng(?:\s+đầu(?:\s+năm)?)?(?:\s+(?:năm\s+)?(?:19|20)\d{2})?|\s+cả\s+năm|\s+quý\s+[IV]+)?\s*(?:ước\s+)?(?:đạt|thực hiện|là)?\s*(?:được\s+)?(?:khoảng|gần|hơn|trên|dưới)?\s*$/iu;

// The rate's own cue names it a rate: "đạt tỷ lệ 80,35%", "(tỷ lệ 99,1%)".
const RATE_CUE = /(?<![\p{L}])(?:tỷ lệ|tỉ lệ)\s*(?:là|đạt|:)?\s*(?:khoảng|hơn|gần|trên|dưới)?\s*$/iu;

/** "cơ quan, tổ chức" → "tỷ lệ cơ quan, tổ chức"; "Số hồ sơ …" → "Tỷ lệ hồ sơ …"; a rate stays. */
function asRate(label: string): string {
  if (/^(?:tổng\s+)?(?:số lượng|số)\s+\p{L}/iu.test(label)) return rateOf(label);
  return /^(?:tỷ lệ|tỉ lệ)(?![\p{L}])/iu.test(label) ? label : `tỷ lệ ${lowerFirst(label)}`;
}

/** The rate of what a count counted: "Số hồ sơ giải quyết đúng hạn" → "Tỷ lệ hồ sơ giải quyết đúng hạn". */
export function rateOf(countLabel: string): string {
  return countLabel.replace(/^(tổng\s+)?(?:số lượng|số)\s+(?=\p{L})/iu, (_, total: string | undefined) => (total ? 'Tỷ lệ ' : /^\p{Lu}/u.test(countLabel) ? 'Tỷ lệ ' : 'tỷ lệ '));
}

export interface LabelInput {
  figure: Figure;
  /** Words from the clause start, or the previous figure's reading, to this figure. */
  left: string;
  /** Whether `left` starts right after the previous figure's reading (no clause start between). */
  afterPrevious: boolean;
  /** Words after the figure up to the clause end or the next figure. */
  right: string;
  /** Block offset where `right` starts. */
  rightAt: number;
  /** `right` stops where the next figure starts, not at the clause's end. */
  cut?: boolean;
  /** Words from the clause start to this figure, whatever figures stand between. */
  clauseLeft?: string;
  /** Words from the sentence start (across ";") to this figure. */
  sentenceLeft?: string;
  /** The figure before in this clause or sentence; `from`: where its label was read. */
  previous?: { label: string; cls: Figure['cls']; verb?: string; from?: string };
  /** The last figure of the same class in this sentence, a share's too. */
  recent?: { label: string; cls: Figure['cls'] };
}

/**
 * Where the label is, in order: the share of the previous count; a result cue after a noun
 * phrase (label before); a counting noun phrase after the figure (label after, with its verb);
 * a breakdown of the previous figure; an uncued noun phrase before it (weakest).
 */
export function readLabel(x: LabelInput): LabelReading | null {
  const reading = readAnyLabel(x);
  if (!reading || !EMPTY_LABEL.test(reading.label)) return reading;
  // "cao hơn 1,5 tỷ USD", "trong khi …", "khoảng 220 triệu con": words that name no measure. Of the
  // figure just stated in the sentence they speak of its measure; alone, of none.
  return x.previous && x.afterPrevious && x.previous.cls === x.figure.cls ? { label: x.previous.label, from: 'share', end: x.figure.end, confidence: 0.5 } : null;
}

// A label of only a comparison, a connective, a scale or currency, or the counting noun of a
// figure's own unit. Example match: "cao", "trong khi", "tỷ USD", "con".
const EMPTY_LABEL = /^(?:cao|thấp|nhiều|ít|trong khi|khi đó|(?:(?:tỷ|triệu|nghìn|ngàn)\s+)?(?:USD|đồng|VNĐ)|tỷ|triệu|nghìn|ngàn|con|tháng|năm|ngày)$/iu;

function readAnyLabel(x: LabelInput): LabelReading | null {
  const rate = x.figure.cls === 'percent';
  // "nhà máy phôi thép Đình Vũ (Hải phòng) công suất 250.000 tấn/năm": the capacity of the plant
  // named before it. A plant is no agency or place: it names the measure, not the entity.
  const capacity = !rate && x.figure.unit ? CAPACITY_BEFORE.exec(x.left) : null;
  if (capacity) {
    const of = labelBefore(x.left.slice(0, capacity.index), false)?.replace(/^(?:như|là|gồm|của)\s+/iu, '');
    return { label: of ? `${capacity[1].toLowerCase()} ${lowerFirst(of)}` : capacity[1].toLowerCase(), from: 'before', end: x.figure.end, confidence: 0.75 };
  }
  // "xi măng Sông Gianh (1,4 triệu tấn/năm)", "thủy điện Cửa Đạt (97 MW)": a plant's output per year
  // or its power is its capacity.
  if (!rate && /\/năm$|^(?:mw|kw|gw)$/iu.test(x.figure.unit)) {
    const plant = labelBefore(x.left, false)?.replace(/^.*(?<![\p{L}])(?:như|là|gồm)\s+/iu, '');
    if (plant && FACILITY.test(plant)) return { label: `công suất ${plant}`, from: 'before', end: x.figure.end, confidence: 0.7 };
  }
  if (rate && x.previous && x.afterPrevious && x.previous.cls !== 'percent' && isShare(x.left)) {
    const base = baseAfter(x.right);
    // A rate of "tiếp nhận, giải quyết 104.462 hồ sơ trực tuyến" is of the files, not of the verb.
    const counted = x.previous.verb && x.previous.label.toLowerCase().startsWith(`${x.previous.verb.toLowerCase()} `) ? x.previous.label.slice(x.previous.verb.length).trim() : x.previous.label;
    const named = WEIGHT_CUE.test(x.left) ? `tỷ trọng ${lowerFirst(x.previous.label)}` : base ? x.previous.label : RATE_CUE.test(x.left) ? asRate(counted) : rateOf(x.previous.label);
    return { label: base ? `${named} ${base}` : named, from: 'share', end: x.figure.end, confidence: 0.7 };
  }
  // "tăng 20,97 tỷ USD về giá trị tuyệt đối (tương đương 48,3%)": the amount restated as a rate, of
  // the same measure (unless the words after name what it is a share of).
  if (rate && x.previous && x.afterPrevious && x.previous.cls !== 'percent' && EQUIVALENT_RATE.test(x.left) && !/^\s*\p{L}/u.test(x.right)) {
    return { label: x.previous.label, from: 'share', end: x.figure.end, confidence: 0.65 };
  }
  // "Tốc độ tăng GDP đạt 7,2%, tuy cao hơn cùng kỳ năm 2004 (cùng kỳ tăng 7%)": the same measure.
  if (x.previous && x.afterPrevious && x.previous.cls === x.figure.cls && otherPeriodOf(x.left, rate)) {
    return { label: x.previous.label, from: 'share', end: x.figure.end, confidence: 0.7 };
  }
  // "… tăng 16,2% so với cùng kỳ năm 2004 (quý I/2003 tăng 43,4%, …)": of the rate just stated, a share's too.
  if (x.recent && x.previous && x.afterPrevious && x.recent.cls === x.figure.cls && otherPeriodOf(x.left, rate)) {
    return { label: x.recent.label, from: 'share', end: x.figure.end, confidence: 0.65 };
  }
  // "30% xã, phường không ma túy năm 2025 và đến năm 2030 đạt 100%": the same measure at a later horizon.
  if (x.previous && x.afterPrevious && x.previous.cls === x.figure.cls && LATER_HORIZON.test(x.left)) {
    return { label: x.previous.label, from: 'share', end: x.figure.end, confidence: 0.65 };
  }
  // "… tháng 9 ước đạt 0,82 tỷ USD, …, cộng chung 9 tháng ước đạt 6,83 tỷ USD": the running total of the same measure.
  if (x.previous && x.afterPrevious && x.previous.cls === x.figure.cls && RUNNING_TOTAL.test(lastPiece(x.left))) {
    return { label: x.previous.label, from: 'share', end: x.figure.end, confidence: 0.7 };
  }
  // "mức thuế giảm từ 40% xuống 20%": where the measure went, from the figure before.
  if (x.previous && x.afterPrevious && x.previous.cls === x.figure.cls && /^\s*(?:xuống|lên|lên tới|xuống còn|thành)\s*(?:còn\s*)?$/iu.test(x.left)) {
    return { label: x.previous.label, from: 'share', end: x.figure.end, confidence: 0.65 };
  }
  // "tăng 500- 1000 đồng/kg, hiện ở mức 18.500 đến 19.000 đồng/kg": the level the measure now stands at.
  if (x.previous && x.afterPrevious && /^[\s,]*(?:và\s+)?(?:hiện|hiện nay|nay)?\s*(?:đang\s+)?(?:ở|đứng ở|giữ ở|lên|xuống)\s+mức\s*(?:khoảng|gần|hơn|trên|dưới)?\s*$/iu.test(x.left)) {
    return { label: x.previous.label, from: 'share', end: x.figure.end, confidence: 0.65 };
  }
  // "1.450 USD/tấn, so với 1400 USD/tấn tháng trước": the same measure it is compared with.
  if (x.previous && x.afterPrevious && x.previous.cls === x.figure.cls && /(?:^|[\s,(])so với\s*(?:mức(?:\s+giá)?\s*)?$/iu.test(x.left)) {
    return { label: x.previous.label, from: 'share', end: x.figure.end, confidence: 0.7 };
  }
  // "1.339,5 tỷ đồng, tăng 8,26% so với tháng trước": the change of what was just stated.
  // ", thấp hơn bình quân nhiều năm là 1,42 m": the gap of what was just stated from its baseline.
  if (x.previous && x.afterPrevious && (CHANGE_OF_PREVIOUS.test(x.left) || GAP_OF_PREVIOUS.test(x.left))) {
    return { label: x.previous.label, from: 'share', end: x.figure.end, confidence: 0.7 };
  }
  // "bằng 82% diện tích gieo cấy và 97% so với cùng kỳ": a second rate of the same measure against
  // another base; the words between are the first rate's base.
  if (rate && x.previous && x.afterPrevious && BASE_AND.test(x.left) && !/(?<![\p{L}])(?:trong đó|tăng|giảm|chiếm)(?![\p{L}])/iu.test(x.left)) {
    const measure = x.previous.label.replace(/\s+(?:so với|trong tổng|trên tổng)\s.*$/iu, '');
    const base = baseAfter(x.right);
    return { label: base ? `${measure} ${base}` : measure, from: 'share', end: x.figure.end, confidence: 0.6 };
  }
  // "Giá dầu thô XK tăng cao đã đóng góp 3,55 tỷ USD vào mức tăng KNXK chung của cả nước": what the
  // amount went into names it, not what contributed it.
  const into = CONTRIBUTED.test(x.left) ? CONTRIBUTED_TO.exec(x.right.slice(x.figure.unit && x.right.trimStart().toLowerCase().startsWith(x.figure.unit.toLowerCase()) ? x.right.length - x.right.trimStart().length + x.figure.unit.length : 0)) : null;
  if (into) return { label: `đóng góp vào ${into[1].trim()}`, from: 'after', end: x.figure.end, confidence: 0.65, verb: 'đóng góp' };
  // "Quảng Ninh (16,7% và 13,7%)", "bằng 82% và 97%": a second figure joined by "và" alone is of the same measure.
  if (x.previous && x.afterPrevious && x.previous.cls === x.figure.cls && x.figure.cls !== 'count' && /^\s*(?:và|hoặc)\s*(?:khoảng|hơn|gần|trên|dưới)?\s*$/iu.test(x.left) && !x.figure.noun && bareAfter(x.right, x.figure.unit)) {
    return { label: x.previous.label, from: 'share', end: x.figure.end, confidence: 0.65 };
  }
  // "đạt 57 tỷ USD, tăng gấp 3,99 lần so với cùng kỳ": how many times the measure grew, not a count of "lần".
  if ((/^lần$/iu.test(x.figure.unit) || /^\s*lần(?![\p{L}])/iu.test(x.right)) && MULTIPLE_BEFORE.test(x.left)) {
    if (x.previous && x.afterPrevious) return { label: x.previous.label, from: 'share', end: x.figure.end, confidence: 0.6 };
    const of = labelBefore(x.left.replace(MULTIPLE_BEFORE, ''), false);
    if (of) return { label: of, from: 'before', end: x.figure.end, confidence: 0.6 };
  }
  // "… đạt mức tăng trưởng GTSXCN … gồm: Tp. Hồ Chí Minh tăng 16,4%, Hà Nội tăng 16,3%": an item of a
  // list of places; the list's lead names the measure, the place is the entity.
  // "…: Vĩnh Phúc (tháng 9 tăng 33,9% và 9 tháng tăng 32,6%); Bình Dương (24,7% và 23,8%)": the place
  // may stand before a parenthesis holding its figures.
  const item = labelBefore(x.left, false);
  const place = (item ? partOf(item) : null) ?? (x.clauseLeft ? placeBeforeParen(x.clauseLeft) ?? firstItemAfterGom(x.clauseLeft) : null);
  const intro = place ? introMeasure(x.sentenceLeft ?? x.clauseLeft ?? '') : '';
  if (place && intro) return { label: intro, from: 'before', end: x.figure.end, confidence: 0.7, part: place };
  // "Hà Nội tăng 16,3% (chiếm tỷ trọng 6,9%)": the weight of the place the previous figure is about.
  if (rate && x.previous && x.afterPrevious && WEIGHT_CUE.test(x.left) && x.previous.cls === 'percent') {
    // A weight is of the measure, not of its growth: "mức tăng trưởng GTSXCN" → "tỷ trọng GTSXCN".
    const of = x.previous.label.replace(/^(?:mức|tốc độ|tỷ lệ|tỉ lệ)\s+tăng(?:\s+trưởng)?\s+/iu, '');
    return { label: `tỷ trọng ${lowerFirst(of)}`, from: 'share', end: x.figure.end, confidence: 0.6 };
  }
  // "hoàn thành 33/33 lớp bồi dưỡng đề ra (đạt 100%)": the rate counts the noun between x/y and it.
  if (x.figure.noun && !STRONG_CUE.test(x.left)) {
    const verb = verbBefore(x.left);
    // "2.111/2.627 cơ quan, tổ chức (đạt tỷ lệ 80,35%)": the rate is named a rate.
    if (RATE_CUE.test(x.figure.raw.slice(0, x.figure.raw.lastIndexOf(x.figure.raw.match(/[\d,.]+\s?%$/u)?.[0] ?? '\0')))) {
      return { label: asRate(x.figure.noun), from: 'after', end: x.figure.end, confidence: 0.8, verb };
    }
    return { label: verb ? `${verb} ${x.figure.noun}` : x.figure.noun, from: 'after', end: x.figure.end, confidence: 0.8, verb };
  }
  // The unit written after a figure whose label stands before it ("là 1.234 hồ sơ") is read too.
  const unitEnd = x.figure.unit && x.right.trimStart().toLowerCase().startsWith(x.figure.unit.toLowerCase()) ? x.rightAt + x.right.length - x.right.trimStart().length + x.figure.unit.length : x.figure.end;
  const np = x.figure.cls === 'money' || x.figure.cls === 'rank' || x.figure.cls === 'score' ? null : nounPhraseAfter(x.right, rate, x.cut);
  // A noun phrase after the figure that says more than its unit ("còn 06 trường hợp ứng viên chưa
  // bồi hoàn", "với số lượng gần 300 công chức tham gia") is what it counts, unless a copula
  // ("là", "đạt", ":", "bằng", "chiếm") ties the figure to the words before it.
  const richAfter = !!np && np.toLowerCase() !== x.figure.unit.toLowerCase();
  // "(cụ thể: 28 Ban quản lý dự án khu vực …)": a word that only says details follow names nothing.
  const before = nonEmptyName(labelBefore(x.left));
  // "Kết quả: 95% hồ sơ được giải quyết đúng hạn": after a colon, a rate's own noun phrase names it.
  const colonOnly = /:\s*$/u.test(x.left) && rate && !!np && np.split(/\s+/).length >= 2 && !MEASURE_START.test(before ?? '');
  const strong = STRONG_CUE.test(x.left) && !colonOnly;
  if (before && (strong || !richAfter) && !(x.afterPrevious && partOf(before))) return { label: before, from: 'before', end: unitEnd, confidence: 0.85 };
  const measure = verbBefore(x.left) || richAfter ? null : measureBefore(x.left);
  if (measure && !(x.afterPrevious && partOf(measure))) return { label: measure, from: 'before', end: unitEnd, confidence: 0.8 };
  // "đào tạo sau đại học 3.300 người": the NP after is the bare unit; the measure stands before.
  // "… đơn vị và 342 doanh nghiệp": after a coordinator the figure opens a conjunct of its own.
  const bareUnit = !!np && !!x.figure.unit && np.toLowerCase() === x.figure.unit.toLowerCase();
  if (bareUnit && !EXISTS_LEAD.test(x.left) && !CONJUNCT_LEAD.test(x.left.replace(QUALIFIER_AT_END, '')) && !verbBefore(x.left)) {
    const named = labelBefore(x.left, false);
    if (named && named.split(/\s+/).length >= 2 && !(x.afterPrevious && partOf(named) && x.previous)) return { label: named, from: 'before', end: unitEnd, confidence: 0.7 };
    if (named && x.previous && x.afterPrevious && partOf(named)) return { label: partLabel(x.previous.label, named), from: 'breakdown', end: unitEnd, confidence: 0.7, part: named };
  }
  // "45,2 triệu tấn hàng và gần 13,4 tỷ TKm": the same measure in another unit.
  if (bareUnit && x.previous && x.afterPrevious && x.previous.from === 'before' && !x.previous.verb && CONJUNCT_LEAD.test(x.left.replace(QUALIFIER_AT_END, '').trimEnd()) && /^[\p{L}\s]{0,12}(?:và|hoặc)\s*(?:khoảng|hơn|gần|trên|dưới)?\s*$/iu.test(x.left)) {
    return { label: x.previous.label, from: 'share', end: unitEnd, confidence: 0.65 };
  }
  // "gà là 167,6 triệu lượt (84 triệu con)": the same measure in another unit, in a parenthesis.
  if (bareUnit && x.previous && x.afterPrevious && x.previous.from === 'before' && /^\s*\(\s*(?:khoảng|hơn|gần|trên|dưới)?\s*$/iu.test(x.left)) {
    return { label: x.previous.label, from: 'share', end: unitEnd, confidence: 0.65 };
  }
  if (np) {
    // "bắt giữ trên 3.000 vụ, gần 5.000 đối tượng": the second count shares the first one's verb.
    const verb = verbBefore(x.left) || (x.afterPrevious && x.previous?.verb && /^[\s,]*(?:và\s*)?(?:khoảng|hơn|gần|trên|dưới)?\s*$/iu.test(x.left) ? x.previous.verb : '');
    // "chiếm tỷ trọng 39% toàn ngành": a weight in what follows it.
    const label = verb && !rate ? `${verb} ${np}` : rate && WEIGHT_CUE.test(x.left) ? `tỷ trọng ${np}` : np;
    const at = x.right.indexOf(np);
    let end = at < 0 ? 0 : at + np.length;
    // "553/553 TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến (đạt 100%)": a
    // phrase cut at its length limit is still read to its end, so the next figure's words start after it.
    if (np.split(/\s+/u).length >= (rate ? MAX_AFTER_WORDS.rate : MAX_AFTER_WORDS.count)) {
      const rest = /^[\p{L}\s]*/u.exec(x.right.slice(end))![0];
      end += rest.replace(/\s+$/u, '').length;
    }
    return { label, from: 'after', end: x.rightAt + end, confidence: 0.8, verb };
  }
  const loose = labelBefore(x.left, false);
  if (loose && x.previous && x.afterPrevious) {
    // "trong đó các tỉnh đồng bằng sông Cửu Long thu hoạch 1.201,4 nghìn ha": the part did what the whole did.
    const verb = VERB_AT_END.exec(loose);
    const part = (verb && verb.index > 0 ? partOf(loose.slice(0, verb.index).trim()) : null) ?? partOf(loose);
    if (part) return { label: partLabel(x.previous.label, part), from: 'breakdown', end: x.figure.end, confidence: 0.75, part };
  }
  // "UBND thành phố đã đầu tư 70 tỷ đồng để xây dựng cơ sở cai nghiện độc lập": an amount is named
  // by what it is for, not by who spent it.
  const purpose = x.figure.cls === 'money' ? purposeAfter(x.right) : '';
  if (purpose) {
    const verb = verbBefore(x.left);
    return { label: verb ? `${verb} ${purpose}` : `kinh phí ${purpose}`, from: 'after', end: x.figure.end, confidence: 0.6, verb };
  }
  // "Bố trí 3 tỷ đồng cho dự án đường giao thông …", "sẽ được hỗ trợ khoảng 400 tỷ đồng từ ngân sách
  // trung ương": when only a verb stands before an amount, whom it is for or where it comes from names it.
  const spender = loose?.replace(VERB_AT_END, '').replace(/(?:\s*(?:sẽ|được|đã|đang|dự kiến|thực hiện|tiếp tục|đề nghị))+\s*$/iu, '').trim() ?? '';
  if (x.figure.cls === 'money' && (!spender || ONLY_VERB.test(spender) || partOf(spender))) {
    const verb = verbBefore(x.left);
    const recipient = RECIPIENT_AFTER.exec(x.right);
    if (verb && recipient) {
      const label = recipient[1] === 'cho' ? `${verb} cho ${recipient[2].trim()}` : `kinh phí ${lowerFirst(verb)} ${recipient[1]} ${recipient[2].trim()}`;
      return { label, from: 'after', end: x.figure.end, confidence: 0.6, verb, ...(spender && partOf(spender) ? { part: spender } : {}) };
    }
  }
  if (loose && (x.figure.cls === 'money' || x.figure.cls === 'score' || x.figure.cls === 'rank' || x.figure.cls === 'measure' || x.figure.unit)) {
    return { label: loose, from: 'before', end: x.figure.end, confidence: 0.6 };
  }
  return null;
}

// "đã đóng góp ", "đóng góp hơn ": an amount contributed. Example match: "đóng góp hơn " in "đã đóng góp hơn 1,2 tỷ USD".
const CONTRIBUTED = /(?<![\p{L}])đóng góp\s*(?:khoảng|hơn|gần|trên|dưới)?\s*$/iu;
// What it went into, right after the amount. Example match: " vào mức tăng KNXK chung của cả nước" (group 1).
const CONTRIBUTED_TO = /^\s*(?:USD|đồng)?\s*vào\s+([\p{L}][^,;.()]{2,60}?)(?=\s*(?:[,;.()]|$)|\s+(?:\d|trong|năm|tháng|và|so với)(?![\p{L}]))/u;

/** Whether nothing but the figure's unit follows it before a stop: "13,7%)" yes, "01 đơn vị thuộc chi cục" no. */
function bareAfter(right: string, unit: string): boolean {
  const rest = unit && right.trimStart().toLowerCase().startsWith(unit.toLowerCase()) ? right.trimStart().slice(unit.length) : right;
  return /^\s*(?:[,;.)]|so với|so cùng kỳ|$)/iu.test(rest);
}
// "tăng gấp ", "gấp hơn ": the figure after it is a multiple of the measure.
const MULTIPLE_BEFORE = /(?<![\p{L}])(?:(?:tăng|giảm)\s+)?gấp\s*(?:khoảng|hơn|gần|trên|dưới)?\s*$/iu;
// Words left of an amount's verb that name nothing: "sẽ được", "dự kiến", "đã".
const ONLY_VERB = /^\s*(?:(?:sẽ|được|đã|đang|dự kiến|thực hiện|tiếp tục|đề nghị)\s*)*$/iu;
// Whom an amount is for or where it comes from, after it. Example match: " cho dự án đường giao thông từ
// tỉnh lộ 1 A" in "Bố trí 3 tỷ đồng cho dự án …"; " từ ngân sách trung ương".
const RECIPIENT_AFTER = /^\s*(cho|từ(?:\s+nguồn)?)\s+(\p{L}[^,;.()]{2,90}?)(?=\s*(?:[,;.()]|$)|\s+(?:để|nhằm|và|trong đó)(?![\p{L}]))/u;
