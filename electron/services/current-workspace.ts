import type { Workspace } from '../../db/workspace.ts';

/** What the handlers need: the workspace being served right now (the calling client's, in browser mode). */
export type CurrentWorkspace = () => Workspace;
