// Beheer → Teams: teams, team aanmaken, leden met hun werkdagen, lid toevoegen.

import * as api from "../api.js";
import { h, srOnly } from "../dom.js";
import { byName, fetchAll } from "../data.js";
import { TEAM_KINDS, teamKindLabel, weekdaysText } from "../labels.js";
import {
  announce,
  busy,
  checkedValues,
  clearFieldErrors,
  emptyRow,
  errorText,
  field,
  heading,
  reportError,
  reportFormError,
  scrollBox,
  showFieldErrors,
  weekdayGroup,
} from "../ui.js";

// ------------------------------------------------------------------ list

export async function renderTeams(container, ctx) {
  const body = h("tbody");
  const count = h("p", { class: "telling" });
  const table = h(
    "table",
    { class: "tabel" },
    h("caption", { class: "visueel-verborgen" }, "Teams"),
    h("thead", {}, h("tr", {}, ["Naam", "Soort werk"].map((t) => h("th", { scope: "col" }, t)))),
    body,
  );

  async function load() {
    const teams = (await fetchAll(api.listTeams)).sort(byName);
    count.textContent = teams.length === 1 ? "1 team" : `${teams.length} teams`;
    body.replaceChildren(
      ...(teams.length
        ? teams.map((team) =>
            h(
              "tr",
              {},
              h("th", { scope: "row" }, h("a", { href: `#/beheer/teams/${encodeURIComponent(team.id)}` }, team.name)),
              h("td", {}, teamKindLabel(team.kind)),
            ),
          )
        : [emptyRow(2, "Er zijn nog geen teams.")]),
    );
  }

  // Create
  const name = field({ name: "name", label: "Naam van het team", required: true, maxlength: "200", autocomplete: "off" });
  const kind = field({
    name: "kind",
    label: "Soort werk",
    required: true,
    options: [{ value: "", label: "Kies de soort werk" }, ...TEAM_KINDS],
  });
  const submit = h("button", { type: "submit", class: "knop knop-primair" }, "Team aanmaken");
  const form = h(
    "form",
    { class: "formulier", novalidate: true, "aria-labelledby": "team-nieuw" },
    h("h2", { id: "team-nieuw" }, "Nieuw team"),
    name.wrapper,
    kind.wrapper,
    h("div", { class: "knoppen" }, submit),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    if (!kind.input.value) {
      showFieldErrors(form, [{ name: "kind", code: "required", reason: "Kies de soort werk van het team." }]);
      return;
    }
    await busy(submit, async () => {
      try {
        const { data } = await api.createTeam({ body: { name: name.input.value.trim(), kind: kind.input.value } });
        form.reset();
        announce(`Het team ‘${data.name}’ is aangemaakt.`, "succes");
        await load();
      } catch (error) {
        if (error.status === 409) {
          showFieldErrors(form, [{ name: "name", code: "duplicate", reason: errorText(error) }]);
          return;
        }
        reportFormError(error, form, name.input.value.trim() ? {} : { name: "Vul de naam van het team in." });
      }
    });
  });

  container.append(
    heading("Teams"),
    h("section", { "aria-labelledby": "teams-lijst" }, h("h2", { id: "teams-lijst" }, "Overzicht"), count, scrollBox(table, "Teams")),
    form,
  );
  await load();
}

// ------------------------------------------------------------------ one team

