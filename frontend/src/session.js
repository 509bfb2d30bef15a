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

// ------------------------------------------------------------------ assessments (DOMAIN.md §0)

/** Read assessments: klantmanagers and team leaders (team), kwaliteit (org), consultants (referred). */
export function mayReadAssessments(me) {
  return hasAnyRole(me, ["klantmanager", "teamleider", "kwaliteit", "consulent"]);
}

/** Start an assessment for a client of one's own teams: klantmanagers only. */
export function mayStartAssessment(me) {
  return hasRole(me, "klantmanager");
}

/** Answer, complete and flag twijfel: only the klantmanager who made it, while it is open. */
export function mayAnswerAssessment(me, item) {
  return Boolean(me && item) && item.status === "open" && item.authorId === me.id && hasRole(me, "klantmanager");
}

/** Withdraw an open assessment: its author, or a team leader of its team. */
export function mayWithdrawAssessment(me, item) {
  if (!me || !item || item.status !== "open") return false;
  if (item.authorId === me.id && hasRole(me, "klantmanager")) return true;
  return hasRole(me, "teamleider") && (me.teamIds || []).includes(item.teamId);
}

/** Review (accept or return) a referral: R&W consultants, never their own assessment. */
export function mayReviewReferral(me, item) {
  return (
    hasRole(me, "consulent") &&
    Boolean(item) &&
    item.status === "afgerond" &&
    item.outcome === "traject_mogelijk" &&
    !item.reviewDecision &&
    item.authorId !== me.id
  );
}

/** The list of boilerplate phrases is kept by kwaliteit and the beheerder. */
export function mayMaintainPhrases(me) {
  return hasAnyRole(me, ["kwaliteit", "beheerder"]);
}

/** Publish decision-tree versions and choose the current one: the beheerder. */
export function mayManageTrees(me) {
  return hasRole(me, "beheerder");
}
