import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: [
      "tests/unit/**/*.test.{ts,tsx}",
      "tests/search/**/*.test.ts",
      "tests/content/**/*.test.{ts,tsx}",
    ],
    environment: "node",
  },
});
