// Small data helpers shared by the screens. Nothing here follows pages to the end: a
// short collection (teams, members, tree versions) is one page of at most 100 rows.

import { api } from "./client.js";
import { MAX_ROWS } from "./components.js";
import { orgWide } from "./grants.js";
import { teamsByIds } from "./names.js";

/**
 * One page (at most 100 rows) of a collection that is short by nature. Returns the
 * items with `total`, so a screen can say when there were more.
 */
export async function firstPage(listFn, query = {}, ...pathParams) {
  const { data } = await listFn(...pathParams, { query: { ...query, limit: MAX_ROWS, offset: 0 } });
  const items = [...data.items];
  items.total = data.total;
  return items;
}

/** The teams a list can be filtered on: one's own, or (org scope) the organisation's. */
export async function teamChoicesFor(me, operation) {
  if (orgWide(me, operation)) {
    try {
      return (await firstPage(api.listTeams)).sort(byName);
    } catch {
      return [];
    }
  }
  const teams = await teamsByIds(me.teamIds || []);
  return [...teams.values()].filter(Boolean).sort(byName);
}

/** Sort by display name or name, Dutch collation. */
export function byName(a, b) {
  return String(a.displayName || a.name).localeCompare(String(b.displayName || b.name), "nl");
}
