import { useChanges } from '../app/changes.ts';
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { call } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { channelKey, useChannel } from '../data/useChannel.ts';
import { invalidateTopics, queryClient } from '../data/query-client.ts';
import { FormError } from '../ui/FormError.tsx';
import type { Result } from '../../../shared/contract/index.ts';
import { downloadBase64 } from '../app/files.ts';
import { ScenarioCompare } from './ScenarioCompare.tsx';
import { ScenarioMetrics } from './ScenarioMetrics.tsx';
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
import { PlanUnitDetail } from './PlanUnitDetail.tsx';
import { inTurn, latestVersion } from './plan-versions.ts';
import { readPlan, usePlanRead } from './usePlanRead.ts';
import { PlanTabBar, usePlanTab } from './PlanTabs.tsx';

/**
 * The plan workspace: the plans and the chosen plan's operations by year on the left, one view of
 * the plan in the centre (tabs: chart, table of changes, figures, targets, roadmap, comparison,
 * print), the operation being built with its preview and message on the right.
 */
export function ScenarioView() {
  const { t } = useI18n();
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [newName, setNewName] = useState('');
  const [compared, setCompared] = useState<string[]>([]);
  const [createName, setCreateName] = useState('');
  // The plans, the plan shown and its simulation: read again when an edit of the plans makes them stale.
  const listRead = useChannel('scenario.list', {});
  const list = listRead.data ?? [];
  const samplePlans = useChannel('scenario.samplePlans', {}).data ?? [];
  // Read afresh each time the page opens: the plan chosen is saved as it changes, which marks no read stale.
  const uiState = useChannel('ui.state.get', {}, { fresh: true });
  const open = usePlanRead(selected);
  const simRead = useQuery({
    // The stored plan's figures by its name (the back end's simulation of its version): marked stale by
    // every plan edit, they stay shown while the edited version is simulated; another plan's never.
    queryKey: channelKey('scenario.metrics', { name: selected ?? '' }),
    queryFn: () => call('scenario.metrics', { name: selected! }),
    enabled: !!selected && open.data !== undefined,
  });
  const sim = selected ? (simRead.data ?? null) : null;
  // The version to send: the one read, followed through this tab's own edits since (plan-versions.ts).
  const planVersion = () => latestVersion(open.data?.held);
  const [printing, setPrinting] = useState(false);
  const [tab, setTab] = usePlanTab();
  // A plan-wide action's message shows in the bar above; a tab's (targets, comparison) in that tab.
  const [tabError, setTabError] = useState<unknown>(null);
  const fail = (err: unknown) => setError(err);
  const tabFail = (err: unknown) => setTabError(err);
  // The plan shown last comes back after a restart or a crash (if it still exists).
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !listRead.data || !uiState.data || uiState.isFetching) return;
    restored.current = true;
    const last = uiState.data.scenario;
    if (last && listRead.data.some((p) => p.name === last)) setSelected((s) => s ?? last);
  }, [listRead.data, uiState.data, uiState.isFetching]);
  // A plan that is gone (deleted, here or by someone else, its creation undone) is no longer selected.
  useEffect(() => {
    if (selected !== null && listRead.data && !listRead.isFetching && !listRead.data.some((p) => p.name === selected))
      setSelected(null);
  }, [listRead.data, listRead.isFetching, selected]);
  useEffect(() => {
    if (selected !== null) void call('ui.state.set', { scenario: selected }).catch(() => {});
  }, [selected]);
  useEffect(() => {
    setError(null);
    setTabError(null);
  }, [selected]);
  // A message belongs to the view it came from: another tab starts clean.
  useEffect(() => setTabError(null), [tab]);
  // The plan whose chart has been shown (it stays drawn, hidden, under the other tabs).
  const [chartSeen, setChartSeen] = useState<string | null>(null);
  // The unit selected in the plan's chart or table and the chart's year: its details in the right column.
  const [unitPicked, setUnitPicked] = useState<{ code: string; year: number } | null>(null);
  // The unit picked in the table ("Bảng") and the table's year: each tab keeps its own.
  const [rowPicked, setRowPicked] = useState<{ code: string; year: number } | null>(null);
  useEffect(() => {
    setUnitPicked(null);
    setRowPicked(null);
  }, [selected]);
  const detailOf = tab === 'chart' ? unitPicked : tab === 'table' ? rowPicked : null;
  useEffect(() => {
    if (tab === 'chart' && selected) setChartSeen(selected);
  }, [tab, selected]);

  // A plan just deleted (an undo, someone else) is not read as missing while it is being deselected.
  const selectedListed = list.some((x) => x.name === selected);
  const isLocked = list.find((x) => x.name === selected)?.locked ?? false;
  /** After the plan's operations changed (form or chart): metrics, targets, chart and changes follow. */
  const changed = () => {
    setError(null);
    setTabError(null);
  };
  /** The list as it is now (awaited: a plan just made is in it before it is selected). */
  const listNow = () => queryClient.invalidateQueries({ queryKey: channelKey('scenario.list', {}) });
  // Someone else's change to the plans (browser mode), or an undo: a plan that is gone is no longer
  // selected (before anything reads it again); the views read through the cache follow by themselves.
  useChanges('plans', () => {
    void listNow().then(() => {
      const plans = queryClient.getQueryData<Result<'scenario.list'>>(channelKey('scenario.list', {}));
      if (selected !== null && plans && !plans.some((p) => p.name === selected)) setSelected(null);
    });
  });

  /** Runs a change to the stored scenarios and selects the one it names (none after a delete). */
  const act = async (fn: () => Promise<{ name: string }>) => {
    setError(null);
    try {
      const { name } = await inTurn(fn);
      // A lock or rename gives the plan a new version: read (and held) before the list shows the change.
      if (name)
        await queryClient.fetchQuery({
          queryKey: channelKey('scenario.open', { name }),
          queryFn: () => readPlan(name),
          staleTime: 0,
        });
      await listNow();
      setSelected(name || null);
      setNewName('');
    } catch (err) {
      fail(err);
      // Refused because someone changed the plan: it is shown as it is now.
      invalidateTopics(['plans']);
    }
  };

  const download = (opts: { format: 'xlsx' | 'csv'; table?: 'metrics' | 'targets' }) => {
    setError(null);
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
      await listNow();
      setSelected(name);
    } catch (err) {
      if (err instanceof SyntaxError) setError(t('err.badRequest', { detail: `${file.name}: JSON` }));
      else fail(err);
    }
  };

  const yearFigures = new Map(
    (sim?.years ?? []).map((y) => [
      y.year,
      { quota: y.civilServantQuota + y.publicEmployeeQuota, people: y.civilServantActual + y.publicEmployeeActual },
    ]),
  );
  const comparedShown = compared.filter((x) => list.some((s) => s.name === x));
  const planList = (
    <ul className="scenario-list">
      {list.length === 0 && <li className="muted">{t('scn.none')}</li>}
      {list.map((s) => (
        <li key={s.name}>
          <input
            type="checkbox"
            aria-label={t('scn.compare', { name: s.name })}
            title={t('scn.compareHint')}
            checked={compared.includes(s.name)}
            onChange={(e) => setCompared((c) => (e.target.checked ? [...c, s.name] : c.filter((x) => x !== s.name)))}
          />
          <button type="button" className={selected === s.name ? 'selected' : ''} onClick={() => setSelected(s.name)}>
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
  );
  const centre = sim && selected && (
    <div className="plan-centre" data-testid="scenario-result">
      <PlanTabBar tab={tab} onTab={setTab} onPrint={() => setPrinting(true)} />
      <div className="plan-tab-body" role="tabpanel">
        {/* The chart keeps its year, mode, open units and zoom while another tab is shown (drawn once seen: a
            chart first drawn hidden could not be fitted to its pane). */}
        {chartSeen === selected && (
          <div hidden={tab !== 'chart'}>
            <ScenarioChart
              key={`chart-${selected}`}
              name={selected}
              years={sim.years.map((y) => y.year)}
              locked={isLocked}
              onChanged={changed}
              onSelect={(code, year) => setUnitPicked(code ? { code, year } : null)}
            />
          </div>
        )}
        {tab === 'table' && (
          <ScenarioChanges
            key={selected}
            name={selected}
            years={sim.years.map((y) => y.year)}
            picked={rowPicked?.code ?? null}
            onPick={(code, year) => setRowPicked({ code, year })}
          />
        )}
        {tab === 'metrics' && <ScenarioMetrics sim={sim} />}
        {tab === 'targets' && (
          <>
            <FormError error={tabError} />
            <ScenarioTargetSets
              key={`sets-${selected}`}
              name={selected}
              locked={isLocked}
              baseYear={sim.years[0]?.year ?? new Date().getFullYear()}
              onChanged={() => setTabError(null)}
              onError={tabFail}
            />
            <h3>{t('scn.targets')}</h3>
            <ScenarioTargetTable
              targets={sim.targets}
              cut={isLocked ? undefined : { name: selected, onChanged: changed, onError: tabFail }}
            />
            <ScenarioBaselines onChanged={() => setTabError(null)} onError={tabFail} />
            <ScenarioTargetCharts sim={sim} />
          </>
        )}
        {tab === 'roadmap' && (
          <ScenarioRoadmap
            key={`roadmap-${selected}`}
            name={selected}
            locked={isLocked}
            sim={sim}
            onChanged={changed}
          />
        )}
        {tab === 'compare' &&
          (comparedShown.length > 1 ? (
            <>
              <FormError error={tabError} />
              <ScenarioCompare names={comparedShown} />
            </>
          ) : (
            <p className="muted">{t('scn.compareNone')}</p>
          ))}
      </div>
    </div>
  );

  return (
    <section className="scenario-pane" aria-label={t('view.scenarios')}>
      <div className="chart-toolbar plan-bar">
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
        {sim && selected && (
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
              onClick={() => {
                setError(null);
                void call('scenario.export', { name: selected })
                  .then((f) => downloadBase64(f.fileName, f.data))
                  .catch(fail);
              }}
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
        )}
      </div>
      <FormError error={error ?? listRead.error ?? (selectedListed ? (open.error ?? simRead.error) : null)} />
      {sim && selected ? (
        <ScenarioOperations
          key={selected}
          name={selected}
          locked={isLocked}
          firstYear={sim.years[0]?.year ?? new Date().getFullYear()}
          yearFigures={yearFigures}
          onChanged={changed}
          onError={fail}
          side={planList}
          pickedUnit={unitPicked?.code ?? null}
          detail={
            detailOf && (
              <PlanUnitDetail
                key={detailOf.code}
                name={selected}
                year={detailOf.year}
                code={detailOf.code}
                sim={sim}
                onClose={() => (tab === 'table' ? setRowPicked(null) : setUnitPicked(null))}
              />
            )
          }
        >
          {centre}
        </ScenarioOperations>
      ) : (
        <div className="plan-columns plan-empty">
          <aside className="plan-side">
            {planList}
            <p className="muted">{t('scn.hint')}</p>
          </aside>
        </div>
      )}
      {printing && selected && (
        <ViewBoundary name={t('print.title', { name: selected })}>
          <PrintView name={selected} onClose={() => setPrinting(false)} />
        </ViewBoundary>
      )}
    </section>
  );
}
