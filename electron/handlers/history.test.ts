import { describe, expect, it } from 'vitest';
import { createHandlers } from './index.ts';
import { openWorkspace } from '../../db/workspace.ts';
import { dispatch } from '../../shared/dispatch.ts';
import { fixedClock } from '../../shared/clock.ts';
import { translate, type MessageKey } from '../../shared/i18n/index.ts';
import type { HistoryView, TreeAfterEdit } from '../../shared/contract/index.ts';
import { unitModel } from '../../shared/workspace-model.ts';
import { cachedUnitModel } from '../../db/unit-model-cache.ts';
import { listUnits } from '../../db/units-repo.ts';
import { unit } from '../../tests/fixtures.ts';
import { TEST_TODAY, handlerHarness } from '../../tests/handler-harness.ts';
import { Refused } from '../../tests/property.ts';

type Call = <T>(channel: string, args: unknown) => Promise<T>;

const setup = () =>
  handlerHarness([
    unit('T', null, { kind: 'people_committee' }),
    unit('S', 'T', { kind: 'department' }),
    unit('BV', 'T', { kind: 'psu', name: 'Bệnh viện', publicEmployeeQuota: 18, publicEmployeeActual: 18 }),
    unit('B', 'T', { kind: 'psu', name: 'Trung tâm B' }),
  ]);

/** The handler table over the same file opened again (as after closing the app). */
function reopened(file: string): { call: Call; close: () => void } {
  const clock = fixedClock(TEST_TODAY);
  const ws = openWorkspace(file, { clock });
  const handlers = createHandlers(ws, { clock });
  const call: Call = async <T>(channel: string, args: unknown) => {
    const env = await dispatch(handlers, channel, args);
    if (!env.ok) throw new Refused(env.error);
    return env.result as T;
  };
  return { call, close: () => ws.close() };
}

const said = (h: HistoryView) => h.entries.map((e) => translate('vi', e.label.key, e.label.params));

/**
 * `edit` is one user edit: after it `read` answers differently; undo gives back exactly what
 * `read` answered before, redo what it answered after, and both stay true after a reopen.
 */
async function undoable(
  start: ReturnType<typeof setup>,
  edit: (call: Call) => Promise<unknown>,
  read: (call: Call) => Promise<unknown>,
  label: string,
) {
  const { ws, call } = start;
  const before = await read(call);
  await edit(call);
  const after = await read(call);
  expect(after).not.toEqual(before);
  const listed = await call<HistoryView>('history.list', {});
  expect(said(listed)[0]).toBe(label);
  expect(listed).toMatchObject({ canUndo: true, canRedo: false });
  await call('history.undo', {});
  expect(await read(call)).toEqual(before);
  await call('history.redo', {});
  expect(await read(call)).toEqual(after);
  await call('history.undo', {});
  ws.close();
  const again = reopened(ws.file);
  expect(await read(again.call)).toEqual(before);
  expect(said(await again.call<HistoryView>('history.list', {}))[0]).toBe(label);
  await again.call('history.redo', {});
  expect(await read(again.call)).toEqual(after);
  await again.call('history.undo', {});
  expect(await read(again.call)).toEqual(before);
  again.close();
}

const plans = async (call: Call) => {
  const list = await call<Array<{ name: string }>>('scenario.list', {});
  return Promise.all(list.map(async (p) => ({ ...p, plan: await call('scenario.open', { name: p.name }) })));
};

