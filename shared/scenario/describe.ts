/** An operation in words, for the list of a plan's changes. */
import { translate, type Lang } from '../i18n/index.ts';
import type { Operation } from './operations.ts';
import { moduleOf } from './operations/index.ts';
import { operationWhen } from './operation-date.ts';
import type { ExitWindow } from './restructuring-decision.ts';

/** `window`: a Decree 178 exit's 12-month window from the plan's restructuring decision (`exitWindows`), costed and said with it. */
export function describeOperation(
  op: Operation,
  lang: Lang,
  nameOf: (code: string) => string,
  window?: ExitWindow,
): string {
  return moduleOf(op).describe(op, {
    lang,
    tr: translate.bind(null, lang),
    nameOf,
    when: operationWhen(op),
    ...(window ? { window } : {}),
  });
}
