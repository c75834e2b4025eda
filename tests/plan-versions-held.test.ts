/** The renderer's plan versions (renderer/src/plans/plan-versions.ts): which version an edit of this tab is sent with. */
import { describe, expect, it } from 'vitest';
import { editPlan, inTurn, latestVersion, moment, recordEdit } from '../renderer/src/plans/plan-versions.ts';

describe('the version a view of a plan sends', () => {
  it("follows this tab's own edits answered after it read, never those answered before (an undo back to an older content)", () => {
    const targets = { version: 'A', at: moment() }; // the target-set box read A
    recordEdit('A', 'B'); // the operations form saved: A → B
    expect(latestVersion(targets)).toBe('B');
    const afterUndo = { version: 'A', at: moment() }; // undone to A, read again
    expect(latestVersion(afterUndo)).toBe('A');
    recordEdit('A', 'C');
    expect(latestVersion(targets)).toBe('B'); // the chain from the first read went A → B; C came from a later A
    expect(latestVersion(afterUndo)).toBe('C');
  });

  it("never follows someone else's change: a version not given by this tab's edit stays as read", () => {
    const held = { version: 'X', at: moment() };
    recordEdit('Y', 'Z');
    expect(latestVersion(held)).toBe('X');
  });

  it('sends each edit after the one before answered, with the version that answer gave', async () => {
    let server = 'v1';
    const sent: string[] = [];
    const answer = (version: string | undefined) =>
      new Promise<{ version: string }>((resolve, reject) =>
        setTimeout(() => {
          sent.push(version ?? '');
          if (version !== server) return reject(new Error('err.planChanged'));
          server = `${server}+`;
          resolve({ version: server });
        }, 5),
      );
    const held = { version: 'v1', at: moment() };
    const first = editPlan(() => held, answer);
    const second = editPlan(() => held, answer); // sent at once, as a box ticked while the first is on its way
    await expect(Promise.all([first, second])).resolves.toHaveLength(2);
    expect(sent).toEqual(['v1', 'v1+']);
    await expect(inTurn(() => Promise.resolve('done'))).resolves.toBe('done');
  });
});
