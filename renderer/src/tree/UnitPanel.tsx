import { useEffect, useState, type KeyboardEvent } from 'react';
import {
  HEADCOUNT_FIELDS,
  LEVELS,
  SECTORS,
  UNIT_KINDS,
  type HeadcountField,
  type Unit,
  type UnitPatchInput,
} from '../../../shared/model/unit.ts';
import { parseCount } from '../../../shared/format.ts';
import { isMessageKey, type MessageKey } from '../../../shared/i18n/index.ts';
import { overQuota } from '../../../shared/rollup.ts';
import type { SerializedError } from '../../../shared/errors.ts';
import { ApiError, isTransportError } from '../api.ts';
import { whenConnected } from '../data/connection.ts';
import type { WorkspaceState } from '../app/useWorkspace.ts';
import { useI18n } from '../i18n.tsx';
import { UnitFindings } from './FindingsPanel.tsx';
import { UnitActions } from './EditDialogs.tsx';
import { AutonomyBox } from '../finance/AutonomyBox.tsx';
import { PositionsBox } from './PositionsBox.tsx';
import { NormBox } from './NormBox.tsx';

type EditableField = keyof UnitPatchInput;
const isHeadcount = (f: EditableField): f is HeadcountField => (HEADCOUNT_FIELDS as readonly string[]).includes(f);
type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; label: string }
  /** `reason`: why, when it is not the value (a server restarted without this page's access code). */
  | { kind: 'error'; reason?: string }
  | { kind: 'offline' };

/** Side panel: the selected unit's fields, each saved on its own as soon as it is committed. */
export function UnitPanel({ workspace }: { workspace: WorkspaceState }) {
  const { t } = useI18n();
  const unit = workspace.selected ? workspace.tree.byCode.get(workspace.selected) : undefined;
  if (!unit) {
    return (
      <aside className="unit-panel empty" aria-label={t('panel.title')}>
        <p>{t('panel.empty')}</p>
      </aside>
    );
  }
  // Remount per unit so drafts and errors never leak from one unit to another.
  return <UnitForm key={unit.code} unit={unit} workspace={workspace} />;
}

function UnitForm({ unit, workspace }: { unit: Unit; workspace: WorkspaceState }) {
  const { t, n, lang } = useI18n();
  const [errors, setErrors] = useState<Partial<Record<EditableField, string>>>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const parent = unit.parentCode ? workspace.tree.byCode.get(unit.parentCode) : undefined;
  const rollup = workspace.rollups.get(unit.code)!;
  const over = overQuota(unit);
  const whole = rollup.unitCount > 1;

  const messageOf = (err: SerializedError, field: EditableField): string => {
    const issue = err.issues.find((i) => i.field === `patch.${field}`) ?? err.issues[0];
    const key = issue?.key ?? err.key;
    const params = issue?.params ?? err.params;
    return isMessageKey(key) ? t(key, params) : key;
  };

  const save = async (field: EditableField, text: string) => {
    // Counts are read in the language they are shown in (1.234 in Vietnamese, 1,234 in English);
    // what is not a whole number is refused here, before anything is sent.
    let value: string | number | null = text;
    if (field === 'heads' && text.trim() === '')
      value = null; // cleared: not entered (never taken as 1)
    else if (isHeadcount(field) || field === 'heads') {
      const number = parseCount(text, lang);
      if (number === undefined || !Number.isFinite(number)) {
        setErrors((e) => ({ ...e, [field]: t('err.notNumber') }));
        setStatus({ kind: 'error' });
        return;
      }
      value = number;
    }
    setStatus({ kind: 'saving' });
    try {
      await workspace.update(unit.code, { [field]: value });
      setErrors((e) => ({ ...e, [field]: undefined }));
      setStatus({ kind: 'saved', label: t(`field.${field}`) });
    } catch (err) {
      if (isTransportError(err)) {
        // The connection, not the value: what was typed stays in the field and is sent again (a
        // field set to a value, the same whenever it is done) as soon as the back end answers.
        setErrors((e) => ({ ...e, [field]: t('panel.notSavedOffline') }));
        setStatus({ kind: 'offline' });
        await whenConnected();
        return save(field, text);
      }
      const message = err instanceof ApiError ? messageOf(err.error, field) : String(err);
      setErrors((e) => ({ ...e, [field]: message }));
      const aboutTheValue = err instanceof ApiError && err.error.kind === 'validation';
      setStatus(aboutTheValue ? { kind: 'error' } : { kind: 'error', reason: message });
    }
  };

  const clearError = (field: EditableField) => setErrors((e) => ({ ...e, [field]: undefined }));

  const text = (field: 'code' | 'name') => (
    <Field key={field} field={field} label={t(`field.${field}`)} error={errors[field]} stored={unit[field]}>
      <CommitInput
        id={`f-${field}`}
        initial={unit[field]}
        invalid={!!errors[field]}
        onCommit={(v) => void save(field, v)}
        onRevert={() => clearError(field)}
      />
    </Field>
  );

  const select = (field: 'kind' | 'level' | 'sector', options: readonly string[]) => (
    <Field key={field} field={field} label={t(`field.${field}`)} error={errors[field]}>
      <select id={`f-${field}`} name={field} value={unit[field]} onChange={(e) => void save(field, e.target.value)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`${field}.${o}` as MessageKey)}
          </option>
        ))}
      </select>
    </Field>
  );

  const headcountField = (f: HeadcountField) => {
    const isOver =
      (f === 'civilServantActual' && over.civilServants) || (f === 'publicEmployeeActual' && over.publicEmployees);
    return (
      <Field
        key={f}
        field={f}
        label={t(`field.${f}`)}
        error={errors[f]}
        stored={n(unit[f])}
        warning={isOver ? t('panel.overQuota') : undefined}
      >
        <CommitInput
          id={`f-${f}`}
          initial={n(unit[f])}
          invalid={!!errors[f]}
          numeric
          onCommit={(v) => void save(f, v)}
          onRevert={() => clearError(f)}
        />
      </Field>
    );
  };

  // The heads in post: empty while not entered ("chưa nhập"), which the app never takes as 1.
  const headsField = () => {
    const stored = typeof unit.heads === 'number' ? n(unit.heads) : '';
    return (
      <Field key="heads" field="heads" label={t('field.heads')} error={errors.heads} stored={stored}>
        <CommitInput
          id="f-heads"
          initial={stored}
          invalid={!!errors.heads}
          numeric
          placeholder={t('unit.headsMissing')}
          title={t('unit.headsHelp')}
          onCommit={(v) => void save('heads', v)}
          onRevert={() => clearError('heads')}
        />
      </Field>
    );
  };

  return (
    <aside className="unit-panel" aria-label={t('panel.title')} data-testid="unit-panel">
      <h2 className="panel-title">{unit.name}</h2>
      <div className="panel-parent">
        {t('panel.parent')}:{' '}
        {parent ? <a onClick={() => workspace.select(parent.code)}>{parent.name}</a> : t('panel.noParent')}
      </div>
      {/* Issue 15: a unit with units under it is described by its whole first, its own row second and labelled. */}
      {whole && (
        <fieldset className="rollup-box" data-testid="panel-rollup">
          <legend>{t('panel.rollup')}</legend>
          <dl>
            {([...HEADCOUNT_FIELDS, 'totalPeople', 'unitCount'] as const).map((f) => (
              <div key={f} className="rollup-line">
                {/* Σ as on the grid's subtree-total columns. */}
                <dt>Σ {t(`field.${f}`)}</dt>
                <dd data-field={f}>{n(rollup[f])}</dd>
              </div>
            ))}
          </dl>
        </fieldset>
      )}
      <UnitActions workspace={workspace} unit={unit} />
      <p className="panel-hint">{t('panel.hint')}</p>
      <StatusLine status={status} />

      <fieldset>
        <legend>{t('panel.identity')}</legend>
        {text('code')}
        {text('name')}
        {select('kind', UNIT_KINDS)}
        {select('level', LEVELS)}
        {select('sector', SECTORS)}
      </fieldset>

      <fieldset data-testid="panel-own">
        <legend>{whole ? t('panel.headcountOwn') : t('panel.headcount')}</legend>
        {whole && <p className="panel-hint">{t('panel.ownNote', { name: unit.name })}</p>}
        {HEADCOUNT_FIELDS.map((f) => {
          if (f === 'deputies') return [headsField(), headcountField(f)];
          return headcountField(f);
        })}
      </fieldset>

      <UnitFindings workspace={workspace} code={unit.code} />
      {unit.kind === 'psu' && <AutonomyBox code={unit.code} />}
      <PositionsBox unit={unit} onChanged={workspace.refreshFindings} />
      {(unit.kind === 'psu' || unit.kind === 'other') && <NormBox unit={unit} onChanged={workspace.refreshFindings} />}
    </aside>
  );
}

