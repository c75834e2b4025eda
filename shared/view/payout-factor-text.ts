/** A payout part's factor in words: "0,8 × 60 tháng", "5 + 0,5 × 2,5 năm" (how its months of salary were reached). */
import { formatNumber } from '../format.ts';
import { translate, type Lang } from '../i18n/index.ts';
import type { PartFactor } from '../payouts/calculate.ts';

export function factorText(f: PartFactor, lang: Lang): string {
  const params = {
    plus: formatNumber(f.plus, lang),
    rate: formatNumber(f.rate, lang),
    count: formatNumber(f.count, lang),
    per: translate(lang, `pay.per.${f.per}`),
  };
  return translate(lang, f.plus > 0 ? 'pay.factorPlus' : 'pay.factor', params);
}
