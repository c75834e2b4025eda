import { Component, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../i18n.tsx';

interface Props {
  /** The view's name in words, for the message. */
  name: string;
  children: ReactNode;
}

/**
 * One view's failure stays in that view: a rendering bug shows what happened and "Tải lại", which
 * draws the view again from the back end's data (its cached answers are dropped and read again); the other
 * views, the tree and everything saved are untouched.
 */
export function ViewBoundary({ name, children }: Props) {
  const { t } = useI18n();
  const client = useQueryClient();
  return (
    <Boundary
      fallback={(error, reset) => (
        <div className="view-failed" role="alert" data-testid="view-failed">
          <p>{t('app.viewFailed', { view: name, message: error instanceof Error ? error.message : String(error) })}</p>
          <button
            type="button"
            onClick={() => {
              // The failed view's answers (no longer shown, so inactive) are dropped and read afresh as it is drawn again.
              client.removeQueries({ type: 'inactive' });
              reset();
            }}
          >
            {t('app.viewReload')}
          </button>
        </div>
      )}
    >
      {children}
    </Boundary>
  );
}

class Boundary extends Component<
  { fallback: (error: unknown, reset: () => void) => ReactNode; children: ReactNode },
  { error: unknown; failed: boolean }
> {
  override state = { error: null as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('view failed', error);
  }

  override render() {
    if (this.state.failed)
      return this.props.fallback(this.state.error, () => this.setState({ error: null, failed: false }));
    return this.props.children;
  }
}
