import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'db/**/*.test.ts', 'electron/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // The end-to-end tests start Chromium; keep the 2-core machine from running them all at once.
    maxWorkers: 2,
    // A UI change under load (two Chromium instances on two cores) can take longer than the default
    // 1 s of expect.poll; the condition is still checked every 50 ms, so passing tests stay fast.
    expect: { poll: { timeout: 10_000 } },
  },
});
