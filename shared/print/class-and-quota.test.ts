/**
 * The đề án's sections for units changing class (a reclassify group) and for a quota cut, each with
 * its table; a table over TABLE_ROWS_IN_BODY rows goes to an appendix the body names by number.
 */
import { describe, expect, it } from 'vitest';
import { unit } from '../../tests/fixtures.ts';
import { RULE_SETS } from '../rules/rule-sets.ts';
import { simulate } from '../scenario/simulate.ts';
import { OperationSchema, type Operation } from '../scenario/operations.ts';
import type { Unit } from '../model/unit.ts';
import { buildProposal, type ProposalInput } from './proposal.ts';
import { defaultSettings, type ProposalSettings } from './settings.ts';
import { blockTexts, type Block, type ProposalDoc } from './model.ts';
import { TABLE_ROWS_IN_BODY } from './sections/operation-plan.ts';

const ruleSet = RULE_SETS[0]!;
const SCHOOLS = 35;
const units: Unit[] = [
  unit('T', null, { name: 'UBND tỉnh', kind: 'people_committee' }),
  unit('H', 'T', { name: 'UBND huyện A', kind: 'people_committee', level: 'district' }),
  ...Array.from({ length: SCHOOLS }, (_, i) =>
    unit(`TH${i + 1}`, 'H', {
      name: `Trường Tiểu học số ${i + 1}`,
      kind: 'psu',
      level: 'district',
      sector: 'education',
      publicEmployeeQuota: 20,
      publicEmployeeActual: 19,
    }),
  ),
  unit('S', 'T', { name: 'Sở Nội vụ', kind: 'department', civilServantQuota: 40, civilServantActual: 38 }),
  unit('S.P', 'S', { name: 'Phòng Tổ chức', kind: 'division', civilServantQuota: 11, civilServantActual: 10 }),
];
const reclassify = (n: number): Operation[] =>
  Array.from({ length: n }, (_, i) =>
    OperationSchema.parse({ type: 'reclassify', date: '2025-07-01', unit: `TH${i + 1}`, level: 'commune' }),
  );
const cut = OperationSchema.parse({
  type: 'cutQuotas',
  date: '2026-01-01',
  scope: { under: 'S' },
  percent: 10,
  fields: ['civilServantQuota'],
});

function doc(operations: Operation[], settings: Partial<ProposalSettings> = {}): ProposalDoc {
  const simulation = simulate(units, operations, {
    baseYear: 2025,
    horizon: 2027,
    rules: { ruleSet, provinceClass: 'class2' },
    targets: [],
  });
  const input: ProposalInput = {
    type: 'de-an',
    settings: { ...defaultSettings('Hậu Giang'), ...settings },
    today: '2026-01-05',
    scenarioName: 'PA 1',
    provinceName: 'Hậu Giang',
    baseline: units,
    operations,
    simulation,
    ruleSet,
  };
  return buildProposal(input);
}
const body = (d: ProposalDoc) => blockTexts(d.body).join('\n');
const tables = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));

describe('the đề án: units changing class and quota cuts as sections of their own', () => {
  it('a reclassify group: one section, its table of each unit’s class before → after; over 30 rows in an appendix', () => {
    expect(SCHOOLS).toBeGreaterThan(TABLE_ROWS_IN_BODY);
    const d = doc([...reclassify(SCHOOLS), cut]);
    const text = body(d);
    expect(text).toContain(`3.1. Chuyển ${SCHOOLS} đơn vị thành cấp xã (2025)`);
    expect(text).toContain('a) Tên gọi và lý do sắp xếp: Chuyển các đơn vị thành cấp xã');
    expect(text).toContain(`Giữ nguyên biên chế và số người làm việc: ${SCHOOLS} đơn vị, biên chế 700, 665 người.`);
    // The body names the appendix by its number; the appendix holds the table.
    const appendix = d.appendices.find((a) => a.key === 'groups:group:reclassify:2025-07-01:cấp xã')!;
    expect(appendix.title).toBe(`DANH SÁCH ĐƠN VỊ: CHUYỂN ${SCHOOLS} ĐƠN VỊ THÀNH CẤP XÃ (2025)`);
    expect(text).toContain(`Danh sách ${SCHOOLS} đơn vị thuộc nội dung 3.1 tại Phụ lục ${appendix.number}.`);
    expect(text).not.toContain('Các đơn vị thuộc nội dung 3.1');
    const [t] = tables(appendix.blocks);
    expect(t!.rows[0]!.cells).toEqual(['1', 'Trường Tiểu học số 1', 'cấp huyện', 'cấp xã', '20', '19']);
    expect(t!.rows.at(-1)!.cells).toEqual(['', 'Cộng', '', '', '700', '665']);
  });

  it('keeps a short table in the body, and a long one too when the officer does not attach its appendix', () => {
    const short = doc(reclassify(3));
    expect(body(short)).toContain('Các đơn vị thuộc nội dung 3.1');
    expect(tables(short.body).some((t) => t.rows.some((r) => r.cells[1] === 'Trường Tiểu học số 3'))).toBe(true);
    const off = doc(reclassify(SCHOOLS), {
      appendices: { 'de-an': [{ key: 'groups', on: false }] },
    });
    expect(off.appendices.some((a) => a.key?.startsWith('groups:'))).toBe(false);
    expect(tables(off.body).some((t) => t.rows.some((r) => r.cells[1] === 'Trường Tiểu học số 35'))).toBe(true);
  });

  it('a quota cut: its section gives each unit’s quota before → after and the total cut, equal to its table', () => {
    const d = doc([...reclassify(3), cut]);
    const text = body(d);
    expect(text).toMatch(/3\.2\. Cắt giảm ít nhất 10% biên chế công chức .*Sở Nội vụ.* \(2026\)/);
    // 40 → 36 and 11 → 9 (floor of 90%): 6 cut.
    expect(text).toContain(
      'e) Biên chế và số người làm việc: Cắt giảm ít nhất 10% tại 2 đơn vị: biên chế 51 → 45, giảm 6 (6 biên chế công chức, 0 số người làm việc hưởng lương từ ngân sách nhà nước).',
    );
    const t = tables(d.body).find((x) => x.header[0]!.some((c) => c.text === 'Giảm'))!;
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['1', 'Sở Nội vụ', '40 → 36', '0', '4'],
      ['2', 'Phòng Tổ chức', '11 → 9', '0', '2'],
      ['', 'Cộng', '51 → 45', '0', '6'],
    ]);
  });
});
