import { importInvalid } from '../../shared/import/read-units.ts';
import type { ArgsOut, FinanceSummary, HandlersOf } from '../../shared/contract/index.ts';
import {
  RESOLUTION_19_TARGET,
  STABILITY_YEARS,
  directSupport,
  groupCounts,
  groups12Share,
  upgradeCheck,
  type GroupKey,
  type YearFigures,
} from '../../shared/autonomy/summary.ts';
import { AppError, type FieldIssue } from '../../shared/errors.ts';
import type { Amount } from '../../shared/autonomy/amount.ts';
import { amountIn, amountValue, toStored, UNIT_WORDS } from '../../shared/autonomy/money-unit.ts';
import { readCell } from '../../shared/import/numbers.ts';
import { classifyAutonomy, parseAssignedGroup } from '../../shared/autonomy/classify.ts';
import { readFigures, normalGroup, figureSheet } from '../../shared/autonomy/read-figures.ts';
import { figuresTemplateTables } from '../../shared/autonomy/figures-template.ts';
import { backupFileName, backupWorkspace } from '../../db/backup.ts';
import { financeRow, groupLabel } from '../../shared/autonomy/finance-row.ts';
import { demotions } from '../../shared/autonomy/demotions.ts';
import { supportTrend } from '../../shared/autonomy/trend.ts';
import { classifiedFigure } from '../../shared/autonomy/classified.ts';
import { yearOf, type Clock } from '../../shared/clock.ts';
import { amountText, figureYears, listFigures, putFigures, setYearUnit } from '../../db/finance-repo.ts';
import { getUnit, listUnits } from '../../db/units-repo.ts';
import { readWorkbook } from '../../db/io/read-workbook.ts';
import { tablesToXlsx } from '../../db/io/write-tables.ts';
import { expectFigureVersion, figureVersion } from '../../db/row-versions.ts';
import type { CurrentWorkspace } from '../services/current-workspace.ts';
import { commonUnit, decode, mixesUnits, rowFor, unitOfYear, wholeDong } from '../services/finance-figures.ts';

/** finance.*: the figures of public service units by year (exact amounts), their autonomy groups and the summary over the years. */
/** The rows of an uploaded file's figures sheet. */
async function figureRows(fileName: string, data: string) {
  return figureSheet(await readWorkbook(fileName, new Uint8Array(Buffer.from(data, 'base64'))))?.rows ?? [];
}

/** Checks one PSU's figures for a year (typed in the year's unit) and writes them; throws, naming the fields, when refused. */
function setFigure(ws: ReturnType<CurrentWorkspace>, args: ArgsOut<'finance.set'>): void {
  const { code, year, revenue, spending, investmentFunding, depreciation, assignedGroup, note, amountUnit, version } =
    args;
  const unit = getUnit(ws.db, code);
  if (!unit) throw new AppError('not_found', 'err.unitNotFound', { code });
  if (unit.kind !== 'psu') throw new AppError('validation', 'err.notPsu', { code });
  const mixed = mixesUnits(ws, year, amountUnit);
  if (mixed) throw new AppError('conflict', 'err.yearUnitStored', mixed);
  const issues: FieldIssue[] = [];
  // Typed in the app's Vietnamese format ("1.234,5"), in the year's unit.
  const amount = (field: string, text: string | undefined, required: boolean): Amount | undefined => {
    const e = readCell(text ?? '', ',', { decimals: 12 });
    if (e === undefined) {
      if (required) issues.push({ field, key: 'err.amountRequired' });
      return undefined;
    }
    const v = e ? toStored(e, amountUnit) : null;
    if (v === null) issues.push({ field, key: 'err.amount' });
    else if (v < 0n) issues.push({ field, key: 'err.negative' });
    return v ?? undefined;
  };
  const A = amount('revenue', revenue, true);
  const B = amount('spending', spending, true);
  if (B !== undefined && B <= 0n) issues.push({ field: 'spending', key: 'err.spendingNotPositive' });
  const inv = amount('investmentFunding', investmentFunding, false);
  const dep = amount('depreciation', depreciation, false);
  const assigned = parseAssignedGroup(assignedGroup ?? '');
  if (assigned === null) issues.push({ field: 'assignedGroup', key: 'err.assignedGroup' });
  if (issues.length > 0 || A === undefined || B === undefined) throw AppError.validation(issues);
  const existing = listFigures(ws.db, year).find((f) => f.code === code);
  expectFigureVersion(existing, version, code, year);
  setYearUnit(ws.db, year, amountUnit);
  putFigures(ws.db, [
    {
      code,
      year,
      revenue: A.toString(),
      spending: B.toString(),
      investmentFunding: amountText(inv),
      depreciation: amountText(dep),
      assignedGroup: assigned ? `${assigned.group}${assigned.band ?? ''}` : null,
      overrideGroup: existing?.overrideGroup ?? null,
      overrideReason: existing?.overrideReason ?? null,
      note: note ?? existing?.note ?? null,
    },
  ]);
}