describe('every aggregate users edit is undone and redone through the history, also after a reopen', () => {
  it('plans: created, their operations replaced, renamed, locked, copied, deleted', async () => {
    const ops = [{ type: 'dissolve', year: 2026, unit: 'B', staffTo: 'BV' }];
    const start = setup();
    await undoable(start, (call) => call('scenario.create', { name: 'PA1' }), plans, 'Tạo phương án PA1');
    for (const [edit, label] of [
      [(call: Call) => call('scenario.setOperations', { name: 'PA1', operations: ops }), 'Sửa phương án PA1'],
      [(call: Call) => call('scenario.rename', { name: 'PA1', newName: 'PA2' }), 'Đổi tên phương án PA1 thành PA2'],
      [(call: Call) => call('scenario.lock', { name: 'PA1', locked: true }), 'Khóa phương án PA1'],
      [(call: Call) => call('scenario.duplicate', { name: 'PA1', newName: 'PA3' }), 'Sao chép phương án PA1 thành PA3'],
      [(call: Call) => call('scenario.delete', { name: 'PA1' }), 'Xóa phương án PA1'],
    ] as const) {
      const next = setup();
      await next.call('scenario.create', { name: 'PA1' });
      await undoable(next, edit, plans, label);
    }
  });

  it('finance figures: entered, given a group by hand, the year’s money unit changed', async () => {
    const figures = (call: Call) => call('finance.list', { year: 2025 });
    await undoable(
      setup(),
      (call) =>
        call('finance.set', { code: 'BV', year: 2025, revenue: '75', spending: '100', amountUnit: 'trieu_dong' }),
      figures,
      'Sửa số liệu tài chính của Bệnh viện năm 2025',
    );
    const start = setup();
    await start.call('finance.set', { code: 'BV', year: 2025, revenue: '75', spending: '100', amountUnit: 'dong' });
    await undoable(
      start,
      (call) => call('finance.override', { code: 'BV', year: 2025, group: '2', reason: 'Quyết định giao tự chủ' }),
      figures,
      'Điều chỉnh nhóm tự chủ của Bệnh viện năm 2025',
    );
    await undoable(
      setup(),
      (call) => call('finance.configure', { year: 2025, amountUnit: 'trieu_dong' }),
      figures,
      'Đổi đơn vị tiền của năm 2025',
    );
  });

  it('target sets and recorded baselines: saved and deleted', async () => {
    const set = {
      id: 'tinh-2027',
      title: 'Chỉ tiêu của tỉnh',
      targets: [
        { id: 'psu-2027', title: 'Giảm 10% số ĐVSN', metric: ['psus'], baseYear: 2025, year: 2027, requiredPct: 10 },
      ],
    };
    const sets = (call: Call) => call('targetSets.list', {});
    await undoable(setup(), (call) => call('targetSets.save', { set }), sets, 'Lưu bộ chỉ tiêu Chỉ tiêu của tỉnh');
    const start = setup();
    await start.call('targetSets.save', { set });
    await undoable(start, (call) => call('targetSets.delete', { id: set.id }), sets, 'Xóa bộ chỉ tiêu tinh-2027');
    await undoable(
      setup(),
      (call) => call('baselines.save', { baseline: { year: 2021, psus: 3 } }),
      (call) => call('baselines.list', {}),
      'Lưu số liệu gốc năm 2021',
    );
  });

  it('rule parameters and the rule set pinned', async () => {
    const rules = (call: Call) => call('rules.get', {});
    await undoable(
      setup(),
      (call) => call('rules.setParameter', { parameter: 'psuMinStaff', value: 20, reason: 'Quyết định của tỉnh' }),
      rules,
      'Đổi tham số quy tắc: ĐVSN: số người làm việc tối thiểu',
    );
    await undoable(
      setup(),
      (call) => call('rules.pin', { ruleSetId: 'nd120-107-2020', reason: 'Đề án lập theo Nghị định 107/2020' }),
      rules,
      'Chọn bộ quy tắc áp dụng: nd120-107-2020',
    );
  });

  it('job positions: a unit list replaced (and its positions back with a deleted unit undone)', async () => {
    const positions = (call: Call) => call('positions.list', {});
    await undoable(
      setup(),
      (call) =>
        call('positions.replace', {
          code: 'S',
          positions: [{ name: 'Chuyên viên', class: 'professional', staffing: 'quota', needed: 3, present: 2 }],
        }),
      positions,
      'Sửa vị trí việc làm của Đơn vị S',
    );
    const start = setup();
    await start.call('positions.replace', {
      code: 'BV',
      positions: [{ name: 'Bác sĩ', class: 'professional', staffing: 'quota', needed: 5, present: 5 }],
    });
    await undoable(start, (call) => call('units.delete', { code: 'BV', mode: 'subtree' }), positions, 'Xóa Bệnh viện');
    await undoable(
      setup(),
      (call) =>
        call('positions.setNorm', {
          code: 'B',
          inputs: { sector: 'school', level: 'primary', region: 2, pupils: 300 },
        }),
      (call) => call('positions.norm', { unit: 'B' }),
      'Sửa số liệu định mức của Trung tâm B',
    );
  });

  it('base salary periods: added and removed', async () => {
    const salaries = (call: Call) => call('people.list', {});
    const period = { amount: '2.530.000', from: '01/07/2027', citation: 'Nghị định 73/2024/NĐ-CP' };
    await undoable(
      setup(),
      (call) => call('people.addBaseSalary', period),
      salaries,
      'Thêm mức lương cơ sở từ 01/07/2027',
    );
    const start = setup();
    const added = await start.call<{ baseSalaries: Array<{ id: number | null }> }>('people.addBaseSalary', period);
    const id = added.baseSalaries.find((p) => p.id !== null)!.id!;
    await undoable(
      start,
      (call) => call('people.removeBaseSalary', { id }),
      salaries,
      'Xóa mức lương cơ sở từ 07/2027',
    );
  });
});