export async function renderTeam(container, ctx) {
  const id = ctx.params.id;
  const { data: team } = await api.getTeam(id);
  ctx.setTitle(`${team.name} – Teams`);
  const [members, users] = await Promise.all([
    fetchAll(api.listTeamMembers, {}, id),
    fetchAll(api.listUsers, { active: true }),
  ]);

  const list = h("div", { class: "leden" });
  const count = h("p", { class: "telling" });

  function memberRow(member) {
    const days = weekdayGroup({ legend: `Werkdagen van ${member.displayName}`, legendHidden: true, checked: member.workingDays });
    const save = h("button", { type: "submit", class: "knop" }, "Werkdagen opslaan", srOnly(` van ${member.displayName}`));
    const remove = h("button", { type: "button", class: "knop knop-gevaar-licht" }, "Uit team halen", srOnly(`: ${member.displayName}`));
    const summary = h("span", { class: "hint" }, weekdaysText(member.workingDays));
    const form = h(
      "form",
      { class: "lid", novalidate: true, "aria-label": `Werkdagen van ${member.displayName}` },
      h("div", { class: "lid-naam" }, h("strong", {}, member.displayName), h("br"), summary),
      days,
      h("div", { class: "knoppen" }, save, remove),
    );
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      clearFieldErrors(form);
      await busy(save, async () => {
        try {
          const { data } = await api.putTeamMember(id, member.userId, {
            body: { workingDays: checkedValues(days, "workingDays", true) },
          });
          member.workingDays = data.workingDays;
          summary.textContent = weekdaysText(data.workingDays);
          announce(`Werkdagen van ${member.displayName} opgeslagen: ${weekdaysText(data.workingDays)}.`, "succes");
        } catch (error) {
          reportError(error, { form });
        }
      });
    });
    remove.addEventListener("click", async () => {
      await busy(remove, async () => {
        try {
          await api.deleteTeamMember(id, member.userId);
        } catch (error) {
          reportError(error);
          return;
        }
        members.splice(members.indexOf(member), 1);
        paint();
        announce(`${member.displayName} is uit het team gehaald.`, "succes");
        document.getElementById("team-leden").focus();
      });
    });
    return h("li", {}, form);
  }

  // Add a member
  const userField = field({ name: "userId", label: "Collega", required: true, options: [] });
  const addDays = weekdayGroup({ legend: "Werkdagen", checked: [1, 2, 3, 4, 5] });
  const add = h("button", { type: "submit", class: "knop knop-primair" }, "Toevoegen aan team");
  const addForm = h(
    "form",
    { class: "formulier", novalidate: true, "aria-labelledby": "team-lid-toevoegen" },
    h("h2", { id: "team-lid-toevoegen" }, "Lid toevoegen"),
    userField.wrapper,
    addDays,
    h("div", { class: "knoppen" }, add),
  );
  addForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(addForm);
    const userId = userField.input.value;
    if (!userId) {
      showFieldErrors(addForm, [{ name: "userId", code: "required", reason: "Kies een collega." }]);
      return;
    }
    await busy(add, async () => {
      try {
        const { data } = await api.putTeamMember(id, userId, { body: { workingDays: checkedValues(addDays, "workingDays", true) } });
        members.push(data);
        paint();
        for (const box of addDays.querySelectorAll("input")) box.checked = true;
        announce(`${data.displayName} is toegevoegd aan ${team.name}.`, "succes");
        userField.input.focus();
      } catch (error) {
        reportError(error, { form: addForm });
      }
    });
  });

  function paint() {
    members.sort(byName);
    count.textContent = members.length === 1 ? "1 lid" : `${members.length} leden`;
    list.replaceChildren(
      members.length ? h("ul", { class: "leden-lijst" }, members.map(memberRow)) : h("p", {}, "Dit team heeft nog geen leden."),
    );
    const memberIds = new Set(members.map((m) => m.userId));
    const candidates = users.filter((u) => !memberIds.has(u.id)).sort(byName);
    userField.input.replaceChildren(
      h("option", { value: "" }, candidates.length ? "Kies een collega" : "Alle actieve collega's zijn al lid"),
      ...candidates.map((u) => h("option", { value: u.id }, `${u.displayName} (${u.email})`)),
    );
  }

  container.append(
    h("p", { class: "terug" }, h("a", { href: "#/beheer/teams" }, "Terug naar alle teams")),
    heading(team.name),
    h("p", { class: "inleiding" }, `Soort werk: ${teamKindLabel(team.kind)}`),
    h(
      "section",
      { "aria-labelledby": "team-leden" },
      h("h2", { id: "team-leden", tabindex: "-1" }, "Leden en werkdagen"),
      h("p", {}, "Vink per lid de dagen aan waarop hij of zij werkt. Dat telt mee voor de rotatie van het overleg."),
      count,
      list,
    ),
    addForm,
  );
  paint();
}
