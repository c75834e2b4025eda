/** rules.*: the rule sets, the one the workspace is judged by (pinned or in force), its parameters and their recorded changes. */
import { z } from 'zod';
import { PROVINCE_CLASSES, type ProvinceClass } from '../model/workspace.ts';
import { PARAMETER_IDS, type Parameter } from '../rules/rule-sets.ts';
import type { ParameterChange, RuleSetPin } from '../rules/recorded.ts';
import { noArgs } from './common.ts';
import { confidenceSchema } from './findings.ts';

export interface RulesView {
  /** Every set with the days it is in force (ISO, validTo null: still in force) and whether it is in force on `date`. */
  ruleSets: Array<{
    id: string;
    title: string;
    titleEn: string;
    validFrom: string;
    validTo: string | null;
    inForce: boolean;
  }>;
  /** Today (ISO): the day the workspace view is judged on. */
  date: string;
  /** The set the workspace is judged by today: the pinned one, else the one in force. */
  ruleSetId: string;
  /** The latest pin, when a set is pinned. */
  pinned: RuleSetPin | null;
  pins: RuleSetPin[];
  provinceClass: ProvinceClass;
  parameters: Array<Parameter & { inForce: number; default: number; overridden: boolean }>;
  parameterHistory: ParameterChange[];
}

const recorded = { reason: z.string(), changedBy: z.string(), changedAt: z.string() };
const pin: z.ZodType<RuleSetPin> = z.object({ id: z.number(), ruleSetId: z.string().nullable(), ...recorded });
const RulesViewSchema: z.ZodType<RulesView> = z.object({
  ruleSets: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      titleEn: z.string(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
      inForce: z.boolean(),
    }),
  ),
  date: z.string(),
  ruleSetId: z.string(),
  pinned: pin.nullable(),
  pins: z.array(pin),
  provinceClass: z.enum(PROVINCE_CLASSES),
  parameters: z.array(
    z.object({
      id: z.enum(PARAMETER_IDS),
      value: z.union([z.number(), z.record(z.enum(PROVINCE_CLASSES), z.number())]),
      citation: z.string(),
      confidence: confidenceSchema,
      validFrom: z.string().optional(),
      unverifiedFrom: z.string().optional(),
      unverifiedNote: z.string().optional(),
      inForce: z.number(),
      default: z.number(),
      overridden: z.boolean(),
    }),
  ),
  parameterHistory: z.array(
    z.object({
      id: z.number(),
      ruleSetId: z.string(),
      parameter: z.string(),
      value: z.number().nullable(),
      ...recorded,
    }),
  ),
});

const reason = z.string({ error: 'err.reasonRequired' }).trim().min(1, { error: 'err.reasonRequired' }).max(500);

export const rulesChannels = {
  'rules.get': { args: noArgs, result: RulesViewSchema },
  'rules.configure': {
    args: z.object({ provinceClass: z.enum(PROVINCE_CLASSES).optional() }).strict(),
    result: RulesViewSchema,
  },
  'rules.pin': {
    // ruleSetId null: unpin (judged by the set in force on each date again).
    args: z.object({ ruleSetId: z.string().max(100).nullable(), reason }).strict(),
    result: RulesViewSchema,
  },
  'rules.setParameter': {
    args: z
      .object({
        parameter: z.enum(PARAMETER_IDS),
        // Whole numbers, or one decimal for an average (4,5 organisations per commune).
        value: z
          .number({ error: 'err.notNumber' })
          .refine((v) => Number.isInteger(Math.round(v * 1e6) / 1e5), { error: 'err.notInteger' })
          .min(0, { error: 'err.negative' })
          .max(100000, { error: 'err.tooLarge' })
          .nullable(),
        reason,
      })
      .strict(),
    result: RulesViewSchema,
  },
} as const;
