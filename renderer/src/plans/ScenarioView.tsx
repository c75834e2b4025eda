import { useChanges } from '../app/changes.ts';
import { useEffect, useState } from 'react';
import { call, ApiError } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { describeError } from '../../../shared/errors.ts';
import type { Result } from '../../../shared/contract/index.ts';
import { FormError } from '../ui/FormError.tsx';
import { downloadBase64 } from '../app/files.ts';
import { ScenarioCompare } from './ScenarioCompare.tsx';
import { SCENARIO_METRICS } from '../../../shared/view/plan-tables.ts';
import { ScenarioTargetCharts } from './ScenarioTargetCharts.tsx';
import { ScenarioTargetTable } from './ScenarioTargetTable.tsx';
import { ScenarioBaselines } from './ScenarioBaselines.tsx';
import { ScenarioOperations } from './ScenarioOperations.tsx';
import { ScenarioChanges } from './ScenarioChanges.tsx';
import { ScenarioTargetSets } from './ScenarioTargetSets.tsx';
import { ScenarioChart } from './ScenarioChart.tsx';
import { PrintView } from '../print/PrintView.tsx';
import { ViewBoundary } from '../app/ViewBoundary.tsx';
import { ScenarioRoadmap } from './ScenarioRoadmap.tsx';
import { inTurn, latestVersion, moment, type HeldVersion } from './plan-versions.ts';

