import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useHeldUnits } from '../app/held-units.ts';
import { ApiError, call } from '../api.ts';
import { editPlan, latestVersion } from './plan-versions.ts';
import { applyPlanCommand, sendPlanCommand, type PlanCommand } from './plan-commands.ts';
import { useI18n } from '../i18n.tsx';
import { useChannel } from '../data/useChannel.ts';
import { heldPlan, rereadPlan, showSavedPlan, usePlanRead } from './usePlanRead.ts';
import { describeOperation } from '../../../shared/scenario/describe.ts';
import { namesAt } from '../../../shared/scenario/names-at.ts';
import { quotaOfRollup, unitLabels, type UnitFigures, type WholeFigures } from '../../../shared/scenario/figures.ts';
import { WholeChange } from './ScenarioChanges.tsx';
import type { Operation } from '../../../shared/scenario/operations.ts';
import { parseCount, parseViNumber } from '../../../shared/format.ts';
import { LEVELS, SECTORS, UNIT_KINDS, type Level, type Sector, type UnitKind } from '../../../shared/model/unit.ts';
import { PROVINCE_CLASSES, type ProvinceClass } from '../../../shared/model/workspace.ts';
import type { Result } from '../../../shared/contract/index.ts';
import type { MessageKey } from '../../../shared/i18n/index.ts';
import { FieldChange } from '../ui/FieldChange.tsx';
import { ScenarioSuggest } from './ScenarioSuggest.tsx';
import { MergeWizard } from '../tree/MergeWizard.tsx';
import { SplitForm } from '../tree/SplitForm.tsx';
import { ProvinceAnnex } from './ProvinceAnnex.tsx';
import { CommuneTable } from './CommuneTable.tsx';
import { CutSummary } from './CutSummary.tsx';
import { annexedUnits } from '../../../shared/scenario/annex.ts';
import { appliedOrder, displayToIso, isoToDisplay, operationDate } from '../../../shared/scenario/operation-date.ts';
import { scopeChoices, unitsOnCutDay, type CutScope } from '../../../shared/scenario/cut-scope.ts';
import { CutScopePicker } from './CutScopePicker.tsx';
import { DayInput } from '../ui/DayInput.tsx';
import { usePlanUnits } from './PlanDialog.tsx';
import { exitWindows } from '../../../shared/scenario/restructuring-decision.ts';
import { PlanPositions, joinedUnit, reducibleUnits } from './PlanPositions.tsx';
import { defaultOperationYear } from '../../../shared/scenario/default-year.ts';
import { NewCodeField, useCodesInUse, useNewCodeMessage } from './NewCodeField.tsx';
import { UnitPick } from './UnitPick.tsx';
import { FormError } from '../ui/FormError.tsx';
import { describeError } from '../../../shared/errors.ts';

const ADDABLE = [
  'merge',
  'dissolve',
  'transfer',
  'convert',
  'setQuota',
  'setDeputies',
  'rename',
  'setAutonomy',
  'create',
  'reclassify',
  'cutQuotas',
  'setProvince',
  'abolishLevel',
] as const;
/** Operations built in a dialog of their own rather than in the one-line form. */
const DIALOGS = ['mergeWizard', 'split'] as const;
type Addable = (typeof ADDABLE)[number];
type Dialog = (typeof DIALOGS)[number];
const isDialog = (v: string): v is Dialog => (DIALOGS as readonly string[]).includes(v);

/**
 * A plan's changes in order, by year (left: reorder, remove, pick one for its details), and the
 * form adding one (right, checked by simulating before it is stored) with its preview and message;
 * `children` (the plan's views) goes between them.
 */
