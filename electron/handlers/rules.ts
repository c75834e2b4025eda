import path from 'node:path';
import type { HandlerTable, RulesView } from '../../shared/contract.ts';
import { translate } from '../../shared/i18n/index.ts';
import { findingsTable } from '../../shared/import/units-table.ts';
import { tableToCsv, tablesToXlsx } from '../../db/io/write-tables.ts';
import { evaluateFindings } from '../../shared/rules/findings.ts';
import { RULE_SETS, parameterValue } from '../../shared/rules/rule-sets.ts';
import { listUnits } from '../../db/units-repo.ts';
import { configureRules, parameterChanges, ruleContext, setParameter } from '../../db/rules-repo.ts';
import type { Workspace } from '../../db/workspace.ts';
import type { CurrentWorkspace } from './index.ts';
import { osUser } from './tree-edits.ts';
import { cachedUnitModel } from '../../db/unit-model-cache.ts';

type RuleHandlers = Pick<HandlerTable, 'findings.list' | 'rules.get' | 'rules.configure' | 'rules.setParameter' | 'export.findings'>;

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
    'findings.list': ({ units }) => {
      const ws = current();
      const ctx = ruleContext(ws.db);
      const { units: all, tree, rollups } = cachedUnitModel(ws.db);
      return { findings: evaluateFindings(all, ctx, tree, rollups, units && new Set(units)), ruleSetTitle: ctx.ruleSet.title };
    },
    'export.findings': async ({ format }) => {
      const ws = current();
      const units = listUnits(ws.db);
      const names = new Map(units.map((u) => [u.code, u.name]));
      const table = findingsTable(
        evaluateFindings(units, ruleContext(ws.db)).map((f) => ({
          unitCode: f.unitCode,
          unitName: names.get(f.unitCode) ?? '',
          rule: translate('vi', `rule.${f.rule}`),
          severity: translate('vi', `severity.${f.severity}`),
          message: translate('vi', f.key, f.params),
          citation: f.citation,
          confidence: translate('vi', `confidence.${f.confidence}`),
        })),
      );
      const bytes = format === 'xlsx' ? await tablesToXlsx([table]) : tableToCsv(table);
      return { fileName: `${path.basename(ws.file).replace(/\.tinhgon$/, '')}-canh-bao.${format}`, data: Buffer.from(bytes).toString('base64') };
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
