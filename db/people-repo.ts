/**
 * The personnel list in a workspace (personal data), with the proposals of early retirement or
 * resignation made on it. It is replaced whole on import and removed in one action (a person's
 * proposal goes with them: ON DELETE CASCADE); both leave no trace of the former rows in the file
 * (`secure_delete` zeroes them, then a checkpoint truncates the log), though backups taken before
 * still hold them.
 */
import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { AppError } from '../shared/errors.ts';
import { forgetPeopleChanges } from './undo-log.ts';
import type { PersonCategory, PersonRecord } from '../shared/people/read-people.ts';
import type { RetirementPerson, StoredPerson } from '../shared/people/person-rows.ts';
import type { Proposal } from '../shared/people/proposals.ts';
import type { Workspace } from './workspace.ts';
import { backupFileName, backupWorkspace } from './backup.ts';
import { dropOldFreePages, foldLog, freePages } from './people-erase.ts';

interface Row {
  id: number;
  unit_code: string;
  current_code: string | null;
  unit_name: string | null;
  full_name: string;
  employee_id: string | null;
  sex: 'male' | 'female';
  birth_date: string;
  category: PersonCategory | null;
  salary_amount: number | null;
  salary_coefficient: number | null;
  leadership_allowance: number;
  other_allowances: number;
  public_duty: number;
  insurance_from: string | null;
  lower_retirement_age: number;
  job_position: string | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function fromRow(r: Row): StoredPerson {
  const [y, m, d] = r.birth_date.split('-').map(Number) as [number, number, number];
  const insurance = r.insurance_from?.split('-').map(Number);
  return {
    id: r.id,
    fullName: r.full_name,
    employeeId: r.employee_id,
    unitCode: r.unit_code,
    unit: r.current_code === null ? null : { code: r.current_code, name: r.unit_name ?? '' },
    sex: r.sex,
    birth: { year: y, month: m, day: d },
    category: r.category,
    salary:
      r.salary_amount !== null
        ? { kind: 'amount', amount: r.salary_amount }
        : {
            kind: 'coefficients',
            coefficient: r.salary_coefficient!,
            leadership: r.leadership_allowance,
            otherAllowances: r.other_allowances,
            publicDuty: r.public_duty,
          },
    insuranceFrom: insurance ? { year: insurance[0]!, month: insurance[1]! } : null,
    ...(r.lower_retirement_age === 1 ? { lowerRetirementAge: true } : {}),
    ...(r.job_position !== null ? { jobPosition: r.job_position } : {}),
  };
}

export function listPeople(db: Database): StoredPerson[] {
  return mapPeople(db, (p) => p);
}

/**
 * The list's order (position, then id) as an ORDER BY of the people rows: by id when positions
 * never go down in id order (people are inserted in list order, so this is the usual case) and
 * the scan needs no sort; SQLite sorts in a temporary B-tree that holds every row read (tens of MB
 * of native memory for 100,000 people).
 */
function listOrder(db: Database): string {
  let last = -Infinity;
  for (const position of db
    .prepare('SELECT position FROM people ORDER BY id')
    .pluck()
    .iterate() as IterableIterator<number>) {
    if (position < last) return 'p.position, p.id';
    last = position;
  }
  return 'p.id';
}

const PEOPLE_SELECT =
  'SELECT p.*, u.code AS current_code, u.name AS unit_name FROM people p LEFT JOIN units u ON u.id = p.unit_id';

/**
 * Every person in list order, each turned into what the caller keeps: rows are read one at a
 * time, so the database rows and the stored people of 100,000 people are never all held at once.
 */
export function mapPeople<T>(db: Database, f: (p: StoredPerson) => T): T[] {
  const out: T[] = [];
  const rows = db.prepare(`${PEOPLE_SELECT} ORDER BY ${listOrder(db)}`).iterate() as IterableIterator<Row>;
  for (const row of rows) out.push(f(fromRow(row)));
  return out;
}

/** The people with a proposal, by id (a few among 100,000: the others are not read). */
export function proposalPeople(db: Database): Map<number, StoredPerson> {
  const rows = db.prepare(`${PEOPLE_SELECT} WHERE p.id IN (SELECT person_id FROM people_proposals)`).all() as Row[];
  return new Map(rows.map((r) => [r.id, fromRow(r)]));
}

/** One person, or undefined. */
export function getPerson(db: Database, id: number): StoredPerson | undefined {
  const row = db.prepare(`${PEOPLE_SELECT} WHERE p.id = ?`).get(id) as Row | undefined;
  return row && fromRow(row);
}

/**
 * What the retirements need of each person, in list order, read one row at a time: the unit they
 * count under (its code now, or the imported one when it is gone) with its name now, sex, birth
 * month and category. No names of people, no salaries.
 */
export function* retirementPeople(db: Database): Generator<RetirementPerson> {
  const rows = db
    .prepare(
      `SELECT coalesce(u.code, p.unit_code), u.name, p.sex, p.birth_date, p.category, p.lower_retirement_age FROM people p LEFT JOIN units u ON u.id = p.unit_id ORDER BY ${listOrder(db)}`,
    )
    .raw(true)
    .iterate() as IterableIterator<
    [string, string | null, RetirementPerson['sex'], string, PersonCategory | null, number]
  >;
  for (const [unit, unitName, sex, birth, category, lower] of rows) {
    yield {
      unit,
      unitName,
      sex,
      birth: { year: Number(birth.slice(0, 4)), month: Number(birth.slice(5, 7)) },
      category,
      ...(lower === 1 ? { lowerAge: true } : {}),
    };
  }
}

export function countPeople(db: Database): number {
  return db.prepare('SELECT count(*) FROM people').pluck().get() as number;
}

/** Appends people to the list, in order, each attached to the unit with its code if there is one. Call inside a transaction. */
export function insertPeople(db: Database, people: readonly PersonRecord[]): void {
  const first = db.prepare('SELECT coalesce(max(position), 0) + 1 FROM people').pluck().get() as number;
  const insert = db.prepare(
    `INSERT INTO people (position, unit_id, unit_code, full_name, employee_id, sex, birth_date, category,
       salary_amount, salary_coefficient, leadership_allowance, other_allowances, public_duty, insurance_from, lower_retirement_age, job_position)
     VALUES (?, (SELECT id FROM units WHERE code = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  people.forEach((p, i) => {
    const s = p.salary;
    insert.run(
      first + i,
      p.unitCode,
      p.unitCode,
      p.fullName,
      p.employeeId,
      p.sex,
      `${pad(p.birth.year, 4)}-${pad(p.birth.month)}-${pad(p.birth.day)}`,
      p.category,
      s.kind === 'amount' ? s.amount : null,
      s.kind === 'coefficients' ? s.coefficient : null,
      s.kind === 'coefficients' ? s.leadership : 0,
      s.kind === 'coefficients' ? s.otherAllowances : 0,
      s.kind === 'coefficients' ? s.publicDuty : 0,
      p.insuranceFrom ? `${pad(p.insuranceFrom.year, 4)}-${pad(p.insuranceFrom.month)}` : null,
      p.lowerRetirementAge ? 1 : 0,
      p.jobPosition ?? null,
    );
  });
}

/**
 * Per unit (its code now), how many people hold each job position and how many hold none; only
 * when the list carries positions at all (else null: placement is not recorded in this workspace).
 */
export function placementByUnit(
  db: Database,
): Map<string, { byPosition: Map<string, number>; withoutPosition: number }> | null {
  if (db.prepare('SELECT 1 FROM people WHERE job_position IS NOT NULL LIMIT 1').get() === undefined) return null;
  const rows = db
    .prepare(
      'SELECT u.code, p.job_position, count(*) AS n FROM people p JOIN units u ON u.id = p.unit_id GROUP BY u.code, p.job_position',
    )
    .all() as { code: string; job_position: string | null; n: number }[];
  const out = new Map<string, { byPosition: Map<string, number>; withoutPosition: number }>();
  for (const r of rows) {
    const unit = out.get(r.code) ?? { byPosition: new Map<string, number>(), withoutPosition: 0 };
    if (r.job_position === null) unit.withoutPosition += r.n;
    else unit.byPosition.set(r.job_position, r.n);
    out.set(r.code, unit);
  }
  return out;
}

/** Replaces the whole list (a snapshot) after a backup; all or nothing. */
export async function importPeople(
  ws: Workspace,
  people: readonly PersonRecord[],
): Promise<{ imported: number; previous: number; backupFile: string }> {
  const backupFile = await backupWorkspace(ws, backupFileName(ws, 'truoc-nhap-nhan-su'));
  const previous = countPeople(ws.db);
  const hadFreePages = freePages(ws.db);
  try {
    foldLog(ws.db, 'before');
    ws.db
      .transaction(() => {
        ws.db.prepare('DELETE FROM people').run(); // zeroed as deleted (secure_delete)
        forgetPeopleChanges(ws.db);
        insertPeople(ws.db, people);
      })
      .immediate();
  } catch (err) {
    fs.rmSync(backupFile, { force: true }); // nothing changed: the copy made for this import goes
    throw err;
  }
  dropOldFreePages(ws.db, hadFreePages);
  foldLog(ws.db, 'after');
  return { imported: people.length, previous, backupFile };
}

/** The proposals of early retirement or resignation, in the list's order. */
export function listProposals(db: Database): Proposal[] {
  const rows = db
    .prepare(
      'SELECT q.person_id, q.kind, q.policy, q.leave_from, q.within_12, q.early_group, q.after_training FROM people_proposals q JOIN people p ON p.id = q.person_id ORDER BY p.position, p.id',
    )
    .all() as Array<{
    person_id: number;
    kind: Proposal['case'];
    policy: Proposal['policy'];
    leave_from: string;
    within_12: number;
    early_group: Proposal['group'];
    after_training: number;
  }>;
  return rows.map((r) => {
    const [year, month] = r.leave_from.split('-').map(Number) as [number, number];
    return {
      personId: r.person_id,
      case: r.kind,
      policy: r.policy,
      leaveFrom: { year, month },
      within12: r.within_12 === 1,
      group: r.early_group,
      afterTraining: r.after_training === 1,
    };
  });
}

/** Records (or replaces) a person's proposal. */
export function setProposal(db: Database, p: Proposal): void {
  if (!db.prepare('SELECT 1 FROM people WHERE id = ?').get(p.personId))
    throw new AppError('not_found', 'err.personNotFound');
  db.prepare(
    `INSERT INTO people_proposals (person_id, kind, policy, leave_from, within_12, early_group, after_training) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (person_id) DO UPDATE SET kind = excluded.kind, policy = excluded.policy, leave_from = excluded.leave_from, within_12 = excluded.within_12,
       early_group = excluded.early_group, after_training = excluded.after_training`,
  ).run(
    p.personId,
    p.case,
    p.policy,
    `${pad(p.leaveFrom.year, 4)}-${pad(p.leaveFrom.month)}`,
    p.within12 ? 1 : 0,
    p.group,
    p.afterTraining ? 1 : 0,
  );
}

/** Withdraws a person's proposal; false when there was none. */
export function clearProposal(db: Database, personId: number): boolean {
  return db.prepare('DELETE FROM people_proposals WHERE person_id = ?').run(personId).changes > 0;
}
