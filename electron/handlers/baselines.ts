/** baselines.*: recorded figures of base years (Số liệu gốc). */
import type { HandlersOf } from '../../shared/contract/index.ts';
import { deleteBaseline, listBaselines, saveBaseline } from '../../db/baselines-repo.ts';
import type { CurrentWorkspace } from '../services/current-workspace.ts';

export function baselinesHandlers(current: CurrentWorkspace): HandlersOf<'baselines'> {
  return {
    'baselines.list': () => ({ baselines: listBaselines(current().db) }),
    'baselines.save': ({ baseline }) => {
      saveBaseline(current().db, baseline);
      return { year: baseline.year };
    },
    'baselines.delete': ({ year }) => {
      deleteBaseline(current().db, year);
      return { year };
    },
  };
}
