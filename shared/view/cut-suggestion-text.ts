/** A "Gợi ý cắt giảm" said in words, the same in the app and the CLI: the smallest cut closing a quota target's gap. */
import type { MessageKey, MessageParams } from '../i18n/index.ts';
import type { Operation } from '../scenario/operations.ts';

export interface CutSuggestion {
  target: { title: string; year: number; gap: number };
  operation: Operation | null;
  gapAtLess: number | null;
}

export function cutSuggestionText(s: CutSuggestion, tr: (key: MessageKey, params?: MessageParams) => string): string {
  const op = s.operation?.type === 'cutQuotas' ? s.operation : null;
  const said = { title: s.target.title, year: String(s.target.year), gap: s.target.gap };
  if (!op) return tr('op.suggestCutNone', { title: said.title });
  if (s.gapAtLess === null) return tr('op.suggestCutFirst', { ...said, percent: op.percent });
  return tr('op.suggestCutResult', { ...said, percent: op.percent, less: op.percent - 1, lessGap: s.gapAtLess });
}
