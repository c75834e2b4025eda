/**
 * The window event that tells each view what changed in the workspace it shows: others' changes
 * arrive over /events (browser mode, see changes.ts); this tab's own steps that other views show
 * are announced here (a plan undone from the toolbar, a step added to the history by the plan tab).
 */
export type ChangeTopic = 'units' | 'plans' | 'figures' | 'people' | 'history' | 'rules';
export const CHANGE_EVENT = 'tinhgon:changed';

export function announce(topics: readonly ChangeTopic[]): void {
  window.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: topics }));
}
