/** Where `npm run dev` announces each content pass to open pages (scripts/dev.ts serves it; nothing else does). */
export const contentEventsPath = "/__content-events";
