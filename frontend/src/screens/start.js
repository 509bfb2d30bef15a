// Start: "Mijn werk" — per role what needs doing, each a count with a link to the
// filtered list — then the user's teams.
//
// The counts come from GET /me/work (one request, counted in SQL by the server) once
// the contract has it (operation `readMyWork`, reply: {<key>: count, …} with the keys
// of WORK below for the caller's roles). Until then each count the list API can
// express is one request for one row, reading `total`.

import { api, has } from "../client.js";
import { h } from "../dom.js";
import { hasRole } from "../grants.js";
import { listText, roleLabel, teamTitle, weekdaysText } from "../labels.js";
import { teamsByIds } from "../names.js";
import { visibleSections } from "../nav.js";
import { heading } from "../ui.js";
import { dashboardSummary } from "./start-dashboard.js";

/**
 * What each role sees. `label(n)` is the Dutch text, `href` the filtered list,
 * `fallback(me)` the list query whose total is the count (null: only /me/work knows).
 */
const WORK = [
  // klantmanager
  { key: "myConcepts", role: "klantmanager", label: (n) => (n === 1 ? "concept van een casus" : "concepten van casussen"), href: "#/casussen?status=concept", fallback: (me) => ["listCases", { ownerId: me.id, status: "concept" }] },
  { key: "myCasesDueNextDeadline", role: "klantmanager", label: (n) => (n === 1 ? "casus voor de volgende inleverdatum" : "casussen voor de volgende inleverdatum"), href: "#/casussen?status=concept", fallback: null },
  { key: "myOpenAssessments", role: "klantmanager", label: (n) => (n === 1 ? "open afweging" : "open afwegingen"), href: "#/afwegingen", fallback: (me) => ["listAssessments", { authorId: me.id, status: "open" }] },
  { key: "myReturnedReferrals", role: "klantmanager", label: (n) => (n === 1 ? "verwijzing teruggemeld door R&W" : "verwijzingen teruggemeld door R&W"), href: "#/afwegingen", attention: true, fallback: (me) => ["listAssessments", { authorId: me.id, status: "afgerond", reviewDecision: "teruggemeld" }] },
  { key: "myClientsReexaminationDue", role: "klantmanager", label: (n) => (n === 1 ? "klant met een keuring ouder dan twee jaar" : "klanten met een keuring ouder dan twee jaar"), href: "#/klanten?keuring=ja", fallback: (me) => ["listClients", { responsibleManagerId: me.id, basisDocumentExpired: "true" }] },
  { key: "myClientsConversationOverdue", role: "klantmanager", label: (n) => (n === 1 ? "klant zonder gesprek in het afgelopen jaar" : "klanten zonder gesprek in het afgelopen jaar"), href: "#/klanten?gesprek=ja", fallback: (me) => ["listClients", { responsibleManagerId: me.id, conversationOverdue: "true" }] },
  // consulent
  { key: "referralsToReview", role: "consulent", label: (n) => (n === 1 ? "verwijzing te beoordelen" : "verwijzingen te beoordelen"), href: "#/afwegingen", attention: true, fallback: () => ["listAssessments", { outcome: "traject_mogelijk", status: "afgerond", reviewed: "false" }] },
  // teamleider
  { key: "teamDoubtfulAssessments", role: "teamleider", label: (n) => (n === 1 ? "twijfelgeval in het team" : "twijfelgevallen in het team"), href: "#/afwegingen", fallback: () => ["listAssessments", { twijfel: "true" }] },
  { key: "teamCasesWaiting", role: "teamleider", label: (n) => (n === 1 ? "ingediende casus wacht op bespreking" : "ingediende casussen wachten op bespreking"), href: "#/casussen/team?status=ingediend", fallback: () => ["listCases", { status: "ingediend" }] },
  { key: "teamClientsConversationOverdue", role: "teamleider", label: (n) => (n === 1 ? "klant van het team zonder gesprek in het afgelopen jaar" : "klanten van het team zonder gesprek in het afgelopen jaar"), href: "#/klanten?klantmanager=alle&gesprek=ja", fallback: () => ["listClients", { conversationOverdue: "true" }] },
  { key: "teamClientsBasisDocumentExpired", role: "teamleider", label: (n) => (n === 1 ? "klant van het team met een keuring ouder dan twee jaar" : "klanten van het team met een keuring ouder dan twee jaar"), href: "#/klanten?klantmanager=alle&keuring=ja", fallback: () => ["listClients", { basisDocumentExpired: "true" }] },
  // kwaliteit
  { key: "orgDoubtfulAssessments", role: "kwaliteit", label: (n) => (n === 1 ? "twijfelgeval in de organisatie" : "twijfelgevallen in de organisatie"), href: "#/afwegingen", fallback: () => ["listAssessments", { twijfel: "true" }] },
  { key: "refusalsThisQuarter", role: "kwaliteit", label: (n) => (n === 1 ? "geweigerd argument dit kwartaal" : "geweigerde argumenten dit kwartaal"), href: null, fallback: null },
  { key: "returnRateThisQuarter", role: "kwaliteit", percent: true, label: () => "van de verwijzingen teruggemeld door R&W dit kwartaal", href: null, fallback: null },
  // beheerder
  { key: "usersWithoutTeam", role: "beheerder", label: (n) => (n === 1 ? "gebruiker zonder team" : "gebruikers zonder team"), href: "#/beheer/gebruikers", attention: true, fallback: null },
  { key: "apiClients", role: "beheerder", label: (n) => (n === 1 ? "actieve API-client" : "actieve API-clients"), href: null, fallback: () => ["listApiClients", {}] },
  { key: "recentFailures", role: "beheerder", label: (n) => (n === 1 ? "mislukte poging of levering in de afgelopen week" : "mislukte pogingen of leveringen in de afgelopen week"), href: "#/beheer/auditspoor", attention: true, fallback: null },
];

