import type { Database } from 'better-sqlite3';
import { stamp } from './clock.ts';
import { AppError } from '../shared/errors.ts';
import {
  PARAMETER_IDS,
  STRICTER,
  parameterValue,
  ruleSetById,
  ruleSetInForce,
  type ParameterId,
  type RuleSet,
} from '../shared/rules/rule-sets.ts';
import type { ParameterOverrides, RuleContext } from '../shared/rules/findings.ts';
import type { ProvinceClass } from '../shared/model/workspace.ts';
import type { ParameterChange, RuleSetPin } from '../shared/rules/recorded.ts';
import { groupOf } from '../shared/scenario/autonomy.ts';
import type { GroupKey } from '../shared/autonomy/summary.ts';
import { readMeta } from './meta-repo.ts';
import { autonomyAt } from './finance-repo.ts';
import { totalChanges } from './unit-model-cache.ts';

/** The set the province pinned (the latest pin, unless it unpinned), or null. */
export function pinnedRuleSet(db: Database): RuleSet | null {
  const id = db.prepare('SELECT rule_set_id FROM rule_set_pins ORDER BY id DESC LIMIT 1').pluck().get() as
    string | null | undefined;
  return id ? (ruleSetById(id) ?? null) : null;
}

/** The rule set a workspace is judged by on a day (ISO): the pinned set, else the set in force that day. */
export function currentRuleSet(db: Database, date: string): RuleSet {
  return pinnedRuleSet(db) ?? ruleSetInForce(date);
}

/** Each PSU's autonomy group in force in a year (stored Decree 60 figures, the decided group first), held while nothing is written. */
const heldGroups = new WeakMap<Database, { changes: number; year: number; groups: Map<string, GroupKey | null> }>();
function autonomyGroups(db: Database, year: number): Map<string, GroupKey | null> {
  const changes = totalChanges(db);
  const held = heldGroups.get(db);
  if (held && held.changes === changes && held.year === year) return held.groups;
  const groups = new Map([...autonomyAt(db, year)].map(([code, a]) => [code, groupOf(a)] as const));
  heldGroups.set(db, { changes, year, groups });
  return groups;
}

/** How the workspace is judged on a day (ISO date): the set, the province's values for it, each PSU's autonomy group. */
export function ruleContext(db: Database, date: string): RuleContext {
  const ruleSet = currentRuleSet(db, date);
  // Read when a PSU is first judged (a headcount edit of other units judges none).
  let groups: Map<string, GroupKey | null> | null = null;
  const autonomyGroup = (code: string) => (groups ??= autonomyGroups(db, Number(date.slice(0, 4)))).get(code);
  return {
    ruleSet,
    date,
    provinceClass: readMeta(db).provinceClass,
    overrides: currentOverrides(db, ruleSet.id),
    autonomyGroup,
  };
}

export function currentOverrides(db: Database, ruleSetId: string): ParameterOverrides {
  const rows = db
    .prepare(
      `SELECT parameter, value FROM rule_parameter_changes c
       WHERE rule_set_id = ? AND id = (SELECT max(id) FROM rule_parameter_changes WHERE rule_set_id = c.rule_set_id AND parameter = c.parameter)`,
    )
    .all(ruleSetId) as Array<{ parameter: ParameterId; value: number | null }>;
  const out: ParameterOverrides = {};
  for (const r of rows)
    if (r.value !== null && (PARAMETER_IDS as readonly string[]).includes(r.parameter)) out[r.parameter] = r.value;
  return out;
}

export function configureRules(db: Database, change: { provinceClass?: ProvinceClass }): void {
  if (change.provinceClass !== undefined)
    db.prepare("UPDATE meta SET value = ? WHERE key = 'provinceClass'").run(JSON.stringify(change.provinceClass));
}

/** Pins a rule set (null: unpins, the set in force on each date again), recording who, when and why. */
export function pinRuleSet(db: Database, change: { ruleSetId: string | null; reason: string; user: string }): void {
  if (change.ruleSetId !== null && !ruleSetById(change.ruleSetId))
    throw new AppError('bad_request', 'err.ruleSet', { id: change.ruleSetId });
  db.prepare('INSERT INTO rule_set_pins (rule_set_id, reason, changed_by, changed_at) VALUES (?, ?, ?, ?)').run(
    change.ruleSetId,
    change.reason.trim(),
    change.user,
    stamp(db),
  );
}

/** The pins and unpins, latest first. */
export function ruleSetPins(db: Database): RuleSetPin[] {
  return db
    .prepare(
      'SELECT id, rule_set_id AS ruleSetId, reason, changed_by AS changedBy, changed_at AS changedAt FROM rule_set_pins ORDER BY id DESC',
    )
    .all() as RuleSetPin[];
}

/** Records a province's value for a parameter of the current rule set (null: back to the default). */
export function setParameter(
  db: Database,
  change: { parameter: ParameterId; value: number | null; reason: string; user: string; date: string },
): void {
  const ruleSet = currentRuleSet(db, change.date);
  const p = ruleSet.parameters[change.parameter];
  if (!p)
    throw new AppError('bad_request', 'err.parameterNotInSet', { parameter: change.parameter, ruleSet: ruleSet.title });
  if (change.value !== null) {
    const byDefault = parameterValue(p, readMeta(db).provinceClass);
    const higher = STRICTER[change.parameter] === 'higher';
    if (higher ? change.value < byDefault : change.value > byDefault) {
      throw AppError.validation([
        {
          field: 'value',
          key: 'err.looserParameter',
          params: { direction: higher ? 'rules.atLeast' : 'rules.atMost', default: byDefault },
        },
      ]);
    }
  }
  db.prepare(
    'INSERT INTO rule_parameter_changes (rule_set_id, parameter, value, reason, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(ruleSet.id, change.parameter, change.value, change.reason.trim(), change.user, stamp(db));
}

export function parameterChanges(db: Database, ruleSetId: string): ParameterChange[] {
  return db
    .prepare(
      `SELECT id, rule_set_id AS ruleSetId, parameter, value, reason, changed_by AS changedBy, changed_at AS changedAt
       FROM rule_parameter_changes WHERE rule_set_id = ? ORDER BY id DESC`,
    )
    .all(ruleSetId) as ParameterChange[];
}
