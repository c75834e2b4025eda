/** Name of the single Electron IPC channel that carries every call of the contract. */
export const IPC_CHANNEL = 'tinhgon:call';
