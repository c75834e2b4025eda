import type { Migration } from './types.ts';
import { m001Initial } from './001-initial.ts';
import { m002ImportMappings } from './002-import-mappings.ts';
import { m003RuleSettings } from './003-rule-settings.ts';
import { m004EditHistory } from './004-edit-history.ts';
import { m005FinanceFigures } from './005-finance-figures.ts';
import { m006Scenarios } from './006-scenarios.ts';
import { m007TargetSets } from './007-target-sets.ts';
import { m008People } from './008-people.ts';
import { m009Proposals } from './009-proposals.ts';
import { m010PeopleProposals } from './010-people-proposals.ts';
import { m011Baselines } from './011-baselines.ts';
import { m012PayoutDetails } from './012-payout-details.ts';
import { m013MoneyUnit } from './013-money-unit.ts';
import { m014RuleSetPins } from './014-rule-set-pins.ts';
import { m015JobPositions } from './015-job-positions.ts';
import { m016UndoLog } from './016-undo-log.ts';
import { m017UnitNormInputs } from './017-unit-norm-inputs.ts';
import { m018UnitHeads } from './018-unit-heads.ts';

/** Every migration, in order; a workspace's `user_version` is the last one applied. */
export const MIGRATIONS: readonly Migration[] = [
  m001Initial,
  m002ImportMappings,
  m003RuleSettings,
  m004EditHistory,
  m005FinanceFigures,
  m006Scenarios,
  m007TargetSets,
  m008People,
  m009Proposals,
  m010PeopleProposals,
  m011Baselines,
  m012PayoutDetails,
  m013MoneyUnit,
  m014RuleSetPins,
  m015JobPositions,
  m016UndoLog,
  m017UnitNormInputs,
  m018UnitHeads,
];
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
export type { Migration };
