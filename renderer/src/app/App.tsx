import { flushSync } from 'react-dom';
import { Header } from './Header.tsx';
import { Toolbar } from './Toolbar.tsx';
import { TreeNav } from '../tree/TreeNav.tsx';
import { UnitGrid } from '../tree/UnitGrid.tsx';
import { OrgChart } from '../chart/OrgChart.tsx';
import { FinanceView } from '../finance/FinanceView.tsx';
import { ScenarioView } from '../plans/ScenarioView.tsx';
import { PeopleView } from '../people/PeopleView.tsx';
import { UnitPanel } from '../tree/UnitPanel.tsx';
import { useI18n } from '../i18n.tsx';
import { useWorkspace, type WorkspaceState } from './useWorkspace.ts';
import { useEffect, useMemo, useState } from 'react';
import { HeldUnits } from './held-units.ts';
import { call, userName } from '../api.ts';
import { errorText } from '../ui/errorText.ts';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import { ViewBoundary } from './ViewBoundary.tsx';
import { NameForm } from '../tree/NameForm.tsx';
import { VIEWS } from '../../../shared/contract/index.ts';

type View = (typeof VIEWS)[number];

/** Served to the local network (npm run serve -- --lan): the server says so in the page. */
const ON_LAN = document.querySelector<HTMLMetaElement>('meta[name="tinhgon-network"]')?.content === 'lan';

/** The middle pane's view, as it was last in this workspace (restored after a restart or a crash). */
function useView(file: string | undefined): [View, (v: View) => void] {
  const [view, setShown] = useState<View>('grid');
  useEffect(() => {
    void call('ui.state.get', {}).then((s) => s.view && setShown(s.view));
  }, [file]);
  const setView = (v: View) => {
    setShown(v);
    void call('ui.state.set', { view: v }).catch(() => {});
  };
  return [view, setView];
}

export function App() {
  const workspace = useWorkspace();
  const { t, lang } = useI18n();
  const [view, setView] = useView(workspace.info?.file);
  const [name, setName] = useState(userName);

  if (workspace.loadError) {
    return (
      <div className="app">
        <ConnectionBanner />
        <Header info={null} />
        <p className="load-error" role="alert">
          {t('app.loadFailed', { message: errorText(workspace.loadError, t, lang) })}
        </p>
      </div>
    );
  }
  return (
    <div className="app">
      <ConnectionBanner />
      <Header info={workspace.info} user={ON_LAN ? name : ''} />
      {ON_LAN && (
        <div className="lan-warning" role="alert" data-testid="lan-warning">
          {t('app.lanWarning')}
        </div>
      )}
      {workspace.info?.isSample && <div className="sample-note">{t('app.sampleNote')}</div>}
      {workspace.info && (!ON_LAN || name) && <Toolbar workspace={workspace} />}
      {ON_LAN && !name ? (
        <NameForm onDone={setName} />
      ) : workspace.info ? (
        // The plan workspace has its own columns (operations | views | details): it takes the whole width.
        <main className={`workbench${view === 'scenarios' ? ' plan-view' : view === 'people' ? ' no-panel' : ''}`}>
          {view !== 'scenarios' && <TreeNav workspace={workspace} />}
          <CenterPane workspace={workspace} view={view} setView={setView} />
          {/* The plan and personnel views need the width; the unit panel belongs to the organisation views. */}
          {view !== 'scenarios' && view !== 'people' && <UnitPanel workspace={workspace} />}
        </main>
      ) : (
        <p className="loading">{t('app.loading')}</p>
      )}
    </div>
  );
}

/** The middle of the workbench: the grid or the chart, over the same state. */
function CenterPane({
  workspace,
  view,
  setView,
}: {
  workspace: WorkspaceState;
  view: View;
  setView: (v: View) => void;
}) {
  const { t } = useI18n();
  const heldUnits = useMemo(() => [...workspace.tree.byCode.values()], [workspace.tree]);
  return (
    <div className="center-pane">
      <div className="pane-title pane-tabs" role="tablist">
        {/* A view is drawn within the click (flushSync), like a toggle in the chart: the next frame shows it. */}
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={view === v}
            className={view === v ? 'active' : ''}
            onClick={() => flushSync(() => setView(v))}
          >
            {t(`view.${v}`)}
          </button>
        ))}
      </div>
      {/* Each view fails on its own (ViewBoundary), keyed so that another tab starts clean. */}
      <ViewBoundary key={view} name={t(`view.${view}`)}>
        <HeldUnits.Provider value={heldUnits}>
          {view === 'grid' && <UnitGrid workspace={workspace} />}
          {view === 'chart' && <OrgChart workspace={workspace} />}
          {view === 'finance' && <FinanceView workspace={workspace} />}
          {view === 'scenarios' && <ScenarioView />}
          {view === 'people' && <PeopleView workspace={workspace} />}
        </HeldUnits.Provider>
      </ViewBoundary>
    </div>
  );
}
