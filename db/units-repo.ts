import type { Database } from 'better-sqlite3';
import { AppError } from '../shared/errors.ts';
import { buildTree, checkTreeIntegrity } from '../shared/tree.ts';
import type { Unit, UnitPatch, HeadcountField } from '../shared/model/unit.ts';

/** Column of each headcount field. */
const COLUMNS: Record<HeadcountField, string> = {
  civilServantQuota: 'civil_servant_quota',
  civilServantActual: 'civil_servant_actual',
  publicEmployeeQuota: 'public_employee_quota',
  publicEmployeeActual: 'public_employee_actual',
  selfFundedEmployees: 'self_funded_employees',
  contractWorkers: 'contract_workers',
  deputies: 'deputies',
};
const SCALAR_COLUMNS = {
  code: 'code',
  name: 'name',
  kind: 'kind',
  level: 'level',
  sector: 'sector',
  ...COLUMNS,
  heads: 'heads',
} as const;
/** Every stored field of a unit but its code and parent, with its column. */
const VALUE_FIELDS = (Object.keys(SCALAR_COLUMNS) as Array<keyof typeof SCALAR_COLUMNS>).filter((f) => f !== 'code');
const SELECT_COLUMNS = `u.code, u.name, p.code AS parentCode, u.kind, u.level, u.sector, ${Object.entries(COLUMNS)
  .map(([field, col]) => `u.${col} AS ${field}`)
  .join(', ')}`;

/**
 * Whether the units table has the heads column (migration 018): a workspace of an older version is
 * read without migrating it (readOtherWorkspace), its units then without heads (not entered).
 * Known once true: a column is never dropped.
 */
const withHeads = new WeakSet<Database>();
function hasHeads(db: Database): boolean {
  if (withHeads.has(db)) return true;
  const has =
    (db.prepare(`SELECT count(*) FROM pragma_table_info('units') WHERE name = 'heads'`).pluck().get() as number) > 0;
  if (has) withHeads.add(db);
  return has;
}
const headsColumn = (db: Database, prefix = '') => (hasHeads(db) ? `${prefix}heads` : 'NULL');
const headsCols = (db: Database) => (hasHeads(db) ? ['heads'] : []);

type ListRow = [
  id: number,
  parentId: number | null,
  position: number,
  code: string,
  name: string,
  kind: Unit['kind'],
  level: Unit['level'],
  sector: Unit['sector'],
  ...counts: Array<number | null>,
];
/** The headcount columns in the order of COLUMNS, which is the order read back below. */
const listSql = (db: Database) =>
  `SELECT id, parent_id, position, code, name, kind, level, sector, ${Object.values(COLUMNS).join(', ')}, ${headsColumn(db)} FROM units`;

/**
 * All units in tree order of insertion (parents' positions first, then siblings by position).
 * One scan in storage order: parent codes are looked up by id and rows sorted by (position, id)
 * here, cheaper than a self-join and SQLite's temporary sort of whole rows on a large tree.
 */
export function listUnits(db: Database): Unit[] {
  const rows = db.prepare(listSql(db)).raw(true).all() as ListRow[];
  // Ids are dense (rowids): an array indexed by id is several times faster than a Map here.
  const codeById: Array<string | undefined> = [];
  for (const r of rows) codeById[r[0]] = r[3];
  let sorted = true;
  for (let i = 1; i < rows.length && sorted; i++)
    sorted = rows[i - 1]![2] < rows[i]![2] || (rows[i - 1]![2] === rows[i]![2] && rows[i - 1]![0] < rows[i]![0]);
  if (!sorted) rows.sort((a, b) => a[2] - b[2] || a[0] - b[0]);
  return rows.map((r) => ({
    code: r[3],
    name: r[4],
    parentCode: r[1] === null ? null : (codeById[r[1]] ?? null),
    kind: r[5],
    level: r[6],
    sector: r[7],
    civilServantQuota: r[8]!,
    civilServantActual: r[9]!,
    publicEmployeeQuota: r[10]!,
    publicEmployeeActual: r[11]!,
    selfFundedEmployees: r[12]!,
    contractWorkers: r[13]!,
    deputies: r[14]!,
    // Not entered: no field (a unit as the model and the fixtures write it), never 1.
    ...(r[15] === null ? {} : { heads: r[15]! }),
  }));
}

/** The units' codes in the order of listUnits, without reading the units. */
export function unitCodesInOrder(db: Database): string[] {
  return db.prepare('SELECT code FROM units ORDER BY position, id').pluck().all() as string[];
}

/** A unit as read by a query: its heads left out when not entered (as listUnits does). */
function read<T extends Unit>(row: T | undefined): T | undefined {
  if (row && row.heads === null) delete row.heads;
  return row;
}

export function getUnit(db: Database, code: string): Unit | undefined {
  return read(
    db
      .prepare(
        `SELECT ${SELECT_COLUMNS}, ${headsColumn(db, 'u.')} AS heads FROM units u LEFT JOIN units p ON p.id = u.parent_id WHERE u.code = ?`,
      )
      .get(code) as Unit | undefined,
  );
}

export function countUnits(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n;
}

/** The columns a unit is inserted with, in order (heads only once the file has them). */
const unitColumns = (db: Database): string[] => [
  'code',
  'name',
  'parent_id',
  'position',
  'kind',
  'level',
  'sector',
  ...Object.values(COLUMNS),
  ...headsCols(db),
];

