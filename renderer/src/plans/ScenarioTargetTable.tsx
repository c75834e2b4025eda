import { useState } from 'react';
import { useI18n } from '../i18n.tsx';
import type { Result } from '../../../shared/contract/index.ts';
import { scopeText, verdictText } from '../../../shared/scenario/target-status.ts';
import { quotaFieldsOf } from '../../../shared/scenario/suggest-cut.ts';
import { ScenarioCutSuggest } from './ScenarioCutSuggest.tsx';
import { TargetPositions } from './TargetPositions.tsx';

/** What a quota target's gap may be closed with: a sized cut, added to this plan (none when locked). */
type CutSuggest = { name: string; onChanged: () => void; onError: (err: unknown) => void };

/** The targets of a simulated plan: base year, value, achieved, and the verdict (or what is missing for one; a cut sized to close a quota gap). */
export function ScenarioTargetTable({
  targets,
  cut,
}: {
  targets: Result<'scenario.simulate'>['targets'];
  cut?: CutSuggest;
}) {
  const { t, n, lang } = useI18n();
  /** The quota target whose gap a cut is being sized for (shown under the table). */
  const [cutFor, setCutFor] = useState<string | null>(null);
  const pct = (v: number) => v.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  const num = (v: number | null) => (v === null ? '—' : n(v));
  const achieved = (x: (typeof targets)[number]) => {
    if (x.achievedPct === null) return '—';
    if (x.kind === 'not_above') return t('scn.notAbovePct', { achieved: `${pct(x.achievedPct)}%` });
    return t(x.kind === 'share' ? 'scn.sharePct' : 'scn.reducedPct', {
      achieved: pct(x.achievedPct),
      required: pct(x.requiredPct),
    });
  };
  return (
    <>
      <table className="check-table" data-testid="scenario-targets">
        <thead>
          <tr>
            <th>{t('scn.target')}</th>
            <th>{t('scn.baseline')}</th>
            <th>{t('scn.value')}</th>
            <th>{t('scn.achieved')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {targets.map((x) => {
            const scope = scopeText(lang, x);
            return (
              <tr
                key={x.id}
                className={x.status === 'met' ? 'met' : x.status === 'not_met' ? 'not-met' : 'unknown'}
                data-target={x.id}
                data-status={x.status}
              >
                <td title={x.citation}>
                  {x.title}
                  {scope && (
                    <div className="muted" data-testid="target-scope">
                      {scope}
                    </div>
                  )}
                </td>
                <td className="num">
                  {num(x.baseline)} ({x.baseYear})
                </td>
                <td className="num">
                  {num(x.value)} ({x.year})
                </td>
                <td className="num">{achieved(x)}</td>
                <td>
                  {verdictText(lang, x)}
                  {x.positions && <TargetPositions positions={x.positions} year={x.year} />}
                  {x.status === 'unknown' && x.missing.some((m) => m.field !== 'autonomyFigures') && (
                    <div className="muted">{t('scn.missingHint')}</div>
                  )}
                  {cut && x.status === 'not_met' && quotaFieldsOf(x) && (
                    <div>
                      <button type="button" data-testid="cut-open" onClick={() => setCutFor(x.id)}>
                        {t('op.suggestCut')}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {cut && cutFor && targets.some((x) => x.id === cutFor && x.status === 'not_met') && (
        <ScenarioCutSuggest
          key={`${cut.name}-${cutFor}`}
          name={cut.name}
          target={cutFor}
          year={targets.find((x) => x.id === cutFor)!.year}
          onChanged={() => {
            setCutFor(null);
            cut.onChanged();
          }}
          onError={cut.onError}
        />
      )}
    </>
  );
}
