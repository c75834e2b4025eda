import { useEffect, useState } from 'react';
import { BoxMessage, type Message } from '../ui/BoxMessage.tsx';
import type { Unit } from '../../../shared/model/unit.ts';
import type { Result } from '../../../shared/contract/index.ts';
import { parseCount } from '../../../shared/format.ts';
import { isMessageKey, type MessageKey } from '../../../shared/i18n/index.ts';
import { ApiError, call } from '../api.ts';
import { errorText } from '../ui/errorText.ts';
import { useChannel } from '../data/useChannel.ts';
import { FormError } from '../ui/FormError.tsx';
import { useI18n } from '../i18n.tsx';

type UnitNorm = Result<'positions.norm'>;
/** What the officer picks: the norm's sector, the school's level standing for its own choice. */
const CHOICES = [
  'none',
  'preschool',
  'primary',
  'lower-secondary',
  'upper-secondary',
  'commune-health-station',
] as const;
type Choice = (typeof CHOICES)[number];
type Figure =
  | 'nurseryGroups'
  | 'kindergartenClasses'
  | 'singleSiteGroups'
  | 'singleSiteClasses'
  | 'pupils'
  | 'classes'
  | 'classSize'
  | 'oneSessionClasses'
  | 'specialisedClasses'
  | 'population';

const FIGURES: Record<Choice, readonly Figure[]> = {
  none: [],
  preschool: ['nurseryGroups', 'kindergartenClasses', 'singleSiteGroups', 'singleSiteClasses'],
  primary: ['pupils', 'classes', 'classSize', 'oneSessionClasses'],
  'lower-secondary': ['pupils', 'classes', 'classSize'],
  'upper-secondary': ['pupils', 'classes', 'classSize', 'specialisedClasses'],
  'commune-health-station': ['population'],
};
const REGIONS: Record<Choice, readonly string[]> = {
  none: [],
  preschool: [],
  primary: ['1', '2', '3'],
  'lower-secondary': ['1', '2', '3'],
  'upper-secondary': ['1', '2', '3'],
  'commune-health-station': ['I', 'II', 'III'],
};

function choiceOf(inputs: Record<string, unknown> | null): Choice {
  if (!inputs) return 'none';
  return (inputs.sector === 'school' ? inputs.level : inputs.sector) as Choice;
}

/**
 * In the unit panel: the figures a sector norm needs (Circulars 19/2023, 20/2023, 03/2023), and
 * the normed headcount they give beside the quota, with each part's citation and the confidence.
 */
