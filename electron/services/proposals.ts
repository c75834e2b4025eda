import type { Database } from 'better-sqlite3';
import { proposalResult } from '../../shared/people/proposals.ts';
import { baseSalaryPeriods } from '../../db/base-salary-repo.ts';
import { listProposals, proposalPeople } from '../../db/people-repo.ts';

/** Every proposal of the workspace with its payout worked out (base salary periods as stored): people.* and scenario.fromPeople. */
export function proposalResults(db: Database) {
  const periods = baseSalaryPeriods(db);
  const people = proposalPeople(db);
  return listProposals(db).map((q) => proposalResult(people.get(q.personId)!, q, periods));
}
