/**
 * Preload (sandboxed): exposes exactly one object to the renderer: `call(channel, args)` and
 * `pickPath(options)`, a native dialog answering an opaque file handle (never a path to send).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { DIALOG_CHANNEL, IPC_CHANNEL } from '../shared/ipc.ts';

contextBridge.exposeInMainWorld('tinhgon', {
  call: (channel: string, args: unknown) => ipcRenderer.invoke(IPC_CHANNEL, channel, args),
  pickPath: (options: { kind: 'open' | 'save'; defaultPath?: string }) => ipcRenderer.invoke(DIALOG_CHANNEL, options),
});