export function NormBox({ unit, onChanged }: { unit: Unit; onChanged(): void }) {
  const { t, n, lang } = useI18n();
  const [stored, setStored] = useState<UnitNorm | null>(null);
  const [choice, setChoice] = useState<Choice>('none');
  const [texts, setTexts] = useState<Partial<Record<Figure | 'region', string>>>({});
  const [boarding, setBoarding] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const show = (r: UnitNorm) => {
    setStored(r);
    setChoice(choiceOf(r.inputs));
    setTexts(
      Object.fromEntries(
        Object.entries(r.inputs ?? {})
          .filter(([k]) => k !== 'sector' && k !== 'level' && k !== 'boarding')
          .map(([k, v]) => [k, String(v)]),
      ),
    );
    setBoarding(r.inputs?.boarding === true);
  };
  // Read again after every tree edit (data/invalidation.ts); an unchanged answer keeps what is being typed.
  const { data, error } = useChannel('positions.norm', { unit: unit.code });
  useEffect(() => {
    if (data) show(data);
  }, [data]);
  if (error) return <FormError error={error} />;
  if (!stored) return null;

  const inputs = (): Record<string, unknown> | null => {
    if (choice === 'none') return null;
    const school = choice !== 'preschool' && choice !== 'commune-health-station';
    const out: Record<string, unknown> = school ? { sector: 'school', level: choice } : { sector: choice };
    if (REGIONS[choice].length > 0) {
      const r = texts.region ?? '';
      out.region = school ? Number(r) : r;
    }
    for (const f of FIGURES[choice]) {
      const text = texts[f]?.trim() ?? '';
      if (text === '') continue;
      const v = parseCount(text, lang);
      out[f] = v === undefined || Number.isNaN(v) ? text : v; // text that is not a count is refused by the server, naming it
    }
    if (school && boarding) out.boarding = true;
    return out;
  };
  const save = async () => {
    try {
      show(await call('positions.setNorm', { code: unit.code, inputs: inputs() }));
      setMessage({ error: false, text: t('norm.saved') });
      onChanged();
    } catch (err) {
      if (err instanceof ApiError && err.error.issues.some((i) => i.field.startsWith('norm.'))) {
        const lines = err.error.issues.map((i) => {
          const field = `norm.field.${i.field.slice('norm.'.length)}`;
          return t('norm.issue', {
            field: isMessageKey(field) ? t(field) : i.field,
            reason: isMessageKey(i.key) ? t(i.key, i.params) : i.key,
          });
        });
        setMessage({ error: true, text: lines.join('\n') });
      } else setMessage({ error: true, text: errorText(err, t, lang) });
    }
  };
  const norm = stored.norm;
  const range = norm && (norm.low === norm.high ? n(norm.high) : `${n(norm.low)}–${n(norm.high)}`);
  const citations = norm ? [...new Set(norm.parts.filter((p) => p.high > 0 || p.basis).map((p) => p.citation))] : [];

  return (
    <fieldset className="norm-box" data-testid="panel-norm">
      <legend>{t('norm.title')}</legend>
      {norm && (
        <div data-testid="norm-result">
          <div className={norm.confidence === 'M' ? undefined : 'norm-figure'}>
            {t(norm.bound === 'max' ? 'norm.max' : 'norm.min', { norm: range!, quota: n(stored.quota) })}
          </div>
          <div className={norm.confidence === 'M' ? 'field-warning' : 'muted'} data-testid="norm-confidence">
            {t('norm.confidence', { confidence: t(`confidence.${norm.confidence}`) })}
          </div>
          {norm.partial && <div className="muted">{t('norm.partial')}</div>}
          <ul className="norm-parts muted">
            {norm.parts.map((p, i) => (
              <li key={i}>{p.label}</li>
            ))}
          </ul>
          <ul className="norm-citations muted" data-testid="norm-citations">
            {citations.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <label className="norm-field">
        {t('norm.sector')}
        <select aria-label={t('norm.sector')} value={choice} onChange={(e) => setChoice(e.target.value as Choice)}>
          {CHOICES.map((c) => (
            <option key={c} value={c}>
              {t(`norm.sector.${c}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      {REGIONS[choice].length > 0 && (
        <label className="norm-field">
          {t('norm.field.region')}
          <select
            aria-label={t('norm.field.region')}
            value={texts.region ?? ''}
            onChange={(e) => setTexts((x) => ({ ...x, region: e.target.value }))}
          >
            <option value="" />
            {REGIONS[choice].map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
      )}
      {FIGURES[choice].map((f) => (
        <label key={f} className="norm-field">
          {t(`norm.field.${f}`)}
          <input
            aria-label={t(`norm.field.${f}`)}
            className="numeric"
            inputMode="numeric"
            value={texts[f] ?? ''}
            onChange={(e) => setTexts((x) => ({ ...x, [f]: e.target.value }))}
          />
        </label>
      ))}
      {(choice === 'lower-secondary' || choice === 'upper-secondary') && (
        <label>
          <input type="checkbox" checked={boarding} onChange={(e) => setBoarding(e.target.checked)} />{' '}
          {t('norm.field.boarding')}
        </label>
      )}
      <div className="positions-actions">
        <button type="button" onClick={() => void save()} data-testid="norm-save">
          {t('norm.save')}
        </button>
      </div>
      <BoxMessage message={message} testId="norm-message" />
    </fieldset>
  );
}
