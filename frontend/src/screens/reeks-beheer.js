// Managing a series (team leader, beheerder): creating the team's series, and its members
// (members of the team). Editing the series' day or time is the owner's too (PATCH).

import { api } from "../client.js";
import { firstPage, teamChoicesFor } from "../data.js";
import { h } from "../dom.js";
import { may, scopes } from "../grants.js";
import { teamTitle, todayIso } from "../labels.js";
import { busy, clearFieldErrors, field, reportError, reportFormError } from "../ui.js";
import { editsSeries, nameOf } from "./overleg-data.js";

const WEEKDAYS = [
  { value: "1", label: "maandag" },
  { value: "2", label: "dinsdag" },
  { value: "3", label: "woensdag" },
  { value: "4", label: "donderdag" },
  { value: "5", label: "vrijdag" },
];

/** "Reeks aanmaken": for a team leader or beheerder whose team has no active series. */
export async function renderSeriesForm(container, ctx) {
  if (!may(ctx.me, "manage_series")) return;
  const teams = (await teamChoicesFor(ctx.me, "manage_series")).filter((t) => t.kind === "werk_inkomen");
  if (!teams.length) return;
  const form = h("form", { class: "formulier", novalidate: true, "aria-labelledby": "reeks-nieuw" });
  const team = field({ name: "teamId", label: "Team", options: teams.map((t) => ({ value: t.id, label: teamTitle(t) })), optionalMark: false });
  const name = field({ name: "name", label: "Naam", required: true, maxlength: "200", value: "Casuïstiekoverleg" });
  const owner = field({ name: "ownerId", label: "Eigenaar (leidt het overleg)", options: [], optionalMark: false });
  const weekday = field({ name: "weekday", label: "Dag", options: WEEKDAYS, value: "2", optionalMark: false });
  const start = field({ name: "startTime", label: "Begintijd", type: "time", value: "13:00", optionalMark: false });
  const duration = field({ name: "durationMinutes", label: "Duur in minuten", type: "number", min: "15", max: "240", step: "15", value: "30", optionalMark: false });
  const interval = field({ name: "intervalWeeks", label: "Om de hoeveel weken", type: "number", min: "1", max: "8", value: "2", optionalMark: false });
  const first = field({ name: "firstDate", label: "Eerste bijeenkomst", type: "date", value: todayIso(), optionalMark: false });
  const location = field({ name: "location", label: "Plaats", maxlength: "200" });
  const video = field({ name: "videoLink", label: "Videolink", type: "url", maxlength: "500", hint: "Begint met https://" });
  const fillOwners = async () => {
    const members = await firstPage(api.listTeamMembers, {}, team.input.value);
    owner.input.replaceChildren(...members.map((m) => h("option", { value: m.userId }, m.displayName)));
  };
  team.input.addEventListener("change", () => fillOwners().catch(reportError));
  await fillOwners().catch(() => {});
  form.append(
    h("h2", { id: "reeks-nieuw" }, "Reeks aanmaken"),
    h("p", { class: "hint" }, "De bijeenkomsten worden twaalf weken vooruit gepland; alle leden van het team worden lid."),
    team.wrapper, name.wrapper, owner.wrapper, weekday.wrapper, start.wrapper, duration.wrapper, interval.wrapper, first.wrapper, location.wrapper, video.wrapper,
    h("div", { class: "knoppen" }, h("button", { type: "submit", class: "knop knop-primair" }, "Reeks aanmaken")),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    try {
      const members = await firstPage(api.listTeamMembers, {}, team.input.value);
      const body = {
        teamId: team.input.value,
        name: name.input.value,
        ownerId: owner.input.value,
        weekday: Number(weekday.input.value),
        startTime: start.input.value,
        durationMinutes: Number(duration.input.value),
        intervalWeeks: Number(interval.input.value),
        firstDate: first.input.value,
        location: location.input.value || null,
        videoLink: video.input.value || null,
        memberIds: members.map((m) => m.userId),
      };
      const { data } = await busy(form.querySelector("[type=submit]"), () => api.createConferenceSeries({ body }));
      ctx.navigate(`#/overleg/reeks/${data.id}`, { text: "De reeks is aangemaakt en de bijeenkomsten zijn gepland.", kind: "succes" });
    } catch (error) {
      reportFormError(error, form);
    }
  });
  container.append(form);
}

/** The members of a series; a team leader or beheerder adds and removes them. */
export async function renderSeriesMembers(container, ctx, series) {
  const me = ctx.me;
  const section = h("section", { "aria-labelledby": "reeks-leden" }, h("h2", { id: "reeks-leden" }, "Leden van de reeks"));
  container.append(section);
  const members = (await api.listConferenceSeriesMembers(series.id)).data.items;
  const manages = may(me, "manage_series") && (scopes(me, "manage_series").includes("org") || (me.teamIds || []).includes(series.teamId));
  const users = new Map(members.map((m) => [m.userId, { displayName: m.displayName }]));
  section.append(
    h(
      "ul",
      { class: "lijst" },
      members.map((m) =>
        h(
          "li",
          {},
          nameOf(users, m.userId),
          m.userId === series.ownerId ? " (eigenaar)" : "",
          m.rotationFrom ? ` – in het rooster vanaf ${m.rotationFrom.split("-").reverse().join("-")}` : "",
          manages && m.userId !== series.ownerId
            ? [
                " ",
                h(
                  "button",
                  {
                    type: "button",
                    class: "knop knop-link",
                    onclick: async (event) => {
                      try {
                        await busy(event.currentTarget, () => api.deleteConferenceSeriesMember(series.id, m.userId));
                        ctx.navigate(window.location.hash, { text: `${m.displayName} is geen lid meer van de reeks.`, kind: "succes" });
                      } catch (error) {
                        reportError(error);
                      }
                    },
                  },
                  "Uit de reeks halen",
                  h("span", { class: "visueel-verborgen" }, `: ${m.displayName}`),
                ),
              ]
            : null,
        ),
      ),
    ),
  );
  if (!manages) {
    if (editsSeries(me, series, scopes)) section.append(h("p", { class: "hint" }, "Leden voegt een teamleider toe."));
    return;
  }
  const inTeam = await firstPage(api.listTeamMembers, {}, series.teamId).catch(() => []);
  const candidates = inTeam.filter((m) => !members.some((s) => s.userId === m.userId));
  if (!candidates.length) return;
  const form = h("form", { class: "formulier", novalidate: true });
  const who = field({ name: "userId", label: "Collega uit het team", options: candidates.map((m) => ({ value: m.userId, label: m.displayName })), optionalMark: false });
  form.append(who.wrapper, h("div", { class: "knoppen" }, h("button", { type: "submit", class: "knop" }, "Lid toevoegen")));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await busy(form.querySelector("[type=submit]"), () => api.putConferenceSeriesMember(series.id, who.input.value));
      ctx.navigate(window.location.hash, { text: "De collega is lid van de reeks; het rooster neemt haar of hem op na de gepubliceerde periode.", kind: "succes" });
    } catch (error) {
      reportFormError(error, form);
    }
  });
  section.append(form);
}
