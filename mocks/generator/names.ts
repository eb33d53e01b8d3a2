// Vietnamese name pools (with diacritics) and builders for places and people.
import type { Rng } from './random';

function split(list: string, separator = ' '): string[] {
  return list.split(separator);
}

/** Syllables combined into two-word place names ("Hòa Bình", "Tân Lập", "Phú Mỹ" …). */
const PLACE_FIRST = split(
  'An Bình Hòa Tân Phú Long Thạnh Hưng Vĩnh Đông Tây Nam Bắc Trung Mỹ Thuận Phước Quang Thanh Đức Hiệp Xuân Cẩm Kim Ngọc Hải Sơn Thái Minh Gia Định Lạc Yên Tiên Hồng Hương Quỳnh Đại',
);
const PLACE_SECOND = split(
  'Bình Lập Mỹ Hòa Phú Thành Lộc Hưng Thịnh Sơn Thủy Hải Tiến Phong Khánh Định Xuyên Điền Lâm Quý Thọ Trạch Đồng Nghĩa Hiệp Long An Tân Đức Lợi Tường Hạnh Phúc Quang Vinh Trung Bảo Đạt',
);

/** Hamlet/village names ("Thôn Đông", "Ấp Hòa Bình"). */
const HAMLET_NAMES = split(
  'Đông, Tây, Nam, Bắc, Trung, Hòa Bình, Tân Lập, Đoàn Kết, Thống Nhất, Quyết Thắng, Phú Mỹ, Đồng Tâm, Tiến Bộ, An Phú, Bình Minh, Tân Hòa, Hưng Thịnh, Đồng Xuân, Thắng Lợi, Xuân Lộc, Phước Hải, Cây Đa, Bến Đò, Gò Sỏi, Đồng Lớn, Bàu Sen, Rạch Sỏi, Hòa Hiệp, Long Điền, Mỹ Khánh, Trung Hậu, Vĩnh Phúc, Đức Thắng, Kim Sơn, Lạc Long',
  ', ',
);

/** Common surnames and their approximate shares (%). */
const SURNAMES = split(
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Lương Mai',
);
const SURNAME_WEIGHTS = [38, 11, 9.5, 7, 4, 3, 4.5, 3, 3, 2, 2, 2, 1.5, 1.3, 1, 0.5, 0.8, 0.8, 0.5, 0.5];
const MALE_MIDDLE = split('Văn Văn Văn Đức Minh Quang Hữu Công Thanh Xuân Ngọc Đình');
const FEMALE_MIDDLE = split('Thị Thị Thị Ngọc Thu Thanh Kim Minh Hồng Bích Thúy');
const MALE_GIVEN = split(
  'An Bình Cường Dũng Hùng Hải Long Nam Phong Quân Sơn Thắng Tuấn Việt Hoàng Đạt Khánh Lâm Trung Tài Hiếu Phúc Thành Toàn',
);
const FEMALE_GIVEN = split(
  'Lan Hoa Hương Hằng Mai Ngọc Nhung Thảo Trang Yến Vân Hạnh Liên Phương Dung Hà Loan Oanh',
);

/** A random two-syllable place name not yet in `used` (which is updated). */
export function uniquePlaceName(rng: Rng, used: Set<string>): string {
  for (let attempt = 0; attempt < 200; attempt++) {
    const a = rng.pick(PLACE_FIRST);
    const b = rng.pick(PLACE_SECOND);
    const name = `${a} ${b}`;
    if (a !== b && !used.has(name)) {
      used.add(name);
      return name;
    }
  }
  // Pool exhausted (only for very large custom sizes): fall back to numbered names.
  for (let n = used.size + 1; ; n++) {
    const name = `${rng.pick(PLACE_FIRST)} ${n}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

export type ResidentialStyle = 'khu-pho' | 'to-dan-pho' | 'thon' | 'ap';

/** Names of `count` residential areas of one ward, unique within the ward. */
export function residentialAreaNames(rng: Rng, style: ResidentialStyle, count: number): string[] {
  if (style === 'khu-pho') return Array.from({ length: count }, (_, i) => `Khu phố ${i + 1}`);
  if (style === 'to-dan-pho') return Array.from({ length: count }, (_, i) => `Tổ dân phố ${i + 1}`);
  const prefix = style === 'thon' ? 'Thôn' : 'Ấp';
  const named = rng.shuffle([...HAMLET_NAMES]).slice(0, Math.min(count, rng.int(3, 12)));
  const out = named.map((n) => `${prefix} ${n}`);
  for (let i = 1; out.length < count; i++) out.push(`${prefix} ${i}`);
  return out;
}

export function personName(rng: Rng): string {
  const surname = SURNAMES[rng.weightedIndex(SURNAME_WEIGHTS)] ?? 'Nguyễn';
  const female = rng.chance(0.3);
  const middle = rng.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE);
  const given = rng.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
  return `${surname} ${middle} ${given}`;
}

const QUIET_NOTES = [
  'Tuần tra bình thường',
  'Không phát hiện vụ việc bất thường',
  'Tình hình ANTT ổn định',
  'Tuần tra các tuyến đường chính, tình hình ổn định',
  'Kiểm tra khu vực chợ và bến xe, không có vụ việc',
] as const;
const FINDING_NOTES: ReadonlyArray<(n: number, police: string) => string> = [
  (n) => `Nhắc nhở ${n} hộ để xe lấn chiếm vỉa hè`,
  (n, police) => `Phát hiện ${n} đối tượng khả nghi, đã báo ${police}`,
  (n) => `Nhắc nhở ${n} quán karaoke hoạt động quá giờ`,
  (n) => `Giải tán ${n} nhóm thanh thiếu niên tụ tập khuya`,
  (n) => `Kiểm tra ${n} nhà trọ, nhắc nhở khai báo tạm trú`,
  (n) => `Phát hiện ${n} điểm nguy cơ cháy nổ, đã nhắc nhở chủ hộ`,
  (n, police) => `Hỗ trợ ${police} xử lý ${n} vụ gây rối`,
  (n) => `Nhắc nhở ${n} hộ đổ rác, vật liệu xây dựng ra lòng đường`,
];

/** Short patrol note consistent with the number of findings. */
export function patrolNote(rng: Rng, findings: number, police: string): string {
  if (findings === 0) return rng.pick(QUIET_NOTES);
  return rng.pick(FINDING_NOTES)(findings, police);
}
