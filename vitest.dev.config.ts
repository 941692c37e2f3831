import { defineConfig } from "vitest/config";

/** The dev server end to end (`npm run test:dev`): starts `npm run dev` on a copy of the project. */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: { include: ["tests/dev/**/*.test.ts"], environment: "node" },
});
