/** findings.*: every unit judged against the rule set in force (or pinned) on a day. */
import { z } from 'zod';
import { codeSchema } from '../model/unit.ts';
import { RULES, SEVERITIES, type Finding } from '../rules/findings.ts';
import { PARAMETER_IDS } from '../rules/rule-sets.ts';
import { isoDateSchema, messageKeySchema } from './common.ts';

export const confidenceSchema = z.enum(['C', 'C2', 'M']);
export const FindingSchema: z.ZodType<Finding> = z.object({
  unitCode: z.string(),
  rule: z.enum(RULES),
  parameter: z.enum(PARAMETER_IDS).nullable(),
  severity: z.enum(SEVERITIES),
  key: messageKeySchema,
  params: z.record(z.string(), z.union([z.number(), z.string()])),
  ruleSet: z.string(),
  citation: z.string(),
  confidence: confidenceSchema,
});

export const findingsChannels = {
  'findings.list': {
    // Only these units' findings and the province-wide ones (after a headcount edit: the unit and its ancestors; see shared/rules/findings-delta.ts).
    // `date`: judged as of that day (ISO) by the set in force then; default today.
    args: z.object({ units: z.array(codeSchema).max(10_000).optional(), date: isoDateSchema.optional() }).strict(),
    result: z.object({
      findings: z.array(FindingSchema),
      ruleSetTitle: z.string(),
      ruleSet: z.string(),
      date: z.string(),
    }),
  },
} as const;
