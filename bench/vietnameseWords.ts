// Vocabulary for generated workspaces: the names, titles and sentences of the articles Concord is
// fed (provincial news on coordination programmes between the army, the Party and mass
// organisations), so string lengths and UTF-8 byte counts match real data, diacritics included.

export const FAMILY_NAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Trương',
  'Lương',
  'Mai',
] as const;

export const MIDDLE_NAMES = [
  'Văn',
  'Thị',
  'Hữu',
  'Đức',
  'Minh',
  'Thanh',
  'Quang',
  'Ngọc',
  'Thu',
  'Hoàng',
  'Xuân',
  'Công',
  'Thành',
  'Kim',
  'Bảo',
] as const;

export const GIVEN_NAMES = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hải',
  'Hạnh',
  'Hùng',
  'Hương',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Phương',
  'Quân',
  'Sơn',
  'Thảo',
  'Trang',
  'Tuấn',
  'Việt',
  'Khánh',
  'Nghĩa',
  'Thắng',
  'Yến',
  'Trí',
  'Lộc',
  'Tâm',
  'Hiếu',
] as const;

export const RANKS = [
  '',
  '',
  'Thiếu úy',
  'Trung úy',
  'Đại úy',
  'Thiếu tá',
  'Trung tá',
  'Thượng tá',
  'Đại tá',
  'Thiếu tướng',
] as const;

export const TITLES = [
  'Bí thư Đảng ủy',
  'Phó Bí thư Thường trực Đảng ủy',
  'Chủ tịch UBND',
  'Phó Chủ tịch UBND',
  'Chỉ huy trưởng Ban Chỉ huy Quân sự',
  'Chính trị viên Ban Chỉ huy Quân sự',
  'Chính ủy',
  'Trưởng ban Dân vận',
  'Chủ tịch Hội Nông dân',
  'Bí thư Đoàn Thanh niên',
  'Chủ tịch Hội Liên hiệp Phụ nữ',
  'Chủ tịch Ủy ban Mặt trận Tổ quốc',
  'Chủ tịch Hội Cựu chiến binh',
] as const;

export const PLACES = [
  'Tân Phú',
  'Hòa Bình',
  'An Nhơn',
  'Phước Long',
  'Bình Minh',
  'Long Thành',
  'Cẩm Lệ',
  'Điện Bàn',
  'Hương Trà',
  'Quảng Điền',
  'Thanh Sơn',
  'Yên Lạc',
  'Mộc Châu',
  'Sa Pa',
  'Bảo Lộc',
  'Đồng Xoài',
  'Krông Pắc',
  'Ea Kar',
  'Hòa Vang',
  'Tuy Phước',
  'Châu Thành',
  'Cái Bè',
  'Trà Ôn',
  'Đắk Mil',
] as const;

export const LEVELS = ['xã', 'phường', 'thị trấn', 'huyện', 'thị xã', 'tỉnh'] as const;

/** An organisation name prefix and the free-text kind the model stores for it. */
export const ORGANISATIONS = [
  ['Đảng ủy', 'party committee'],
  ['Ban Chỉ huy Quân sự', 'military command'],
  ['Bộ Chỉ huy Quân sự', 'military command'],
  ['Ủy ban nhân dân', "people's committee"],
  ['Hội Liên hiệp Phụ nữ', 'mass organisation'],
  ['Hội Nông dân', 'mass organisation'],
  ['Hội Cựu chiến binh', 'mass organisation'],
  ['Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'mass organisation'],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam', 'front'],
  ['Công an', 'police'],
] as const;

export const TOPICS = [
  'xây dựng nông thôn mới',
  'bảo vệ chủ quyền an ninh biên giới',
  'phòng, chống thiên tai',
  'chuyển đổi số',
  'công tác hậu phương quân đội',
  'xóa nhà tạm, nhà dột nát',
  'tuyển quân và giáo dục quốc phòng',
  'giữ gìn an ninh trật tự cơ sở',
  'giảm nghèo bền vững',
  'tuyên truyền pháp luật cho đồng bào dân tộc thiểu số',
  'phát triển kinh tế hộ gia đình',
] as const;

export const CAMPAIGNS = [
  'Dân vận khéo',
  'Toàn dân bảo vệ an ninh Tổ quốc',
  'Đền ơn đáp nghĩa',
  'Ngày vì người nghèo',
  'Quân đội chung sức xây dựng nông thôn mới',
] as const;

export const AGREEMENT_ABBREVIATIONS = ['CTPH', 'QCPH', 'KHPH', 'KH-BCH', 'QC-ĐU'] as const;

export const RELATED_LABELS = [
  'kết nghĩa',
  'cùng địa bàn',
  'phối hợp tuần tra',
  'đỡ đầu',
  '',
] as const;

export const SOURCE_SITES = [
  'https://www.qdnd.vn/chinh-tri/tin-tuc',
  'https://baodantoc.vn/dan-van',
  'https://qk7.vn/tin-tuc',
  'https://www.nhandan.vn/chinh-tri',
] as const;

/** Sentence templates; {org}, {person}, {place}, {topic}, {day}, {month}, {count} are filled in. */
export const SENTENCES = [
  'Chiều {day}/{month}, {org} tổ chức hội nghị ký kết chương trình phối hợp về {topic}.',
  'Theo đó, hai bên thống nhất {count} nội dung phối hợp trọng tâm trong giai đoạn tới.',
  'Phát biểu tại hội nghị, đồng chí {person} đề nghị các cơ quan, đơn vị quán triệt sâu sắc nội dung chương trình.',
  'Thời gian qua, {org} đã chủ động tham mưu, phối hợp chặt chẽ với các ban, ngành, đoàn thể tại {place}.',
  'Kết quả, đã vận động nhân dân hiến hơn {count} nghìn mét vuông đất, làm mới nhiều tuyến đường giao thông nông thôn.',
  'Dịp này, đơn vị trao tặng {count} suất quà cho các gia đình chính sách, hộ nghèo trên địa bàn {place}.',
  'Các đại biểu cũng thảo luận, làm rõ những khó khăn, vướng mắc trong quá trình triển khai thực hiện về {topic}.',
  'Đồng chí {person} nhấn mạnh, việc phối hợp phải thực chất, hiệu quả, tránh hình thức, gắn với phong trào thi đua của địa phương.',
] as const;
