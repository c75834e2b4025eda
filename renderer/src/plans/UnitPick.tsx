import { useI18n } from '../i18n.tsx';
import { UnitSearch } from '../tree/UnitSearch.tsx';

/**
 * A form's unit field: the unit is found by name or code (accents optional) and shown by its name
 * once picked, with a button to pick another; nobody types a code.
 */
export function UnitPick({
  label,
  units,
  value,
  onChange,
  optional,
}: {
  /** The field's name in words ("Đơn vị"), also how its messages name it. */
  label: string;
  units: ReadonlyArray<{ code: string; name: string }>;
  value: string;
  onChange(code: string): void;
  /** What an empty choice means ("để trống: tinh giản"), for a field that may stay empty. */
  optional?: string;
}) {
  const { t } = useI18n();
  const picked = value ? units.find((u) => u.code === value) : undefined;
  return (
    <div className="unit-pick" role="group" aria-label={label}>
      <span className="unit-pick-label">
        {label}
        {optional && <span className="muted"> ({optional})</span>}
      </span>
      {value ? (
        <span className="unit-pick-chosen" data-testid="unit-picked">
          {picked?.name ?? value} <span className="muted">{value}</span>
          <button type="button" aria-label={t('op.form.unpick', { field: label })} onClick={() => onChange('')}>
            ✕
          </button>
        </span>
      ) : (
        <UnitSearch
          units={units}
          label={t('op.form.searchIn', { field: label })}
          pickKey="op.form.pick"
          onPick={(u) => onChange(u.code)}
        />
      )}
    </div>
  );
}