export function ScenarioOperations({
  name,
  locked,
  firstYear,
  yearFigures,
  onChanged,
  onError,
  side,
  detail,
  pickedUnit,
  children,
}: {
  name: string;
  locked: boolean;
  firstYear: number;
  /** Per year of the plan, the quota and the people at its end: each year's change is shown by its operations. */
  yearFigures: ReadonlyMap<number, { quota: number; people: number }>;
  onChanged: () => void;
  onError: (err: unknown) => void;
  /** Above the operations (the plan list). */
  side: ReactNode;
  /** At the top of the right column: the unit selected in the plan's chart or table. */
  detail?: ReactNode;
  /** The unit picked in the plan's chart or table: the default parent of a unit created. */
  pickedUnit?: string | null;
  children: ReactNode;
}) {
  const { t, n, lang } = useI18n();
  // The message of the last action, shown where it was taken: the list's (move, remove) or the form's.
  const [listError, setListError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const describe = (err: unknown) => (err instanceof ApiError ? describeError(err.error, lang) : String(err));
  const [picked, setPicked] = useState<number | null>(null);
  // The stored plan through the query cache (usePlanRead.ts), with the version it was read at: a save
  // after someone else's is refused (plan-versions.ts); read again when an edit of the plans makes it
  // stale, here or elsewhere (the plan chart, another window). An edit waiting its turn builds on the
  // operations as last read or saved (heldPlan), not on those of the render that sent it.
  const open = usePlanRead(name);
  const ops = useMemo(() => open.data?.scenario.operations ?? [], [open.data]);
  const [units, setUnits] = useState<Array<{ code: string; name: string }>>([]);
  const [type, setType] = useState<Addable | Dialog>('merge');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // Proposed once today is known (the back end's clock), unless the person typed a year already.
  const [year, setYear] = useState(String(firstYear + 1));
  const yearTyped = useRef(false);
  const [unit, setUnit] = useState('');
  // A unit created at the top level (no parent) only when ticked on purpose, never by a parent left empty.
  const [topLevel, setTopLevel] = useState(false);
  useEffect(() => {
    if (type === 'create' && pickedUnit) {
      setUnit(pickedUnit);
      setTopLevel(false);
    }
  }, [type, pickedUnit]);
  const [other, setOther] = useState('');
  const [cs, setCs] = useState('');
  const [pe, setPe] = useState('');
  // The day it applies (optional: without it, 01/01 of the year), and the fields of the two-tier operations.
  const [date, setDate] = useState('');
  const [newName, setNewName] = useState('');
  const [unitKind, setUnitKind] = useState<UnitKind | ''>('');
  const [level, setLevel] = useState<Level | ''>('');
  const [sector, setSector] = useState<Sector | ''>('');
  const [percent, setPercent] = useState('');
  const [cutFields, setCutFields] = useState({ civilServantQuota: true, publicEmployeeQuota: true });
  const [cutScope, setCutScope] = useState<CutScope>({});
  const [provinceClass, setProvinceClass] = useState<ProvinceClass | ''>('');
  const [preview, setPreview] = useState<(Result<'scenario.preview'> & { operation: Operation }) | null>(null);
  // The merge (or split part) whose unit's positions are shown to reduce (the operation's index in the
  // plan and the unit), and a merge previewed (the plan with it).
  const [reducing, setReducing] = useState<{ index: number; unit: string } | null>(null);
  const [previewed, setPreviewed] = useState<Operation[] | null>(null);
  const today = open.data?.today;
  useEffect(() => {
    if (today && !yearTyped.current) setYear(String(defaultOperationYear(today, firstYear)));
  }, [today, firstYear]);
  // The day as typed (dd/MM/yyyy, the administrative convention; yyyy-mm-dd also read), in ISO; what
  // cannot be read is passed as typed, for the plan's check to refuse with its message.
  const isoDate = displayToIso(date);
  // The year the operation falls in: the day's when one is typed, else the year field's.
  const opYear = isoDate ? Number(isoDate.slice(0, 4)) : Number(year);
  // abolishLevel: the committees as the plan has them at the end of the year before the operation's
  // (read again when an edit of the plans makes the plan's state stale).
  const before = opYear - 1;
  const stateBefore = useChannel(
    'scenario.state',
    { name, year: Math.max(firstYear, before) },
    { enabled: (type === 'abolishLevel' || type === 'cutQuotas') && Number.isInteger(opYear) },
  );
  const yearStart = useMemo(
    () => (stateBefore.data ? (before < firstYear ? stateBefore.data.baseline : stateBefore.data.units) : []),
    [stateBefore.data, before, firstYear],
  );
  const committees = useMemo<Array<{ code: string; level: Level }>>(
    () => yearStart.filter((u) => u.kind === 'people_committee').map((u) => ({ code: u.code, level: u.level })),
    [yearStart],
  );
  // The plan's read refused is said by the page (the same cached read: ScenarioView), the committees' here.
  useEffect(() => {
    if (stateBefore.error) onError(stateBefore.error);
  }, [stateBefore.error]); // eslint-disable-line react-hooks/exhaustive-deps -- onError is the caller's inline callback
  const heldUnits = useHeldUnits(); // the units the app holds: never downloaded again
  useEffect(() => {
    // A name that repeats ("Thanh tra Sở") is said with its parent's.
    const labelOf = unitLabels([...heldUnits]);
    setUnits(heldUnits.map((u) => ({ code: u.code, name: labelOf(u.code) })));
  }, [heldUnits]);
  // The units of annexed provinces can be named in later operations too (with their province: names repeat).
  const known = useMemo(
    () => [
      ...units,
      ...ops.flatMap((op) =>
        op.type === 'annex' ? annexedUnits(op).map((u) => ({ code: u.code, name: `${u.name} (${op.province})` })) : [],
      ),
    ],
    [units, ops],
  );
  const names = useMemo(() => new Map(known.map((u) => [u.code, u.name])), [known]);
  // A new unit's code is proposed and checked against every code in use (NewCodeField.tsx).
  const codesInUse = useCodesInUse(known, ops);
  // The chosen parent's units of the new unit's kind: their lettered codes are followed (CT.SYT.P06).
  const sameKind = useMemo(
    () =>
      type === 'create' && unit && unitKind
        ? heldUnits.filter((u) => u.parentCode === unit && u.kind === unitKind).map((u) => u.code)
        : [],
    [type, unit, unitKind, heldUnits],
  );
  const newCodeMessage = useNewCodeMessage();
  // Each Decree 178 exit tied to a restructuring operation is costed and said by its 12-month window from it.
  const windows = useMemo(() => exitWindows(ops), [ops]);
  // Each operation names a unit as it stands then: renamed by an earlier step, or made by the plan.
  const namesAtOp = useMemo(() => namesAt(ops, (code) => names.get(code) ?? code), [ops, names]);

  // The operations by the year they apply in (their order of application), each year with what it changes.
  const byYear = useMemo(() => {
    const groups: Array<{ year: number; first: number; items: ReturnType<typeof appliedOrder<Operation>> }> = [];
    appliedOrder(ops).forEach((item, k) => {
      const y = Number(operationDate(item.op).slice(0, 4));
      const last = groups[groups.length - 1];
      if (last && last.year === y) last.items.push(item);
      else groups.push({ year: y, first: k, items: [item] });
    });
    return groups;
  }, [ops]);
  const signed = (v: number) => (v > 0 ? `+${n(v)}` : v < 0 ? `−${n(-v)}` : '0');
  /** The quota and the people at the year's end against the year before's (the simulation's figures). */
  const yearDelta = (y: number) => {
    const now = yearFigures.get(y);
    const before = yearFigures.get(y - 1);
    if (!now || !before) return null;
    return (
      <span className="muted op-year-delta">
        {' · '}
        {t('scn.yearDelta', { quota: signed(now.quota - before.quota), people: signed(now.people - before.people) })}
      </span>
    );
  };
  /** Stores a plan edit (plan-commands.ts): a command (or what `next` makes of the latest operations, when the save waits its turn), or a whole list. */
  const save = async (
    next: Operation[] | PlanCommand | ((latest: Operation[]) => PlanCommand),
    report: (err: unknown) => void = (err) => setListError(describe(err)),
  ) => {
    setListError(null);
    setFormError(null);
    try {
      let operations: Operation[] = [];
      const saved = await editPlan(
        () => heldPlan(name)?.held,
        (version) => {
          const latest = heldPlan(name)?.scenario.operations ?? [];
          const command: PlanCommand = Array.isArray(next)
            ? { kind: 'replace', operations: next }
            : typeof next === 'function'
              ? next(latest)
              : next;
          operations = applyPlanCommand(latest, command);
          return sendPlanCommand(name, version, command);
        },
      );
      showSavedPlan(name, operations, saved);
      onChanged();
      return true;
    } catch (err) {
      report(err);
      if (err instanceof ApiError && err.error.key === 'err.planChanged') void rereadPlan(name); // show the other person's plan
      return false;
    }
  };
  /** Swaps two operations of the same date in the plan (their order of application). */
  const move = (i: number, j: number) => {
    const [a, b] = [ops[i]!, ops[j]!];
    void save((latest) => ({ kind: 'move', from: latest.indexOf(a), to: latest.indexOf(b) }));
  };
  const count = (v: string) => parseCount(v, lang);
  // The plan's units in that year, for the quota cut's scope (only read while it is chosen).
  const planUnits = usePlanUnits(name, type === 'cutQuotas' ? opYear : Number.NaN, onError);
  // The kinds, levels and sectors the cut can reach on its day: those of the units there at the year's
  // start (less a level the plan abolishes by then) or at its end (cut-scope.ts).
  const cutChoices = scopeChoices(
    [unitsOnCutDay(yearStart, ops, isoDate ?? `${opYear}-01-01`), planUnits?.units ?? []],
    cutScope,
  );
  // What an empty kind, level or sector means: any (a quota cut's scope), unchanged (a reclassification), or no empty choice.
  const emptyChoice = type === 'reclassify' ? t('op.form.unchanged') : null;
  // The two quotas a new unit starts with, or a unit is set to.
  const quotaInputs = (
    <>
      <label>
        {t('field.civilServantQuota')}
        <input inputMode="numeric" value={cs} onChange={(e) => setCs(e.target.value)} />
      </label>
      <label>
        {t('field.publicEmployeeQuota')}
        <input inputMode="numeric" value={pe} onChange={(e) => setPe(e.target.value)} />
      </label>
    </>
  );
  /** The unit fields the chosen operation needs and left empty, by name: "Đơn vị: chưa chọn". */
  const missing = (): string | null => {
    const need: Array<[string, string]> = [];
    if (type === 'cutQuotas' && !percent.trim()) need.push([t('op.form.percent'), t('op.form.empty')]);
    if (type !== 'setProvince' && type !== 'cutQuotas' && type !== 'create' && !unit.trim())
      need.push([t(type === 'abolishLevel' ? 'op.form.receiver' : 'op.form.unit'), t('op.form.notChosen')]);
    if (type === 'merge' && !other.trim()) need.push([t('op.form.mergeWith'), t('op.form.notChosen')]);
    if (type === 'rename' && !other.trim()) need.push([t('op.form.newName'), t('op.form.empty')]);
    if (type === 'create' && !unit.trim() && !topLevel) need.push([t('op.form.parentOf'), t('op.form.notChosen')]);
    else if (type === 'create' && !other.trim()) need.push([t('op.form.code'), t('op.form.empty')]);

    if ((type === 'create' || type === 'setProvince') && !newName.trim())
      need.push([t(type === 'create' ? 'op.form.name' : 'op.form.provinceName'), t('op.form.empty')]);
    if (type === 'setDeputies' && !cs.trim()) need.push([t('field.deputies'), t('op.form.empty')]);
    const said = need.map(([f, why]) => `${f}: ${why}`);
    const codeProblem = type === 'create' && other.trim() ? newCodeMessage(other, codesInUse) : null;
    if (codeProblem) said.push(codeProblem);
    return said.length ? said.join('; ') : null;
  };
  const build = (): Operation => {
    // A day given is the operation's date (its year follows); otherwise the year alone (01/01).
    const y = opYear;
    const day = date.trim() ? { date: isoDate ?? date.trim() } : {};
    // The one-line form builds these; the dialogs build their own.
    const op = build1(y);
    return { ...op, ...day };
  };
  const build1 = (y: number): Operation => {
    const kind = type as Addable;
    switch (kind) {
      case 'merge':
        return { type: kind, year: y, units: [unit, other], into: unit };
      case 'dissolve':
        return { type: kind, year: y, unit, staffTo: other.trim() || null };
      case 'transfer':
        return { type: kind, year: y, unit, parentCode: other.trim() || null };
      case 'convert':
        return { type: kind, year: y, unit };
      case 'setQuota':
        return { type: kind, year: y, unit, civilServantQuota: count(cs), publicEmployeeQuota: count(pe) };
      case 'setDeputies':
        return { type: kind, year: y, unit, deputies: count(cs) as number };
      case 'rename':
        return { type: kind, year: y, unit, name: other };
      case 'setAutonomy':
        // Amounts as typed (Vietnamese format, in đồng): the simulation reads them exactly.
        return {
          type: kind,
          year: y,
          unit,
          ...(cs.trim() ? { revenue: cs.trim() } : {}),
          ...(pe.trim() ? { spending: pe.trim() } : {}),
          ...(other.trim() ? { group: other.trim() } : {}),
        };
      case 'create':
        // `unit` is the parent here; the checks (placement, code in use) are the simulation's.
        return {
          type: kind,
          year: y,
          unit: {
            code: other.trim(),
            name: newName,
            parentCode: unit.trim() || null,
            kind: unitKind as UnitKind,
            level: level as Level,
            sector: sector || 'general_administration',
            civilServantQuota: count(cs) ?? 0,
            publicEmployeeQuota: count(pe) ?? 0,
          },
        };
      case 'reclassify':
        return {
          type: kind,
          year: y,
          unit,
          ...(unitKind ? { kind: unitKind } : {}),
          ...(level ? { level } : {}),
          ...(sector ? { sector } : {}),
        };
      case 'cutQuotas':
        return {
          type: kind,
          year: y,
          scope: cutScope,
          percent: parseViNumber(percent.trim()) ?? Number.NaN,
          fields: (['civilServantQuota', 'publicEmployeeQuota'] as const).filter((f) => cutFields[f]),
        };
      case 'abolishLevel': {
        // Every committee of the level, each to the one receiving unit typed (the simulation checks them).
        const abolished = level === 'commune' ? 'commune' : 'district';
        const to = unit.trim();
        return {
          type: kind,
          year: y,
          level: abolished,
          receivers: Object.fromEntries(committees.filter((c) => c.level === abolished).map((c) => [c.code, to])),
        };
      }
      case 'setProvince':
        return {
          type: kind,
          year: y,
          name: newName,
          ...(provinceClass ? { class: provinceClass } : {}),
          ...(other.trim() ? { shortName: other.trim() } : {}),
        };
    }
  };
  const showPreview = async () => {
    setFormError(null);
    setPreview(null);
    setPreviewed(null);
    const absent = missing();
    if (absent) return setFormError(absent);
    try {
      const operation = build();
      setPreview({ ...(await call('scenario.preview', { name, operation })), operation });
      setPreviewed(joinedUnit(operation) !== null ? [...ops, operation] : null);
    } catch (err) {
      setPreview(null);
      setPreviewed(null);
      setFormError(describe(err));
    }
  };
  /** A dialog stored its operation in the plan. */
  const added = () => {
    setDialog(null);
    onChanged();
  };
  const add = async () => {
    setPreview(null);
    setPreviewed(null);
    setFormError(null);
    const absent = missing();
    if (absent) return setFormError(absent);
    const op = build();
    if (await save({ kind: 'add', operation: op }, (err) => setFormError(describe(err)))) {
      // A unit created keeps its parent (several children are added in a row), its code proposed again.
      if (type === 'create') setNewName('');
      else setUnit('');
      setOther('');
      setCs('');
      setPe('');
    }
  };
  const otherLabel =
    type === 'merge'
      ? t('op.form.mergeWith')
      : type === 'dissolve'
        ? t('op.form.staffTo')
        : type === 'transfer'
          ? t('op.form.parent')
          : type === 'rename'
            ? t('op.form.newName')
            : null;

  return (
    <div className="plan-columns">
      {/* The operations and their form, around the plan's views (laid out by the grid: this box draws nothing). */}
      <div className="scenario-ops" data-testid="scenario-ops">
        <aside className="plan-side">
          {side}
          <section className="op-list" aria-label={t('op.title')}>
            <h3>{t('op.title')}</h3>
            <FormError error={listError} />
            {ops.length === 0 && <p className="muted">{t('op.none')}</p>}
            {byYear.map(({ year: y, items, first }) => (
              <section key={y} className="op-year" data-testid={`op-year-${y}`}>
                <h4 className="op-year-head">
                  {t('scn.yearOps', { year: String(y), count: items.length })}
                  {yearDelta(y)}
                </h4>
                <ol start={first + 1}>
                  {items.map(({ op, index: i, up, down }) => (
                    <li key={i} className={picked === i ? 'picked' : ''}>
                      <span
                        role="button"
                        tabIndex={0}
                        title={t('op.pickHint')}
                        onClick={() => setPicked(picked === i ? null : i)}
                        onKeyDown={(e) => e.key === 'Enter' && setPicked(picked === i ? null : i)}
                      >
                        {describeOperation(op, lang, namesAtOp.before(i), windows.get(i))}
                      </span>
                      <button
                        type="button"
                        disabled={locked || up === null}
                        aria-label={t('op.up')}
                        title={t('op.up')}
                        onClick={() => up !== null && move(i, up)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        disabled={locked || down === null}
                        aria-label={t('op.down')}
                        title={t('op.down')}
                        onClick={() => down !== null && move(i, down)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        disabled={locked}
                        aria-label={t('op.remove')}
                        title={t('op.remove')}
                        onClick={() => {
                          setPicked(null);
                          void save((latest) => ({ kind: 'remove', index: latest.indexOf(op) }));
                        }}
                      >
                        ✕
                      </button>
                      {!locked &&
                        reducibleUnits(op).map((unit) => (
                          <button
                            key={unit}
                            type="button"
                            data-testid={
                              op.type === 'split' ? `op-reduce-positions-${i}-${unit}` : `op-reduce-positions-${i}`
                            }
                            onClick={() => {
                              setPicked(i);
                              setReducing(reducing?.index === i && reducing.unit === unit ? null : { index: i, unit });
                            }}
                          >
                            {op.type === 'split' ? t('pos.reducePart', { unit }) : t('pos.reduce')}
                          </button>
                        ))}
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </section>
        </aside>
        <aside className="plan-detail">
          {detail}
          {picked !== null && ops[picked] && (
            <div className="op-picked" data-testid="op-picked">
              <strong>{t('op.picked', { n: String(picked + 1) })}</strong>
              <p>{describeOperation(ops[picked], lang, namesAtOp.before(picked), windows.get(picked))}</p>
              {reducing !== null &&
                ops[reducing.index] &&
                reducibleUnits(ops[reducing.index]!).includes(reducing.unit) && (
                  <PlanPositions
                    key={reducing.unit}
                    plan={name}
                    ops={ops}
                    index={reducing.index}
                    unit={reducing.unit}
                    onError={onError}
                    nameOf={namesAtOp.before(reducing.index)}
                    save={async (next) => {
                      const ok = await save(next);
                      if (ok) setReducing(null);
                      return ok;
                    }}
                  />
                )}
            </div>
          )}
          <FormError error={formError} />
          {!locked && (
            <form
              className="op-form"
              onSubmit={(e) => {
                e.preventDefault();
                if (isDialog(type)) setDialog(type);
                else void add();
              }}
            >
              <label>
                {t('op.form.type')}
                <select
                  value={type}
                  onChange={(e) => {
                    const v = e.target.value as Addable | Dialog;
                    setType(v);
                    setPreview(null);
                    setPreviewed(null);
                    setFormError(null);
                    if (isDialog(v)) setDialog(v);
                  }}
                >
                  {[...ADDABLE, ...DIALOGS].map((k) => (
                    <option key={k} value={k}>
                      {t(`op.kind.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
              {/* A day typed gives the year: the year field shows it, is disabled, and says so. */}
              <label>
                {t('op.form.year')}
                <input
                  type="number"
                  value={isoDate && !isDialog(type) ? isoDate.slice(0, 4) : year}
                  disabled={!!isoDate && !isDialog(type)}
                  min={firstYear}
                  max={2100}
                  onChange={(e) => {
                    yearTyped.current = true;
                    setYear(e.target.value);
                  }}
                />
              </label>
              {!isDialog(type) && (
                <DayInput label={t('op.form.date')} value={date} onChange={setDate} testId="op-date" />
              )}
              {isoDate && !isDialog(type) && (
                <span className="year-of-day muted" data-testid="op-year-of-day">
                  {t('op.form.yearOfDay', { date: isoToDisplay(isoDate) })}
                </span>
              )}
              {isDialog(type) ? (
                <button type="submit">{t(`op.open.${type}`)}</button>
              ) : (
                <>
                  {type !== 'setProvince' && type !== 'cutQuotas' && (
                    <UnitPick
                      label={t(
                        type === 'create'
                          ? 'op.form.parentOf'
                          : type === 'abolishLevel'
                            ? 'op.form.receiver'
                            : 'op.form.unit',
                      )}
                      units={known}
                      value={unit}
                      onChange={(code) => {
                        setUnit(code);
                        if (code) setTopLevel(false);
                      }}
                    />
                  )}
                  {type === 'create' && !unit && (
                    <label>
                      <input type="checkbox" checked={topLevel} onChange={(e) => setTopLevel(e.target.checked)} />
                      {t('op.form.noParent')}
                    </label>
                  )}
                  {type === 'create' && (
                    <NewCodeField
                      parent={unit}
                      placed={!!unit.trim() || topLevel}
                      like={sameKind}
                      inUse={codesInUse}
                      value={other}
                      onChange={setOther}
                    />
                  )}
                  {(type === 'create' || type === 'setProvince') && (
                    <label>
                      {t(type === 'create' ? 'op.form.name' : 'op.form.provinceName')}
                      <input value={newName} onChange={(e) => setNewName(e.target.value)} />
                    </label>
                  )}
                  {(type === 'create' || type === 'reclassify') && (
                    <>
                      <CodeSelect
                        label={t('field.kind')}
                        value={unitKind}
                        values={UNIT_KINDS}
                        prefix="kind"
                        empty={emptyChoice}
                        onChange={setUnitKind}
                      />
                      <CodeSelect
                        label={t('field.level')}
                        value={level}
                        values={LEVELS}
                        prefix="level"
                        empty={emptyChoice}
                        onChange={setLevel}
                      />
                      <CodeSelect
                        label={t('field.sector')}
                        value={sector}
                        values={SECTORS}
                        prefix="sector"
                        empty={emptyChoice}
                        onChange={setSector}
                      />
                    </>
                  )}
                  {type === 'abolishLevel' && (
                    <>
                      <CodeSelect
                        label={t('field.level')}
                        value={level === 'commune' ? 'commune' : 'district'}
                        values={['district', 'commune'] as const}
                        prefix="level"
                        empty={null}
                        onChange={setLevel}
                      />
                      <span className="muted" data-testid="op-abolish-count">
                        {t('op.form.abolishCount', {
                          count: committees.filter((c) => c.level === (level === 'commune' ? 'commune' : 'district'))
                            .length,
                          level: t(`level.${level === 'commune' ? 'commune' : 'district'}`).toLowerCase(),
                        })}
                      </span>
                    </>
                  )}
                  {type === 'create' && quotaInputs}
                  {type === 'cutQuotas' && (
                    <>
                      <CutScopePicker
                        units={planUnits?.units ?? []}
                        choices={cutChoices}
                        scope={cutScope}
                        onChange={(next) => {
                          setCutScope(next);
                          setPreview(null);
                        }}
                      />
                      <label>
                        {t('op.form.percent')}
                        <input
                          inputMode="decimal"
                          size={5}
                          value={percent}
                          onChange={(e) => setPercent(e.target.value)}
                        />
                      </label>
                      {(['civilServantQuota', 'publicEmployeeQuota'] as const).map((f) => (
                        <label key={f}>
                          <input
                            type="checkbox"
                            checked={cutFields[f]}
                            onChange={(e) => setCutFields({ ...cutFields, [f]: e.target.checked })}
                          />
                          {t(`field.${f}`)}
                        </label>
                      ))}
                    </>
                  )}
                  {type === 'setProvince' && (
                    <>
                      <CodeSelect
                        label={t('field.provinceClass')}
                        value={provinceClass}
                        values={PROVINCE_CLASSES}
                        prefix="class"
                        empty={t('op.form.unchanged')}
                        onChange={setProvinceClass}
                      />
                      <label>
                        {t('op.form.shortName')}
                        <input value={other} onChange={(e) => setOther(e.target.value)} />
                      </label>
                    </>
                  )}
                  {otherLabel && type === 'rename' && (
                    <label>
                      {otherLabel}
                      <input value={other} onChange={(e) => setOther(e.target.value)} />
                    </label>
                  )}
                  {otherLabel && type !== 'rename' && (
                    <UnitPick
                      label={otherLabel}
                      units={known.filter((u) => u.code !== unit)}
                      value={other}
                      onChange={setOther}
                      optional={
                        type === 'dissolve'
                          ? t('op.form.streamline')
                          : type === 'transfer'
                            ? t('op.form.topLevel')
                            : undefined
                      }
                    />
                  )}
                  {type === 'setQuota' && quotaInputs}
                  {type === 'setDeputies' && (
                    <label>
                      {t('field.deputies')}
                      <input inputMode="numeric" value={cs} onChange={(e) => setCs(e.target.value)} />
                    </label>
                  )}
                  {type === 'setAutonomy' && (
                    <>
                      <label>
                        {t('op.form.revenue')}
                        <input inputMode="decimal" value={cs} onChange={(e) => setCs(e.target.value)} />
                      </label>
                      <label>
                        {t('op.form.spending')}
                        <input inputMode="decimal" value={pe} onChange={(e) => setPe(e.target.value)} />
                      </label>
                      <label>
                        {t('op.form.group')}
                        <input size={4} value={other} onChange={(e) => setOther(e.target.value)} placeholder="3b" />
                      </label>
                    </>
                  )}
                  <button type="button" onClick={() => void showPreview()}>
                    {t('op.preview')}
                  </button>
                  <button type="submit">{t('op.add')}</button>
                </>
              )}
            </form>
          )}
          {!locked && dialog === 'mergeWizard' && (
            <MergeWizard name={name} year={Number(year)} onDone={added} onCancel={() => setDialog(null)} />
          )}
          {!locked && dialog === 'split' && (
            <SplitForm name={name} year={Number(year)} onDone={added} onCancel={() => setDialog(null)} />
          )}
          {!locked && <ScenarioSuggest name={name} year={Number(year)} ops={ops} save={save} onError={onError} />}
          {!locked && (
            <ProvinceAnnex
              name={name}
              firstYear={firstYear}
              onAnnexed={async () => {
                await rereadPlan(name);
                onChanged();
              }}
              onAccept={(added) => save((latest) => ({ kind: 'replace', operations: [...latest, ...added] }))}
            />
          )}
          {!locked && (
            <CommuneTable
              name={name}
              firstYear={firstYear}
              version={latestVersion(open.data?.held)}
              onAdded={async () => {
                await rereadPlan(name);
                onChanged();
              }}
            />
          )}
          {preview && <OperationPreview preview={preview} operation={preview.operation} />}
          {preview && previewed && (
            <PlanPositions
              plan={name}
              ops={previewed}
              index={previewed.length - 1}
              onError={onError}
              nameOf={namesAtOp.before(previewed.length - 1)}
            />
          )}
        </aside>
      </div>
      {children}
    </div>
  );
}

/** A unit with units under it, just before and just after the operation: all of it (null for a unit without any). */
function wholeOf(f: Result<'scenario.preview'>['totals'][string] | undefined): WholeFigures | null {
  if (!f || ((f.before?.subordinates ?? 0) === 0 && (f.after?.subordinates ?? 0) === 0)) return null;
  const of = (x: UnitFigures | null, g: (r: UnitFigures['total']) => number) => (x ? g(x.total) : null);
  return {
    quota: { before: of(f.before, quotaOfRollup), after: of(f.after, quotaOfRollup) },
    staff: { before: of(f.before, (r) => r.totalPeople), after: of(f.after, (r) => r.totalPeople) },
  };
}

/** What an operation would do, before it is stored: the units it touches (before → after), notices and findings. */
export function OperationPreview({
  preview,
  operation,
}: {
  preview: Result<'scenario.preview'>;
  operation?: Operation;
}) {
  const { t } = useI18n();
  /** A unit as the preview names it: with its parent where its name repeats, else by the name it has after. */
  const unitLabel = (code: string) =>
    preview.diff.find((c) => c.code === code)?.label ?? preview.units.find((u) => u.code === code)?.name ?? code;
  return (
    <div className="op-preview" data-testid="op-preview">
      <strong>{t('op.previewTitle', { year: String(preview.year) })}</strong>
      {/* A quota cut's total (how many units, how much) first: the units it lists can be many. */}
      {preview.notices
        .filter((m) => m.key === 'scn.quotasCut')
        .map((m, i) => (
          <div key={i} className="op-preview-total" data-testid="op-preview-total">
            {t(m.key, m.params)}
          </div>
        ))}
      {operation?.type === 'cutQuotas' && <CutSummary operation={operation} preview={preview} />}
      {preview.diff.map((c) => (
        <div key={c.code}>
          <div>
            {c.label} <span className="muted">({c.code})</span> — {t(`chg.${c.status}`)}
          </div>
          {wholeOf(preview.totals[c.code]) && <WholeChange whole={wholeOf(preview.totals[c.code])!} />}
          {c.fields.map((f) => (
            <FieldChange key={f.field} field={f.field} before={f.before} after={f.after} />
          ))}
        </div>
      ))}
      {[...preview.notices.filter((m) => m.key !== 'scn.quotasCut'), ...preview.findings].map((m, i) =>
        'severity' in m && m.severity === 'note' ? (
          <div key={i} className="op-preview-note muted">
            {t('severity.note')} — {unitLabel(m.unitCode)}: {t(m.key, m.params)}
          </div>
        ) : (
          <div key={i} className="op-preview-warning">
            ⚠ {unitLabel(m.unitCode)}: {t(m.key, m.params)}
          </div>
        ),
      )}
      {preview.notices.length + preview.findings.length === 0 && <div className="muted">{t('op.previewClean')}</div>}
    </div>
  );
}

/** A select of coded values shown by their labels (`${prefix}.${value}`), with an empty choice when `empty` names it. */
function CodeSelect<T extends string>({
  label,
  value,
  values,
  prefix,
  empty,
  onChange,
}: {
  label: string;
  value: T | '';
  values: readonly T[];
  prefix: string;
  empty: string | null;
  onChange: (v: T | '') => void;
}) {
  const { t } = useI18n();
  return (
    <label>
      {label}
      <select data-testid={`op-${prefix}`} value={value} onChange={(e) => onChange(e.target.value as T | '')}>
        {empty !== null ? (
          <option value="">{empty}</option>
        ) : (
          <option value="" disabled>
            —
          </option>
        )}
        {values.map((v) => (
          <option key={v} value={v}>
            {t(`${prefix}.${v}` as MessageKey)}
          </option>
        ))}
      </select>
    </label>
  );
}
