import { useEffect, useState } from 'react';
import { call } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { describeOperation } from '../../../shared/scenario/describe.ts';
import type { Operation } from '../../../shared/scenario/operations.ts';
import { parseCount } from '../../../shared/format.ts';
import type { Result } from '../../../shared/contract.ts';
import { FieldChange } from './FieldChange.tsx';

const ADDABLE = ['merge', 'dissolve', 'transfer', 'convert', 'setQuota', 'setDeputies', 'rename'] as const;
type Addable = (typeof ADDABLE)[number];

/** A plan's changes in order: reorder, remove, and add an operation (checked by simulating before it is stored). */
export function ScenarioOperations({ name, locked, firstYear, version, onChanged, onError }: { name: string; locked: boolean; firstYear: number; version: number; onChanged: () => void; onError: (err: unknown) => void }) {
  const { t, lang } = useI18n();
  const [ops, setOps] = useState<Operation[]>([]);
  const [units, setUnits] = useState<Array<{ code: string; name: string }>>([]);
  const [type, setType] = useState<Addable>('merge');
  const [year, setYear] = useState(String(firstYear + 1));
  const [unit, setUnit] = useState('');
  const [other, setOther] = useState('');
  const [cs, setCs] = useState('');
  const [pe, setPe] = useState('');
  const [preview, setPreview] = useState<Result<'scenario.preview'> | null>(null);
  const [suggestions, setSuggestions] = useState<Result<'scenario.suggest'> | null>(null);
  useEffect(() => {
    void call('scenario.get', { name }).then((s) => setOps(s.operations)).catch(onError);
  }, [name, version]); // re-read after operations recorded elsewhere (the plan chart)
  useEffect(() => {
    void call('units.list', {}).then((r) => setUnits(r.units.map((u) => ({ code: u.code, name: u.name }))));
  }, []);
  const nameOf = (code: string) => units.find((u) => u.code === code)?.name ?? code;

  const save = async (next: Operation[]) => {
    try {
      await call('scenario.setOperations', { name, operations: next });
      setOps(next);
      onChanged();
      return true;
    } catch (err) {
      onError(err);
      return false;
    }
  };
  const move = (i: number, by: -1 | 1) => {
    const next = [...ops];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    void save(next);
  };
  const count = (v: string) => parseCount(v, lang);
  const build = (): Operation => {
    const y = Number(year);
    switch (type) {
      case 'merge':
        return { type, year: y, units: [unit, other], into: unit };
      case 'dissolve':
        return { type, year: y, unit, staffTo: other.trim() || null };
      case 'transfer':
        return { type, year: y, unit, parentCode: other.trim() || null };
      case 'convert':
        return { type, year: y, unit };
      case 'setQuota':
        return { type, year: y, unit, civilServantQuota: count(cs), publicEmployeeQuota: count(pe) };
      case 'setDeputies':
        return { type, year: y, unit, deputies: count(cs) as number };
      case 'rename':
        return { type, year: y, unit, name: other };
    }
  };
  const showPreview = async () => {
    try {
      setPreview(await call('scenario.preview', { name, operation: build() }));
    } catch (err) {
      setPreview(null);
      onError(err);
    }
  };
  const suggest = () => void call('scenario.suggest', { name, year: Number(year) }).then(setSuggestions).catch(onError);
  const accept = async (sg: Result<'scenario.suggest'>[number]) => {
    if (await save([...ops, { type: 'merge', year: Number(year), units: sg.units, into: sg.into }])) suggest();
  };
  const add = async () => {
    setPreview(null);
    if (await save([...ops, build()])) {
      setUnit('');
      setOther('');
      setCs('');
      setPe('');
    }
  };
  const otherLabel = type === 'merge' ? t('op.form.mergeWith') : type === 'dissolve' ? t('op.form.staffTo') : type === 'transfer' ? t('op.form.parent') : type === 'rename' ? t('op.form.newName') : null;

  return (
    <section className="scenario-ops" data-testid="scenario-ops">
      <h3>{t('op.title')}</h3>
      {ops.length === 0 && <p className="muted">{t('op.none')}</p>}
      <ol>
        {ops.map((op, i) => (
          <li key={i}>
            <span>{describeOperation(op, lang, nameOf)}</span>
            <button type="button" disabled={locked || i === 0} aria-label={t('op.up')} title={t('op.up')} onClick={() => move(i, -1)}>↑</button>
            <button type="button" disabled={locked || i === ops.length - 1} aria-label={t('op.down')} title={t('op.down')} onClick={() => move(i, 1)}>↓</button>
            <button type="button" disabled={locked} aria-label={t('op.remove')} title={t('op.remove')} onClick={() => void save(ops.filter((_, j) => j !== i))}>✕</button>
          </li>
        ))}
      </ol>
      {!locked && (
        <form className="op-form" onSubmit={(e) => { e.preventDefault(); void add(); }}>
          <datalist id="scenario-units">
            {units.map((u) => (
              <option key={u.code} value={u.code}>{u.name}</option>
            ))}
          </datalist>
          <label>{t('op.form.type')}
            <select value={type} onChange={(e) => { setType(e.target.value as Addable); setPreview(null); }}>
              {ADDABLE.map((k) => (
                <option key={k} value={k}>{t(`op.kind.${k}`)}</option>
              ))}
            </select>
          </label>
          <label>{t('op.form.year')}<input type="number" value={year} min={firstYear} max={2100} onChange={(e) => setYear(e.target.value)} /></label>
          <label>{t('op.form.unit')}<input list="scenario-units" value={unit} onChange={(e) => setUnit(e.target.value)} required /></label>
          {otherLabel && <label>{otherLabel}<input list={type === 'rename' ? undefined : 'scenario-units'} value={other} onChange={(e) => setOther(e.target.value)} required={type === 'merge' || type === 'rename'} /></label>}
          {type === 'setQuota' && (
            <>
              <label>{t('field.civilServantQuota')}<input inputMode="numeric" value={cs} onChange={(e) => setCs(e.target.value)} /></label>
              <label>{t('field.publicEmployeeQuota')}<input inputMode="numeric" value={pe} onChange={(e) => setPe(e.target.value)} /></label>
            </>
          )}
          {type === 'setDeputies' && <label>{t('field.deputies')}<input inputMode="numeric" value={cs} onChange={(e) => setCs(e.target.value)} required /></label>}
          <button type="button" onClick={() => void showPreview()}>{t('op.preview')}</button>
          <button type="submit">{t('op.add')}</button>
        </form>
      )}
      {!locked && (
        <div className="op-suggest">
          <button type="button" onClick={suggest}>{t('op.suggest', { year })}</button>
          {suggestions && suggestions.length === 0 && <span className="muted"> {t('op.suggestNone')}</span>}
          {suggestions && suggestions.length > 0 && (
            <ul data-testid="op-suggestions">
              {suggestions.map((sg) => (
                <li key={sg.units.join('+')}>
                  {t('op.suggestion', { small: sg.names[0], into: sg.names[1], size: sg.size })}
                  {sg.belowMinimum && <span className="op-preview-warning"> {t('op.belowMinimum')}</span>}
                  <button type="button" onClick={() => void accept(sg)}>{t('op.accept')}</button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {preview && <OperationPreview preview={preview} />}
    </section>
  );
}

/** What an operation would do, before it is stored: the units it touches (before → after), notices and findings. */
export function OperationPreview({ preview }: { preview: Result<'scenario.preview'> }) {
  const { t } = useI18n();
  return (
    <div className="op-preview" data-testid="op-preview">
      <strong>{t('op.previewTitle', { year: String(preview.year) })}</strong>
      {preview.changes.map((c) => (
        <div key={c.code}>
          <div>{c.name} <span className="muted">({c.code})</span> — {t(`chg.${c.status}`)}</div>
          {c.fields.map((f) => (
            <FieldChange key={f.field} field={f.field} before={f.before} after={f.after} />
          ))}
        </div>
      ))}
      {[...preview.notices, ...preview.findings].map((m, i) => (
        <div key={i} className="op-preview-warning">⚠ {m.unitCode}: {t(m.key, m.params)}</div>
      ))}
      {preview.notices.length + preview.findings.length === 0 && <div className="muted">{t('op.previewClean')}</div>}
    </div>
  );
}
