/** The rule data's types, for the components that draw it (the data itself comes with the site: lib/site). */
export type { Finder, FinderActivity, FinderForeign, FinderScope, Rules } from "./schema";
