// Overleg: the team's conference series — its coming sessions, the rotation (who takes
// notes, who chairs a dilemma, with the counts so far), earlier sessions, and the
// calendar links. Routes of the whole section are listed here (main.js takes them).

import { api } from "../client.js";
import { Badge, ServerList, mount } from "../components.js";
import { firstPage } from "../data.js";
import { h } from "../dom.js";
import { may } from "../grants.js";
import { formatDeadline, todayIso } from "../labels.js";
import { usersByIds } from "../names.js";
import { conferencePages } from "../nav.js";
import { html } from "../vendor.js";
import { badge, busy, errorText, heading, reportError, scrollBox, subNav } from "../ui.js";
import { renderDilemma } from "./dilemma.js";
import { renderMinutesPrint, renderSession } from "./bijeenkomst.js";
import { renderStandpoint, renderStandpoints } from "./standpunten.js";
import { renderSeriesForm, renderSeriesMembers } from "./reeks-beheer.js";
import { ROLE_LABELS, chairsText, formatLabel, momentText, nameOf, rhythmText, sessionChairs } from "./overleg-data.js";

export const CONFERENCE_ROUTES = [
  { path: "/overleg", name: "overleg", title: "Overleg", render: renderConferences },
  { path: "/overleg/reeks/:id", name: "overleg-reeks", title: "Overleg", render: renderSeriesRoute },
  { path: "/overleg/bijeenkomst/:id", name: "bijeenkomst", title: "Bijeenkomst", allowed: (me) => may(me, "read_conferences"), render: renderSession },
  { path: "/overleg/bijeenkomst/:id/notulen", name: "notulen", title: "Notulen", allowed: (me) => may(me, "read_conferences"), render: renderMinutesPrint },
  { path: "/overleg/dilemma/:id", name: "dilemma", title: "Dilemma", allowed: (me) => may(me, "read_dilemmas"), render: renderDilemma },
  { path: "/overleg/standpunten", name: "standpunten", title: "Standpunten", allowed: (me) => may(me, "read_standpoints"), render: renderStandpoints },
  { path: "/overleg/standpunten/:id", name: "standpunt", title: "Standpunt", allowed: (me) => may(me, "read_standpoints"), render: renderStandpoint },
];

const STATUS_BADGES = { gepland: ["Gepland", "info"], gehouden: ["Gehouden", "actief"], geannuleerd: ["Gaat niet door", "inactief"] };

/** Cells of a ServerList are Preact nodes. */
function StatusBadge({ status }) {
  const [text, kind] = STATUS_BADGES[status] || [status, "neutraal"];
  return html`<${Badge} kind=${kind}>${text}<//>`;
}

const sessionCell = (s) => html`<a href=${`#/overleg/bijeenkomst/${s.id}`}>${momentText(s.startsAt)}</a>`;

export function conferenceNav(ctx, activeHref) {
  const pages = conferencePages(ctx.me);
  return pages.length > 1 ? subNav("Overleg", pages, activeHref) : null;
}

async function renderConferences(container, ctx) {
  container.append(...[conferenceNav(ctx, "#/overleg")].filter(Boolean));
  const series = await firstPage(api.listConferenceSeries, { active: true });
  if (series.length === 1) {
    await renderSeries(container, ctx, series[0]);
    return;
  }
  ctx.setTitle("Casuïstiekoverleg");
  container.append(heading("Casuïstiekoverleg"));
  if (!series.length) {
    container.append(h("p", {}, "Er is nog geen reeks casuïstiekoverleggen voor uw teams."));
    await renderSeriesForm(container, ctx);
    return;
  }
  container.append(
    h("ul", { class: "lijst" }, series.map((s) => h("li", {}, h("a", { href: `#/overleg/reeks/${s.id}` }, s.name), ` – ${rhythmText(s)}`))),
  );
}

async function renderSeriesRoute(container, ctx) {
  container.append(...[conferenceNav(ctx, "#/overleg")].filter(Boolean));
  const { data } = await api.getConferenceSeries(ctx.params.id);
  await renderSeries(container, ctx, data);
}

