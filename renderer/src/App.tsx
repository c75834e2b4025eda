import { describeError } from '../../shared/errors.ts';
import { ApiError } from './api.ts';
import { Header } from './components/Header.tsx';
import { Toolbar } from './components/Toolbar.tsx';
import { TreeNav } from './components/TreeNav.tsx';
import { UnitGrid } from './components/UnitGrid.tsx';
import { UnitPanel } from './components/UnitPanel.tsx';
import { useI18n } from './i18n.tsx';
import { useWorkspace } from './useWorkspace.ts';

export function App() {
  const ws = useWorkspace();
  const { t, lang } = useI18n();

  if (ws.loadError) {
    const message = ws.loadError instanceof ApiError ? describeError(ws.loadError.error, lang) : String(ws.loadError);
    return (
      <div className="app">
        <Header info={null} />
        <p className="load-error" role="alert">{t('app.loadFailed', { message })}</p>
      </div>
    );
  }
  return (
    <div className="app">
      <Header info={ws.info} />
      {ws.info?.isSample && <div className="sample-note">{t('app.sampleNote')}</div>}
      {ws.info && <Toolbar ws={ws} />}
      {ws.info ? (
        <main className="workbench">
          <TreeNav ws={ws} />
          <UnitGrid ws={ws} />
          <UnitPanel ws={ws} />
        </main>
      ) : (
        <p className="loading">{t('app.loading')}</p>
      )}
    </div>
  );
}
