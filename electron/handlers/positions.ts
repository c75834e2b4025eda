/** positions.*: units' job positions, what they justify, and their template (issue 21). */
import path from 'node:path';
import type { HandlersOf } from '../../shared/contract/index.ts';
import { AppError, type FieldIssue } from '../../shared/errors.ts';
import {
  positionsGuideTable,
  positionsTable,
  readPositions,
  type PositionsRead,
} from '../../shared/import/positions.ts';
import { importInvalid } from '../../shared/import/read-units.ts';
import { matchKey } from '../../shared/text.ts';
import { deriveUnit, positionsByUnit } from '../../shared/positions/derive.ts';
import { parsePosition, workforceOf, type Position } from '../../shared/positions/model.ts';
import type { Unit } from '../../shared/model/unit.ts';
import type { MessageKey } from '../../shared/i18n/index.ts';
import { backupFileName, backupWorkspace } from '../../db/backup.ts';
import { forgetUpload, readUpload } from '../../db/io/read-workbook.ts';
import { tableToCsv, tablesToXlsx } from '../../db/io/write-tables.ts';
import {
  expectPositionsVersion,
  listPositions,
  positionsVersion,
  renamePositionOnPeople,
  replacePositions,
} from '../../db/positions-repo.ts';
import { getUnit, listUnits } from '../../db/units-repo.ts';
import { listNormInputs, putNormInputs } from '../../db/norm-inputs-repo.ts';
import { placementByUnit } from '../../db/people-repo.ts';
import { presentFromPeople } from '../../shared/positions/placement.ts';
import { holdersOf } from '../../shared/positions/exit.ts';
import { normOf, parseNormInputs, quotaOf } from '../../shared/positions/norm-inputs.ts';
import type { Database } from 'better-sqlite3';
import type { CurrentWorkspace } from '../services/current-workspace.ts';
import { simulateInWorkspace } from '../services/plan-simulation.ts';
import { planPositions } from '../../shared/scenario/positions.ts';

const encode = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const GUIDE = matchKey('Hướng dẫn');

function unitPositions(db: Database, unit: Unit, positions: Position[]) {
  return {
    code: unit.code,
    version: positionsVersion(db, unit.code),
    positions,
    fromPositions: deriveUnit(unit, positions),
  };
}

function unitNorm(db: Database, unit: Unit) {
  const inputs = listNormInputs(db, unit.code).get(unit.code) ?? null;
  return { code: unit.code, inputs, norm: inputs && normOf(inputs).norm, quota: quotaOf(unit) };
}

function mustGetUnit(db: Database, code: string): Unit {
  const unit = getUnit(db, code);
  if (!unit) throw new AppError('not_found', 'err.unitNotFound', { code });
  return unit;
}

