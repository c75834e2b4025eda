/**
 * The desktop back end (electron/backend.ts) in a Node worker thread, as backend-process.ts runs
 * it in Electron's utility process: for electron/backend.test.ts (Electron cannot run here).
 */
import { parentPort } from 'node:worker_threads';
import { connect, type Port } from '../electron/backend-protocol.ts';
import { createBackend, type BackendApi, type MainApi } from '../electron/backend.ts';

const parent = parentPort!;
const port: Port = {
  postMessage: (message) => parent.postMessage(message),
  onMessage: (listener) => parent.on('message', listener),
  onClose: (listener) => parent.on('close', listener),
};
let backend: BackendApi;
const main = connect<BackendApi, MainApi>(port, {
  start: (options) => backend.start(options),
  dispatch: (channel, args) => backend.dispatch(channel, args),
  openFile: (file) => backend.openFile(file),
  close: () => backend.close(),
});
backend = createBackend(main, () => {});
