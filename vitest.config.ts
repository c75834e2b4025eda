import { defineConfig } from 'vitest/config';

/**
 * Two tiers (README.md, "Development"): `npm run test:fast` runs the `fast` project — the pure
 * domain, db/ on temp SQLite files, the handler table and the in-process servers; `npm test` runs
 * both projects. `slow` holds what starts other programs or runs long: end-to-end tests in
 * Chromium, the security suite (crash, fuzz, limits, spawned back ends), the CLI round trips
 * (each spawns Node), PDF printing through Chromium and the built app's entry points.
 */
const ALL = ['shared/**/*.test.ts', 'db/**/*.test.ts', 'electron/**/*.test.ts', 'tests/**/*.test.ts'];
const SLOW = [
  'tests/e2e/**/*.test.ts',
  'tests/security/**/*.test.ts',
  'electron/cli/**/*.test.ts',
  'electron/handlers/print.test.ts',
  'electron/entry-points.test.ts',
  'tests/omit-dev.test.ts',
];

export default defineConfig({
  test: {
    // A guard against hangs, not a speed target (speed lives in npm run bench): CLI tests spawn Node
    // processes that can wait for a core while two Chromium instances run (a CLI round trip of a dozen
    // spawns took 68–84 s at load 20; the year-end property test 47–51 s alone).
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // The end-to-end tests start Chromium; keep the 2-core machine from running them all at once.
    maxWorkers: 2,
    // A UI change under load (two Chromium instances on two cores) can take longer than the default
    // 1 s of expect.poll; the condition is still checked every 50 ms, so passing tests stay fast.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      { extends: true, test: { name: 'fast', include: ALL, exclude: SLOW } },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
});