/**
 * Inserts a whole tree (valid units; integrity is checked first). Parents are written before
 * children whatever the input order. Call inside a transaction.
 */
export function insertUnits(db: Database, units: readonly Unit[]): void {
  const issues = checkTreeIntegrity(units);
  if (issues.length > 0) throw AppError.validation(issues);
  const tree = buildTree(units);
  const base = (db.prepare('SELECT coalesce(max(position), -1) + 1 AS p FROM units').get() as { p: number }).p;
  const cols = unitColumns(db);
  const insert = db.prepare(
    `INSERT INTO units (${cols.join(', ')}) VALUES (?, ?, (SELECT id FROM units WHERE code = ?), ${cols
      .slice(3)
      .map(() => '?')
      .join(', ')})`,
  );
  const order = new Map(units.map((u, i) => [u.code, i]));
  // Pre-order puts parents first; position keeps the caller's order among siblings.
  for (const code of tree.preorder) {
    const u = tree.byCode.get(code)!;
    insert.run(
      u.code,
      u.name,
      u.parentCode,
      base + order.get(code)!,
      u.kind,
      u.level,
      u.sector,
      ...Object.keys(COLUMNS).map((f) => u[f as HeadcountField]),
      ...headsCols(db).map(() => u.heads ?? null),
    );
  }
}

/** Applies a validated patch to one unit in one transaction; returns the unit as stored. */
export function updateUnit(db: Database, code: string, patch: UnitPatch): Unit {
  return db
    .transaction(() => {
      const existing = getUnit(db, code);
      if (!existing) throw new AppError('not_found', 'err.unitNotFound', { code });
      if (patch.code !== undefined && patch.code !== code && getUnit(db, patch.code)) {
        throw AppError.validation([{ field: 'patch.code', key: 'err.duplicateCode', params: { code: patch.code } }]);
      }
      const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as Array<
        [keyof typeof SCALAR_COLUMNS, unknown]
      >;
      if (entries.length > 0) {
        const sets = entries.map(([f]) => `${SCALAR_COLUMNS[f]} = ?`).join(', ');
        db.prepare(`UPDATE units SET ${sets} WHERE code = ?`).run(...entries.map(([, v]) => v), code);
      }
      return getUnit(db, patch.code ?? code)!;
    })
    .immediate();
}

/**
 * Writes units by code in one pass: new codes are inserted (after all existing units), existing
 * ones get every field and their parent from `units`. Parents may be among the new units.
 * Call inside a transaction with deferred foreign keys; check tree integrity beforehand.
 */
export function upsertUnits(db: Database, units: readonly Unit[]): void {
  const known = new Set(db.prepare('SELECT code FROM units').pluck().all() as string[]);
  const insert = db.prepare(`INSERT INTO units (code, name, kind, level, sector, position) VALUES (?, ?, ?, ?, ?, ?)`);
  let position = (db.prepare('SELECT coalesce(max(position), -1) + 1 AS p FROM units').get() as { p: number }).p;
  for (const u of units) if (!known.has(u.code)) insert.run(u.code, u.name, u.kind, u.level, u.sector, position++);
  const update = db.prepare(
    `UPDATE units SET ${VALUE_FIELDS.map((f) => `${SCALAR_COLUMNS[f]} = ?`).join(', ')}, parent_id = (SELECT id FROM units WHERE code = ?) WHERE code = ?`,
  );
  for (const u of units) update.run(...VALUE_FIELDS.map((f) => u[f] ?? null), u.parentCode, u.code);
}

/** A unit with its stored position (its place in the tree's order). */
export function getPlacedUnit(db: Database, code: string): (Unit & { position: number }) | undefined {
  return read(
    db
      .prepare(
        `SELECT ${SELECT_COLUMNS}, ${headsColumn(db, 'u.')} AS heads, u.position FROM units u LEFT JOIN units p ON p.id = u.parent_id WHERE u.code = ?`,
      )
      .get(code) as (Unit & { position: number }) | undefined,
  );
}

export function nextPosition(db: Database): number {
  return (db.prepare('SELECT coalesce(max(position), -1) + 1 AS p FROM units').get() as { p: number }).p;
}

/** Inserts one unit at a position; its parent must exist. */
export function insertUnitAt(db: Database, u: Unit, position: number): void {
  const cols = unitColumns(db);
  db.prepare(
    `INSERT INTO units (${cols.join(', ')}) VALUES (?, ?, (SELECT id FROM units WHERE code = ?), ${cols
      .slice(3)
      .map(() => '?')
      .join(', ')})`,
  ).run(
    u.code,
    u.name,
    u.parentCode,
    position,
    u.kind,
    u.level,
    u.sector,
    ...Object.keys(COLUMNS).map((f) => u[f as HeadcountField]),
    ...headsCols(db).map(() => u.heads ?? null),
  );
}

export function setParent(db: Database, code: string, parentCode: string | null, position: number): void {
  db.prepare('UPDATE units SET parent_id = (SELECT id FROM units WHERE code = ?), position = ? WHERE code = ?').run(
    parentCode,
    position,
    code,
  );
}

export function deleteUnit(db: Database, code: string): void {
  db.prepare('DELETE FROM units WHERE code = ?').run(code);
}

export function childCodes(db: Database, code: string): string[] {
  return db
    .prepare('SELECT c.code FROM units c JOIN units p ON p.id = c.parent_id WHERE p.code = ? ORDER BY c.position, c.id')
    .pluck()
    .all(code) as string[];
}