export function positionsHandlers(current: CurrentWorkspace): HandlersOf<'positions'> {
  return {
    'positions.list': ({ unit }) => {
      const db = current().db;
      // `present`: the people holding each position, where the personnel list carries positions.
      const placement = placementByUnit(db);
      if (unit !== undefined)
        return {
          units: [unitPositions(db, mustGetUnit(db, unit), presentFromPeople(listPositions(db, unit), placement))],
        };
      const byUnit = positionsByUnit(presentFromPeople(listPositions(db), placement));
      return {
        units: listUnits(db)
          .filter((u) => byUnit.has(u.code))
          .map((u) => unitPositions(db, u, byUnit.get(u.code)!)),
      };
    },
    'positions.replace': ({ code, positions, version, renames = [] }) => {
      const db = current().db;
      const unit = mustGetUnit(db, code);
      const workforce = workforceOf(unit);
      const issues: FieldIssue[] = [];
      const parsed: Position[] = [];
      positions.forEach((p, i) => {
        const r = parsePosition({ ...(p as object), unitCode: code }, workforce);
        if (r.ok) parsed.push(r.position);
        else
          for (const issue of r.issues)
            issues.push({
              field: `positions.${i}.${issue.field}`,
              key: issue.key as MessageKey,
              params: { row: i + 1 },
            });
      });
      const sent = new Set(parsed.map((p) => p.name));
      renames.forEach((r, i) => {
        if (!sent.has(r.to.trim()))
          issues.push({ field: `renames.${i}.to`, key: 'err.positionRenameTarget', params: { name: r.to } });
      });
      if (issues.length > 0) throw AppError.validation(issues);
      let renamedPeople = 0;
      db.transaction(() => {
        expectPositionsVersion(db, code, version);
        const stored = new Set(listPositions(db, code).map((p) => p.name));
        const unknown = renames.findIndex((r) => !stored.has(r.from));
        if (unknown >= 0)
          throw AppError.validation([
            {
              field: `renames.${unknown}.from`,
              key: 'err.positionRenameSource',
              params: { name: renames[unknown]!.from },
            },
          ]);
        replacePositions(db, new Map([[code, parsed]]));
        renamedPeople = renamePositionOnPeople(
          db,
          code,
          renames.map((r) => ({ from: r.from, to: r.to.trim() })),
        );
      }).immediate();
      return { ...unitPositions(db, unit, listPositions(db, code)), renamedPeople };
    },
    'positions.import': async ({ fileName, data, replace = false }) => {
      const ws = current();
      const bytes = new Uint8Array(Buffer.from(data, 'base64'));
      const sheets = await readUpload(fileName, bytes);
      const units = listUnits(ws.db);
      // The sheet holding the table (a guide sheet is skipped); else the first sheet's problems.
      const reads: PositionsRead[] = sheets
        .filter((s) => matchKey(s.name) !== GUIDE)
        .map((s) => readPositions(s, units));
      const read =
        reads.find((r) => r.positions.length > 0 || r.issues.some((i) => i.key !== 'err.positionsHeader')) ?? reads[0];
      if (!read) throw new AppError('bad_request', 'err.importEmpty');
      if (read.issues.length > 0) throw importInvalid(read.issues);
      const byUnit = positionsByUnit(read.positions);
      const existing = new Set(listPositions(ws.db).map((p) => p.unitCode));
      const taken = [...byUnit.keys()].filter((c) => existing.has(c));
      if (!replace && taken.length > 0) {
        const nameOf = new Map(units.map((u) => [u.code, u.name]));
        const named = taken.map((c) => `${c} (${nameOf.get(c)})`).join(', ');
        throw new AppError('conflict', 'err.positionsExist', { codes: named });
      }
      const backupFile = await backupWorkspace(ws, backupFileName(ws, 'truoc-nhap-vtvl'));
      ws.db.transaction(() => replacePositions(ws.db, byUnit)).immediate();
      forgetUpload(fileName, bytes);
      const unitOf = new Map(units.map((u) => [u.code, u]));
      const presentAbove = [...byUnit].flatMap(([code, list]) => {
        const unit = unitOf.get(code)!;
        const present = deriveUnit(unit, list).presentQuota;
        const actual = holdersOf(unit);
        return present > actual ? [{ code, name: unit.name, present, actual }] : [];
      });
      return {
        imported: read.positions.length,
        units: [...byUnit.keys()],
        skipped: read.skipped,
        backupFile,
        presentAbove,
      };
    },
    'positions.plan': ({ scenario, unit }) => ({
      code: unit,
      years: planPositions(simulateInWorkspace(current(), scenario).simulation, unit).map((y) => ({
        ...y,
        positions: [...y.positions],
      })),
    }),
    'positions.norm': ({ unit }) => {
      const db = current().db;
      return unitNorm(db, mustGetUnit(db, unit));
    },
    'positions.setNorm': ({ code, inputs }) => {
      const db = current().db;
      const unit = mustGetUnit(db, code);
      let figures = null;
      if (inputs !== null) {
        const parsed = parseNormInputs(inputs);
        if (!parsed.ok) throw AppError.validation(parsed.issues.map((i) => ({ ...i, field: `norm.${i.field}` })));
        figures = parsed.inputs;
      }
      db.transaction(() => putNormInputs(db, new Map([[code, figures]]))).immediate();
      return unitNorm(db, unit);
    },
    'positions.export': async ({ format }) => {
      const ws = current();
      const table = positionsTable(listPositions(ws.db), listUnits(ws.db));
      const bytes = format === 'xlsx' ? await tablesToXlsx([table, positionsGuideTable()]) : tableToCsv(table);
      const stem = path.basename(ws.file).replace(/\.tinhgon$/, '');
      return { fileName: `${stem}-vi-tri-viec-lam.${format}`, data: encode(bytes) };
    },
    'positions.template': async () => ({
      fileName: 'mau-vi-tri-viec-lam-tinhgon.xlsx',
      data: encode(await tablesToXlsx([positionsTable([], []), positionsGuideTable()])),
    }),
  };
}
