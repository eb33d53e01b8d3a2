import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // A seeded database is shared by the tests of one file; seeding takes seconds.
    testTimeout: 60000,
    hookTimeout: 180000,
  },
});
