import type { Database } from 'better-sqlite3';
import { AppError } from '../shared/errors.ts';
import { PARAMETER_IDS, STRICTER, defaultRuleSetFor, parameterValue, ruleSetById, type ParameterId, type RuleSet } from '../shared/rules/rule-sets.ts';
import type { ParameterOverrides, RuleContext } from '../shared/rules/findings.ts';
import type { ProvinceClass } from '../shared/model/workspace.ts';
import type { ParameterChange } from '../shared/contract.ts';
import { readMeta } from './meta-repo.ts';

const RULE_SET_KEY = 'ruleSetId';


/** The rule set a workspace is judged by: its choice, else the set in force in its base year. */
export function currentRuleSet(db: Database): RuleSet {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(RULE_SET_KEY) as { value: string } | undefined;
  const chosen = row ? ruleSetById(JSON.parse(row.value) as string) : undefined;
  return chosen ?? defaultRuleSetFor(readMeta(db).baseYear);
}

export function ruleContext(db: Database): RuleContext {
  const ruleSet = currentRuleSet(db);
  return { ruleSet, provinceClass: readMeta(db).provinceClass, overrides: currentOverrides(db, ruleSet.id) };
}

export function currentOverrides(db: Database, ruleSetId: string): ParameterOverrides {
  const rows = db
    .prepare(
      `SELECT parameter, value FROM rule_parameter_changes c
       WHERE rule_set_id = ? AND id = (SELECT max(id) FROM rule_parameter_changes WHERE rule_set_id = c.rule_set_id AND parameter = c.parameter)`,
    )
    .all(ruleSetId) as Array<{ parameter: ParameterId; value: number | null }>;
  const out: ParameterOverrides = {};
  for (const r of rows) if (r.value !== null && (PARAMETER_IDS as readonly string[]).includes(r.parameter)) out[r.parameter] = r.value;
  return out;
}

export function configureRules(db: Database, change: { ruleSetId?: string; provinceClass?: ProvinceClass }): void {
  db.transaction(() => {
    if (change.ruleSetId !== undefined) {
      if (!ruleSetById(change.ruleSetId)) throw new AppError('bad_request', 'err.ruleSet', { id: change.ruleSetId });
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(RULE_SET_KEY, JSON.stringify(change.ruleSetId));
    }
    if (change.provinceClass !== undefined) {
      db.prepare("UPDATE meta SET value = ? WHERE key = 'provinceClass'").run(JSON.stringify(change.provinceClass));
    }
  }).immediate();
}

/** Records a province's value for a parameter of the current rule set (null: back to the default). */
export function setParameter(db: Database, change: { parameter: ParameterId; value: number | null; reason: string; user: string }): void {
  const ruleSet = currentRuleSet(db);
  if (change.value !== null) {
    const byDefault = parameterValue(ruleSet.parameters[change.parameter], readMeta(db).provinceClass);
    const higher = STRICTER[change.parameter] === 'higher';
    if (higher ? change.value < byDefault : change.value > byDefault) {
      throw AppError.validation([{ field: 'value', key: 'err.looserParameter', params: { direction: higher ? 'rules.atLeast' : 'rules.atMost', default: byDefault } }]);
    }
  }
  db.prepare('INSERT INTO rule_parameter_changes (rule_set_id, parameter, value, reason, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    ruleSet.id,
    change.parameter,
    change.value,
    change.reason.trim(),
    change.user,
    new Date().toISOString(),
  );
}

export function parameterChanges(db: Database, ruleSetId: string): ParameterChange[] {
  return db
    .prepare(
      `SELECT id, rule_set_id AS ruleSetId, parameter, value, reason, changed_by AS changedBy, changed_at AS changedAt
       FROM rule_parameter_changes WHERE rule_set_id = ? ORDER BY id DESC`,
    )
    .all(ruleSetId) as ParameterChange[];
}
