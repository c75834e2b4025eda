import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from './index.ts';
import { createWorkspace, type Workspace } from '../../db/workspace.ts';
import { listNormInputs } from '../../db/norm-inputs-repo.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { checkResult } from '../../tests/handler-harness.ts';
import type { ArgsIn, Channel, Envelope, Result } from '../../shared/contract/index.ts';
import { TEMPLATE_HEADERS } from '../../shared/import/vocab.ts';
import { NORM_HEADERS } from '../../shared/import/unit-norms.ts';
import { tempDir } from '../../tests/temp.ts';

const META = { provinceName: 'Thử nghiệm', baseYear: 2026, provinceClass: 'class2', isSample: false } as const;

async function call<C extends Channel>(ws: Workspace, channel: C, args: ArgsIn<C>): Promise<Envelope<Result<C>>> {
  const env = await dispatch(createHandlers(ws), channel, args);
  if (env.ok) checkResult(channel, env.result);
  return env as Envelope<Result<C>>;
}
async function importCsv(ws: Workspace, text: string, mode: 'replace' | 'update' | null = null) {
  const data = Buffer.from(`\ufeff${text}`, 'utf8').toString('base64');
  const inspection = await call(ws, 'import.inspect', { fileName: 'dv.csv', data });
  if (!inspection.ok) throw new Error(JSON.stringify(inspection.error));
  return call(ws, 'import.apply', { fileName: 'dv.csv', data, mapping: inspection.result.mapping, mode });
}

const HEAD = [...TEMPLATE_HEADERS, ...NORM_HEADERS].map(([, h]) => h).join(';');
const EMPTY_NORM = ';'.repeat(NORM_HEADERS.length);
// 14 norm columns: Định mức theo; Vùng; 4 pre-school; trẻ còn dư; học sinh; lớp; sĩ số; 1 buổi; chuyên; nội trú; dân số.
const norm = (cells: Partial<Record<string, string>>) => NORM_HEADERS.map(([, h]) => cells[h] ?? '').join(';');
const row = (code: string, name: string, parent: string, kind: string, quota: number, normCells: string) =>
  `${code};${name};${parent};${kind};Xã;Giáo dục và đào tạo;0;0;${quota};${quota};0;0;0;;${normCells}`;
// The heads column (last of the template) left empty: not entered.
const ROOT = `T;UBND tỉnh;;UBND;Tỉnh;Quản lý hành chính chung;0;0;0;0;0;0;0;${EMPTY_NORM}`;

