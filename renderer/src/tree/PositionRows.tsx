import type { Position } from '../../../shared/positions/model.ts';
import { POSITION_CLASSES, STAFFINGS } from '../../../shared/positions/classes.ts';
import { exactKey } from '../../../shared/text.ts';
import { useI18n } from '../i18n.tsx';

export type Draft = Position;

const count = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/**
 * A unit's job positions as editable rows (the unit panel's box, a plan's reduction of a merged
 * list); `added` names the lines a merge added together, marked for the officer to reduce.
 */
export function PositionRows({
  drafts,
  onEdit,
  onRemove,
  added = [],
  readOnly = false,
}: {
  drafts: readonly Draft[];
  onEdit(i: number, patch: Partial<Draft>): void;
  onRemove(i: number): void;
  added?: readonly string[];
  /** Shown, not edited (a preview). */
  readOnly?: boolean;
}) {
  const { t } = useI18n();
  const marked = new Set(added.map(exactKey));
  return (
    <ol className="positions-list">
      {drafts.map((p, i) => (
        <li
          key={i}
          data-testid="position-row"
          className={marked.has(exactKey(p.name)) ? 'position-added' : undefined}
          title={marked.has(exactKey(p.name)) ? t('pos.addedByMerge') : undefined}
        >
          <input
            className="position-name"
            aria-label={t('pos.name')}
            placeholder={t('pos.name')}
            value={p.name}
            readOnly={readOnly}
            onChange={(e) => onEdit(i, { name: e.target.value })}
          />
          <input
            className="position-name"
            aria-label={t('pos.rank')}
            placeholder={t('pos.rank')}
            value={p.rank}
            readOnly={readOnly}
            onChange={(e) => onEdit(i, { rank: e.target.value })}
          />
          <select
            className="position-class"
            aria-label={t('pos.class')}
            value={p.class}
            disabled={readOnly}
            onChange={(e) => onEdit(i, { class: e.target.value as Draft['class'] })}
          >
            {POSITION_CLASSES.map((c) => (
              <option key={c} value={c}>
                {t(`pos.class.${c}`)}
              </option>
            ))}
          </select>
          <select
            aria-label={t('pos.staffing')}
            value={p.staffing}
            disabled={readOnly}
            onChange={(e) => onEdit(i, { staffing: e.target.value as Draft['staffing'], staffingDefaulted: false })}
          >
            {STAFFINGS.map((s) => (
              <option key={s} value={s}>
                {t(`pos.staffing.${s}`)}
              </option>
            ))}
          </select>
          {(['needed', 'present'] as const).map((f) => (
            <label key={f} className="position-count">
              {t(`pos.${f}`)}
              <input
                aria-label={t(`pos.${f}`)}
                className="numeric"
                inputMode="numeric"
                readOnly={readOnly}
                value={Number.isNaN(p[f]) ? '' : String(p[f])}
                onChange={(e) => onEdit(i, { [f]: count(e.target.value) })}
              />
            </label>
          ))}
          {marked.has(exactKey(p.name)) && <span className="position-added-mark">{t('pos.addedMark')}</span>}
          {!readOnly && (
            <button type="button" onClick={() => onRemove(i)}>
              {t('pos.remove')}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