async function renderSeries(container, ctx, series) {
  const me = ctx.me;
  ctx.setTitle(series.name);
  const users = await usersByIds([series.ownerId, ...series.memberIds]);
  container.append(
    heading(series.name),
    h(
      "dl",
      { class: "gegevens" },
      h("dt", {}, "Wanneer"),
      h("dd", {}, rhythmText(series)),
      h("dt", {}, "Eigenaar"),
      h("dd", {}, nameOf(users, series.ownerId)),
      series.location ? [h("dt", {}, "Plaats"), h("dd", {}, series.location)] : null,
      series.videoLink ? [h("dt", {}, "Online"), h("dd", {}, h("a", { href: series.videoLink, rel: "noopener" }, "Deelnemen via de videolink"))] : null,
      h("dt", {}, "Leden"),
      h("dd", {}, String(series.memberIds.length)),
    ),
  );
  if (!may(me, "read_conferences")) {
    container.append(h("p", {}, "De bijeenkomsten en het rooster zijn voor de leden van het team."));
    await renderSeriesMembers(container, ctx, series);
    return;
  }

  const coming = h("section", { "aria-labelledby": "overleg-komend" }, h("h2", { id: "overleg-komend" }, "Komende bijeenkomsten"));
  const host = h("div");
  coming.append(host);
  container.append(coming);
  mount(
    host,
    html`<${ServerList}
      caption="Komende bijeenkomsten"
      noun=${["bijeenkomst", "bijeenkomsten"]}
      pageSize=${10}
      load=${async ({ offset, limit }) => {
        const { data } = await api.listConferenceSessions({ query: { seriesId: series.id, fromDate: todayIso(), offset, limit } });
        const people = await usersByIds(data.items.flatMap((s) => [s.chairId, s.noteTakerId, ...sessionChairs(s)]));
        return { ...data, extra: people };
      }}
      columns=${[
        { title: "Wanneer", cell: (s) => sessionCell(s) },
        { title: "Vorm", cell: (s) => (s.evaluationDue ? `${formatLabel(s.format)}, daarna evaluatie` : formatLabel(s.format)) },
        { title: "Voorzitter", cell: (s, people) => (s.format ? chairsText(people, s) : `${nameOf(people, s.chairId)} (bij een dilemma)`) },
        { title: "Notulist", cell: (s, people) => nameOf(people, s.noteTakerId) },
        { title: "Inleverdatum casus", cell: (s) => formatDeadline(s.deadlineAt) },
        { title: "Status", cell: (s) => html`<${StatusBadge} status=${s.status} />${s.cancelReason ? ` ${s.cancelReason}` : ""}` },
      ]}
      empty="Er zijn geen komende bijeenkomsten."
    />`,
  );

  await renderRotation(container, series, users);

  const past = h("section", { "aria-labelledby": "overleg-eerder" }, h("h2", { id: "overleg-eerder" }, "Eerdere bijeenkomsten"));
  const pastHost = h("div");
  past.append(pastHost);
  container.append(past);
  const yesterday = new Date(Date.now() - 86400000).toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
  mount(
    pastHost,
    html`<${ServerList}
      caption="Eerdere bijeenkomsten"
      noun=${["bijeenkomst", "bijeenkomsten"]}
      pageSize=${10}
      load=${async ({ offset, limit }) => (await api.listConferenceSessions({ query: { seriesId: series.id, toDate: yesterday, offset, limit } })).data}
      columns=${[
        { title: "Wanneer", cell: (s) => sessionCell(s) },
        { title: "Vorm", cell: (s) => (s.evaluationDue ? `${formatLabel(s.format)}, daarna evaluatie` : formatLabel(s.format)) },
        { title: "Status", cell: (s) => html`<${StatusBadge} status=${s.status} />` },
        { title: "Notulen", cell: (s) => (s.hasMinutes ? html`<a href=${`#/overleg/bijeenkomst/${s.id}/notulen`}>Notulen lezen</a>` : "–") },
      ]}
      empty="Nog geen eerdere bijeenkomsten."
    />`,
  );

  await renderSeriesMembers(container, ctx, series);
  renderCalendarLinks(container, ctx, series);
}

