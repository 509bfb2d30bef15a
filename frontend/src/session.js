// The browser session: the CSRF token (kept in sessionStorage for this tab) and /me.
// What the user may do is asked of grants.js, never decided here.

import { api, sessionForgotten, sessionStarted } from "./client.js";
import { forgetNames } from "./names.js";
import { forgetSettings } from "./settings.js";

const TOKEN_KEY = "vakwerk.csrfToken";

export const session = { me: null };

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
  sessionStarted(token);
  try {
    session.me = (await api.readMe()).data;
    return session.me;
  } catch (error) {
    if (error.status === 401) {
      forget(); // an old tab: no message, just Inloggen
      return null;
    }
    throw error;
  }
}

export async function login(username, password) {
  const { data } = await api.createSession({ body: { username, password } });
  storage()?.setItem(TOKEN_KEY, data.csrfToken);
  sessionStarted(data.csrfToken);
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
  sessionForgotten();
  forgetNames();
  forgetSettings();
  session.me = null;
}