describe('sector-norm columns in the units import and export', () => {
  it('imports a school’s and a station’s figures (accents optional), exports them and reads them back', async () => {
    const ws = createWorkspace(path.join(tempDir(), 'w.tinhgon'), META, []);
    const file = [
      HEAD,
      ROOT,
      row(
        'TH',
        'Trường Tiểu học A',
        'T',
        'ĐVSN',
        12,
        norm({
          'Định mức theo': 'Tieu hoc',
          'Vùng định mức': '2',
          'Số học sinh': '300',
          'Số lớp học 1 buổi/ngày': '2',
        }),
      ),
      row(
        'TYT',
        'Trạm Y tế xã B',
        'T',
        'ĐVSN',
        4,
        norm({ 'Định mức theo': 'Trạm y tế xã', 'Vùng định mức': 'ii', 'Dân số phục vụ': '12.000' }),
      ),
      row(
        'MN',
        'Trường Mầm non C',
        'T',
        'ĐVSN',
        9,
        norm({
          'Định mức theo': 'Mầm non',
          'Số nhóm trẻ': '1',
          'Số lớp mẫu giáo': '3',
          'Trẻ còn dư theo độ tuổi': '0/3/0/5/0/0',
        }),
      ),
    ].join('\n');
    const env = await importCsv(ws, file);
    expect(env).toMatchObject({ ok: true, result: { added: 4 } });
    expect([...listNormInputs(ws.db)]).toEqual([
      ['TH', { sector: 'school', level: 'primary', region: 2, pupils: 300, oneSessionClasses: 2 }],
      ['TYT', { sector: 'commune-health-station', region: 'II', population: 12000 }],
      [
        'MN',
        {
          sector: 'preschool',
          nurseryGroups: 1,
          kindergartenClasses: 3,
          leftoverChildren: { '3-12m': 0, '13-24m': 3, '25-36m': 0, '3-4y': 5, '4-5y': 0, '5-6y': 0 },
        },
      ],
    ]);
    const findings = await call(ws, 'findings.list', {});
    expect(
      findings.ok && findings.result.findings.filter((f) => f.rule === 'quota-vs-norm').map((f) => f.unitCode),
    ).toEqual(['TH', 'TYT', 'MN']);

    // Export, then a replacing import of the export: the same figures.
    const exported = await call(ws, 'export.units', { format: 'csv' });
    if (!exported.ok) throw new Error('export');
    const text = Buffer.from(exported.result.data, 'base64').toString('utf8');
    expect(text).toContain('Trạm y tế xã');
    const before = [...listNormInputs(ws.db)];
    ws.db.prepare('DELETE FROM unit_norm_inputs').run();
    expect(await importCsv(ws, text.replace(/^\ufeff/, ''), 'replace')).toMatchObject({ ok: true });
    expect([...listNormInputs(ws.db)]).toEqual(before);

    // An update whose file has the column but an empty cell clears that unit's figures; a file without the columns keeps them.
    const clear = [HEAD, row('TYT', 'Trạm Y tế xã B', 'T', 'ĐVSN', 4, EMPTY_NORM.slice(1))].join('\n');
    expect(await importCsv(ws, clear, 'update')).toMatchObject({ ok: true });
    expect([...listNormInputs(ws.db).keys()]).toEqual(['TH', 'MN']);
    const plain = [
      TEMPLATE_HEADERS.map(([, h]) => h).join(';'),
      'TH;Trường Tiểu học A;T;ĐVSN;Xã;Giáo dục và đào tạo;0;0;13;12;0;0;0',
    ].join('\n');
    expect(await importCsv(ws, plain, 'update')).toMatchObject({ ok: true });
    expect([...listNormInputs(ws.db).keys()]).toEqual(['TH', 'MN']);
  });

  it('refuses the whole file naming row and column for each bad figure, changing nothing', async () => {
    const ws = createWorkspace(path.join(tempDir(), 'w.tinhgon'), META, []);
    const file = [
      HEAD,
      ROOT,
      row(
        'TH',
        'Trường Tiểu học A',
        'T',
        'ĐVSN',
        12,
        norm({ 'Định mức theo': 'Tiểu học', 'Vùng định mức': '2', 'Số học sinh': '3x0' }),
      ),
      row('BV', 'Bệnh viện', 'T', 'ĐVSN', 4, norm({ 'Định mức theo': 'Bệnh viện', 'Dân số phục vụ': '100' })),
      row('X', 'Trường X', 'T', 'ĐVSN', 4, norm({ 'Số lớp': '5' })),
      row('Y', 'Trường Y', 'T', 'ĐVSN', 4, norm({ 'Định mức theo': 'THCS', 'Vùng định mức': '4', 'Số lớp': '5' })),
      row('Z', 'Trường Z', 'T', 'ĐVSN', 4, norm({ 'Định mức theo': 'THCS', 'Vùng định mức': '1' })),
    ].join('\n');
    const env = await importCsv(ws, file);
    expect(env.ok).toBe(false);
    if (env.ok) return;
    expect(env.error.issues.map((i) => [i.params?.row, i.params?.column, i.key])).toEqual([
      [3, 'Số học sinh', 'err.notNumber'],
      [4, 'Định mức theo', 'err.normChoice'],
      [5, 'Số lớp', 'err.normChoiceMissing'],
      [6, 'Vùng định mức', 'err.normFigures'],
      [7, 'Định mức theo', 'err.normFigures'], // neither pupils nor classes
    ]);
    expect(listNormInputs(ws.db).size).toBe(0);
    expect(ws.db.prepare('SELECT count(*) FROM units').pluck().get()).toBe(0);
  });
});
