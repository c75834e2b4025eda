import { useState } from 'react';
import { call } from '../api.ts';
import { setChannelData, useChannel } from '../data/useChannel.ts';
import { useI18n } from '../i18n.tsx';
import { FormError } from '../ui/FormError.tsx';
import type { RulesView } from '../../../shared/contract/index.ts';
import { PROVINCE_CLASSES } from '../../../shared/model/workspace.ts';
import { formatDate, formatNumber, parseCount, parseViNumber } from '../../../shared/format.ts';
import type { MessageKey } from '../../../shared/i18n/index.ts';

/**
 * The workspace's rule set and province class, every parameter with its legal basis and how sure
 * the reference is, and the province's own stricter values (with a reason, recorded).
 */
export function RulesDialog({ onClose, onChanged }: { onClose(): void; onChanged(): void }) {
  const { t, n, lang } = useI18n();
  const read = useChannel('rules.get', {});
  const view = read.data ?? null;
  const [editing, setEditing] = useState<{ id: string; value: string; reason: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pin, setPin] = useState<{ ruleSetId: string | null; reason: string } | null>(null);

  const apply = async (fn: () => Promise<RulesView>) => {
    setError(null);
    try {
      setChannelData('rules.get', {}, await fn());
      setEditing(null);
      setPin(null);
      onChanged();
    } catch (err) {
      setError(err);
    }
  };

  /** A parameter's value as written: 4,5 organisations per commune stays 4,5 (never rounded to 5). */
  const num = (v: number) => (Number.isInteger(v) ? n(v) : formatNumber(v, lang));
  /** A typed value: a whole number, or (for an average such as 4,5) one decimal in the interface language. */
  const readValue = (text: string) => {
    const whole = parseCount(text, lang);
    if (whole !== undefined && Number.isFinite(whole)) return whole;
    const decimal = lang === 'vi' ? parseViNumber(text) : /^\s*\d+(\.\d)?\s*$/.test(text) ? Number(text) : Number.NaN;
    return decimal !== undefined && Number.isFinite(decimal) && Number.isInteger(decimal * 10) ? decimal : undefined;
  };

  const saveParameter = (id: string, value: number | null, reason: string) =>
    apply(() => call('rules.setParameter', { parameter: id as never, value, reason }));

  return (
    <div className="modal-backdrop" role="presentation">
      <div className="modal rules-dialog" role="dialog" aria-modal="true" aria-label={t('rules.title')}>
        <header className="modal-header">
          <h2>{t('rules.title')}</h2>
        </header>
        <div className="modal-body">
          {/* At the top of the scrolling body, kept in view: a refused pin or value is seen where the person is. */}
          <div className="rules-error">
            <FormError error={error ?? read.error} />
          </div>
          {view && (
            <>
              <table className="rules-table rule-sets" data-testid="rule-sets">
                <thead>
                  <tr>
                    <th>{t('rules.set')}</th>
                    <th>{t('rules.validity')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {view.ruleSets.map((r) => (
                    <tr key={r.id} data-rule-set={r.id} className={r.id === view.ruleSetId ? 'overridden' : undefined}>
                      <td>{lang === 'vi' ? r.title : r.titleEn}</td>
                      <td>
                        {r.validTo
                          ? t('rules.validFromTo', {
                              from: formatDate(new Date(`${r.validFrom}T00:00`)),
                              to: formatDate(new Date(`${r.validTo}T00:00`)),
                            })
                          : t('rules.validFrom', { from: formatDate(new Date(`${r.validFrom}T00:00`)) })}
                      </td>
                      <td>
                        {r.id === view.ruleSetId ? (
                          <strong>{view.pinned ? t('rules.pinnedMark') : t('rules.inForceMark')}</strong>
                        ) : r.inForce ? (
                          t('rules.inForceNotUsed')
                        ) : (
                          ''
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="muted" data-testid="rule-set-status">
                {view.pinned
                  ? t('rules.pinnedBy', {
                      who: view.pinned.changedBy,
                      when: formatDate(new Date(view.pinned.changedAt)),
                      reason: view.pinned.reason,
                    })
                  : t('rules.byDate', { date: formatDate(new Date(`${view.date}T00:00`)) })}{' '}
                {t('rules.confidenceLegend')}
              </p>
              <div className="mapping-controls">
                {pin ? (
                  <>
                    <select
                      value={pin.ruleSetId ?? ''}
                      onChange={(e) => setPin({ ...pin, ruleSetId: e.target.value || null })}
                      data-testid="rule-set"
                      aria-label={t('rules.set')}
                    >
                      <option value="">{t('rules.unpinOption')}</option>
                      {view.ruleSets.map((r) => (
                        <option key={r.id} value={r.id}>
                          {lang === 'vi' ? r.title : r.titleEn}
                        </option>
                      ))}
                    </select>
                    <input
                      placeholder={t('rules.reason')}
                      value={pin.reason}
                      onChange={(e) => setPin({ ...pin, reason: e.target.value })}
                      aria-label={t('rules.reason')}
                      data-testid="pin-reason"
                    />
                    <button
                      type="button"
                      className="primary"
                      onClick={() => void apply(() => call('rules.pin', pin))}
                      data-testid="pin-save"
                    >
                      {t('rules.save')}
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    onClick={() => setPin({ ruleSetId: view.pinned?.ruleSetId ?? view.ruleSetId, reason: '' })}
                    data-testid="pin"
                  >
                    {t('rules.pin')}
                  </button>
                )}
                <label>
                  {t('rules.provinceClass')}{' '}
                  <select
                    value={view.provinceClass}
                    onChange={(e) =>
                      void apply(() => call('rules.configure', { provinceClass: e.target.value as never }))
                    }
                    data-testid="province-class"
                  >
                    {PROVINCE_CLASSES.map((c) => (
                      <option key={c} value={c}>
                        {t(`class.${c}`)}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <table className="rules-table">
                <thead>
                  <tr>
                    <th>{t('rules.parameter')}</th>
                    <th>{t('rules.value')}</th>
                    <th>{t('rules.default')}</th>
                    <th>{t('rules.citation')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {view.parameters.map((p) => (
                    <tr key={p.id} data-parameter={p.id} className={p.overridden ? 'overridden' : undefined}>
                      <td>{t(`param.${p.id}` as MessageKey)}</td>
                      <td className="num">
                        {editing?.id === p.id ? (
                          <input
                            value={editing.value}
                            onChange={(e) => setEditing({ ...editing, value: e.target.value })}
                            aria-label={t('rules.value')}
                            style={{ width: 60 }}
                          />
                        ) : (
                          <strong>{num(p.inForce)}</strong>
                        )}
                      </td>
                      <td className="num muted">
                        {num(p.default)}
                        {typeof p.value !== 'number' && ` (${t('rules.byClass')})`}
                      </td>
                      <td className="citation">
                        {p.citation}{' '}
                        <span className={`confidence ${p.confidence}`}>{t(`confidence.${p.confidence}`)}</span>
                      </td>
                      <td className="actions">
                        {editing?.id === p.id ? (
                          <>
                            <input
                              placeholder={t('rules.reason')}
                              value={editing.reason}
                              onChange={(e) => setEditing({ ...editing, reason: e.target.value })}
                              aria-label={t('rules.reason')}
                            />
                            <button
                              type="button"
                              className="primary"
                              onClick={() => {
                                const v = readValue(editing.value);
                                if (v === undefined) setError(t('err.notNumber'));
                                else void saveParameter(p.id, v, editing.reason);
                              }}
                            >
                              {t('rules.save')}
                            </button>
                          </>
                        ) : (
                          <>
                            <button
                              type="button"
                              onClick={() => setEditing({ id: p.id, value: num(p.inForce), reason: '' })}
                            >
                              ✎
                            </button>
                            {p.overridden && (
                              <button type="button" onClick={() => void saveParameter(p.id, null, t('rules.reset'))}>
                                {t('rules.reset')}
                              </button>
                            )}
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h3>{t('rules.history')}</h3>
              <ul className="rules-history">
                {view.parameterHistory.length === 0 && <li className="muted">{t('rules.noHistory')}</li>}
                {view.parameterHistory.map((c) => {
                  const at = new Date(c.changedAt);
                  const params = {
                    when: `${formatDate(at)} ${at.toTimeString().slice(0, 5)}`,
                    who: c.changedBy,
                    parameter: t(`param.${c.parameter}` as MessageKey),
                    reason: c.reason,
                  };
                  return (
                    <li key={c.id}>
                      {c.value === null
                        ? t('rules.changedReset', params)
                        : t('rules.changed', { ...params, value: num(c.value) })}
                    </li>
                  );
                })}
              </ul>
              {view.pins.length > 0 && (
                <>
                  <h3>{t('rules.pinHistory')}</h3>
                  <ul className="rules-history" data-testid="pin-history">
                    {view.pins.map((c) => {
                      const at = new Date(c.changedAt);
                      const set = view.ruleSets.find((r) => r.id === c.ruleSetId);
                      const params = {
                        when: `${formatDate(at)} ${at.toTimeString().slice(0, 5)}`,
                        who: c.changedBy,
                        reason: c.reason,
                        set: set ? (lang === 'vi' ? set.title : set.titleEn) : (c.ruleSetId ?? ''),
                      };
                      return (
                        <li key={c.id}>
                          {c.ruleSetId === null ? t('rules.unpinned', params) : t('rules.pinned', params)}
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
            </>
          )}
        </div>
        <footer className="modal-footer">
          <button type="button" onClick={onClose}>
            {t('import.close')}
          </button>
        </footer>
      </div>
    </div>
  );
}