describe('one history for every aggregate', () => {
  it('undoes the last step whatever it edited; a new step drops only its own aggregate’s redo', async () => {
    const { ws, call } = setup();
    await call('units.update', { code: 'S', patch: { deputies: 2 } });
    await call('scenario.create', { name: 'PA1' });
    await call('history.undo', {}); // the plan
    expect(await call('scenario.list', {})).toEqual([]);
    await call('units.update', { code: 'BV', patch: { deputies: 1 } }); // a tree step: the plan's redo stays
    await call('history.redo', {});
    expect((await call<Array<{ name: string }>>('scenario.list', {})).map((p) => p.name)).toEqual(['PA1']);
    await call('history.undo', {}); // the plan again (redone last)
    await call('scenario.create', { name: 'PA9' }); // a plan step: the plan's redo goes
    expect((await call<HistoryView>('history.list', {})).canRedo).toBe(false);
    ws.close();
  });

  it('names the step the next undo and redo would replay, and answers each undo and redo with the step it replayed', async () => {
    const { ws, call } = setup();
    const named = (step: { label: HistoryView['entries'][number]['label'] } | null) =>
      step && translate('vi', step.label.key, step.label.params);
    await call('units.update', { code: 'S', patch: { deputies: 2 } });
    await call('scenario.create', { name: 'PA1' });
    await call('print.save', {
      name: 'PA1',
      type: 'to-trinh',
      settings: (await call<{ settings: object }>('print.get', { name: 'PA1', type: 'to-trinh' })).settings,
    });
    let listed = await call<HistoryView>('history.list', {});
    expect([named(listed.nextUndo), listed.nextRedo]).toEqual(['Lưu thiết lập in (Tờ trình) của phương án PA1', null]);
    type Replayed = TreeAfterEdit & { step: { id: number; label: HistoryView['entries'][number]['label'] } | null };
    const undone = await call<Replayed>('history.undo', {});
    expect(named(undone.step)).toBe('Lưu thiết lập in (Tờ trình) của phương án PA1');
    expect([named(undone.history.nextUndo), named(undone.history.nextRedo)]).toEqual([
      'Tạo phương án PA1',
      'Lưu thiết lập in (Tờ trình) của phương án PA1',
    ]);
    expect(named((await call<Replayed>('history.redo', {})).step)).toBe(
      'Lưu thiết lập in (Tờ trình) của phương án PA1',
    );
    // Nothing to redo: no step replayed, said as such (null), nothing changed.
    const none = await call<Replayed>('history.redo', {});
    expect(none.step).toBeNull();
    listed = await call<HistoryView>('history.list', {});
    expect([named(listed.nextUndo), listed.nextRedo]).toEqual(['Lưu thiết lập in (Tờ trình) của phương án PA1', null]);
    ws.close();
  });

  it('answers an undo of a step that edited no unit with no unit changed (the held units kept)', async () => {
    const { ws, call } = setup();
    await call('scenario.create', { name: 'PA1' });
    await call('findings.list', {}); // as the UI does: the units are then held
    const answer = await call<TreeAfterEdit>('history.undo', { deltaOnly: true });
    expect(answer).toMatchObject({ delta: { upsert: [], remove: [], order: null, count: 4 } });
    expect(cachedUnitModel(ws.db)).toEqual(unitModel(listUnits(ws.db)));
    ws.close();
  });

  it('refuses to revert a step whose rows changed since, naming the step, and changes nothing', async () => {
    const { ws, call } = setup();
    await call('scenario.create', { name: 'PA1' });
    const ops = [{ type: 'dissolve', year: 2026, unit: 'B', staffTo: 'BV' }];
    await call('scenario.setOperations', { name: 'PA1', operations: ops });
    await call('scenario.setOperations', { name: 'PA1', operations: [] });
    const first = (await call<HistoryView>('history.list', {})).entries[1]!;
    const before = await plans(call);
    const refused = await call<never>('history.revert', { id: first.id }).catch((e: Refused) => e.error);
    expect(translate('vi', refused.key as MessageKey, refused.params)).toBe(
      `Dữ liệu đã thay đổi kể từ bước ${first.id} (Sửa phương án PA1); không thể hoàn tác hay làm lại bước này mà không ghi đè thay đổi sau đó.`,
    );
    expect(await plans(call)).toEqual(before);
    // The last step reverted on its own: the operations come back, as a new step of its own.
    const last = (await call<HistoryView>('history.list', {})).entries[0]!;
    await call('history.revert', { id: last.id });
    expect((await call<{ operations: unknown[] }>('scenario.get', { name: 'PA1' })).operations).toEqual(ops);
    expect(said(await call<HistoryView>('history.list', {}))[0]).toBe(`Hoàn tác bước ${last.id}: Sửa phương án PA1`);
    ws.close();
  });
});
