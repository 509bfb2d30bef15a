// Small data helpers shared by the screens.

import * as api from "./api.js";

/** Every item of a limit/offset collection (pages of 200). */
export async function fetchAll(listFn, query = {}, ...pathParams) {
  const items = [];
  for (let offset = 0; ; offset += 200) {
    const { data } = await listFn(...pathParams, { query: { ...query, limit: 200, offset } });
    items.push(...data.items);
    if (data.items.length === 0 || items.length >= data.total) return items;
  }
}

/** Map of team id → team. */
export async function teamsById() {
  const teams = await fetchAll(api.listTeams);
  return new Map(teams.map((team) => [team.id, team]));
}

/** Map of user id → user. */
export async function usersById() {
  const users = await fetchAll(api.listUsers);
  return new Map(users.map((user) => [user.id, user]));
}

/** Sort by display name or name, Dutch collation. */
export function byName(a, b) {
  return String(a.displayName || a.name).localeCompare(String(b.displayName || b.name), "nl");
}
