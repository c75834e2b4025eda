import type { WorkspaceInfo } from '../../../shared/model/workspace.ts';
import { LANGS } from '../../../shared/i18n/index.ts';
import { useI18n } from '../i18n.tsx';

export function Header({ info, user = '' }: { info: WorkspaceInfo | null; user?: string }) {
  const { t, n, lang, setLang } = useI18n();
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('app.title')}</span>
        <span className="brand-sub">{t('app.subtitle')}</span>
      </div>
      {info && (
        <div className="ws-info" data-testid="workspace-info">
          <strong>{info.provinceName}</strong>
          {/* Which file this tab edits: in browser mode, each tab may have another one open. */}
          <span className="ws-file" data-testid="workspace-file" title={info.file}>
            {t('app.file')}: {info.file.split(/[\\/]/).pop()}
          </span>
          <span>
            {t('app.baseYear')}: {info.baseYear}
          </span>
          <span>{t('app.units', { count: n(info.unitCount) })}</span>
          {user && (
            <span className="ws-user" data-testid="workspace-user">
              {t('name.you', { name: user })}
            </span>
          )}
          {info.isSample && (
            <span className="sample-badge" title={t('app.sampleNote')}>
              {t('app.sampleBadge')}
            </span>
          )}
        </div>
      )}
      <div className="lang-switch" role="group" aria-label={t('app.language')}>
        {LANGS.map((l) => (
          <button
            key={l}
            type="button"
            className={l === lang ? 'active' : ''}
            aria-pressed={l === lang}
            onClick={() => setLang(l)}
          >
            {l.toUpperCase()}
          </button>
        ))}
      </div>
    </header>
  );
}
