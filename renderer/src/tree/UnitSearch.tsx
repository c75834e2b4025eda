import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../i18n.tsx';
import type { MessageKey } from '../../../shared/i18n/index.ts';
import { matchKey } from '../../../shared/text.ts';

const MAX_MATCHES = 8;

/**
 * Finds units by code or name, accents optional ("benh vien" finds "Bệnh viện"); Enter picks the
 * first match. Only the first few matches are drawn, so a list of tens of thousands of units costs
 * nothing until the user types (each unit's match keys are worked out once per list).
 */
export function UnitSearch<U extends { code: string; name: string }>(props: {
  units: readonly U[];
  exclude?: ReadonlySet<string>;
  label: string;
  onPick(u: U): void;
  autoFocus?: boolean;
  /** The accessible name of a match's button ({name}: the unit's name and code); "Add {name}" unless given. */
  pickKey?: MessageKey;
  testId?: string;
}) {
  const { units, exclude, label, onPick, autoFocus, pickKey = 'wiz.add', testId } = props;
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const keys = useMemo(() => units.map((u) => `${matchKey(u.code)}\n${matchKey(u.name)}`), [units]);
  const matches = useMemo(() => {
    const key = matchKey(query);
    if (!key || key.includes('\n')) return [];
    return units.filter((u, i) => !exclude?.has(u.code) && keys[i]!.includes(key));
  }, [units, keys, exclude, query]);
  const pick = (u: U) => {
    onPick(u);
    setQuery('');
    setPending(false);
  };
  // Enter pressed while the plan's units are still loading picks the first match once they arrive.
  const [pending, setPending] = useState(false);
  useEffect(() => {
    if (pending && units.length > 0 && matches[0]) pick(matches[0]);
    else if (pending && units.length > 0) setPending(false);
  }, [pending, units, matches]); // eslint-disable-line react-hooks/exhaustive-deps -- pick only calls onPick and sets state; it acts when the units asked for arrive
  return (
    <div className="unit-search" data-testid={testId}>
      <input
        className="search"
        value={query}
        placeholder={label}
        aria-label={label}
        autoFocus={autoFocus}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          if (matches[0]) pick(matches[0]);
          else if (units.length === 0 && query.trim()) setPending(true);
        }}
      />
      {query.trim() && (
        <ul className="pick-list" data-testid="unit-matches">
          {matches.length === 0 && <li className="muted">{t('wiz.noMatch')}</li>}
          {matches.slice(0, MAX_MATCHES).map((u) => (
            <li key={u.code}>
              <button type="button" aria-label={t(pickKey, { name: `${u.name} (${u.code})` })} onClick={() => pick(u)}>
                {u.name} <span className="muted">{u.code}</span>
              </button>
            </li>
          ))}
          {matches.length > MAX_MATCHES && (
            <li className="muted">{t('wiz.moreMatches', { count: matches.length - MAX_MATCHES })}</li>
          )}
        </ul>
      )}
    </div>
  );
}
