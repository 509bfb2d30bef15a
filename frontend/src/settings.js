// The organisation's settings (argument rules, case deadline): read from the server,
// never copied. One request per page load; null when they cannot be read.

import { api } from "./client.js";

let cached = null;

export function organisationSettings(me) {
  if (!me || !me.organisationId) return Promise.resolve(null);
  if (!cached || cached.organisationId !== me.organisationId) {
    const promise = api
      .getOrganisationSettings(me.organisationId)
      .then((reply) => reply.data)
      .catch(() => null);
    cached = { organisationId: me.organisationId, promise };
  }
  return cached.promise;
}

/** After a beheerder changed them. */
export function forgetSettings() {
  cached = null;
}
