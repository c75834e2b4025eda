import { describe, expect, it } from 'vitest';
import { sentenceName, workspaceProperNames } from './proper-names.ts';

describe('names put into sentence case', () => {
  const places = workspaceProperNames(
    ['Hậu Giang', 'thành phố Cần Thơ'],
    [
      { name: 'UBND huyện Châu Thành A' },
      { name: 'Xã Vị Thủy' },
      { name: 'Trường THCS số 1 Vị Thủy' },
      { name: 'Phòng Nội vụ thị xã Long Mỹ' },
    ],
  );

  it('keep Vietnamese proper names: the province, the places of the workspace, the known provinces', () => {
    expect(sentenceName('BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH HẬU GIANG', places)).toBe(
      'Ban Quản lý các khu công nghiệp tỉnh Hậu Giang',
    );
    expect(sentenceName('ỦY BAN NHÂN DÂN TỈNH HẬU GIANG', places)).toBe('Ủy ban nhân dân tỉnh Hậu Giang');
    expect(sentenceName('ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ', places)).toBe('Ủy ban nhân dân thành phố Cần Thơ');
    expect(sentenceName('UBND HUYỆN CHÂU THÀNH A', places)).toBe('UBND huyện Châu Thành A');
    expect(sentenceName('PHÒNG NỘI VỤ THỊ XÃ LONG MỸ', places)).toBe('Phòng Nội vụ thị xã Long Mỹ');
    expect(sentenceName('SỞ NỘI VỤ THÀNH PHỐ HỒ CHÍ MINH')).toBe('Sở Nội vụ thành phố Hồ Chí Minh');
    expect(sentenceName('SỞ NỘI VỤ TỈNH THỪA THIÊN HUẾ')).toBe('Sở Nội vụ tỉnh Thừa Thiên Huế');
    expect(sentenceName('SỞ TÀI CHÍNH TỈNH BÀ RỊA - VŨNG TÀU')).toBe('Sở Tài chính tỉnh Bà Rịa - Vũng Tàu');
  });

  it('capitalise the generic words and the first word of the specific name only', () => {
    expect(sentenceName('SỞ NỘI VỤ')).toBe('Sở Nội vụ');
    expect(sentenceName('VĂN PHÒNG UBND TỈNH')).toBe('Văn phòng UBND tỉnh');
    expect(sentenceName('THANH TRA TỈNH')).toBe('Thanh tra tỉnh');
    expect(sentenceName('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG')).toBe('Trung tâm Phục vụ hành chính công');
    expect(sentenceName('SỞ GIÁO DỤC VÀ ĐÀO TẠO')).toBe('Sở Giáo dục và Đào tạo');
    expect(sentenceName('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH')).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(sentenceName('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI')).toBe('Sở Lao động - Thương binh và Xã hội');
  });

  it('take the places from the units’ names, up to the first lowercase word', () => {
    expect(places).toContain('Châu Thành A');
    expect(places).toContain('Vị Thủy');
    expect(places).toContain('Long Mỹ');
    expect(places).toContain('Cần Thơ');
    expect(places.filter((p) => p.includes('số'))).toEqual([]);
  });
});
