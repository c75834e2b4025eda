import { describe, expect, it } from 'vitest';
import {
  CLASS_SCHEMES,
  DEFAULT_STAFFING,
  OLD_SCHEMES,
  OLD_TO_CLASS,
  className,
  readClassCell,
  readStaffingCell,
  staffingName,
} from './classes.ts';

describe('position classes as data', () => {
  it('holds the three classes of Law 80/2025 and of Decree 232/2026 with their sources and dates', () => {
    const law80 = CLASS_SCHEMES.find((s) => s.id === 'law80-2025')!;
    expect(law80).toMatchObject({
      workforce: 'civil-servant',
      validFrom: '2025-07-01',
      validTo: null,
      confidence: 'C',
    });
    expect(law80.citation).toContain('Điều 23 khoản 3');
    expect(law80.names).toEqual({
      leadership: 'lãnh đạo, quản lý',
      professional: 'chuyên môn, nghiệp vụ',
      support: 'hỗ trợ, phục vụ',
    });
    const nd232 = CLASS_SCHEMES.find((s) => s.id === 'nd232-2026')!;
    expect(nd232).toMatchObject({ workforce: 'public-employee', validFrom: '2026-07-01', confidence: 'C' });
    expect(nd232.names).toEqual({ leadership: 'quản lý', professional: 'chuyên môn, nghiệp vụ', support: 'hỗ trợ' });
    expect(className('support', 'public-employee')).toBe('hỗ trợ');
    expect(className('leadership', 'civil-servant')).toBe('lãnh đạo, quản lý');
  });

  it('keeps the old four-group schemes with their end dates; Decree 62/2020, not among the sources, is M', () => {
    const nd106 = OLD_SCHEMES.find((s) => s.id === 'nd106-2020')!;
    expect(nd106).toMatchObject({ validFrom: '2020-11-15', validTo: '2026-06-30', confidence: 'C' });
    expect(nd106.citation).toContain('Điều 16 khoản 2');
    const nd62 = OLD_SCHEMES.find((s) => s.id === 'nd62-2020')!;
    expect(nd62).toMatchObject({ validTo: '2025-12-30', confidence: 'M' });
    expect(OLD_TO_CLASS).toEqual({
      leadership: 'leadership',
      specialised: 'professional',
      common: 'professional',
      support: 'support',
    });
  });

  it('marks every default staffing M: the reference states none', () => {
    for (const w of ['civil-servant', 'public-employee'] as const)
      for (const c of ['leadership', 'professional', 'support'] as const)
        expect(DEFAULT_STAFFING[w][c].confidence).toBe('M');
    expect(DEFAULT_STAFFING['civil-servant'].support.staffing).toBe('contract');
    expect(DEFAULT_STAFFING['public-employee'].support.staffing).toBe('quota');
  });
});

describe('reading a Nhóm vị trí cell', () => {
  it('reads 1–3 and refuses other numbers', () => {
    expect(readClassCell('1')).toEqual({ ok: true, class: 'leadership', old: null });
    expect(readClassCell(' 2 ')).toEqual({ ok: true, class: 'professional', old: null });
    expect(readClassCell('3')).toEqual({ ok: true, class: 'support', old: null });
    expect(readClassCell('Nhóm 2')).toEqual({ ok: true, class: 'professional', old: null });
    expect(readClassCell('nhom 3')).toEqual({ ok: true, class: 'support', old: null });
    for (const bad of ['0', '4', 'Nhóm 4', '1.5', '', 'x'])
      expect(readClassCell(bad)).toEqual({ ok: false, key: 'err.positionClass' });
  });

  it('reads the class names with or without diacritics, with or without "Vị trí việc làm"', () => {
    expect(readClassCell('Lãnh đạo, quản lý')).toMatchObject({ ok: true, class: 'leadership' });
    expect(readClassCell('LANH DAO, QUAN LY')).toMatchObject({ ok: true, class: 'leadership' });
    expect(readClassCell('Vị trí việc làm chuyên môn, nghiệp vụ')).toMatchObject({ ok: true, class: 'professional' });
    expect(readClassCell('chuyen mon nghiep vu')).toMatchObject({ ok: true, class: 'professional' });
    expect(readClassCell('Hỗ trợ, phục vụ')).toMatchObject({ ok: true, class: 'support' });
    expect(readClassCell('Hỗ trợ')).toMatchObject({ ok: true, class: 'support' });
    expect(readClassCell('Quản lý')).toMatchObject({ ok: true, class: 'leadership' });
    // Typed with accents, the accents must match: "Chuyên môn, nghiệp vú" is not a class.
    expect(readClassCell('Chuyên môn, nghiệp vú')).toEqual({ ok: false, key: 'err.positionClass' });
  });

  it('maps the old four groups: both professional groups become chuyên môn, nghiệp vụ', () => {
    expect(readClassCell('Chức danh nghề nghiệp chuyên ngành')).toEqual({
      ok: true,
      class: 'professional',
      old: { scheme: 'nd106-2020', group: 'specialised' },
    });
    expect(readClassCell('Vị trí việc làm chức danh nghề nghiệp chuyên môn dùng chung')).toEqual({
      ok: true,
      class: 'professional',
      old: { scheme: 'nd106-2020', group: 'common' },
    });
    expect(readClassCell('chuyen mon dung chung')).toMatchObject({
      ok: true,
      class: 'professional',
      old: { group: 'common' },
    });
    expect(readClassCell('Nghiệp vụ chuyên ngành')).toEqual({
      ok: true,
      class: 'professional',
      old: { scheme: 'nd62-2020', group: 'specialised' },
    });
  });
});

describe('reading a Hình thức cell', () => {
  it('reads Biên chế and Hợp đồng, with or without diacritics', () => {
    expect(readStaffingCell('Biên chế', 'support', 'civil-servant')).toEqual({
      ok: true,
      staffing: 'quota',
      defaulted: false,
      basis: null,
    });
    expect(readStaffingCell('HOP DONG', 'professional', 'civil-servant')).toEqual({
      ok: true,
      staffing: 'contract',
      defaulted: false,
      basis: null,
    });
    expect(readStaffingCell('Hợp đồng lao động', 'professional', 'public-employee')).toMatchObject({
      ok: true,
      staffing: 'contract',
    });
    expect(readStaffingCell('Biên chê', 'professional', 'public-employee')).toEqual({
      ok: false,
      key: 'err.positionStaffing',
    });
    expect(readStaffingCell('Thời vụ', 'professional', 'public-employee')).toEqual({
      ok: false,
      key: 'err.positionStaffing',
    });
  });

  it('gives an empty cell the class default, marked M', () => {
    expect(readStaffingCell('  ', 'support', 'civil-servant')).toMatchObject({
      ok: true,
      staffing: 'contract',
      defaulted: true,
      basis: { confidence: 'M' },
    });
    expect(readStaffingCell('', 'professional', 'civil-servant')).toMatchObject({
      ok: true,
      staffing: 'quota',
      defaulted: true,
    });
    expect(readStaffingCell('', 'support', 'public-employee')).toMatchObject({
      ok: true,
      staffing: 'quota',
      defaulted: true,
    });
    expect(staffingName('quota')).toBe('Biên chế');
    expect(staffingName('contract')).toBe('Hợp đồng');
  });
});
