/**
 * The desktop back end (electron/backend.ts) in a Node worker thread, served as backend-process.ts
 * serves it in Electron's utility process: for electron/backend.test.ts (Electron cannot run here).
 */
import { parentPort } from 'node:worker_threads';
import { serveBackend } from '../electron/backend.ts';

const parent = parentPort!;
serveBackend(
  {
    postMessage: (message) => parent.postMessage(message),
    onMessage: (listener) => parent.on('message', listener),
    onClose: (listener) => parent.on('close', listener),
  },
  () => {},
  () => {},
);
