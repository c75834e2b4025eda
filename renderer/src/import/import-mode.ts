/** How an import meets the units already in the workspace: replaces them all, or updates them by code. Shared by the import dialog's steps. */
export type ImportMode = 'replace' | 'update';
