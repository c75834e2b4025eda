/**
 * What the history says of a step a user made (a tree edit, a plan saved, figures entered…): a
 * message key with its parameters, translated when shown. The step's changes themselves are rows
 * of the undo log (db/undo-log.ts), not data of the domain.
 */
import type { MessageKey } from '../i18n/index.ts';

/** What the history list says of a step. */
export interface EditLabel {
  key: MessageKey;
  params: Record<string, string | number>;
}
