import { useState } from 'react';
import { call } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { FormError } from '../ui/FormError.tsx';
import { formatDate } from '../../../shared/format.ts';
import type { WorkspaceState } from './useWorkspace.ts';

/** Every step: what, who, when; undone steps greyed; any done step can be reverted on its own. */
export function HistoryPanel({ workspace }: { workspace: WorkspaceState }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const revert = async (id: number) => {
    setError(null);
    try {
      await workspace.edit((o) => call('history.revert', { ...o, id }));
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="history-panel" data-testid="history-panel">
      <FormError error={error} />
      {workspace.history.entries.length === 0 && <p className="muted history-empty">{t('edit.noHistory')}</p>}
      <ol className="history-list">
        {workspace.history.entries.map((e) => {
          const at = new Date(e.at);
          return (
            <li key={e.id} className={e.done ? undefined : 'undone'}>
              <div>
                <span className="muted">#{e.id}</span> {t(e.label.key, e.label.params)}{' '}
                {!e.done && <span className="muted">{t('edit.undone')}</span>}
              </div>
              <div className="muted history-meta">
                {e.user} · {formatDate(at)} {at.toTimeString().slice(0, 5)}
                {e.done && (
                  <button type="button" onClick={() => void revert(e.id)}>
                    {t('edit.revertStep')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
