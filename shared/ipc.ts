/** Name of the single Electron IPC channel that carries every call of the contract. */
export const IPC_CHANNEL = 'tinhgon:call';

/** Native open/save dialogs (Electron only): `{ kind: 'open' | 'save', defaultPath? }` → `{ handle, label }` (an opaque file handle and the path to show) or null. */
export const DIALOG_CHANNEL = 'tinhgon:dialog';
