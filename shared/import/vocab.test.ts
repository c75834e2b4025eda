import { describe, expect, it } from 'vitest';
import { fieldOfHeader, parseKind, parseLevel, parseSector } from './vocab.ts';

describe('spreadsheet vocabulary', () => {
  it('matches headers whatever the case, spacing, punctuation, word order and Unicode form', () => {
    expect(fieldOfHeader('  BIÊN CHẾ công chức   ĐƯỢC GIAO ')).toBe('civilServantQuota');
    expect(fieldOfHeader('Số người làm việc được giao (NSNN)'.normalize('NFD'))).toBe('publicEmployeeQuota');
    expect(fieldOfHeader('Bien che cong chuc duoc giao')).toBe('civilServantQuota'); // typed without accents
    expect(fieldOfHeader('Ghi chú')).toBeNull();
  });

  it('accepts the template values and English ids, but an accent typed wrong is not another word', () => {
    expect(
      ['UBND', 'Sở', 'Chi cục', 'Phòng', 'ĐVSN', 'Phòng thuộc ĐVSN', 'Khác', 'psu_division'].map(parseKind),
    ).toEqual([
      'people_committee',
      'department',
      'sub_department',
      'division',
      'psu',
      'psu_division',
      'other',
      'psu_division',
    ]);
    expect(['Tỉnh', 'huyện', 'XÃ', 'commune'].map(parseLevel)).toEqual(['province', 'district', 'commune', 'commune']);
    expect(['Y tế', 'Giáo dục và đào tạo', 'health', 'y te'].map(parseSector)).toEqual([
      'health',
      'education',
      'health',
      'health',
    ]);
    expect(parseKind('Số')).toBeUndefined(); // not "Sở"
    expect(parseKind('so')).toBe('department'); // no accents at all: folded
  });
});
