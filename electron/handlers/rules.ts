import type { HandlerTable, RulesView } from '../../shared/contract.ts';
import { evaluateFindings } from '../../shared/rules/findings.ts';
import { RULE_SETS, parameterValue } from '../../shared/rules/rule-sets.ts';
import { listUnits } from '../../db/units-repo.ts';
import { configureRules, parameterChanges, ruleContext, setParameter } from '../../db/rules-repo.ts';
import type { Workspace } from '../../db/workspace.ts';
import type { CurrentWorkspace } from './index.ts';
import { osUser } from './tree-edits.ts';

type RuleHandlers = Pick<HandlerTable, 'findings.list' | 'rules.get' | 'rules.configure' | 'rules.setParameter'>;

function rulesView(ws: Workspace): RulesView {
  const ctx = ruleContext(ws.db);
  return {
    ruleSets: RULE_SETS.map(({ id, title, titleEn, effectiveFrom, effectiveTo }) => ({ id, title, titleEn, effectiveFrom, effectiveTo })),
    ruleSetId: ctx.ruleSet.id,
    provinceClass: ctx.provinceClass,
    parameters: Object.values(ctx.ruleSet.parameters).map((p) => {
      const byDefault = parameterValue(p, ctx.provinceClass);
      const override = ctx.overrides?.[p.id];
      return { ...p, default: byDefault, inForce: override ?? byDefault, overridden: override !== undefined };
    }),
    changes: parameterChanges(ws.db, ctx.ruleSet.id),
  };
}

export function ruleHandlers(current: CurrentWorkspace): RuleHandlers {
  return {
    'findings.list': () => {
      const ws = current();
      const ctx = ruleContext(ws.db);
      return { findings: evaluateFindings(listUnits(ws.db), ctx), ruleSetTitle: ctx.ruleSet.title };
    },
    'rules.get': () => rulesView(current()),
    'rules.configure': (change) => {
      configureRules(current().db, change);
      return rulesView(current());
    },
    'rules.setParameter': ({ parameter, value, reason }) => {
      setParameter(current().db, { parameter, value, reason, user: osUser() });
      return rulesView(current());
    },
  };
}
