import { useI18n } from '../i18n.tsx';
import type { Roadmap } from '../../../shared/scenario/roadmap.ts';

/**
 * Which job positions the planned exits leave, per year and unit (issue 21): named by the exit,
 * or taken off in proportion where a unit's positions held more people than remain (said as an
 * estimate), and the leavers assigned to no position.
 */
export function RoadmapPositionsLeft({ roadmap }: { roadmap: Roadmap }) {
  const { t, n } = useI18n();
  const lines = roadmap.years.flatMap((y) =>
    roadmap.units.flatMap((u) => {
      const cell = u.cells[y.year];
      const left = cell?.positionsLeft ?? [];
      const unassigned = cell?.unassigned ?? 0;
      if (left.length === 0 && unassigned === 0) return [];
      const parts = left.map((l) => `${l.name}: ${n(l.count)}${l.estimated ? ` (${t('rm.positionsEstimated')})` : ''}`);
      if (unassigned > 0) parts.push(t('rm.positionsUnassigned', { count: n(unassigned) }));
      return [{ key: `${y.year}-${u.code}`, text: `${y.year} — ${u.name}: ${parts.join('; ')}` }];
    }),
  );
  if (lines.length === 0) return null;
  return (
    <div data-testid="roadmap-positions-left">
      <h4>{t('rm.positionsLeft')}</h4>
      <ul className="muted">
        {lines.map((l) => (
          <li key={l.key}>{l.text}</li>
        ))}
      </ul>
    </div>
  );
}
