/**
 * Entry of the back end's utility process (bundled to dist/electron/backend.cjs; forked by
 * main.ts): serves `BackendApi` to the main process over `process.parentPort`.
 */
import { serveBackend } from './backend.ts';

const parent = process.parentPort;
serveBackend(
  {
    postMessage: (message) => parent.postMessage(message),
    onMessage: (listener) => parent.on('message', (event) => listener(event.data)),
    // The main process ending ends this one: nothing to wait for.
    onClose: () => {},
  },
  () => process.exit(0),
);
