/** export.*: workbooks (xlsx, or csv) of the units and their import template, the findings, the finance figures and a plan's tables. */
import path from 'node:path';
import type { HandlersOf } from '../../shared/contract/index.ts';
import type { Amount } from '../../shared/autonomy/amount.ts';
import { amountIn, unitLine, UNIT_WORDS } from '../../shared/autonomy/money-unit.ts';
import { classifyAutonomy } from '../../shared/autonomy/classify.ts';
import { FIGURE_HEADERS } from '../../shared/autonomy/read-figures.ts';
import { translate } from '../../shared/i18n/index.ts';
import { VIETNAMESE_NUMBERS_NOTE } from '../../shared/import/numbers.ts';
import { findingsTable, guideTable, unitsTable } from '../../shared/import/units-table.ts';
import { evaluateFindings } from '../../shared/rules/findings.ts';
import { roadmapOf } from '../../shared/scenario/roadmap.ts';
import { scenarioMetricsTable, scenarioRoadmapTable, scenarioTargetsTable } from '../../shared/view/plan-tables.ts';
import { workspacePositionFindings } from '../services/position-findings.ts';
import { listNormInputs } from '../../db/norm-inputs-repo.ts';
import { listFigures, yearUnits } from '../../db/finance-repo.ts';
import { tableToCsv, tablesToXlsx } from '../../db/io/write-tables.ts';
import { ruleContext } from '../../db/rules-repo.ts';
import { getScenario } from '../../db/scenarios-repo.ts';
import { listUnits } from '../../db/units-repo.ts';
import type { Clock } from '../../shared/clock.ts';
import type { CurrentWorkspace } from '../services/current-workspace.ts';
import { decode } from '../services/finance-figures.ts';
import { planFileStem, presentedInWorkspace, simulateInWorkspace } from '../services/plan-simulation.ts';

const encode = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
/** The workspace file's name without its extension: the start of every exported file's name. */
const workspaceStem = (file: string) => path.basename(file).replace(/\.tinhgon$/, '');

export function exportHandlers(current: CurrentWorkspace, clock: Clock): HandlersOf<'export'> {
  return {
    'export.units': async ({ format }) => {
      const ws = current();
      const table = unitsTable(listUnits(ws.db), listNormInputs(ws.db));
      const bytes = format === 'xlsx' ? await tablesToXlsx([table, guideTable()]) : tableToCsv(table);
      return { fileName: `${workspaceStem(ws.file)}-don-vi.${format}`, data: encode(bytes) };
    },
    'export.template': async () => ({
      fileName: 'mau-nhap-don-vi-tinhgon.xlsx',
      data: encode(await tablesToXlsx([unitsTable([]), guideTable()])),
    }),
    'export.findings': async ({ format }) => {
      const ws = current();
      const units = listUnits(ws.db);
      const names = new Map(units.map((u) => [u.code, u.name]));
      const ctx = ruleContext(ws.db, clock.today());
      const table = findingsTable(
        [...evaluateFindings(units, ctx), ...workspacePositionFindings(ws.db, units, ctx)].map((f) => ({
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
      return { fileName: `${workspaceStem(ws.file)}-canh-bao.${format}`, data: encode(bytes) };
    },
    'export.finance': async ({ format }) => {
      // The template's columns (so the file re-imports), then what TinhGon computed.
      const ws = current();
      const names = new Map(listUnits(ws.db).map((u) => [u.code, u.name]));
      const unitOf = yearUnits(ws.db);
      const used = new Set(listFigures(ws.db).map((f) => unitOf.get(f.year) ?? 'dong'));
      const table = {
        name: 'Tự chủ tài chính',
        // The unit (when all years share it; each row states its own anyway) and the number convention, so the file re-imports without a question.
        notes: [...(used.size === 1 ? [unitLine([...used][0]!)] : []), VIETNAMESE_NUMBERS_NOTE],
        columns: [
          ...FIGURE_HEADERS.map(([f, header]) => ({ header, width: f === 'name' ? 44 : 22 })),
          { header: 'Mức tự bảo đảm (%)', width: 18 },
          { header: 'Nhóm theo số liệu', width: 16 },
          { header: 'Nhóm áp dụng', width: 14 },
          { header: 'Lý do điều chỉnh', width: 40 },
        ],
        rows: listFigures(ws.db).map((f) => {
          const d = decode(f);
          const c = classifyAutonomy(d);
          const computed = 'problem' in c ? null : c;
          // Each row in its year's unit, stated in the "Đơn vị tính" column (so the file re-imports as it was entered).
          const unit = unitOf.get(f.year) ?? 'dong';
          const text = (a: Amount | undefined) => (a === undefined ? null : amountIn(a, unit));
          return [
            f.code,
            names.get(f.code) ?? '',
            f.year,
            text(d.revenue),
            text(d.spending),
            text(d.investmentFunding),
            text(d.depreciation),
            f.assignedGroup,
            UNIT_WORDS[unit],
            computed ? (computed.rateHundredths / 100).toFixed(2).replace('.', ',') : null,
            computed ? `${computed.group}${computed.band ?? ''}` : null,
            f.overrideGroup ?? (computed ? `${computed.group}${computed.band ?? ''}` : null),
            f.overrideReason,
          ];
        }),
      };
      const bytes = format === 'xlsx' ? await tablesToXlsx([table]) : tableToCsv(table);
      return { fileName: `${workspaceStem(ws.file)}-tu-chu-tai-chinh.${format}`, data: encode(bytes) };
    },
    'export.scenario': async ({ name, format, table }) => {
      const scenario = getScenario(current().db, name);
      const simulated = simulateInWorkspace(current(), scenario).simulation;
      const sim = presentedInWorkspace(current(), scenario);
      const tables = {
        metrics: scenarioMetricsTable(sim),
        targets: scenarioTargetsTable(sim),
        roadmap: scenarioRoadmapTable(roadmapOf(simulated)),
      };
      // The workbook keeps its two sheets (metrics with the payouts, targets); the roadmap year by year is a CSV of its own.
      const bytes =
        format === 'xlsx'
          ? await tablesToXlsx([tables.metrics, tables.targets])
          : tableToCsv(tables[table ?? 'metrics']);
      const suffix =
        format === 'csv' ? { metrics: '-chi-so', targets: '-muc-tieu', roadmap: '-lo-trinh' }[table ?? 'metrics'] : '';
      return { fileName: `${planFileStem(name)}${suffix}.${format}`, data: encode(bytes) };
    },
  };
}
