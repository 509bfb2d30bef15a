// Beheer → Teams: teams, team aanmaken, leden met hun werkdagen, lid toevoegen.

import { api } from "../client.js";
import { h, srOnly } from "../dom.js";
import { byName, firstPage } from "../data.js";
import { colleaguePicker } from "../pickers.js";
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
    const teams = (await firstPage(api.listTeams)).sort(byName);
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
  const members = await firstPage(api.listTeamMembers, {}, id);

  const list = h("div", { class: "leden" });
  const count = h("p", { class: "telling" });

  // ---------------------------------------------------------------- working days: one form, one save
  let rows = [];
  const saveDays = h("button", { type: "submit", class: "knop knop-primair" }, "Werkdagen opslaan");
  const daysForm = h(
    "form",
    { class: "formulier formulier-breed", novalidate: true, "aria-labelledby": "team-leden" },
    list,
    h("div", { class: "knoppen" }, saveDays),
  );

  function memberRow(member) {
    const days = weekdayGroup({
      name: `workingDays.${member.userId}`,
      legend: `Werkdagen van ${member.displayName}`,
      legendHidden: true,
      checked: member.workingDays,
    });
    const remove = h("button", { type: "button", class: "knop knop-link knop-gevaar-tekst" }, "Uit team halen", srOnly(`: ${member.displayName}`));
    const summary = h("span", { class: "hint" }, weekdaysText(member.workingDays));
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
    const row = h(
      "li",
      {},
      h(
        "div",
        { class: "lid", role: "group", "aria-label": `Werkdagen van ${member.displayName}` },
        h("div", { class: "lid-naam" }, h("strong", {}, member.displayName), h("br"), summary),
        days,
        h("div", { class: "knoppen" }, remove),
      ),
    );
    return { member, days, summary, row };
  }

  daysForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(daysForm);
    const changed = rows
      .map((r) => ({ ...r, wanted: checkedValues(r.days, `workingDays.${r.member.userId}`, true) }))
      .filter((r) => r.wanted.join() !== [...r.member.workingDays].sort().join());
    if (!changed.length) {
      announce("Er is niets gewijzigd.");
      return;
    }
    const empty = changed.filter((r) => !r.wanted.length);
    if (empty.length) {
      showFieldErrors(
        daysForm,
        empty.map((r) => ({ name: `workingDays.${r.member.userId}`, code: "required", reason: `Kies minstens één werkdag voor ${r.member.displayName}.` })),
      );
      return;
    }
    await busy(saveDays, async () => {
      // No bulk call in the API: one PUT per changed member, reported as one result.
      const results = await Promise.all(
        changed.map((r) =>
          api.putTeamMember(id, r.member.userId, { body: { workingDays: r.wanted } }).then(
            (reply) => ({ r, data: reply.data }),
            (error) => ({ r, error }),
          ),
        ),
      );
      const failed = results.filter((x) => x.error);
      for (const { r, data } of results.filter((x) => !x.error)) {
        r.member.workingDays = data.workingDays;
        r.summary.textContent = weekdaysText(data.workingDays);
      }
      if (failed.some((x) => x.error.handled)) return;
      if (failed.length) {
        showFieldErrors(
          daysForm,
          failed.map(({ r, error }) => ({ name: `workingDays.${r.member.userId}`, code: "failed", reason: errorText(error) })),
        );
        return;
      }
      const saved = results.map(({ r, data }) => `${r.member.displayName}: ${weekdaysText(data.workingDays)}`);
      announce(`Werkdagen opgeslagen. ${saved.join("; ")}.`, "succes");
    });
  });

  // ---------------------------------------------------------------- add a member
  const picker = colleaguePicker({ exclude: () => new Set(members.map((m) => m.userId)) });
  const addDays = weekdayGroup({ legend: "Werkdagen", checked: [1, 2, 3, 4, 5] });
  const add = h("button", { type: "submit", class: "knop knop-primair" }, "Toevoegen aan team");
  const addForm = h(
    "form",
    { class: "formulier", novalidate: true, "aria-labelledby": "team-lid-toevoegen" },
    h("h2", { id: "team-lid-toevoegen" }, "Lid toevoegen"),
    picker.element,
    addDays,
    h("div", { class: "knoppen" }, add),
  );
  addForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(addForm);
    const userId = picker.value();
    if (!userId) {
      showFieldErrors(addForm, [{ name: "userId", code: "required", reason: "Kies een collega." }]);
      return;
    }
    if (members.some((m) => m.userId === userId)) {
      showFieldErrors(addForm, [{ name: "userId", code: "duplicate", reason: "Deze collega is al lid van het team." }]);
      return;
    }
    await busy(add, async () => {
      try {
        const { data } = await api.putTeamMember(id, userId, { body: { workingDays: checkedValues(addDays, "workingDays", true) } });
        members.push(data);
        paint();
        for (const box of addDays.querySelectorAll("input")) box.checked = true;
        picker.reload();
        announce(`${data.displayName} is toegevoegd aan ${team.name}.`, "succes");
      } catch (error) {
        reportFormError(error, addForm);
      }
    });
  });

  function paint() {
    members.sort(byName);
    count.textContent = members.length === 1 ? "1 lid" : `${members.length} leden`;
    rows = members.map(memberRow);
    list.replaceChildren(
      members.length ? h("ul", { class: "leden-lijst" }, rows.map((r) => r.row)) : h("p", {}, "Dit team heeft nog geen leden."),
    );
    saveDays.hidden = members.length === 0;
  }

  container.append(
    h("p", { class: "terug" }, h("a", { href: "#/beheer/teams" }, "Terug naar alle teams")),
    heading(team.name),
    h("p", { class: "inleiding" }, `Soort werk: ${teamKindLabel(team.kind)}`),
    h(
      "section",
      { "aria-labelledby": "team-leden" },
      h("h2", { id: "team-leden", tabindex: "-1" }, "Leden en werkdagen"),
      h("p", {}, "Vink per lid de dagen aan waarop hij of zij werkt, en sla alles in één keer op. Dat telt mee voor de rotatie van het overleg."),
      count,
      daysForm,
    ),
    addForm,
  );
  paint();
}
