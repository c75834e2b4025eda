import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, RemoteError, type Port } from './backend-protocol.ts';

const ports: MessagePort[] = [];
afterEach(() => {
  for (const p of ports.splice(0)) p.close();
});

function portOf(p: MessagePort): Port {
  ports.push(p);
  return {
    postMessage: (m) => p.postMessage(m),
    onMessage: (l) => p.on('message', l),
    onClose: (l) => p.on('close', l),
  };
}

type Left = { add(a: number, b: number): number; slow(ms: number, tag: string): Promise<string>; fail(): never };
type Right = { bytes(n: number): Uint8Array; callBack(x: number): Promise<number> };

function pair() {
  const { port1, port2 } = new MessageChannel();
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  let callLeft: ReturnType<typeof connect<Right, Left>> | null = null;
  const left = connect<Left, Right>(portOf(port1), {
    add: (a, b) => a + b,
    slow: async (ms, tag) => (await wait(ms), tag),
    fail: () => {
      throw new Error('no such thing');
    },
  });
  callLeft = connect<Right, Left>(portOf(port2), {
    bytes: (n) => new Uint8Array(n).fill(7),
    callBack: async (x) => x * (await callLeft!('add', 1, 1)),
  });
  return { left, right: callLeft, port1, port2 };
}

describe('calls between main and the back end over a message port', () => {
  it('calls the other side by name, both ways, with structured-clone values', async () => {
    const { left, right } = pair();
    expect(await right('add', 2, 3)).toBe(5);
    expect(await left('bytes', 3)).toEqual(new Uint8Array([7, 7, 7]));
    expect(await left('callBack', 21)).toBe(42); // a call made while answering one
  });

  it('matches each answer to its call when they come back out of order', async () => {
    const { right } = pair();
    const answers: string[] = [];
    await Promise.all([
      right('slow', 60, 'first').then((t) => answers.push(t)),
      right('slow', 1, 'second').then((t) => answers.push(t)),
    ]);
    expect(answers).toEqual(['second', 'first']);
  });

  it("refuses with the other side's message when its function throws or does not exist, and ignores foreign messages", async () => {
    const { right, port1 } = pair();
    await expect(right('fail')).rejects.toThrow(new RemoteError('no such thing'));
    await expect((right as (m: string) => Promise<unknown>)('toString')).rejects.toThrow('unknown method toString');
    port1.postMessage({ kind: 'response', id: 999, ok: true, value: 1 });
    port1.postMessage('noise');
    expect(await right('add', 1, 2)).toBe(3);
  });

  it('refuses the pending calls and the later ones when the other side goes away', async () => {
    const { right, port1 } = pair();
    const pending = right('slow', 5_000, 'never');
    port1.close();
    await expect(pending).rejects.toThrow('the other process has ended');
    await expect(right('add', 1, 1)).rejects.toThrow('the other process has ended');
  });
});
