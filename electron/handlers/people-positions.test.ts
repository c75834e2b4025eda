import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { handlerHarness } from '../../tests/handler-harness.ts';
import { fixedClock } from '../../shared/clock.ts';
import { listPeople } from '../../db/people-repo.ts';

const UNITS = [
  unit('T', null, { kind: 'people_committee' }),
  unit('TH', 'T', { kind: 'psu', name: 'Trường Tiểu học A', publicEmployeeQuota: 3 }),
  unit('SNV', 'T', { kind: 'department', name: 'Sở Nội vụ', civilServantQuota: 1 }),
];
const b64 = (text: string) => Buffer.from(`\ufeff${text}`, 'utf8').toString('base64');
const HEADER = 'Họ và tên;Mã đơn vị;Giới tính;Ngày sinh;Lương tháng hiện hưởng (đồng);Vị trí việc làm';
type Finding = { unitCode: string; rule: string; severity: string; key: string; params: Record<string, unknown> };
type Listed = { units: { code: string; positions: { name: string; present: number }[] }[] };

async function setup(today: string) {
  const h = handlerHarness(UNITS, 2025, fixedClock(today));
  await h.call('positions.replace', {
    code: 'TH',
    positions: [
      { name: 'Giáo viên tiểu học', class: 'professional', staffing: 'quota', needed: 2, present: 5 },
      { name: 'Kế toán', class: 'support', staffing: 'quota', needed: 1, present: 1 },
    ],
  });
  return h;
}

describe('people placed in positions through the handler table', () => {
  it('imports a position per person (accents optional), counts present from the people and gives unplaced with the 2027 deadline', async () => {
    const { call, ws } = await setup('2027-07-01');
    const file = [
      HEADER,
      'Nguyễn Văn An;TH;Nam;15/01/1980;9.000.000;Giao vien tieu hoc',
      'Trần Thị Bình;TH;Nữ;20/09/1985;9.000.000;Giáo viên tiểu học',
      'Lê Văn Cường;TH;Nam;05/06/1990;8.000.000;',
      'Phạm Thị Hoa;SNV;Nữ;01/01/1970;10.000.000;',
    ].join('\n');
    await call('people.import', { fileName: 'ds.csv', data: b64(file) });
    expect(listPeople(ws.db).map((p) => p.jobPosition ?? null)).toEqual([
      'Giáo viên tiểu học',
      'Giáo viên tiểu học',
      null,
      null,
    ]);
    const listed = await call<Listed>('positions.list', { unit: 'TH' });
    expect(listed.units[0]!.positions.map((p) => [p.name, p.present])).toEqual([
      ['Giáo viên tiểu học', 2],
      ['Kế toán', 0],
    ]);
    const { findings } = await call<{ findings: Finding[] }>('findings.list', {});
    expect(findings.filter((f) => f.rule === 'unplaced').map((f) => [f.unitCode, f.severity, f.params.count])).toEqual([
      ['TH', 'note', 1],
      ['SNV', 'note', 1],
    ]);
    const after = await call<{ findings: Finding[] }>('findings.list', { date: '2027-07-02' });
    expect(after.findings.filter((f) => f.rule === 'unplaced').map((f) => f.severity)).toEqual(['error', 'error']);
  });

  it('refuses a position the unit does not have, naming row and column, and keeps the list', async () => {
    const { call, ws } = await setup('2026-12-07');
    const file = [HEADER, 'Nguyễn Văn An;TH;Nam;15/01/1980;9.000.000;Hiệu trưởng'].join('\n');
    await expect(call('people.import', { fileName: 'ds.csv', data: b64(file) })).rejects.toMatchObject({
      error: {
        key: 'err.importInvalid',
        issues: [{ key: 'err.personPosition', params: { row: 2, column: 'Vị trí việc làm', value: 'Hiệu trưởng' } }],
      },
    });
    expect(listPeople(ws.db)).toEqual([]);
    // No one carries a position: no unplaced findings, present as entered.
    const { findings } = await call<{ findings: Finding[] }>('findings.list', {});
    expect(findings.filter((f) => f.rule === 'unplaced')).toEqual([]);
  });
});

