/**
 * Names put into sentence case for the body of a document ("SỞ NỘI VỤ" → "Sở Nội vụ") keep the
 * capitals of Vietnamese proper names (Decree 30/2020 Appendix II): every syllable of a place name
 * is capitalised ("tỉnh Hậu Giang", "huyện Châu Thành A"). The places come from the workspace (its
 * province, the place parts of its units' names) and from the provinces and centrally-run cities
 * known here (before and after the 2025 mergers).
 */
import type { Unit } from '../model/unit.ts';

/** Provinces and centrally-run cities (the 63 before 1 July 2025, of which the 34 after), and the country. */
export const KNOWN_PROPER_NAMES: readonly string[] = [
  'Việt Nam',
  'Hà Nội',
  'Hồ Chí Minh',
  'Hải Phòng',
  'Đà Nẵng',
  'Cần Thơ',
  'Huế',
  'Thừa Thiên Huế',
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bà Rịa',
  'Vũng Tàu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bạc Liêu',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Định',
  'Bình Dương',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cao Bằng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Tĩnh',
  'Hải Dương',
  'Hậu Giang',
  'Hòa Bình',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Tiền Giang',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
];

/** The words that name a kind of place; what follows them in a unit's name is the place's proper name. */
const PLACE_WORDS = /(?:^|\s)(?:tỉnh|thành phố|TP\.|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)\s+(.+)$/iu;

/** "Xã Vị Thủy" → "Vị Thủy"; "Trường THPT Vị Thanh" gives nothing (no place word). */
function placePart(name: string): string | null {
  const m = PLACE_WORDS.exec(name.normalize('NFC').trim());
  if (!m) return null;
  // The proper name runs while its syllables are capitalised ("Châu Thành A"), up to a lowercase word.
  const words: string[] = [];
  for (const w of m[1]!.split(/\s+/)) {
    if (!/^[\p{Lu}\d]/u.test(w)) break;
    words.push(w.replace(/[,;.)]+$/, ''));
  }
  return words.length > 0 ? words.join(' ') : null;
}

/** The proper names a document of this workspace may put into sentence case: its provinces' and its units' places, then the known ones. */
export function workspaceProperNames(provinces: readonly string[], units: readonly Pick<Unit, 'name'>[]): string[] {
  const out = new Set<string>();
  for (const p of provinces) {
    const place = p
      .normalize('NFC')
      .replace(/^(tỉnh|thành phố)\s+/iu, '')
      .trim();
    if (place) out.add(place);
  }
  for (const u of units) {
    const place = placePart(u.name);
    if (place) out.add(place);
  }
  for (const k of KNOWN_PROPER_NAMES) out.add(k);
  return [...out];
}

const ACRONYMS = new Set(['ubnd', 'hđnd', 'mttq', 'tp.']);
/** Bodies named by their place alone ("Ủy ban nhân dân tỉnh Hậu Giang"): no word after them is capitalised but the place's. */
const OF_PLACE = ['ủy ban nhân dân', 'hội đồng nhân dân'].map((g) => g.split(' '));
/** Words naming a kind of place (or a plain word) that never start a body's specific name. */
const NOT_SPECIFIC = new Set(['tỉnh', 'thành', 'huyện', 'quận', 'thị', 'xã', 'phường', 'đặc', 'các', 'và']);
/** Words naming the kind of body ("Văn phòng", "Sở"): the word after them starts the specific name. */
const GENERIC = [
  'văn phòng',
  'thanh tra',
  'trung tâm',
  'chi cục',
  'bệnh viện',
  'ban',
  'sở',
  'phòng',
  'cục',
  'trường',
  'viện',
].map((g) => g.split(' '));

const cap = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);

/**
 * "SỞ NỘI VỤ" → "Sở Nội vụ", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH HẬU GIANG" → "Ban Quản lý các
 * khu công nghiệp tỉnh Hậu Giang": the generic words and the first word of the specific name
 * capitalised, acronyms kept, and every syllable of a proper name in `properNames` capitalised.
 */
export function sentenceName(caps: string, properNames: readonly string[] = KNOWN_PROPER_NAMES): string {
  const words = caps.normalize('NFC').toLocaleLowerCase('vi').split(' ').filter(Boolean);
  const starts = (g: string[]) => g.every((w, i) => words[i] === w);
  const generic = OF_PLACE.some(starts) ? -1 : (GENERIC.find(starts)?.length ?? 1);
  const specific = generic >= 0 && !NOT_SPECIFIC.has(words[generic] ?? '') ? generic : -1;
  // Each field a body's name joins ("Giáo dục và Đào tạo", "Văn hóa, Thể thao và Du lịch") starts with a capital.
  const joins = (i: number) =>
    specific >= 0 &&
    i > specific &&
    (!NOT_SPECIFIC.has(words[i]!) || (words[i] === 'xã' && words[i + 1] === 'hội')) &&
    /^(và|-)$|,$/.test(words[i - 1]!);
  const out = words.map((w, i) =>
    ACRONYMS.has(w) ? w.toLocaleUpperCase('vi') : i === 0 || i === specific || joins(i) ? cap(w) : w,
  );
  // Longest names first, so that "Thừa Thiên Huế" wins over "Huế".
  const names = properNames
    .map((p) => p.normalize('NFC').toLocaleLowerCase('vi').split(/\s+/).filter(Boolean))
    .filter((p) => p.length > 0)
    .sort((a, b) => b.length - a.length);
  for (let i = 0; i < words.length; i++) {
    const hit = names.find((p) => p.every((w, k) => words[i + k] === w));
    if (!hit) continue;
    for (let k = 0; k < hit.length; k++) if (hit[k] !== '-') out[i + k] = cap(words[i + k]!);
    i += hit.length - 1;
  }
  return out.join(' ');
}
