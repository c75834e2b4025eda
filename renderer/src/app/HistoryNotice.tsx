import { useI18n } from '../i18n.tsx';

export interface HistoryMessage {
  kind: 'ok' | 'error';
  text: string;
}

/**
 * What an undo or redo did (or why it did not), said over whatever is open — a dialog such as the
 * print view included — since Ctrl+Z works wherever the person is; kept until closed or replaced.
 */
export function HistoryNotice({ message, onClose }: { message: HistoryMessage; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <div className={`history-notice ${message.kind}`} role="status" aria-live="polite">
      <span data-testid="history-notice" className={message.kind}>
        {message.text}
      </span>
      <button type="button" className="history-notice-close" aria-label={t('edit.noticeClose')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
