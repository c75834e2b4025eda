import type { HandlersOf, RulesView } from '../../shared/contract/index.ts';
import { RULE_SETS, inForceOn, parameterValue, parametersOn } from '../../shared/rules/rule-sets.ts';
import {
  configureRules,
  parameterChanges,
  pinRuleSet,
  ruleContext,
  ruleSetPins,
  setParameter,
} from '../../db/rules-repo.ts';
import type { Clock } from '../../shared/clock.ts';
import type { Workspace } from '../../db/workspace.ts';
import type { CurrentWorkspace } from '../services/current-workspace.ts';
import { editorName } from '../caller.ts';

function rulesView(ws: Workspace, date: string): RulesView {
  const ctx = ruleContext(ws.db, date);
  const pins = ruleSetPins(ws.db);
  return {
    ruleSets: RULE_SETS.map((r) => ({
      id: r.id,
      title: r.title,
      titleEn: r.titleEn,
      validFrom: r.validFrom,
      validTo: r.validTo,
      inForce: inForceOn(r, date),
    })),
    date,
    ruleSetId: ctx.ruleSet.id,
    pinned: pins[0]?.ruleSetId ? pins[0] : null,
    pins,
    provinceClass: ctx.provinceClass,
    parameters: Object.values(parametersOn(ctx.ruleSet, date)).map((p) => {
      const byDefault = parameterValue(p, ctx.provinceClass);
      const override = ctx.overrides?.[p.id];
      return { ...p, default: byDefault, inForce: override ?? byDefault, overridden: override !== undefined };
    }),
    parameterHistory: parameterChanges(ws.db, ctx.ruleSet.id),
  };
}

/** rules.*: the rule sets, the one the workspace is judged by (pinned or in force), the province's class and parameter values, each change recorded with who and why. */
export function rulesHandlers(current: CurrentWorkspace, clock: Clock): HandlersOf<'rules'> {
  const today = () => clock.today();
  return {
    'rules.get': () => rulesView(current(), today()),
    'rules.configure': (change) => {
      configureRules(current().db, change);
      return rulesView(current(), today());
    },
    'rules.pin': ({ ruleSetId, reason }) => {
      pinRuleSet(current().db, { ruleSetId, reason, user: editorName() });
      return rulesView(current(), today());
    },
    'rules.setParameter': ({ parameter, value, reason }) => {
      setParameter(current().db, { parameter, value, reason, user: editorName(), date: today() });
      return rulesView(current(), today());
    },
  };
}
