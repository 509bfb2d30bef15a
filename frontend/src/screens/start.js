// Start: "Mijn werk" — per role what needs doing, each a count with a link to the
// filtered list — then the user's teams.
//
// The counts come from GET /me/work (operation `readMyWork`): one request, counted in SQL
// by the server, with only the members of the caller's roles. Each count is the total of
// the list its tile links to (the contract says which), so the tile and the list agree.
// A capability that adds items to the start page adds their tiles to WORK here.

import { api } from "../client.js";
import { h } from "../dom.js";
import { deadlineFor, formatDeadline, listText, roleLabel, teamTitle, weekdaysText } from "../labels.js";
import { teamsByIds } from "../names.js";
import { visibleSections } from "../nav.js";
import { organisationSettings } from "../settings.js";
import { heading } from "../ui.js";
import { renderMyTasks } from "./mijn-taken.js";
import { dashboardSummary } from "./start-dashboard.js";

const plural = (one, many) => (n) => (n === 1 ? one : many);

/**
 * One tile per member of /me/work. `label(n, work, ctx)` is the Dutch text after the
 * number, `href(work, ctx)` the filtered list (null: no list to go to), `attention` marks
 * a count above zero as something to act on.
 */
const WORK = [
  // klantmanager
  { key: "myConcepts", label: plural("concept van een casus", "concepten van casussen"), href: () => "#/casussen?status=concept" },
  {
    key: "myCasesDueNextDeadline",
    label: (n, work, { deadline }) =>
      `${n === 1 ? "concept" : "concepten"} voor de inleverdatum${deadline ? ` ${formatDeadline(deadline)}` : ""}`,
    href: (work) => `#/casussen?status=concept&overleg=${encodeURIComponent(work.nextTargetSessionDate || "")}`,
    hidden: (work) => !work.nextTargetSessionDate,
    attention: true,
  },
  { key: "myOpenAssessments", label: plural("open afweging", "open afwegingen"), href: () => "#/afwegingen" },
  { key: "myReturnedReferrals", label: plural("verwijzing teruggemeld door R&W", "verwijzingen teruggemeld door R&W"), href: () => "#/afwegingen", attention: true },
  {
    key: "myClientsReexaminationDue",
    label: plural("klant met een ontheffing die toe is aan herbeoordeling", "klanten met een ontheffing die toe is aan herbeoordeling"),
    href: () => "#/klanten?herbeoordeling=ja",
    attention: true,
  },
  { key: "myClientsConversationOverdue", label: plural("klant zonder gesprek in het afgelopen jaar", "klanten zonder gesprek in het afgelopen jaar"), href: () => "#/klanten?gesprek=ja" },
  // consulent
  { key: "referralsToReview", label: plural("verwijzing te beoordelen", "verwijzingen te beoordelen"), href: () => "#/afwegingen", attention: true },
  // teamleider
  { key: "teamDoubtfulAssessments", label: plural("open twijfelgeval in het team", "open twijfelgevallen in het team"), href: () => "#/afwegingen?twijfel=open" },
  { key: "teamCasesWaiting", label: plural("ingediende casus wacht op bespreking", "ingediende casussen wachten op bespreking"), href: () => "#/casussen/team?status=ingediend" },
  {
    key: "teamClientsConversationOverdue",
    label: plural("klant van het team zonder gesprek in het afgelopen jaar", "klanten van het team zonder gesprek in het afgelopen jaar"),
    href: () => "#/klanten?klantmanager=alle&gesprek=ja",
  },
  {
    key: "teamClientsBasisDocumentExpired",
    label: plural("klant van het team met een keuring ouder dan twee jaar", "klanten van het team met een keuring ouder dan twee jaar"),
    href: () => "#/klanten?klantmanager=alle&keuring=ja",
  },
  // kwaliteit
  { key: "orgDoubtfulAssessments", label: plural("twijfelgeval afgerond dit kwartaal", "twijfelgevallen afgerond dit kwartaal"), href: () => "#/afwegingen?twijfel=kwartaal" },
  { key: "refusalsThisQuarter", label: plural("geweigerd argument dit kwartaal", "geweigerde argumenten dit kwartaal"), href: () => null },
  { key: "returnRateThisQuarter", percent: true, label: () => "van de beoordeelde verwijzingen teruggemeld door R&W dit kwartaal", href: () => null },
  // beheerder
  { key: "usersWithoutTeam", label: plural("gebruiker zonder team", "gebruikers zonder team"), href: () => "#/beheer/gebruikers?zonderTeam=ja&status=true", attention: true },
  { key: "apiClients", label: plural("actieve API-client", "actieve API-clients"), href: () => null },
  {
    key: "recentFailures",
    label: plural("mislukte inlogpoging in de afgelopen 24 uur", "mislukte inlogpogingen in de afgelopen 24 uur"),
    href: () => `#/beheer/auditspoor?actie=login_failed&vanaf=${encodeURIComponent(new Date(Date.now() - 24 * 3600 * 1000).toISOString())}`,
    attention: true,
  },
];

