import { defineConfig } from "vitest/config";

/** Tests over the build output: `npm run build` first (npm test runs them right after it). */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: { include: ["tests/build/**/*.test.ts"], environment: "node" },
});
