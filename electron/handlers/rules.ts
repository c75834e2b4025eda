import path from 'node:path';
import type { HandlerTable, RulesView } from '../../shared/contract/index.ts';
import { translate } from '../../shared/i18n/index.ts';
import { findingsTable } from '../../shared/import/units-table.ts';
import { tableToCsv, tablesToXlsx } from '../../db/io/write-tables.ts';
import { evaluateFindings } from '../../shared/rules/findings.ts';
import { RULE_SETS, inForceOn, parameterValue, parametersOn } from '../../shared/rules/rule-sets.ts';
import { listUnits } from '../../db/units-repo.ts';
import { configureRules, parameterChanges, pinRuleSet, ruleContext, ruleSetPins, setParameter } from '../../db/rules-repo.ts';
import { today } from './clock.ts';
import type { Workspace } from '../../db/workspace.ts';
import type { CurrentWorkspace } from './index.ts';
import { editorName } from '../caller.ts';
import { cachedUnitModel } from '../../db/unit-model-cache.ts';

type RuleHandlers = Pick<HandlerTable, 'findings.list' | 'rules.get' | 'rules.configure' | 'rules.pin' | 'rules.setParameter' | 'export.findings'>;

function rulesView(ws: Workspace): RulesView {
  const date = today();
  const ctx = ruleContext(ws.db, date);
  const pins = ruleSetPins(ws.db);
  return {
    ruleSets: RULE_SETS.map((r) => ({ id: r.id, title: r.title, titleEn: r.titleEn, validFrom: r.validFrom, validTo: r.validTo, inForce: inForceOn(r, date) })),
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
    changes: parameterChanges(ws.db, ctx.ruleSet.id),
  };
}

export function ruleHandlers(current: CurrentWorkspace): RuleHandlers {
  return {
    'findings.list': ({ units, date = today() }) => {
      const ws = current();
      const ctx = ruleContext(ws.db, date);
      const { units: all, tree, rollups } = cachedUnitModel(ws.db);
      return { findings: evaluateFindings(all, ctx, tree, rollups, units && new Set(units)), ruleSetTitle: ctx.ruleSet.title, ruleSet: ctx.ruleSet.id, date };
    },
    'export.findings': async ({ format }) => {
      const ws = current();
      const units = listUnits(ws.db);
      const names = new Map(units.map((u) => [u.code, u.name]));
      const table = findingsTable(
        evaluateFindings(units, ruleContext(ws.db, today())).map((f) => ({
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
    'rules.pin': ({ ruleSetId, reason }) => {
      pinRuleSet(current().db, { ruleSetId, reason, user: editorName() });
      return rulesView(current());
    },
    'rules.setParameter': ({ parameter, value, reason }) => {
      setParameter(current().db, { parameter, value, reason, user: editorName(), date: today() });
      return rulesView(current());
    },
  };
}
