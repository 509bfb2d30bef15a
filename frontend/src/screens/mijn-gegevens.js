// Mijn gegevens: eigen werkdagen per team en eigen afwezigheid.

import { api } from "../client.js";
import { may } from "../grants.js";
import { h, srOnly } from "../dom.js";
import { firstPage } from "../data.js";
import { teamsByIds } from "../names.js";
import { formatDate, listText, roleLabel, teamTitle, weekdaysText } from "../labels.js";
import { refreshMe } from "../session.js";
import {
  announce,
  busy,
  checkedValues,
  clearFieldErrors,
  emptyRow,
  field,
  heading,
  reportError,
  reportFormError,
  scrollBox,
  showFieldErrors,
  weekdayGroup,
} from "../ui.js";

function todayIso() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function renderMijnGegevens(container, ctx) {
  const me = await refreshMe(); // working days may have been changed by a beheerder
  const teams = await teamsByIds(me.memberships.map((m) => m.teamId));
  const mayRecord = may(me, "record_availability", { userId: me.id });

  container.append(
    heading("Mijn gegevens"),
    h(
      "dl",
      { class: "gegevens" },
      h("dt", {}, "Naam"),
      h("dd", {}, me.displayName),
      h("dt", {}, "E-mailadres"),
      h("dd", {}, me.email),
      h("dt", {}, "Rollen"),
      h("dd", {}, listText(me.roles.map(roleLabel)) || "geen"),
    ),
  );

  // ---------------------------------------------------------------- working days
  const daysSection = h(
    "section",
    { "aria-labelledby": "mijn-werkdagen" },
    h("h2", { id: "mijn-werkdagen" }, "Mijn werkdagen"),
    h("p", {}, "Op deze dagen werkt u. De rotatie van het overleg houdt daar rekening mee."),
  );
  container.append(daysSection);
  if (!me.memberships.length) {
    daysSection.append(h("p", {}, "U bent (nog) geen lid van een team. De beheerder kan u aan een team toevoegen."));
  }
  for (const membership of me.memberships) {
    const team = teams.get(membership.teamId);
    const teamName = team ? team.name : "Onbekend team";
    const legend = `Werkdagen in team ${teamTitle(team)}`;
    const days = weekdayGroup({ legend, checked: membership.workingDays, disabled: !mayRecord });
    if (!mayRecord) {
      daysSection.append(days, h("p", { class: "hint" }, "Uw werkdagen worden vastgelegd door uw teamleider of de beheerder."));
      continue;
    }
    const save = h("button", { type: "submit", class: "knop" }, "Werkdagen opslaan", srOnly(` voor ${teamName}`));
    const form = h("form", { class: "formulier", novalidate: true, "aria-label": legend }, days, h("div", { class: "knoppen" }, save));
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      clearFieldErrors(form);
      await busy(save, async () => {
        try {
          const { data } = await api.putTeamMember(membership.teamId, me.id, {
            body: { workingDays: checkedValues(days, "workingDays", true) },
          });
          membership.workingDays = data.workingDays;
          announce(`Uw werkdagen in ${teamName} zijn opgeslagen: ${weekdaysText(data.workingDays)}.`, "succes");
        } catch (error) {
          reportFormError(error, form);
        }
      });
    });
    daysSection.append(form);
  }

  // ---------------------------------------------------------------- absences
  if (!may(me, "read_absences", { userId: me.id })) return;
  const absencesSection = h(
    "section",
    { "aria-labelledby": "mijn-afwezigheid" },
    h("h2", { id: "mijn-afwezigheid", tabindex: "-1" }, "Mijn afwezigheid"),
    h("p", {}, "Afwezigheid van vandaag en later. Collega's zien dat u afwezig bent, niet de reden."),
  );
  const body = h("tbody");
  const table = h(
    "table",
    { class: "tabel" },
    h("caption", { class: "visueel-verborgen" }, "Mijn afwezigheid"),
    h("thead", {}, h("tr", {}, ["Eerste dag", "Laatste dag", "Reden", "Actie"].map((t) => h("th", { scope: "col" }, t)))),
    body,
  );
  absencesSection.append(scrollBox(table, "Mijn afwezigheid"));
  container.append(absencesSection);

  async function loadAbsences() {
    const items = await firstPage(api.listAbsences, { fromDate: todayIso() }, me.id);
    items.sort((a, b) => a.startDate.localeCompare(b.startDate));
    body.replaceChildren(
      ...(items.length
        ? items.map((absence) => {
            const period = `${formatDate(absence.startDate)} tot en met ${formatDate(absence.endDate)}`;
            const remove = h("button", { type: "button", class: "knop knop-gevaar-licht" }, "Verwijderen", srOnly(`: ${period}`));
            remove.addEventListener("click", async () => {
              await busy(remove, async () => {
                try {
                  await api.deleteAbsence(me.id, absence.id);
                } catch (error) {
                  reportError(error);
                  return;
                }
                await loadAbsences();
                announce(`De afwezigheid van ${period} is verwijderd.`, "succes");
                document.getElementById("mijn-afwezigheid").focus();
              });
            });
            return h(
              "tr",
              {},
              h("td", {}, h("time", { datetime: absence.startDate }, formatDate(absence.startDate))),
              h("td", {}, h("time", { datetime: absence.endDate }, formatDate(absence.endDate))),
              h("td", {}, absence.reason || "–"),
              h("td", {}, mayRecord ? remove : "–"),
            );
          })
        : [emptyRow(4, "U hebt geen afwezigheid doorgegeven.")]),
    );
  }

  try {
    await loadAbsences();
  } catch (error) {
    reportError(error, { context: "Uw afwezigheid kon niet worden geladen." });
  }

  if (!mayRecord) return;
  const start = field({ name: "startDate", label: "Eerste dag", type: "date", required: true });
  const end = field({ name: "endDate", label: "Laatste dag", type: "date", required: true });
  const reason = field({
    name: "reason",
    label: "Reden",
    maxlength: "500",
    hint: "Bijvoorbeeld vakantie of cursus. Alleen u en de beheerder zien de reden.",
  });
  const submit = h("button", { type: "submit", class: "knop knop-primair" }, "Afwezigheid opslaan");
  const form = h(
    "form",
    { class: "formulier", novalidate: true, "aria-labelledby": "afwezigheid-nieuw" },
    h("h3", { id: "afwezigheid-nieuw" }, "Afwezigheid doorgeven"),
    start.wrapper,
    end.wrapper,
    reason.wrapper,
    h("div", { class: "knoppen" }, submit),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const missing = [];
    if (!start.input.value) missing.push({ name: "startDate", code: "required", reason: "Vul de eerste dag in." });
    if (!end.input.value) missing.push({ name: "endDate", code: "required", reason: "Vul de laatste dag in." });
    if (missing.length) {
      showFieldErrors(form, missing);
      return;
    }
    const body = { startDate: start.input.value, endDate: end.input.value };
    if (reason.input.value.trim()) body.reason = reason.input.value.trim();
    await busy(submit, async () => {
      try {
        const { data } = await api.createAbsence(me.id, { body });
        form.reset();
        await loadAbsences();
        announce(`Uw afwezigheid van ${formatDate(data.startDate)} tot en met ${formatDate(data.endDate)} is opgeslagen.`, "succes");
      } catch (error) {
        reportFormError(error, form);
      }
    });
  });
  absencesSection.append(form);
}
