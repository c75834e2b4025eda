/** Preload (sandboxed): exposes exactly one object, `window.tinhgon.call(channel, args)`, to the renderer. */
import { contextBridge, ipcRenderer } from 'electron';
import { DIALOG_CHANNEL, IPC_CHANNEL } from '../shared/ipc.ts';

contextBridge.exposeInMainWorld('tinhgon', {
  call: (channel: string, args: unknown) => ipcRenderer.invoke(IPC_CHANNEL, channel, args),
  pickPath: (options: { kind: 'open' | 'save'; defaultPath?: string }) => ipcRenderer.invoke(DIALOG_CHANNEL, options),
});
