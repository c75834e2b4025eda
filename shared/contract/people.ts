/** people.*: the personnel list, base salary periods, retirements, and proposals for early retirement or resignation with their payouts. */
import { z } from 'zod';
import type { BaseSalaryView, PersonRow, RetirementsView } from '../people/person-rows.ts';
import { PERSON_CATEGORIES } from '../people/read-people.ts';
import { COUNT_KEYS } from '../people/attrition.ts';
import {
  PROPOSAL_POLICIES,
  ProposalInputSchema,
  type ProposalResult,
  type ProposalTotal,
} from '../people/proposals.ts';
import { EARLY_GROUPS } from '../payouts/policies.ts';
import { DECIMAL_MARKS } from '../import/numbers.ts';
import { download, messageKeySchema, messageParamsSchema, noArgs, upload, yearArg } from './common.ts';
import { confidenceSchema } from './findings.ts';

const baseSalary: z.ZodType<BaseSalaryView> = z.object({
  amount: z.number(),
  from: z.string(),
  citation: z.string(),
  confidence: confidenceSchema.nullable(),
  id: z.number().nullable(),
});
const PersonRowSchema: z.ZodType<PersonRow> = z.object({
  id: z.number(),
  fullName: z.string(),
  employeeId: z.string().nullable(),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  sex: z.enum(['male', 'female']),
  birthDate: z.string(),
  category: z.enum(PERSON_CATEGORIES).nullable(),
  salary: z.number().nullable(),
  coefficients: z.object({ sum: z.string(), percent: z.string(), other: z.string().nullable() }).nullable(),
  insuranceFrom: z.string().nullable(),
  retirement: z.object({ ageMonths: z.number(), reaches: z.string(), pensionFrom: z.string(), year: z.number() }),
  lowerRetirementAge: z.boolean(),
  jobPosition: z.string().nullable(),
});
const counts = z.object({ total: z.number(), byCategory: z.record(z.enum(COUNT_KEYS), z.number()) });
const attritionRow = {
  unit: z.string(),
  overdue: counts,
  years: z.array(counts.extend({ year: z.number() })),
  inRange: counts,
};
const RetirementsViewSchema: z.ZodType<RetirementsView> = z.object({
  fromYear: z.number(),
  toYear: z.number(),
  people: z.number(),
  units: z.array(z.object({ ...attritionRow, unitName: z.string().nullable() })),
  totals: z.object(attritionRow),
});
const saidKey = z.object({ key: messageKeySchema, params: messageParamsSchema });
const ProposalResultSchema: z.ZodType<ProposalResult> = z.object({
  personId: z.number(),
  case: z.enum(['early-retirement', 'resignation']),
  policy: z.enum(PROPOSAL_POLICIES),
  leaveFrom: z.string(),
  year: z.number(),
  within12: z.boolean(),
  group: z.enum(EARLY_GROUPS),
  afterTraining: z.boolean(),
  lowerRetirementAge: z.boolean(),
  policyCitation: z.string(),
  policyConfidence: confidenceSchema,
  unitCode: z.string(),
  category: z.enum(PERSON_CATEGORIES).nullable(),
  salary: z.number().nullable(),
  baseSalary: z.object({ amount: z.number(), from: z.string(), citation: z.string() }).nullable(),
  monthsEarly: z.number(),
  siMonths: z.number().nullable(),
  payout: z
    .object({
      total: z.number(),
      parts: z.array(
        z.object({
          key: messageKeySchema,
          months: z.number(),
          amount: z.number(),
          citation: z.string(),
          confidence: confidenceSchema,
          weak: z.boolean().optional(),
        }),
      ),
    })
    .nullable(),
  refusal: saidKey.nullable(),
  notices: z.array(saidKey),
});
const yearTotal = { year: z.number(), people: z.number(), paid: z.number(), total: z.number() };
const proposalTotal: z.ZodType<ProposalTotal> = z.object({ unitCode: z.string(), ...yearTotal });
const baseSalaries = z.object({ baseSalaries: z.array(baseSalary) });

export const peopleChannels = {
  /**
   * The list with salaries at the base salary in force in `month` (MM/yyyy; default: the current
   * month), said back as `month` with that `baseSalary`; and every base salary period (built in and added).
   */
  'people.list': {
    args: z.object({ month: z.string().max(20).optional() }).strict(),
    result: z.object({
      people: z.array(PersonRowSchema),
      month: z.string(),
      baseSalary: baseSalary.nullable(),
      baseSalaries: z.array(baseSalary),
    }),
  },
  /** Adds a base salary period to the workspace; every bad field is named. */
  'people.addBaseSalary': {
    args: z.object({ amount: z.string().max(40), from: z.string().max(20), citation: z.string().max(1000) }).strict(),
    result: baseSalaries,
  },
  'people.removeBaseSalary': { args: z.object({ id: z.number().int().positive() }).strict(), result: baseSalaries },
  /** Every proposal with its payout worked out, and the payouts per unit and leaving year. */
  'people.proposals': {
    args: noArgs,
    result: z.object({
      proposals: z.array(ProposalResultSchema),
      totals: z.object({ rows: z.array(proposalTotal), byYear: z.array(z.object(yearTotal)), total: z.number() }),
    }),
  },
  /** Proposes a person for early retirement or resignation (replacing a former proposal); the payout as worked out. */
  'people.propose': { args: ProposalInputSchema, result: ProposalResultSchema },
  'people.withdraw': {
    args: z.object({ personId: z.number().int().positive() }).strict(),
    result: z.object({ personId: z.number() }),
  },
  'people.retirements': {
    args: z.object({ fromYear: yearArg.optional(), toYear: yearArg.optional() }).strict(),
    result: RetirementsViewSchema,
  },
  /** Replaces the whole personnel list (after a backup); every bad row refuses the file. */
  'people.import': {
    args: z.object({ ...upload, decimal: z.enum(DECIMAL_MARKS).optional() }).strict(),
    result: z.object({ imported: z.number(), previous: z.number(), backupFile: z.string() }),
  },
  'people.template': { args: noArgs, result: download },
  /** Deletes every person and erases them from the file (backups keep them). */
  'people.remove': { args: noArgs, result: z.object({ removed: z.number() }) },
} as const;
