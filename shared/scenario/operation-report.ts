/**
 * A plan's operations as a reader checks them (`tinhgon scenario … --json` → `operations`): each
 * with its date, type, its description as the app words it, and the units it touches before and
 * after it, as subtree totals (a sở with everything under it), keyed by unit code.
 */
import type { Lang } from '../i18n/index.ts';
import { describeOperation } from './describe.ts';
import { namesAt } from './names-at.ts';
import { exitWindows } from './restructuring-decision.ts';
import { operationDate } from './operation-date.ts';
import { figuresOf, type Figures } from './figures.ts';
import type { Operation } from './operations.ts';
import type { Simulation } from './simulate.ts';

export interface OperationReport {
  index: number;
  /** YYYY-MM-DD: the operation's own date, else 1 January of its year. */
  date: string;
  type: Operation['type'];
  description: string;
  units: Record<string, { name: string; before: Figures | null; after: Figures | null }>;
}

export function operationReports(
  operations: readonly Operation[],
  sim: Pick<Simulation, 'steps'>,
  labelOf: (code: string) => string,
  lang: Lang = 'vi',
  /** Only the operations whose step this accepts (a unit's, say): the others are not described. */
  only: (step: Simulation['steps'][number]) => boolean = () => true,
): OperationReport[] {
  const windows = exitWindows(operations);
  const names = namesAt(operations, labelOf);
  return sim.steps
    .filter(only)
    .sort((a, b) => a.index - b.index)
    .map((step) => {
      const op = operations[step.index]!;
      const units: OperationReport['units'] = {};
      for (const [code, { before, after }] of Object.entries(step.units)) {
        units[code] = {
          name: labelOf(code),
          before: before && figuresOf(before.total),
          after: after && figuresOf(after.total),
        };
      }
      return {
        index: step.index,
        date: operationDate(op),
        type: op.type,
        description: describeOperation(op, lang, names.before(step.index), windows.get(step.index)),
        units,
      };
    });
}
