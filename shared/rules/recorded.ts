/** The recorded choices of a workspace about its rules: pins of a rule set and parameter changes (db/rules-repo.ts stores them). */

/** A recorded pin of a rule set (null: unpinned, judged by the set in force on each date), with who, when, why. */
export interface RuleSetPin {
  id: number;
  ruleSetId: string | null;
  reason: string;
  changedBy: string;
  changedAt: string;
}

/** A recorded change of a rule parameter (who, when, why). */
export interface ParameterChange {
  id: number;
  ruleSetId: string;
  parameter: string;
  value: number | null;
  reason: string;
  changedBy: string;
  changedAt: string;
}
