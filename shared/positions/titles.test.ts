import { describe, expect, it } from 'vitest';
import {
  CIVIL_SERVANT_RANKS,
  LEVEL_PAY,
  LEVELS_BASIS,
  PUBLIC_EMPLOYEE_TITLES,
  SALARY_TYPE_LEVEL,
  findTitle,
  levelFromTitle,
} from './titles.ts';

describe('levels of Decree 232/2026', () => {
  it('pays each level as Art. 7.3 says, cited point by point', () => {
    expect(Object.fromEntries(Object.entries(LEVEL_PAY).map(([l, v]) => [l, v.pay]))).toEqual({
      1: 'B',
      2: 'A0',
      3: 'A1',
      4: 'A2.1',
      5: 'A3.1',
    });
    expect(LEVEL_PAY[5]).toMatchObject({
      citation: 'Nghị định 232/2026/NĐ-CP, Điều 7 khoản 3 điểm đ',
      confidence: 'C',
    });
    expect(LEVELS_BASIS.confidence).toBe('C');
  });

  it("moves salary types to levels (Art. 18.2): B and A0 verbatim [C], A1–A3 from the copy's summary [C2]", () => {
    expect(SALARY_TYPE_LEVEL.B).toMatchObject({ level: 1, confidence: 'C' });
    expect(SALARY_TYPE_LEVEL.A0).toMatchObject({ level: 2, confidence: 'C' });
    expect(SALARY_TYPE_LEVEL.A1).toMatchObject({ level: 3, confidence: 'C2' });
    expect(SALARY_TYPE_LEVEL['A2.2']).toMatchObject({ level: 4, confidence: 'C2' });
    expect(SALARY_TYPE_LEVEL['A3.2']).toMatchObject({ level: 5, confidence: 'C2' });
  });
});

describe('titles', () => {
  it('cites every title to a circular and a line of the stored text', () => {
    for (const t of PUBLIC_EMPLOYEE_TITLES) {
      expect(t.confidence).toBe('C');
      expect(t.citation).toMatch(/Thông tư \d+\/20\d\d\/TT-[A-ZĐ]+.*dòng \d+/);
    }
  });

  it('does not map hạng to a level: the same hạng III is A0 for pre-school and A1 for primary teachers', () => {
    expect(levelFromTitle('Giáo viên mầm non hạng III')).toMatchObject({ level: 2, salaryType: 'A0' });
    expect(levelFromTitle('Giáo viên tiểu học hạng III')).toMatchObject({ level: 3, salaryType: 'A1' });
    // Hạng I of a primary teacher is A2.1, so level 4, not 5.
    expect(levelFromTitle('giao vien tieu hoc hang I')).toMatchObject({
      level: 4,
      salaryType: 'A2.1',
      move: { confidence: 'C2' },
    });
  });

  it('finds a title by its code, and nothing for a title the list does not hold', () => {
    expect(findTitle('Giáo viên THPT (V.07.05.13)')?.name).toBe('Giáo viên trung học phổ thông hạng I');
    expect(findTitle('v.09.02.09')).toBeNull(); // B-type GDNN hạng IV is not in the list
    expect(levelFromTitle('Bác sĩ hạng III')).toBeNull();
    expect(levelFromTitle('Giáo viên tiểu học hạng IV')).toBeNull();
  });

  it("marks the civil servants' ranks M: no stored source lists them", () => {
    expect(CIVIL_SERVANT_RANKS.map((r) => r.name)).toContain('Chuyên viên chính');
    expect(CIVIL_SERVANT_RANKS.every((r) => r.confidence === 'M')).toBe(true);
  });
});
