/**
 * Words that make the figure after them a difference from a baseline, or a forecast: shared by the
 * kind refiner (a change, an estimate) and the label refiner (the words are no part of the measure).
 */

// A comparative right before a figure, or a comparative, its baseline and "là". Example matches:
// " thấp hơn cùng kỳ năm 2004 là " in "mực nước thấp hơn cùng kỳ năm 2004 là 0,29 m", " cao hơn " in
// "cao hơn 1,5 tỷ USD so với …". Not " thấp hơn số biên chế được giao là " (9.818 is the quota
// itself, not a gap): the baseline must be a period or an average.
export const GAP_BEFORE = /(?<![\p{L}])(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+hơn(?:\s+(?:so\s+với\s+)?(?:cùng\s+kỳ|bình quân|trung bình|mức bình quân|mức trung bình|năm trước|tháng trước|quý trước|kỳ trước|vụ trước|năm\s+(?:19|20)\d{2})[^,;.()]{0,40}?\s+là)?\s*(?:từ\s+)?(?:khoảng|hơn|gần|trên|dưới)?\s*$/iu;

// A forecast's verb right before a figure. Example match: " có thể ở mức " in "mực nước Sông Hồng (tại
// Hà Nội) có thể ở mức 1,7 m"; " có khả năng đạt " in "sản lượng có khả năng đạt 9 triệu tấn".
export const MAY_REACH = /(?<![\p{L}])(?:có thể|có khả năng)(?:\s+(?:sẽ|chỉ))?\s+(?:đạt|ở mức|lên (?:tới|đến|mức)|xuống (?:mức|còn)|còn|vượt|tăng|giảm)\s*(?:khoảng|hơn|gần|trên|dưới)?\s*$/iu;