function StatusLine({ status }: { status: Status }) {
  const { t } = useI18n();
  const text =
    status.kind === 'saving'
      ? t('panel.saving')
      : status.kind === 'saved'
        ? t('panel.savedField', { field: status.label })
        : status.kind === 'error'
          ? status.reason
            ? t('panel.notSavedBecause', { reason: status.reason })
            : t('panel.notSaved')
          : status.kind === 'offline'
            ? t('panel.notSavedOffline')
            : '';
  return (
    <div className={`panel-status ${status.kind}`} role="status" aria-live="polite">
      {text}
    </div>
  );
}

function Field(props: {
  field: string;
  label: string;
  error?: string;
  stored?: string;
  warning?: string;
  children: React.ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className={`field${props.error ? ' has-error' : ''}`} data-field={props.field}>
      <label htmlFor={`f-${props.field}`}>{props.label}</label>
      {props.children}
      {props.error && (
        <div className="field-error" role="alert">
          <span className="field-error-reason">{props.error}</span>{' '}
          {props.stored !== undefined && (
            <span className="field-error-stored">{t('panel.stored', { value: props.stored || '∅' })}</span>
          )}
        </div>
      )}
      {!props.error && props.warning && <div className="field-warning">{props.warning}</div>}
    </div>
  );
}

/** A text input that commits on blur or Enter (Escape restores the saved value). */
function CommitInput(props: {
  id: string;
  initial: string;
  invalid: boolean;
  numeric?: boolean;
  placeholder?: string;
  title?: string;
  onCommit(value: string): void;
  onRevert(): void;
}) {
  const [draft, setDraft] = useState(props.initial);
  const [committed, setCommitted] = useState(props.initial);
  // A saved value coming back from the back end (e.g. normalised) replaces the draft.
  useEffect(() => {
    setDraft(props.initial);
    setCommitted(props.initial);
  }, [props.initial]);

  const commit = () => {
    if (draft === committed && !props.invalid) return;
    setCommitted(draft);
    props.onCommit(draft);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') {
      setDraft(props.initial);
      setCommitted(props.initial);
      props.onRevert();
    }
  };
  return (
    <input
      id={props.id}
      className={props.numeric ? 'numeric' : undefined}
      inputMode={props.numeric ? 'numeric' : undefined}
      aria-invalid={props.invalid}
      placeholder={props.placeholder}
      title={props.title}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
