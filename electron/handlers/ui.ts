/** ui.*: where the calling client was in its workspace (view, plan, unit), kept by its session. */
import type { HandlersOf } from '../../shared/contract/index.ts';
import type { Session } from '../session.ts';

export function uiHandlers(current: () => Session): HandlersOf<'ui'> {
  return {
    'ui.state.get': () => current().uiState(),
    'ui.state.set': (patch) => current().setUiState(patch),
  };
}