export function financeHandlers(current: CurrentWorkspace, clock: Clock): HandlersOf<'finance'> {
  return {
    'finance.list': ({ year }) => {
      const ws = current();
      const years = figureYears(ws.db);
      const y = year ?? years[years.length - 1] ?? yearOf(clock);
      const stored = new Map(listFigures(ws.db, y).map((f) => [f.code, f]));
      const amountUnit = unitOfYear(ws, y);
      const rows = listUnits(ws.db)
        .filter((u) => u.kind === 'psu')
        .map((u) => {
          const f = stored.get(u.code);
          return { ...financeRow(u, y, amountUnit ?? 'dong', f && decode(f)), version: figureVersion(f) };
        });
      return { year: y, years, amountUnit, rows };
    },
    'finance.set': (args) => {
      const ws = current();
      ws.db.transaction(() => setFigure(ws, args)).immediate();
      return rowFor(ws, args.code, args.year);
    },
    // A block pasted into the grid: every row written, or (one refused) none, the refused row named.
    'finance.setMany': ({ year, amountUnit, rows }) => {
      const ws = current();
      ws.db
        .transaction(() =>
          rows.forEach((row, i) => {
            try {
              setFigure(ws, { ...row, year, amountUnit });
            } catch (err) {
              if (!(err instanceof AppError)) throw err;
              const unit = getUnit(ws.db, row.code)?.name ?? row.code;
              const issues = err.issues.map((x) => ({
                ...x,
                field: `rows.${i}.${x.field}`,
                params: { ...x.params, unit },
              }));
              throw new AppError(err.kind, err.key, { ...err.params, unit }, issues);
            }
          }),
        )
        .immediate();
      return { rows: rows.map((r) => rowFor(ws, r.code, year)) };
    },
    'finance.override': ({ code, year, group, reason, version }) => {
      const ws = current();
      const existing = listFigures(ws.db, year).find((f) => f.code === code);
      if (!existing) throw new AppError('not_found', 'err.noFigures', { code, year: String(year) });
      expectFigureVersion(existing, version, code, year); // synchronous from the read to the write: nothing runs between
      if (group !== null) {
        const g = parseAssignedGroup(group);
        if (!g) throw AppError.validation([{ field: 'group', key: 'err.assignedGroup' }]);
        if (g.group === 3 && g.band === null) throw AppError.validation([{ field: 'group', key: 'err.overrideBand' }]);
        if (!reason.trim()) throw AppError.validation([{ field: 'reason', key: 'err.reasonRequired' }]);
        putFigures(ws.db, [{ ...existing, overrideGroup: `${g.group}${g.band ?? ''}`, overrideReason: reason.trim() }]);
      } else {
        putFigures(ws.db, [{ ...existing, overrideGroup: null, overrideReason: null }]);
      }
      return rowFor(ws, code, year);
    },
    'finance.summary': () => {
      const ws = current();
      const unit = commonUnit(ws);
      const units = new Map(listUnits(ws.db).map((u) => [u.code, u]));
      const byYear = new Map<number, YearFigures[]>();
      for (const f of listFigures(ws.db)) {
        const unit = units.get(f.code);
        const d = decode(f);
        const c = classifyAutonomy(d);
        // Only the units that are public service units now: one reclassified since (its figures kept) counts nowhere.
        if (!unit || unit.kind !== 'psu' || 'problem' in c) continue;
        const group = (f.overrideGroup ?? `${c.group}${c.band ?? ''}`) as GroupKey;
        const list = byYear.get(f.year) ?? [];
        list.push({
          code: f.code,
          sector: unit.sector,
          group,
          revenue: d.revenue,
          spending: d.spending,
          rateHundredths: c.rateHundredths,
        });
        byYear.set(f.year, list);
      }
      const years = [...byYear.keys()].sort((a, b) => a - b);
      const psus = [...units.values()].filter((u) => u.kind === 'psu').length;
      const trend = supportTrend(
        years.map((year) => ({ year, rows: byYear.get(year)! })),
        psus,
      );
      const perYear = years.map((year, i) => {
        const rows = byYear.get(year)!;
        const { complete, change } = trend[i]!;
        const sectors = [...new Set(rows.map((r) => r.sector))]
          .sort()
          .map((sector) => ({ sector, counts: groupCounts(rows.filter((r) => r.sector === sector)) }));
        const support = directSupport(rows);
        return {
          year,
          units: rows.length,
          counts: groupCounts(rows),
          sectors,
          support: amountIn(support, unit),
          supportValue: amountValue(support, unit),
          share12: groups12Share(rows, psus, RESOLUTION_19_TARGET.groups12SharePercent).share,
          psus,
          complete,
          change: change && { ...change, before: amountIn(change.before, unit), after: amountIn(change.after, unit) },
        };
      });
      const targetRows = byYear.get(RESOLUTION_19_TARGET.year);
      const share = targetRows ? groups12Share(targetRows, psus, RESOLUTION_19_TARGET.groups12SharePercent) : null;
      const target = {
        year: RESOLUTION_19_TARGET.year,
        percent: RESOLUTION_19_TARGET.groups12SharePercent,
        citation: RESOLUTION_19_TARGET.citation,
        share: share ? share.share : null,
        // Units without figures may be in any group: met only if met without them, not met only if not met with them all (else undecided).
        met:
          share && targetRows
            ? share.met
              ? true
              : (share.count + psus - targetRows.length) * 100 < RESOLUTION_19_TARGET.groups12SharePercent * psus
                ? false
                : null
            : null,
        count: share?.count ?? 0,
        psus,
        withFigures: targetRows?.length ?? 0,
      };
      const first = years[0];
      const period = first === undefined ? null : { from: first, to: first + STABILITY_YEARS - 1 };
      const next = first === undefined ? undefined : first + STABILITY_YEARS;
      let check: FinanceSummary['check'] = null;
      if (first !== undefined && next !== undefined && byYear.has(next)) {
        const c = upgradeCheck(first, byYear.get(first)!, next, byYear.get(next)!);
        check = {
          ...c,
          bands: c.bands.map((b) => ({
            ...b,
            supportFrom: amountIn(b.supportFrom, unit),
            supportTo: amountIn(b.supportTo, unit),
            supportAllowed: amountIn(wholeDong(b.supportAllowed), unit),
          })),
        };
      }
      // Art. 35.5 over every stored year, so any change of figures or group is seen at once.
      const held = listFigures(ws.db).map((f) => {
        const c = classifyAutonomy(decode(f));
        return {
          code: f.code,
          year: f.year,
          effective: f.overrideGroup ?? ('problem' in c ? null : groupLabel(c)),
          assigned: f.assignedGroup,
        };
      });
      const found = demotions(held).map((d) => ({ ...d, name: units.get(d.code)?.name ?? d.code }));
      return { years: perYear, target, period, check, demotions: found, amountUnit: unit };
    },
    'finance.configure': ({ year, amountUnit }) => {
      // Stored amounts are millionths of a đồng: the year is only shown and entered in another unit.
      setYearUnit(current().db, year, amountUnit);
      return { year, amountUnit };
    },
    'finance.import': async ({ fileName, data, unit, decimal, decimals }) => {
      const ws = current();
      const rows = await figureRows(fileName, data);
      const units = new Map(listUnits(ws.db).map((u) => [u.code, u]));
      const { figures, issues } = readFigures(
        rows,
        (code) => {
          const u = units.get(code);
          return !u ? 'err.unitNotFound' : u.kind !== 'psu' ? 'err.notPsu' : null;
        },
        { unit, decimal, decimals },
      );
      for (const f of figures) {
        const mixed = mixesUnits(ws, f.year, f.unit);
        if (mixed)
          issues.push({
            row: f.row,
            column: 'Đơn vị tính',
            value: UNIT_WORDS[f.unit],
            key: 'err.yearUnitStored',
            params: mixed,
          });
      }
      if (issues.length > 0) {
        issues.sort((a, b) => a.row - b.row);
        throw importInvalid(issues);
      }
      if (figures.length === 0) throw new AppError('validation', 'err.importEmpty');
      await backupWorkspace(ws, backupFileName(ws, 'truoc-nhap-tai-chinh'));
      const existing = new Map(listFigures(ws.db).map((f) => [`${f.code}|${f.year}`, f]));
      ws.db
        .transaction(() => {
          for (const f of figures) setYearUnit(ws.db, f.year, f.unit);
          putFigures(
            ws.db,
            figures.map((f) => {
              const old = existing.get(`${f.code}|${f.year}`);
              return {
                code: f.code,
                year: f.year,
                revenue: f.revenue.toString(),
                spending: f.spending.toString(),
                investmentFunding: amountText(f.investmentFunding),
                depreciation: amountText(f.depreciation),
                assignedGroup: normalGroup(f.assigned),
                overrideGroup: old?.overrideGroup ?? null,
                overrideReason: old?.overrideReason ?? null,
                note: old?.note ?? null,
              };
            }),
          );
        })
        .immediate();
      return { imported: figures.length, years: [...new Set(figures.map((f) => f.year))].sort() };
    },
    'finance.classify': async ({ fileName, data, unit, decimal }) => {
      const { figures, issues } = readFigures(await figureRows(fileName, data), undefined, { unit, decimal });
      if (issues.length > 0) {
        throw new AppError(
          'validation',
          'err.figuresInvalid',
          { count: issues.length },
          issues.map((i) => ({
            field: `${i.row}:${i.column}`,
            key: i.key,
            params: { ...i.params, row: i.row, column: i.column, value: i.value },
          })),
        );
      }
      return { rows: figures.map(classifiedFigure) };
    },
    // The figures sheet with an example row the import skips, and a guide to each column (unit, meaning, article).
    'finance.template': async () => ({
      fileName: 'mau-so-lieu-tu-chu-tai-chinh.xlsx',
      data: Buffer.from(await tablesToXlsx(figuresTemplateTables())).toString('base64'),
    }),
  };
}
