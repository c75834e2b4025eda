import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'db/**/*.test.ts', 'electron/**/*.test.ts', 'tests/**/*.test.ts'],
    // A guard against hangs, not a speed target (speed lives in npm run bench): CLI tests spawn Node
    // processes that can wait for a core while two Chromium instances run.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The end-to-end tests start Chromium; keep the 2-core machine from running them all at once.
    maxWorkers: 2,
    // A UI change under load (two Chromium instances on two cores) can take longer than the default
    // 1 s of expect.poll; the condition is still checked every 50 ms, so passing tests stay fast.
    expect: { poll: { timeout: 10_000 } },
  },
});
