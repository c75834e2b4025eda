import { useI18n } from '../i18n.tsx';
import type { MessageKey } from '../../../shared/i18n/index.ts';

/** One field's change, "Label: old → new (±difference)", as the import preview and the plan's changes show it. */
export function FieldChange({
  field,
  before,
  after,
  label,
}: {
  field: string;
  before: string | number | null;
  after: string | number | null;
  /** Said instead of the field's name (a parent given by its name, not its code). */
  label?: string;
}) {
  const { t, n } = useI18n();
  // A kind, level or sector is said by its label ("psu" → "Đơn vị sự nghiệp").
  const coded = field === 'kind' || field === 'level' || field === 'sector';
  const value = (v: string | number | null) =>
    v === null || v === '' ? '—' : typeof v === 'number' ? n(v) : coded ? t(`${field}.${v}` as MessageKey) : v;
  const delta = typeof before === 'number' && typeof after === 'number' ? after - before : null;
  return (
    <div className="field-change">
      {label ?? t(`field.${field}` as MessageKey)}: <s>{value(before)}</s> → <strong>{value(after)}</strong>
      {delta !== null && (
        <span className={delta < 0 ? 'down' : 'up'}>
          {' '}
          ({delta > 0 ? '+' : ''}
          {n(delta)})
        </span>
      )}
    </div>
  );
}
