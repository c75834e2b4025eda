/**
 * Entry of the back end's utility process (bundled to dist/electron/backend.cjs; forked by
 * main.ts): serves `BackendApi` to the main process over `process.parentPort`.
 */
import { connect, type Port } from './backend-protocol.ts';
import { createBackend, type BackendApi, type MainApi } from './backend.ts';

const parent = process.parentPort;
const port: Port = {
  postMessage: (message) => parent.postMessage(message),
  onMessage: (listener) => parent.on('message', (event) => listener(event.data)),
  // The main process ending ends this one: nothing to wait for.
  onClose: () => {},
};
let backend: BackendApi;
const main = connect<BackendApi, MainApi>(port, {
  start: (options) => backend.start(options),
  dispatch: (channel, args) => backend.dispatch(channel, args),
  openFile: (file) => backend.openFile(file),
  close: () => {
    backend.close();
    setImmediate(() => process.exit(0));
  },
});
backend = createBackend(main);
