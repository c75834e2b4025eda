/**
 * The table of scenario operations: each type's module (validate, apply, describe, preview). A new
 * operation is its schema in ../operations.ts, its module in this folder and its row here.
 */
import type { OperationModule, OperationType } from './module.ts';
import type { Operation } from '../operations.ts';
import { merge } from './merge.ts';
import { split } from './split.ts';
import { transfer } from './transfer.ts';
import { dissolve } from './dissolve.ts';
import { convert } from './convert.ts';
import { rename } from './rename.ts';
import { setQuota } from './set-quota.ts';
import { setDeputies } from './set-deputies.ts';
import { setAutonomy } from './set-autonomy.ts';
import { annex } from './annex.ts';
import { staffExit } from './staff-exit.ts';
import { recruit } from './recruit.ts';
import { create } from './create.ts';
import { reclassify } from './reclassify.ts';
import { cutQuotas } from './cut-quotas.ts';
import { setProvince } from './set-province.ts';
import { abolishLevel } from './abolish-level.ts';
import { setPositions } from './set-positions.ts';

export const OPERATIONS: { readonly [T in OperationType]: OperationModule<T> } = {
  merge,
  split,
  transfer,
  dissolve,
  convert,
  rename,
  setQuota,
  setDeputies,
  setAutonomy,
  annex,
  staffExit,
  recruit,
  create,
  reclassify,
  cutQuotas,
  setProvince,
  abolishLevel,
  setPositions,
};

/** The module of an operation's type, for any operation (the table's type ties each module to its own type). */
export const moduleOf = (op: Operation): OperationModule<OperationType> =>
  OPERATIONS[op.type] as unknown as OperationModule<OperationType>;