describe('renaming a position keeps the people who hold it', () => {
  const TEACHER = { name: 'Giáo viên tiểu học', class: 'professional', staffing: 'quota', needed: 2, present: 5 };
  const CLERK = { name: 'Kế toán', class: 'support', staffing: 'quota', needed: 1, present: 1 };
  async function placed() {
    const h = await setup('2026-12-07');
    const file = [
      HEADER,
      'Nguyễn Văn An;TH;Nam;15/01/1980;9.000.000;Giáo viên tiểu học',
      'Trần Thị Bình;TH;Nữ;20/09/1985;9.000.000;Giáo viên tiểu học',
      'Lê Văn Cường;TH;Nam;05/06/1990;8.000.000;Kế toán',
    ].join('\n');
    await h.call('people.import', { fileName: 'ds.csv', data: b64(file) });
    return h;
  }
  const held = (h: Awaited<ReturnType<typeof placed>>) => listPeople(h.ws.db).map((p) => p.jobPosition ?? null);
  const present = async (h: Awaited<ReturnType<typeof placed>>) =>
    (await h.call<Listed>('positions.list', { unit: 'TH' })).units[0]!.positions.map((p) => [p.name, p.present]);

  it('gives the new name to its holders (present unchanged), and undo and redo take them along', async () => {
    const h = await placed();
    const r = await h.call<{ renamedPeople: number }>('positions.replace', {
      code: 'TH',
      positions: [{ ...TEACHER, name: 'Giáo viên tiểu học hạng III' }, CLERK],
      renames: [{ from: 'Giáo viên tiểu học', to: 'Giáo viên tiểu học hạng III' }],
    });
    expect(r.renamedPeople).toBe(2);
    expect(held(h)).toEqual(['Giáo viên tiểu học hạng III', 'Giáo viên tiểu học hạng III', 'Kế toán']);
    expect(await present(h)).toEqual([
      ['Giáo viên tiểu học hạng III', 2],
      ['Kế toán', 1],
    ]);
    await h.call('history.undo', {});
    expect(held(h)).toEqual(['Giáo viên tiểu học', 'Giáo viên tiểu học', 'Kế toán']);
    expect(await present(h)).toEqual([
      ['Giáo viên tiểu học', 2],
      ['Kế toán', 1],
    ]);
    await h.call('history.redo', {});
    expect(held(h)).toEqual(['Giáo viên tiểu học hạng III', 'Giáo viên tiểu học hạng III', 'Kế toán']);
  });

  it('swaps two names without mixing their holders', async () => {
    const h = await placed();
    await h.call('positions.replace', {
      code: 'TH',
      positions: [
        { ...TEACHER, name: 'Kế toán' },
        { ...CLERK, name: 'Giáo viên tiểu học' },
      ],
      renames: [
        { from: 'Giáo viên tiểu học', to: 'Kế toán' },
        { from: 'Kế toán', to: 'Giáo viên tiểu học' },
      ],
    });
    expect(held(h)).toEqual(['Kế toán', 'Kế toán', 'Giáo viên tiểu học']);
  });

  it('refuses a rename from a position the unit does not have, or to one not in the list, changing nothing', async () => {
    const h = await placed();
    await expect(
      h.call('positions.replace', {
        code: 'TH',
        positions: [{ ...TEACHER, name: 'Giáo viên' }, CLERK],
        renames: [{ from: 'Giáo viên mầm non', to: 'Giáo viên' }],
      }),
    ).rejects.toMatchObject({ error: { issues: [{ key: 'err.positionRenameSource', field: 'renames.0.from' }] } });
    await expect(
      h.call('positions.replace', {
        code: 'TH',
        positions: [TEACHER, CLERK],
        renames: [{ from: 'Kế toán', to: 'Thủ quỹ' }],
      }),
    ).rejects.toMatchObject({ error: { issues: [{ key: 'err.positionRenameTarget', field: 'renames.0.to' }] } });
    expect(held(h)).toEqual(['Giáo viên tiểu học', 'Giáo viên tiểu học', 'Kế toán']);
    expect(await present(h)).toEqual([
      ['Giáo viên tiểu học', 2],
      ['Kế toán', 1],
    ]);
  });

  it('forgets the recorded positions of people when the list is imported again (row ids may be new people)', async () => {
    const h = await placed();
    await h.call('positions.replace', {
      code: 'TH',
      positions: [{ ...TEACHER, name: 'Giáo viên' }, CLERK],
      renames: [{ from: 'Giáo viên tiểu học', to: 'Giáo viên' }],
    });
    const file = [HEADER, 'Hồ Văn Dũng;TH;Nam;15/01/1981;9.000.000;Giáo viên'].join('\n');
    await h.call('people.import', { fileName: 'ds2.csv', data: b64(file) });
    expect(h.ws.db.prepare("SELECT count(*) FROM undo_changes WHERE tbl = 'people'").pluck().get()).toBe(0);
    await h.call('history.undo', {});
    expect(held(h)).toEqual(['Giáo viên']);
  });
});