/** Stored scenarios: import a plan (JSON), and see its metrics year by year and the targets. */
export function ScenarioView() {
  const { t, n, lang } = useI18n();
  const [list, setList] = useState<Result<'scenario.list'>>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [sim, setSim] = useState<Result<'scenario.simulate'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [compared, setCompared] = useState<string[]>([]);
  const [createName, setCreateName] = useState('');
  const [version, setVersion] = useState(0);
  const [held, setHeld] = useState<HeldVersion | undefined>(undefined);
  // The version to send: the one read, followed through this tab's own edits since (plan-versions.ts).
  const planVersion = () => latestVersion(held);
  const [printing, setPrinting] = useState(false);
  const [samplePlans, setSamplePlans] = useState<Result<'scenario.samplePlans'>>([]);
  const fail = (err: unknown) => setError(err instanceof ApiError ? describeError(err.error, lang) : String(err));
  const reload = () => call('scenario.list', {}).then(setList).catch(fail);
  useEffect(() => {
    // The plan shown last comes back after a restart or a crash (if it still exists).
    void Promise.all([call('scenario.list', {}), call('ui.state.get', {})])
      .then(([plans, ui]) => {
        setList(plans);
        if (ui.scenario && plans.some((p) => p.name === ui.scenario)) setSelected((s) => s ?? ui.scenario ?? null);
      })
      .catch(fail);
    // The plans shipped with the sample, where they apply to this workspace.
    void call('scenario.samplePlans', {}).then(setSamplePlans).catch(fail);
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- once at start; fail only sets state
  useEffect(() => {
    if (selected !== null) void call('ui.state.set', { scenario: selected }).catch(() => {});
  }, [selected]);
  useEffect(() => {
    setSim(null);
    setError(null);
  }, [selected]);
  useEffect(() => {
    if (!selected) return;
    // The plan's version as shown: deleting, locking or renaming what someone changed since is refused.
    const at = moment();
    void call('scenario.open', { name: selected })
      .then(({ scenario, version: read }) => {
        setHeld({ version: read, at });
        return call('scenario.simulate', { scenario });
      })
      .then(setSim)
      .catch(fail);
  }, [selected, version]); // eslint-disable-line react-hooks/exhaustive-deps -- fail only sets state

  const isLocked = list.find((x) => x.name === selected)?.locked ?? false;
  /** After the plan's operations changed (form or chart): metrics, targets, chart and changes follow. */
  const changed = () => {
    setError(null);
    setVersion((v) => v + 1);
    void reload();
  };
  // Someone else's change to the plans (browser mode), or an undo: shown, without clearing this
  // person's message; a plan that is gone (deleted, its creation undone) is no longer selected.
  useChanges('plans', () => {
    void call('scenario.list', {})
      .then((plans) => {
        setList(plans);
        if (selected !== null && !plans.some((p) => p.name === selected)) {
          setSelected(null);
          setSim(null);
        } else setVersion((v) => v + 1);
      })
      .catch(fail);
  });

  /** Runs a change to the stored scenarios and selects the one it names (none after a delete). */
  const act = async (fn: () => Promise<{ name: string }>) => {
    setError(null);
    try {
      const { name } = await inTurn(fn);
      // A lock or rename gives the plan a new version: taken before the list shows the change.
      const at = moment();
      if (name) setHeld({ version: (await call('scenario.open', { name })).version, at });
      setVersion((v) => v + 1);
      await reload();
      setSelected(name || null);
      if (!name) setSim(null);
      setNewName('');
    } catch (err) {
      fail(err);
      setVersion((v) => v + 1); // refused because someone changed the plan: it is shown as it is now
      void reload();
    }
  };

  const download = (opts: { format: 'xlsx' | 'csv'; table?: 'metrics' | 'targets' }) => {
    if (selected)
      void call('export.scenario', { name: selected, ...opts })
        .then((f) => downloadBase64(f.fileName, f.data))
        .catch(fail);
  };
  const importFile = async (file: File) => {
    setError(null);
    try {
      const scenario = JSON.parse(await file.text()) as never;
      const { name } = await call('scenario.import', { scenario });
      await reload();
      setSelected(name);
    } catch (err) {
      if (err instanceof SyntaxError) setError(t('err.badRequest', { detail: `${file.name}: JSON` }));
      else fail(err);
    }
  };

  return (
    <section className="scenario-pane" aria-label={t('view.scenarios')}>
      <div className="chart-toolbar">
        <label className="file-button">
          {t('scn.import')}
          <input
            type="file"
            accept=".json"
            hidden
            data-testid="scenario-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void importFile(f);
            }}
          />
        </label>
        {samplePlans.map((p) => (
          <button
            key={p.id}
            type="button"
            title={t('scn.samplePlanHint')}
            onClick={() => void act(() => call('scenario.importSample', { id: p.id }))}
          >
            {t('scn.samplePlan', { name: p.name })}
          </button>
        ))}
        <form
          className="scenario-create"
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => {
              await call('scenario.create', { name: createName });
              setCreateName('');
              return { name: createName.trim() };
            });
          }}
        >
          <input
            value={createName}
            onChange={(e) => setCreateName(e.target.value)}
            placeholder={t('scn.createName')}
            aria-label={t('scn.createName')}
          />
          <button type="submit" disabled={!createName.trim()}>
            {t('scn.create')}
          </button>
        </form>
        <span className="muted">{t('scn.hint')}</span>
      </div>
      <FormError error={error} />
      <div className="scenario-body">
        <ul className="scenario-list">
          {list.length === 0 && <li className="muted">{t('scn.none')}</li>}
          {list.map((s) => (
            <li key={s.name}>
              <input
                type="checkbox"
                aria-label={t('scn.compare', { name: s.name })}
                title={t('scn.compareHint')}
                checked={compared.includes(s.name)}
                onChange={(e) =>
                  setCompared((c) => (e.target.checked ? [...c, s.name] : c.filter((x) => x !== s.name)))
                }
              />
              <button
                type="button"
                className={selected === s.name ? 'selected' : ''}
                onClick={() => setSelected(s.name)}
              >
                {s.name}{' '}
                <span className="muted">
                  ({t('scn.operations', { count: s.operations })}
                  {s.locked ? `, ${t('scn.locked')}` : ''})
                </span>
              </button>
            </li>
          ))}
          {list.length > 1 && <li className="muted">{t('scn.compareHint')}</li>}
        </ul>
        {sim && selected && (
          <div className="scenario-result" data-testid="scenario-result">
            <div className="scenario-actions">
              <input
                value={newName}
                onChange={(e) => setNewName(e.target.value)}
                placeholder={t('scn.newName')}
                aria-label={t('scn.newName')}
              />
              <button
                type="button"
                disabled={!newName.trim()}
                onClick={() => void act(() => call('scenario.duplicate', { name: selected, newName }))}
              >
                {t('scn.duplicate')}
              </button>
              <button
                type="button"
                disabled={!newName.trim()}
                onClick={() =>
                  void act(() => call('scenario.rename', { name: selected, newName, version: planVersion() }))
                }
              >
                {t('scn.rename')}
              </button>
              <button
                type="button"
                onClick={() =>
                  void act(() => call('scenario.lock', { name: selected, locked: !isLocked, version: planVersion() }))
                }
              >
                {isLocked ? t('scn.unlock') : t('scn.lock')}
              </button>
              <button
                type="button"
                onClick={() =>
                  void call('scenario.export', { name: selected })
                    .then((f) => downloadBase64(f.fileName, f.data))
                    .catch(fail)
                }
              >
                {t('scn.export')}
              </button>
              <button type="button" onClick={() => setPrinting(true)}>
                {t('print.open')}
              </button>
              <button type="button" onClick={() => download({ format: 'xlsx' })}>
                {t('scn.exportXlsx')}
              </button>
              <button type="button" onClick={() => download({ format: 'csv', table: 'metrics' })}>
                {t('scn.exportCsvMetrics')}
              </button>
              <button type="button" onClick={() => download({ format: 'csv', table: 'targets' })}>
                {t('scn.exportCsvTargets')}
              </button>
              <button
                type="button"
                className="danger"
                onClick={() =>
                  window.confirm(`${t('scn.delete')} "${selected}"?`) &&
                  void act(async () => {
                    await call('scenario.delete', { name: selected, version: planVersion() });
                    return { name: '' };
                  })
                }
              >
                {t('scn.delete')}
              </button>
            </div>
            <ScenarioOperations
              key={selected}
              name={selected}
              locked={isLocked}
              firstYear={sim.years[0]?.year ?? new Date().getFullYear()}
              version={version}
              onChanged={changed}
              onError={fail}
            />
            <ScenarioChart
              key={`chart-${selected}`}
              name={selected}
              years={sim.years.map((y) => y.year)}
              locked={isLocked}
              version={version}
              onChanged={changed}
            />
            <table className="check-table">
              <thead>
                <tr>
                  <th />
                  {sim.years.map((y) => (
                    <th key={y.year}>{y.year}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {SCENARIO_METRICS.map((m) => (
                  <tr key={m}>
                    <td>{t(`scn.metric.${m}`)}</td>
                    {sim.years.map((y) => (
                      <td key={y.year} className="num">
                        {n(y[m])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <ScenarioTargetSets
              key={`sets-${selected}`}
              name={selected}
              locked={isLocked}
              baseYear={sim.years[0]?.year ?? new Date().getFullYear()}
              version={version}
              onChanged={() => {
                setError(null);
                setVersion((v) => v + 1);
              }}
              onError={fail}
            />
            <h3>{t('scn.targets')}</h3>
            <ScenarioTargetTable
              targets={sim.targets}
              cut={isLocked ? undefined : { name: selected, onChanged: changed, onError: fail }}
            />
            <ScenarioBaselines
              onChanged={() => {
                setError(null);
                setVersion((v) => v + 1);
              }}
              onError={fail}
            />
            <ScenarioTargetCharts sim={sim} />
            <ScenarioRoadmap
              key={`roadmap-${selected}`}
              name={selected}
              locked={isLocked}
              version={version}
              sim={sim}
              onChanged={changed}
            />
            <ScenarioChanges
              key={selected}
              name={selected}
              years={sim.years.map((y) => y.year)}
              version={version}
              onError={fail}
            />
            {sim.notices.length > 0 && (
              <ul className="scenario-notices">
                {sim.notices.map((x, i) => (
                  <li key={i}>
                    {x.year} · {x.unit} <span className="muted">({x.unitCode})</span>: {t(x.key, x.params)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {printing && selected && (
          <ViewBoundary name={t('print.title', { name: selected })}>
            <PrintView name={selected} onClose={() => setPrinting(false)} />
          </ViewBoundary>
        )}
        {compared.length > 1 && (
          <ScenarioCompare names={compared.filter((x) => list.some((s) => s.name === x))} onError={fail} />
        )}
      </div>
    </section>
  );
}
