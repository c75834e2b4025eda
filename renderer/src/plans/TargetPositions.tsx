import { useI18n } from '../i18n.tsx';
import type { TargetPositions as Positions } from '../../../shared/positions/quota-beside.ts';
import { positionsLine, positionsNoteText, positionsYearLine } from '../../../shared/positions/quota-beside-text.ts';

/**
 * Beside a quota target's verdict (issue 21): the quota assigned and what the plan's job positions
 * justify in the target year, its warnings (a note to verify when the basis is unconfirmed), and the
 * same line for every year of the plan.
 */
export function TargetPositions({ positions, year }: { positions: Positions; year: number }) {
  const { t, lang } = useI18n();
  const at = positions.byYear.find((y) => y.year === year);
  return (
    <div className="target-positions" data-testid="target-positions">
      {at && at.withPositions > 0 && (
        <div className={at.above + at.below > 0 ? 'field-warning' : undefined} data-testid="target-positions-line">
          {positionsLine(lang, at)}
        </div>
      )}
      {positions.notes.map((note) => (
        <div
          key={`${note.kind}-${note.workforce}`}
          className={note.severity === 'warning' ? 'field-warning' : 'muted verify'}
          data-testid="target-positions-note"
          data-severity={note.severity}
        >
          {positionsNoteText(lang, note)}
        </div>
      ))}
      <details>
        <summary className="muted">{t('scn.positions.byYear')}</summary>
        <ul className="muted" data-testid="target-positions-years">
          {positions.byYear
            .filter((y) => y.withPositions > 0)
            .map((y) => (
              <li key={y.year}>{positionsYearLine(lang, y)}</li>
            ))}
        </ul>
      </details>
    </div>
  );
}
