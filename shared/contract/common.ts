/**
 * Argument and result pieces used by channels of several prefixes: no arguments, an uploaded
 * file, a download, a file path, a row version, a day, a message said in two ways.
 */
import { z } from 'zod';
import { MAX_UPLOAD_BASE64, MAX_UPLOAD_MB } from '../import/limits.ts';
import { isIsoDate } from '../rules/rule-sets.ts';
import { isMessageKey, type MessageKey, type MessageParams } from '../i18n/index.ts';

/** A plan's or figure row's version as the client read it (db/row-versions.ts). */
export const rowVersion = z.string().max(64).optional();
export const noArgs = z.object({}).strict();

/** A file sent by the UI (browser upload or Electron dialog), as base64. */
export const upload = {
  fileName: z.string().min(1).max(260),
  data: z
    .base64()
    .refine((d) => d.length <= MAX_UPLOAD_BASE64, { error: 'err.uploadTooLarge', params: { mb: MAX_UPLOAD_MB } }),
};
export const download = z.object({ fileName: z.string(), data: z.string() });
/**
 * A workspace file path on the machine running the back end, as typed: never trimmed here (a
 * trailing space is refused with a message by db/safe-path.ts, not silently changed).
 */
export const filePath = z
  .string({ error: 'err.filePath' })
  .min(1, { error: 'err.filePath' })
  .max(1000, { error: 'err.filePath' });
/** Write over an existing file: set only after the person confirmed replacing it. */
export const replace = z.boolean().optional();
/** A day as YYYY-MM-DD that exists in the calendar. */
export const isoDateSchema = z.string().refine(isIsoDate, { error: 'err.isoDate' });
/** A figure year as the channels accept it. */
export const yearArg = z.number().int().min(1990).max(2100);
/** A stored plan's name, as sent back by a client (new names are checked by scenarioNameSchema). */
export const planName = z.string().min(1).max(200);

/** A key of the message catalogs (checked against them). */
export const messageKeySchema = z.custom<MessageKey>((v) => typeof v === 'string' && isMessageKey(v));
export const messageParamsSchema: z.ZodType<MessageParams> = z.record(z.string(), z.union([z.string(), z.number()]));
/** A message as its key and parameters (said in the UI's language) and in Vietnamese (for the CLI). */
export const saidMessage = { key: messageKeySchema, params: messageParamsSchema, message: z.string() };
