/** Results the /search page lists, wherever the search runs (server or browser). */
export const SEARCH_PAGE_LIMIT = 20;
