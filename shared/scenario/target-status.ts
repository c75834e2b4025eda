/** A target's verdict in words: met, not met (with the gap), or unknown with the figures it waits for. */
import { translate, type Lang } from '../i18n/index.ts';
import type { MissingFigure, TargetResult } from './targets.ts';

/** "Đơn vị sự nghiệp năm 2021; số liệu tự chủ … của 3 đơn vị năm 2025". */
export function missingText(lang: Lang, missing: readonly MissingFigure[]): string {
  return missing
    .map((m) =>
      m.field === 'autonomyFigures'
        ? translate(lang, 'scn.missingAutonomy', { count: m.count ?? 0, year: String(m.year) })
        : translate(lang, 'scn.missingFigure', { metric: `scn.metric.${m.field}`, year: String(m.year) }),
    )
    .join('; ');
}

/** The verdict cell of tables, exports and print. */
export function verdictText(lang: Lang, t: Pick<TargetResult, 'status' | 'gap' | 'missing'>): string {
  if (t.status === 'met') return translate(lang, 'scn.verdict.met');
  if (t.status === 'not_met') return translate(lang, 'scn.verdict.notMet', { gap: t.gap ?? 0 });
  return translate(lang, 'scn.verdict.unknown', { missing: missingText(lang, t.missing) });
}

/** The target's scope, when it counts civil servants: commune cán bộ, công chức in or out. */
export function scopeText(lang: Lang, t: Pick<TargetResult, 'metric' | 'communeStaff' | 'scopeNote'>): string | null {
  if (!t.metric.split('+').some((m) => m === 'civilServantQuota' || m === 'civilServantActual')) return null;
  const scope = translate(lang, `scn.communeStaff.${t.communeStaff}`);
  return t.scopeNote ? `${scope} (${t.scopeNote})` : scope;
}
