/** The commands of `tinhgon`, in the order `tinhgon help` lists them (help itself is added by main.ts). */
import type { Command } from '../command.ts';
import { init } from './init.ts';
import { units } from './units.ts';
import { importUnits } from './import.ts';
import { exportUnits } from './export.ts';
import { backup } from './backup.ts';
import { generate } from './generate.ts';
import { findings } from './findings.ts';
import { autonomy } from './autonomy.ts';
import { scenario } from './scenario.ts';
import { baseline } from './baseline.ts';
import { print } from './print.ts';
import { payout } from './payout.ts';
import { salary } from './salary.ts';
import { people } from './people.ts';
import { positions } from './positions.ts';

export const COMMANDS: readonly Command[] = [
  init,
  units,
  importUnits,
  exportUnits,
  backup,
  generate,
  findings,
  autonomy,
  scenario,
  baseline,
  print,
  payout,
  salary,
  people,
  positions,
];
