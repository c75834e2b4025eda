import { useConnectionLost } from '../data/connection.ts';
import { useI18n } from '../i18n.tsx';

/** While the back end cannot be reached: says so, above everything (it is being asked again by itself). */
export function ConnectionBanner() {
  const { t } = useI18n();
  if (!useConnectionLost()) return null;
  return (
    <div className="connection-lost" role="alert" data-testid="connection-lost">
      {t('app.connectionLost')}
    </div>
  );
}
