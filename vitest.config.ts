import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['components/**/*.test.ts', 'components/**/*.test.tsx', 'lib/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/engines/**/*.test.ts'],
    testTimeout: 30_000,
    environment: 'node',
  },
});