async function renderRotation(container, series, users) {
  const section = h("section", { "aria-labelledby": "overleg-rooster" }, h("h2", { id: "overleg-rooster" }, "Rooster"));
  container.append(section);
  let rotation;
  try {
    rotation = (await api.getConferenceRotation(series.id)).data;
  } catch (error) {
    section.append(h("p", { class: "fout-tekst" }, errorText(error)));
    return;
  }
  const today = todayIso();
  const coming = rotation.items.filter((item) => item.date >= today);
  const people = await usersByIds([...coming.map((i) => i.userId), ...rotation.counts.map((c) => c.userId), ...users.keys()]);
  const bySession = new Map();
  for (const item of coming) {
    if (!bySession.has(item.sessionId)) bySession.set(item.sessionId, { date: item.date, roles: {} });
    bySession.get(item.sessionId).roles[item.role] = item;
  }
  const roleCell = (item) => {
    if (!item) return "–";
    if (item.flagged) return badge("Niemand beschikbaar: wijs iemand aan", "waarschuwing");
    const text = nameOf(people, item.userId);
    const moved = item.plannedUserId && item.userId !== item.plannedUserId ? ` (overgenomen van ${nameOf(people, item.plannedUserId)})` : "";
    return `${text}${moved}${item.applies ? "" : " – vervalt: casusbespreking"}`;
  };
  const rows = [...bySession.entries()].map(([id, entry]) =>
    h(
      "tr",
      {},
      h("th", { scope: "row" }, h("a", { href: `#/overleg/bijeenkomst/${id}` }, entry.date.split("-").reverse().join("-"))),
      h("td", {}, roleCell(entry.roles.notulist)),
      series.rotateDilemmaChair ? h("td", {}, roleCell(entry.roles.voorzitter)) : null,
    ),
  );
  const plan = h(
    "table",
    { class: "tabel" },
    h("caption", {}, `Gepubliceerd rooster tot en met ${rotation.horizonDate ? rotation.horizonDate.split("-").reverse().join("-") : "–"}`),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Datum"), h("th", { scope: "col" }, ROLE_LABELS.notulist), series.rotateDilemmaChair ? h("th", { scope: "col" }, "Voorzitter dilemmasessie") : null)),
    h("tbody", {}, rows.length ? rows : h("tr", {}, h("td", { colspan: "3" }, "Geen komende bijeenkomsten."))),
  );
  section.append(scrollBox(plan, "Rooster"));
  const counts = h(
    "table",
    { class: "tabel" },
    h("caption", {}, "Taken gedaan tot nu toe"),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Collega"), h("th", { scope: "col" }, "Notulist"), h("th", { scope: "col" }, "Voorzitter dilemmasessie"))),
    h(
      "tbody",
      {},
      rotation.counts.map((c) => h("tr", {}, h("th", { scope: "row" }, nameOf(people, c.userId)), h("td", {}, String(c.notulist)), h("td", {}, String(c.voorzitter)))),
    ),
  );
  section.append(scrollBox(counts, "Tellingen"));
}

function renderCalendarLinks(container, ctx, series) {
  const section = h(
    "section",
    { "aria-labelledby": "overleg-agenda" },
    h("h2", { id: "overleg-agenda" }, "In uw eigen agenda"),
    h("p", {}, h("a", { href: `/api/v1/conference-series/${series.id}/calendar`, download: "casuistiekoverleg.ics" }, "Agenda van de reeks downloaden (.ics)")),
  );
  container.append(section);
  if (!may(ctx.me, "manage_calendar_feeds")) return;
  const list = h("div");
  const show = async () => {
    const feeds = (await api.listCalendarFeeds()).data.items;
    list.replaceChildren(
      feeds.length
        ? h(
            "ul",
            { class: "lijst" },
            feeds.map((feed) =>
              h(
                "li",
                {},
                `Persoonlijke link van ${new Date(feed.createdAt).toLocaleDateString("nl-NL", { timeZone: "Europe/Amsterdam" })} `,
                h(
                  "button",
                  {
                    type: "button",
                    class: "knop",
                    onclick: async (event) => {
                      try {
                        await busy(event.currentTarget, () => api.deleteCalendarFeed(feed.id));
                        await show();
                      } catch (error) {
                        reportError(error);
                      }
                    },
                  },
                  "Link intrekken",
                ),
              ),
            ),
          )
        : h("p", {}, "U hebt nog geen persoonlijke agenda-link."),
    );
  };
  const made = h("div", { "aria-live": "polite" });
  section.append(
    h("p", {}, "Een persoonlijke link toont uw rol per bijeenkomst. Outlook en andere agenda's abonneren zich erop zonder in te loggen: deel de link met niemand."),
    list,
    h(
      "button",
      {
        type: "button",
        class: "knop",
        onclick: async (event) => {
          try {
            const { data } = await busy(event.currentTarget, () => api.createCalendarFeed());
            const url = new URL(data.url, window.location.origin).href;
            made.replaceChildren(h("p", {}, "Uw nieuwe link (alleen nu te zien): "), h("p", {}, h("code", { class: "vrije-tekst" }, url)));
            await show();
          } catch (error) {
            reportError(error);
          }
        },
      },
      "Persoonlijke agenda-link maken",
    ),
    made,
  );
  show().catch(reportError);
}
