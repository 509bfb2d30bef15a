// "May this user do X?" — the one place the frontend asks it.
//
// The server's policy table (backend/vakwerk/core/policy.py) decides, and `GET /me`
// carries its answer for this user as `grants`: {operation: [scope, …]}, the union over
// the user's roles, with the server's operation names ("edit_case") and scopes ("own" |
// "team" | "org" | "referred" | "any"). An operation that is missing may not be done. The
// frontend keeps no copy of the table, and screens never look at roles to decide what
// someone may do.

/** The scopes the user has for an operation ([] = not at all). */
export function scopes(me, operation) {
  if (!me || !me.grants || typeof me.grants !== "object") return [];
  const granted = me.grants[operation];
  return Array.isArray(granted) ? granted : [];
}

// Which member of a record names its "own" person, per operation (docs/domain.md §0).
const OWNER = {
  edit_case: "ownerId",
  answer_assessment: "authorId",
  withdraw_assessment: "authorId",
  record_availability: "userId",
  read_absences: "userId",
};

/**
 * May `me` do `operation` — at all, or on `record` when one is given? A record is
 * checked against the scopes: own (its owner is me), team (its teamId is one of my
 * teams, or it is my own), org and referred (the server let me read it, so it is in
 * scope).
 */
export function may(me, operation, record = null) {
  const granted = scopes(me, operation);
  if (!granted.length) return false;
  if (!record) return true;
  const mine = record[OWNER[operation] || "ownerId"] === me.id;
  return granted.some((scope) => {
    if (scope === "org" || scope === "any") return true;
    if (scope === "team") return mine || (me.teamIds || []).includes(record.teamId); // own is within team
    if (scope === "own") return mine;
    if (scope === "referred") return operation !== "review_referral" || record.authorId !== me.id; // never one's own
    return false;
  });
}

/** Whether a scope is the widest the user has: lists then offer "Alle teams". */
export function orgWide(me, operation) {
  return scopes(me, operation).some((s) => s === "org" || s === "any");
}

/**
 * Which work a list shows first is a matter of role, not of permission (anyone who may
 * read assessments may filter on twijfel): screens ask this, never `me.roles` directly.
 * The start page needs none of it: GET /me/work answers for the caller's roles.
 */
export function hasRole(me, role) {
  return Boolean(me && Array.isArray(me.roles) && me.roles.includes(role));
}
