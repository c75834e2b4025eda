import { useState, type FormEvent } from 'react';
import { setUserName } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { FormError } from '../ui/FormError.tsx';

/** Longest name kept (the server keeps as much). */
const MAX_NAME = 80;

/**
 * Browser mode on the local network: each person says who they are on first visit; the name is
 * kept in this browser and sent with every call, and the edit history records it.
 */
export function NameForm({ onDone }: { onDone: (name: string) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const given = name.normalize('NFC').trim();
    if (given.length === 0 || given.length > MAX_NAME || /[\p{Cc}\p{Cf}]/u.test(given))
      return setError(t('name.invalid', { max: MAX_NAME }));
    setUserName(given);
    onDone(given);
  };
  return (
    <form className="name-form" data-testid="name-form" onSubmit={submit}>
      <h2>{t('name.title')}</h2>
      <p>{t('name.why')}</p>
      <label>
        {t('name.label')}{' '}
        <input autoFocus value={name} maxLength={MAX_NAME} onChange={(e) => setName(e.target.value)} />
      </label>
      <FormError error={error} />
      <button type="submit">{t('name.ok')}</button>
    </form>
  );
}