const NUMBER = new Intl.NumberFormat("nl-NL");
const PERCENT = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 0 });

/** What the tiles need besides the counts: the deadline of the next session, in Dutch time. */
async function tileContext(me, work) {
  if (!work.nextTargetSessionDate) return {};
  const settings = await organisationSettings(me);
  if (!settings) return {};
  return { deadline: deadlineFor(work.nextTargetSessionDate, settings.caseDeadlineDaysBefore, settings.caseDeadlineHour) };
}

function workTile(item, count, work, context) {
  const number = item.percent ? PERCENT.format(count) : NUMBER.format(count);
  const text = [h("span", { class: "werk-getal" }, number), " ", h("span", { class: "werk-tekst" }, item.label(count, work, context))];
  const href = item.href(work, context);
  return h(
    "li",
    { class: `werk-tegel${item.attention && count > 0 ? " werk-aandacht" : ""}${count === 0 ? " werk-leeg" : ""}` },
    href ? h("a", { href }, text) : h("span", {}, text),
  );
}

/** A return by R&W asks for action: said in words above the tiles, with the way to go. */
function returnedNotice(work) {
  const n = work.myReturnedReferrals;
  if (!n) return null;
  return h(
    "p",
    { class: "melding werk-signaal" },
    n === 1 ? "R&W heeft een verwijzing van u teruggemeld. " : `R&W heeft ${n} verwijzingen van u teruggemeld. `,
    h("a", { href: "#/afwegingen" }, "Lees de beoordeling en maak een nieuwe afweging"),
    ".",
  );
}

async function workSection(me) {
  const section = h("section", { "aria-labelledby": "start-werk" }, h("h2", { id: "start-werk" }, "Mijn werk"));
  let work;
  try {
    work = (await api.readMyWork()).data || {};
  } catch (error) {
    if (error && error.handled) return null;
    section.append(h("p", { class: "fout-tekst" }, "Uw werk kon niet worden geladen. Probeer het later opnieuw."));
    return section;
  }
  const shown = WORK.filter((item) => typeof work[item.key] === "number" && !(item.hidden && item.hidden(work)));
  if (!Object.keys(work).length) return null; // no role with work on a start page (superuser)
  const context = await tileContext(me, work);
  section.append(
    returnedNotice(work) || "",
    shown.length
      ? h("ul", { class: "werk-lijst" }, shown.map((item) => workTile(item, work[item.key], work, context)))
      : h("p", {}, "Er staat niets voor u klaar."),
  );
  return section;
}

export async function renderStart(container, ctx) {
  const me = ctx.me;
  container.append(heading(`Welkom, ${me.displayName}`));
  const roles = me.roles.map(roleLabel);
  container.append(
    h("p", { class: "inleiding" }, me.isSuperuser ? "Platformbeheerder" : listText(roles) || "Geen rol", " · ", me.email),
  );

  const work = await workSection(me);
  if (work) container.append(work);

  await renderMyTasks(container, me);

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
