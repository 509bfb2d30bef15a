// The browser session: the CSRF token (kept in sessionStorage for this tab) and /me.

import * as api from "./api.js";

const TOKEN_KEY = "vakwerk.csrfToken";

export const session = { me: null };

export function hasRole(me, role) {
  return Boolean(me && Array.isArray(me.roles) && me.roles.includes(role));
}

export function hasAnyRole(me, roles) {
  return roles.some((role) => hasRole(me, role));
}

/** Whether the user may record their own working days and absences (DOMAIN.md §0). */
export function mayRecordOwnAvailability(me) {
  return hasAnyRole(me, ["klantmanager", "teamleider", "consulent", "beheerder"]);
}

/** Whether the user may read their own absences. */
export function mayReadOwnAbsences(me) {
  return hasAnyRole(me, ["klantmanager", "teamleider", "consulent", "beheerder"]);
}

function storage() {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage blocked: the session lasts until the page is reloaded
  }
}

/** On start: a token from earlier in this tab means there may be a session; check it. */
export async function resume() {
  const token = storage()?.getItem(TOKEN_KEY);
  if (!token) return null;
  api.setCsrfToken(token);
  try {
    session.me = (await api.readMe()).data;
    return session.me;
  } catch (error) {
    if (error.status === 401) {
      forget();
      return null;
    }
    throw error;
  }
}

export async function login(username, password) {
  const { data } = await api.createSession({ body: { username, password } });
  storage()?.setItem(TOKEN_KEY, data.csrfToken);
  api.setCsrfToken(data.csrfToken);
  session.me = (await api.readMe()).data;
  return session.me;
}

export async function refreshMe() {
  session.me = (await api.readMe()).data;
  return session.me;
}

export async function logout() {
  try {
    await api.deleteSession();
  } finally {
    forget();
  }
}

export function forget() {
  storage()?.removeItem(TOKEN_KEY);
  api.setCsrfToken(null);
  session.me = null;
}

/** Whether the user may bring in (create) a case (DOMAIN.md §0). */
export function mayCreateCase(me) {
  return hasAnyRole(me, ["klantmanager", "teamleider"]);
}

/** Edit, submit, withdraw, record the outcome: the owner, or a team leader of the case's team. */
export function mayEditCase(me, item) {
  if (!me || !item) return false;
  if (item.ownerId === me.id && hasAnyRole(me, ["klantmanager", "teamleider"])) return true;
  return hasRole(me, "teamleider") && (me.teamIds || []).includes(item.teamId);
}

/** Whether the user may read clients at all (consultants see only referred clients: later). */
export function mayReadClients(me) {
  return hasAnyRole(me, ["klantmanager", "teamleider", "kwaliteit"]);
}

/** Create and end exemptions, change facts: klantmanager or teamleider of the client's team. */
export function mayWriteClient(me, client) {
  return Boolean(client) && hasAnyRole(me, ["klantmanager", "teamleider"]) && (me.teamIds || []).includes(client.teamId);
}

/** Cases are read by klantmanagers and team leaders (team) and quality officers (org). */
export function mayReadCases(me) {
  return hasAnyRole(me, ["klantmanager", "teamleider", "kwaliteit"]);
}
