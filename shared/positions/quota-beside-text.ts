/** A quota target's job positions in words (./quota-beside.ts): the line beside its verdict, a year's line, and its notes. */
import { translate, type Lang } from '../i18n/index.ts';
import type { QuotaBesideNote, QuotaBesideYear, TargetPositions } from './quota-beside.ts';

/** "Biên chế giao 1.234 · theo VTVL 1.180", saying how many units have positions when not all do. */
export function positionsLine(lang: Lang, y: QuotaBesideYear): string {
  return y.withPositions === y.units
    ? translate(lang, 'scn.positions.line', { assigned: y.assigned, justified: y.justified })
    : translate(lang, 'scn.positions.linePartial', {
        assigned: y.assigned,
        justified: y.justified,
        withPositions: y.withPositions,
        units: y.units,
        covered: y.coveredAssigned,
      });
}

/** A year's line, compact: "2026: giao 1.234 · theo VTVL 1.180". */
export function positionsYearLine(lang: Lang, y: QuotaBesideYear): string {
  const params = { year: String(y.year), assigned: y.assigned, justified: y.justified, covered: y.coveredAssigned };
  return translate(lang, y.withPositions === y.units ? 'scn.positions.year' : 'scn.positions.yearPartial', params);
}

/** A note in words, with its basis: cited when confirmed, "cần xác minh" when marked M. */
export function positionsNoteText(lang: Lang, note: QuotaBesideNote): string {
  const said = translate(lang, `scn.positions.${note.kind}`, {
    who: `scn.positions.who.${note.workforce}`,
    units: note.units,
    count: note.count,
  });
  return `${said} ${
    note.citation === null
      ? translate(lang, 'scn.positions.verify')
      : translate(lang, 'scn.positions.basis', { citation: note.citation, confidence: `confidence.${note.confidence}` })
  }`;
}

/** The target year's line and notes, as the CLI and exports say them; null when there is no line that year. */
export function targetPositionsText(lang: Lang, p: TargetPositions, year: number): string | null {
  const at = p.byYear.find((y) => y.year === year);
  if (!at || at.withPositions === 0) return null;
  return [positionsLine(lang, at), ...p.notes.map((n) => positionsNoteText(lang, n))].join(' ');
}