const NUMBER = new Intl.NumberFormat("nl-NL");
const PERCENT = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 0 });

/** {key: count} for the caller: from /me/work, or one-row list requests meanwhile. */
async function workCounts(me, items) {
  if (has("readMyWork")) {
    try {
      return (await api.readMyWork()).data || {};
    } catch {
      return {};
    }
  }
  const counted = await Promise.all(
    items.map(async (item) => {
      if (!item.fallback) return [item.key, undefined];
      const [operation, query] = item.fallback(me);
      try {
        const { data } = await api[operation]({ query: { ...query, limit: 1, offset: 0 } });
        return [item.key, data.total];
      } catch {
        return [item.key, undefined];
      }
    }),
  );
  return Object.fromEntries(counted);
}

function workTile(item, count) {
  const number = item.percent ? PERCENT.format(count) : NUMBER.format(count);
  const text = [h("span", { class: "werk-getal" }, number), " ", h("span", { class: "werk-tekst" }, item.label(count))];
  return h(
    "li",
    { class: `werk-tegel${item.attention && count > 0 ? " werk-aandacht" : ""}${count === 0 ? " werk-leeg" : ""}` },
    item.href ? h("a", { href: item.href }, text) : h("span", {}, text),
  );
}

export async function renderStart(container, ctx) {
  const me = ctx.me;
  container.append(heading(`Welkom, ${me.displayName}`));
  const roles = me.roles.map(roleLabel);
  container.append(
    h("p", { class: "inleiding" }, me.isSuperuser ? "Platformbeheerder" : listText(roles) || "Geen rol", " · ", me.email),
  );

  const items = WORK.filter((item) => hasRole(me, item.role));
  if (items.length) {
    const counts = await workCounts(me, items);
    const shown = items.filter((item) => typeof counts[item.key] === "number");
    container.append(
      h(
        "section",
        { "aria-labelledby": "start-werk" },
        h("h2", { id: "start-werk" }, "Mijn werk"),
        shown.length
          ? h("ul", { class: "werk-lijst" }, shown.map((item) => workTile(item, counts[item.key])))
          : h("p", {}, "Er staat niets voor u klaar."),
      ),
    );
  }

  const summary = await dashboardSummary(me);
  if (summary) container.append(summary);

  const teamsSection = h("section", { "aria-labelledby": "start-teams" }, h("h2", { id: "start-teams" }, "Uw teams"));
  container.append(teamsSection);
  if (!me.memberships.length) {
    teamsSection.append(h("p", {}, "U bent (nog) geen lid van een team."));
  } else {
    const teams = await teamsByIds(me.memberships.map((m) => m.teamId));
    teamsSection.append(
      h(
        "ul",
        { class: "lijst" },
        me.memberships.map((m) => h("li", {}, h("strong", {}, teamTitle(teams.get(m.teamId))), ` – werkdagen: ${weekdaysText(m.workingDays)}`)),
      ),
    );
  }

  const links = visibleSections(me).filter((s) => s.id !== "start");
  if (links.length) {
    container.append(
      h(
        "section",
        { "aria-labelledby": "start-verder" },
        h("h2", { id: "start-verder" }, "Verder naar"),
        h("ul", { class: "lijst" }, links.map((s) => h("li", {}, h("a", { href: s.href }, s.label)))),
      ),
    );
  }
}
