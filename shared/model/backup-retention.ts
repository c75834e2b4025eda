import { z } from 'zod';

const count = (max: number, min: number) =>
  z
    .number({ error: 'err.retention' })
    .int({ error: 'err.retention' })
    .min(min, { error: 'err.retention' })
    .max(max, { error: 'err.retention' });

/**
 * Which automatic backups are kept: the newest `keepLast`, and the newest of each of the last
 * `keepMonths` calendar months that have one (0: none kept by month).
 */
export const RetentionSchema = z.object({ keepLast: count(1000, 1), keepMonths: count(1200, 0) }).strict();
export type Retention = z.output<typeof RetentionSchema>;
export const DEFAULT_RETENTION: Retention = { keepLast: 10, keepMonths: 12 };

/** The backups beside a workspace and the rule kept for its automatic ones. */
export const BackupsInfoSchema = RetentionSchema.extend({
  folder: z.string(),
  automatic: z.number(),
  manual: z.number(),
  bytes: z.number(),
});
export type BackupsInfo = z.output<typeof BackupsInfoSchema>;
