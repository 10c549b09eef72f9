import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'tests/unit/**/*.test.ts',
      'tests/fuzz/**/*.test.ts',
      'tests/accuracy/**/*.test.ts',
    ],
    testTimeout: 60_000,
    environment: 'node',
  },
});
