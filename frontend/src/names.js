// Names for ids, looked up one record at a time and kept for the session: never by
// loading a whole collection (every client, every user). A list shows at most a page
// of rows, so it asks at most a page of names.

import { api } from "./client.js";

const caches = { user: new Map(), team: new Map(), client: new Map() };
const fetchers = {
  user: (id) => api.getUser(id),
  team: (id) => api.getTeam(id),
  // an audited read of client data: only for a client chosen before (the pickers); lists,
  // cases and assessments carry the client's references themselves
  client: (id) => api.getClient(id),
};

function one(kind, id) {
  const cache = caches[kind];
  if (!cache.has(id)) {
    cache.set(
      id,
      fetchers[kind](id)
        .then((reply) => reply.data)
        .catch(() => null), // a name is a convenience: without it the screen still works
    );
  }
  return cache.get(id);
}

async function many(kind, ids) {
  const unique = [...new Set(ids.filter(Boolean))];
  const records = await Promise.all(unique.map((id) => one(kind, id)));
  return new Map(unique.map((id, i) => [id, records[i]]));
}

export const userById = (id) => (id ? one("user", id) : Promise.resolve(null));
export const teamById = (id) => (id ? one("team", id) : Promise.resolve(null));
export const clientById = (id) => (id ? one("client", id) : Promise.resolve(null));

/** Map id → user (or null) for the ids on one screen. */
export const usersByIds = (ids) => many("user", ids);
export const teamsByIds = (ids) => many("team", ids);

/** "Anouk Klantmanager", or `fallback` when the user cannot be read. */
export function userName(users, id, fallback = "Onbekend") {
  const user = users.get(id);
  return user ? user.displayName : fallback;
}

/** A record was renamed here (or a user logged out): ask again next time. */
export function forgetNames() {
  for (const cache of Object.values(caches)) cache.clear();
}
