/**
 * Which build this is: `npm run export` sets NEXT_OUTPUT=export for a static export (plain files, no server);
 * otherwise it is the build `next start` serves. Read where the two differ: next.config, the /search page, the
 * build script.
 */
export const isStaticExport = (env: NodeJS.ProcessEnv = process.env): boolean => env.NEXT_OUTPUT === "export";
