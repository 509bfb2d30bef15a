// "May this user do X?" — the one place the frontend asks it.
//
// The server's policy table (backend/vakwerk/core/policy.py) decides. `GET /me` will
// carry it as `grants`: {operation: [scope, …]}, the union over the user's roles,
// with the server's operation names ("edit_case") and scopes ("own" | "team" |
// "org" | "referred" | "any"). Until it does, FALLBACK below answers from the roles.
// FALLBACK is the only copy of the table in the frontend: delete it (and `fromRoles`)
// once /me has grants. Screens never look at roles to decide what someone may do.

const KM = "klantmanager";
const TL = "teamleider";
const KW = "kwaliteit";
const CO = "consulent";
const BH = "beheerder";
const ALL = [KM, TL, KW, CO, BH];

/** operation → role → scope, as in policy.py; only the operations the screens ask about. */
const FALLBACK = {
  read_people: Object.fromEntries(ALL.map((r) => [r, "org"])),
  read_settings: Object.fromEntries(ALL.map((r) => [r, "org"])),
  update_settings: { [BH]: "org" },
  manage_people: { [BH]: "org" },
  record_availability: { [KM]: "own", [TL]: "team", [CO]: "own", [BH]: "org" },
  read_absences: { [KM]: "team", [TL]: "team", [CO]: "own", [BH]: "org" },
  read_audit: { [BH]: "org" },
  read_clients: { [KM]: "team", [TL]: "team", [KW]: "org", [CO]: "referred" },
  write_clients: { [KM]: "team", [TL]: "team" },
  manage_exemptions: { [KM]: "team", [TL]: "team" },
  create_case: { [KM]: "team", [TL]: "team" },
  read_cases: { [KM]: "team", [TL]: "team", [KW]: "org" },
  edit_case: { [KM]: "own", [TL]: "team" },
  read_trees: Object.fromEntries(ALL.map((r) => [r, "org"])),
  publish_tree: { [BH]: "org" },
  maintain_boilerplate: { [KW]: "org", [BH]: "org" },
  start_assessment: { [KM]: "team" },
  answer_assessment: { [KM]: "own" },
  withdraw_assessment: { [KM]: "own", [TL]: "team" },
  read_assessments: { [KM]: "team", [TL]: "team", [KW]: "org", [CO]: "referred" },
  review_referral: { [CO]: "referred" },
  assessment_stats: { [KM]: "own", [TL]: "team", [KW]: "org", [CO]: "org" },
  // dashboard and import
  read_dashboard: { [KM]: "team", [TL]: "team", [KW]: "org" },
  manual_counts: { [TL]: "team" },
  read_benchmarks: Object.fromEntries(ALL.map((r) => [r, "org"])),
  record_benchmark: { [BH]: "org" },
  import_caseload: { [BH]: "org" },
};

/** The operations the fallback knows (a test compares them with policy.py). */
export const FALLBACK_OPERATIONS = Object.keys(FALLBACK);

function fromRoles(me, operation) {
  if (me.isSuperuser) return [];
  const entry = FALLBACK[operation] || {};
  return [...new Set((me.roles || []).map((role) => entry[role]).filter(Boolean))];
}

/** The scopes the user has for an operation ([] = not at all). */
export function scopes(me, operation) {
  if (!me) return [];
  if (me.grants && typeof me.grants === "object") return me.grants[operation] || [];
  return fromRoles(me, operation);
}

// Which member of a record names its "own" person, per operation (DOMAIN.md §0).
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
 * Which work a start page or list shows first is a matter of role, not of permission
 * (anyone who may read assessments may filter on twijfel): screens ask this, never
 * `me.roles` directly. /me/work will make most of these calls unnecessary.
 */
export function hasRole(me, role) {
  return Boolean(me && Array.isArray(me.roles) && me.roles.includes(role));
}
