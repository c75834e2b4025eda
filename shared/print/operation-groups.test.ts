/** The đề án's Phương án on the sample plan: routine operations gathered into a few sections, each operation in exactly one. */
import { describe, expect, it } from 'vitest';
import { generateSampleProvince } from '../sample/hau-giang.ts';
import { hauGiangTwoTierPlan } from '../sample/hau-giang-two-tier-plan.ts';
import { ScenarioFileSchema } from '../scenario/exchange.ts';
import { simulate } from '../scenario/simulate.ts';
import { quotaOfRollup } from '../scenario/figures.ts';
import { ruleSetById } from '../rules/rule-sets.ts';
import { operationKeys, operationPlanBlocks, operationPlans } from './sections/operation-plan.ts';
import type { ProposalSettings } from './settings.ts';

const units = generateSampleProvince();
const operations = ScenarioFileSchema.parse(hauGiangTwoTierPlan(units)).operations;
const simulation = simulate(units, operations, {
  baseYear: 2024,
  horizon: 2026,
  rules: { ruleSet: ruleSetById('nd120-150-2025')!, provinceClass: 'class2' },
  targets: [],
});
const names = new Map(simulation.years.flatMap((y) => y.units).map((u) => [u.code, u.name]));
const plans = (operationSections: ProposalSettings['operationSections'] = {}) =>
  operationPlans({
    baseline: units,
    operations,
    simulation,
    settings: { operationSections },
    labelOf: (c) => names.get(c) ?? c,
  });
const RESHAPING = new Set(['merge', 'split', 'dissolve', 'create', 'convert', 'transfer', 'annex']);
const keys = operationKeys(operations);
const reshaping = operations.flatMap((op, i) => (RESHAPING.has(op.type) ? [{ op, key: keys[i]!, index: i }] : []));

describe('the Phương án of the sample plan "Sắp xếp theo mô hình hai cấp (2025)"', () => {
  const all = plans();

  it('has 12 sections: the 5 merges of sở, the transfer of a ban, the merge of project boards each on its own, and 5 groups', () => {
    expect(reshaping.length).toBeGreaterThan(290);
    expect(all.length).toBe(12);
    expect(all.filter((p) => p.members.length === 1).map((p) => p.key)).toEqual(
      reshaping.filter(({ key }) => all.some((p) => p.key === key)).map(({ key }) => key),
    );
    expect(all.filter((p) => p.members.length > 1).map((p) => p.key)).toEqual([
      'group:merge:2025-03-01:division',
      'group:merge:2025-07-01:commune',
      'group:transfer:2025-07-01:commune',
      'group:transfer:2025-07-01:HG.SGDDT',
      'group:transfer:2025-07-01:HG.SNNMT',
    ]);
    expect(all.find((p) => p.key === 'group:merge:2025-07-01:commune')!.title).toBe(
      'Sắp xếp 75 đơn vị hành chính cấp xã thành 24 đơn vị (2025)',
    );
  });

  it('puts every reshaping operation in exactly one section', () => {
    const covered = all.flatMap((p) => p.members);
    expect(covered.sort()).toEqual(reshaping.map((r) => r.key).sort());
    expect(new Set(covered).size).toBe(covered.length);
  });

  it('gives each group staff totals equal to the sum of its operations’ before → after, and a table row per operation', () => {
    const at = (index: number, code: string, when: 'before' | 'after') =>
      simulation.steps.find((s) => s.index === index)?.units[code]?.[when];
    for (const p of all.filter((x) => x.members.length > 1)) {
      const ops = reshaping.filter((r) => p.members.includes(r.key));
      const sum = (when: 'before' | 'after') => {
        const figures = ops.flatMap(({ op, index }) =>
          (op.type === 'transfer'
            ? [op.unit]
            : op.type === 'merge'
              ? [...op.units, typeof op.into === 'string' ? op.into : op.into.code]
              : []
          )
            .filter((c, i, list) => list.indexOf(c) === i)
            .flatMap((c) => at(index, c, when) ?? []),
        );
        return {
          units: figures.length,
          quota: figures.reduce((s, f) => s + quotaOfRollup(f.total), 0),
          people: figures.reduce((s, f) => s + f.total.totalPeople, 0),
        };
      };
      const b = sum('before');
      const a = sum('after');
      const v = (x: number) => x.toLocaleString('vi-VN');
      expect(p.facets.staff).toBe(
        `Trước sắp xếp (tính cả các đơn vị trực thuộc): ${v(b.units)} đơn vị, biên chế ${v(b.quota)}, ${v(b.people)} người.\n` +
          `Sau sắp xếp: ${v(a.units)} đơn vị, biên chế ${v(a.quota)}, ${v(a.people)} người.`,
      );
      expect(b.people).toBeGreaterThan(0);
      expect(p.table!.rows.length).toBe(ops.length + 1);
      const arrow = (x: number, y: number) => (x === y ? v(x) : `${v(x)} → ${v(y)}`);
      expect(p.table!.rows.at(-1)!.cells.slice(3)).toEqual([arrow(b.quota, a.quota), arrow(b.people, a.people)]);
    }
  });

  it('keeps printing an officer’s saved edit of an operation now inside a group, under the group’s part, named', () => {
    const member = reshaping.find((r) => r.op.type === 'transfer' && r.op.parentCode === 'HG.SGDDT')!;
    const edited = plans({ [member.key]: { headquarters: 'Trụ sở tại số 5 Hòa Bình.' } });
    const group = edited.find((p) => p.members.includes(member.key))!;
    expect(group.key).toBe('group:transfer:2025-07-01:HG.SGDDT');
    expect(group.facets.headquarters).toMatch(
      /^Giữ nguyên trụ sở làm việc hiện có của các đơn vị.\n- .+ \(2025\): Trụ sở tại số 5 Hòa Bình.$/,
    );
    // The group's own edit replaces the part, the member's note included (the officer edits the text that showed it).
    const own = plans({ [member.key]: { headquarters: 'x' }, [group.key]: { headquarters: 'Trụ sở chung.' } });
    expect(own.find((p) => p.key === group.key)!.facets.headquarters).toBe('Trụ sở chung.');
    const blocks = operationPlanBlocks(edited, '3');
    expect(blocks.some((b) => b.kind === 'para' && b.text.endsWith('Trụ sở tại số 5 Hòa Bình.'))).toBe(true);
    // Each group's table under its caption, after its seven parts.
    const at = blocks.findIndex(
      (b) => b.kind === 'caption' && b.text === `Các đơn vị thuộc nội dung 3.${edited.indexOf(group) + 1}`,
    );
    expect(blocks[at + 1]).toEqual({ kind: 'table', table: group.table });
    expect(blocks.filter((b) => b.kind === 'table').length).toBe(5);
  });
});
