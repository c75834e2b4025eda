import { describe, expect, it } from 'vitest';
import { functionOf, nameFamily } from './unit-function.ts';

describe('functionOf', () => {
  it('reads the function from the name, accents and case folded, in its sector', () => {
    const of = (name: string, sector: Parameters<typeof functionOf>[0]['sector'] = 'education') =>
      functionOf({ name, sector });
    expect(
      [
        'Trường Mầm non số 1 Vị Thanh',
        'TRUONG MAU GIAO Son Ca',
        'Trường Tiểu học số 2',
        'Trường THCS số 5',
        'Trường Trung học cơ sở Vị Tân',
        'Trường THPT chuyên Vị Thanh',
      ].map((n) => of(n)),
    ).toEqual([
      'school_preschool',
      'school_preschool',
      'school_primary',
      'school_lower',
      'school_lower',
      'school_upper',
    ]);
    // Combined schools before single levels; "THCS" alone is not a primary school.
    expect([
      of('Trường TH và THCS Tân Bình'),
      of('Trường Tiểu học và Trung học cơ sở A'),
      of('Trường THCS và THPT B'),
    ]).toEqual(['school_primary_lower', 'school_primary_lower', 'school_secondary']);
    expect([
      of('Trạm Y tế xã Vị Tân', 'health'),
      of('Trung tâm Y tế huyện Long Mỹ', 'health'),
      of('Trung tâm Phục vụ hành chính công', 'general_administration'),
      of('Nhà khách UBND tỉnh', 'general_administration'),
    ]).toEqual(['health_station', 'health_centre', 'public_admin_service', 'guest_house']);
    // A school name outside education, or a name no family knows: unknown.
    expect([of('Trường THCS cũ', 'other'), of('Trung tâm Lưu trữ lịch sử', 'home_affairs')]).toEqual([null, null]);
  });

  it('groups names apart from their number', () => {
    expect(nameFamily('Đội Quy tắc số 2')).toBe(nameFamily('Doi quy tac so 15'));
    expect(nameFamily('Đội Quy tắc A')).not.toBe(nameFamily('Đội Quy tắc B'));
  });
});
