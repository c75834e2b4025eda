/**
 * The channels the command line calls before any workspace is open (a Session started with
 * none): workspace.create (`tinhgon init`), workspace.generate (`tinhgon generate`) and
 * finance.classify (`tinhgon autonomy INPUT.xlsx`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from './index.ts';
import { Session } from '../session.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { tempDir } from '../../tests/temp.ts';
import { FileAccess } from '../../db/safe-path.ts';

function setup() {
  const session = new Session(null);
  const handlers = createHandlers(session);
  return { session, call: (channel: string, args: unknown) => dispatch(handlers, channel, args) };
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const HEADER =
  'Mã đơn vị;Tên đơn vị;Năm;Tổng nguồn thu (A);Tổng chi thường xuyên (B);Nguồn tự bảo đảm chi đầu tư;Khấu hao, hao mòn TSCĐ;Nhóm được giao';

describe('a session with no workspace open', () => {
  it('serves no workspace channel, then the workspace it creates; a name of spaces or a base year that is no number is refused', async () => {
    const { session, call } = setup();
    expect(session.file).toBeNull();
    expect(await call('units.list', {})).toMatchObject({ ok: false, error: { key: 'err.internal' } });
    const dir = tempDir();
    expect(await call('workspace.create', { file: path.join(dir, 'a.tinhgon'), provinceName: '  ' })).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'provinceName', key: 'err.provinceName' }] },
    });
    expect(
      await call('workspace.create', { file: path.join(dir, 'a.tinhgon'), baseYear: Number('abc') }),
    ).toMatchObject({ ok: false, error: { issues: [{ field: 'baseYear', key: 'err.baseYear' }] } });
    expect(fs.readdirSync(dir)).toEqual([]);
    // No name (the form's empty field) takes the default.
    expect(await call('workspace.create', { file: path.join(dir, 'a.tinhgon'), baseYear: 2026 })).toMatchObject({
      ok: true,
      result: { provinceName: 'Tỉnh mới', baseYear: 2026, unitCount: 0 },
    });
    expect(await call('units.list', {})).toEqual({ ok: true, result: { units: [] } });
    expect(session.file).toBe(path.join(dir, 'a.tinhgon'));
    session.close();
  });

  it('generates the same illustrative workspace for the same seed, with its personnel list, and never overwrites', async () => {
    const dir = tempDir();
    const made = async (name: string, args: object) => {
      const { session, call } = setup();
      const info = await call('workspace.generate', { file: path.join(dir, name), ...args });
      const units = await call('units.list', {});
      const people = info.ok ? await call('people.retirements', {}) : null;
      session.close();
      return { info, units, people };
    };
    const a = await made('a', { units: 300, people: 450, seed: 4 });
    expect(a.info).toMatchObject({
      ok: true,
      result: {
        file: path.join(dir, 'a.tinhgon'),
        provinceName: 'Dữ liệu mẫu 300 đơn vị',
        isSample: true,
        unitCount: 300,
      },
    });
    expect(a.people).toMatchObject({ ok: true, result: { people: 450 } });
    const b = await made('b.tinhgon', { units: 300, people: 450, seed: 4 });
    expect(b.units).toEqual(a.units);
    expect((await made('c.tinhgon', { units: 300, seed: 5 })).units).not.toEqual(a.units);
    expect((await made('a.tinhgon', { units: 3 })).info).toMatchObject({ ok: false, error: { key: 'err.fileExists' } });
    expect((await made('d.tinhgon', { units: 0 })).info).toMatchObject({ ok: false, error: { kind: 'validation' } });
    expect(fs.existsSync(path.join(dir, 'd.tinhgon'))).toBe(false);
    // Browser mode's confinement holds here as for every path.
    fs.mkdirSync(path.join(dir, 'inside'));
    const confined = createHandlers(new Session(null), { files: new FileAccess([path.join(dir, 'inside')]) });
    expect(
      await dispatch(confined, 'workspace.generate', { file: path.join(dir, 'e.tinhgon'), units: 3 }),
    ).toMatchObject({ ok: false, error: { key: 'err.pathOutside' } });
  });

  it('classifies a filled-in template without storing it, and refuses one with bad rows naming each', async () => {
    const { session, call } = setup();
    const csv = `${HEADER}\nBV;Bệnh viện;2025;1.200,5;1.000;50;40;1\nTT;Trung tâm;2025;2,1;3;;;3b\n`;
    expect(
      await call('finance.classify', { fileName: 'tu-chu.csv', data: base64(csv), unit: 'trieu_dong', decimal: ',' }),
    ).toEqual({
      ok: true,
      result: {
        rows: [
          {
            code: 'BV',
            year: 2025,
            rate: 120.05,
            group: 1,
            band: null,
            assignedGroup: '1',
            mismatch: false,
            unit: 'trieu_dong',
            revenue: '1.200,5',
            spending: '1.000',
          },
          {
            code: 'TT',
            year: 2025,
            rate: 70,
            group: 3,
            band: 'a',
            assignedGroup: '3b',
            mismatch: true,
            unit: 'trieu_dong',
            revenue: '2,1',
            spending: '3',
          },
        ],
      },
    });
    const bad = await call('finance.classify', {
      fileName: 'loi.csv',
      data: base64(`${HEADER}\nA;X;2025;10;0;;;\n`),
      unit: 'dong',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        key: 'err.figuresInvalid',
        params: { count: 1 },
        issues: [
          { key: 'err.spendingNotPositive', params: { row: 2, column: 'Tổng chi thường xuyên (B)', value: '0' } },
        ],
      },
    });
    session.close();
  });
});
