// Beheer → Gebruikers: lijst met paginering, gebruiker aanmaken, wijzigen, (de)activeren.

import { api } from "../client.js";
import { h, srOnly, uid } from "../dom.js";
import { Badge, ServerList, mount } from "../components.js";
import { byName, firstPage } from "../data.js";
import { teamsByIds } from "../names.js";
import { html } from "../vendor.js";
import { ROLES, listText, roleLabel, teamTitle, weekdaysText } from "../labels.js";
import {
  announce,
  busy,
  checkboxGroup,
  checkedValues,
  clearFieldErrors,
  errorText,
  field,
  heading,
  reportError,
  reportFormError,
  showFieldErrors,
  weekdayGroup,
} from "../ui.js";

const PAGE_SIZE = 20;

const STATUS_FILTER = [
  { value: "", label: "Alle gebruikers" },
  { value: "true", label: "Alleen actieve gebruikers" },
  { value: "false", label: "Alleen gedeactiveerde gebruikers" },
];

function statusBadge(active) {
  return h("span", { class: active ? "label label-actief" : "label label-inactief" }, active ? "Actief" : "Gedeactiveerd");
}

/** Our own words for required fields left empty (the API's are generic). */
function emptyReasons(body) {
  const reasons = {};
  if ("displayName" in body && !body.displayName) reasons.displayName = "Vul de naam in.";
  if ("email" in body && !body.email) reasons.email = "Vul het e-mailadres in.";
  if ("password" in body && !body.password) reasons.password = "Kies een wachtwoord van minstens 12 tekens.";
  if ("roles" in body && !body.roles.length) reasons.roles = "Kies minstens één rol.";
  return reasons;
}

// ------------------------------------------------------------------ list

export async function renderGebruikers(container, ctx) {
  const state = {
    offset: Math.max(0, (Number.parseInt(ctx.query.pagina || "1", 10) - 1) * PAGE_SIZE) || 0,
    role: ctx.query.rol || "",
    active: ctx.query.status || "",
    withoutTeam: ctx.query.zonderTeam === "ja",
    q: ctx.query.zoek || "",
  };
  let teams = [];
  try {
    teams = (await firstPage(api.listTeams)).sort(byName);
  } catch {
    teams = []; // the user form then offers no team
  }
  const teamNames = new Map(teams.map((t) => [t.id, t.name]));

  // Filters
  const roleField = field({
    name: "role",
    label: "Rol",
    optionalMark: false,
    options: [{ value: "", label: "Alle rollen" }, ...ROLES],
    value: state.role,
  });
  const statusField = field({
    name: "active",
    label: "Status",
    optionalMark: false,
    options: STATUS_FILTER,
    value: state.active,
  });
  const searchField = field({
    name: "q",
    label: "Zoeken",
    type: "search",
    optionalMark: false,
    maxlength: "100",
    autocomplete: "off",
    value: state.q,
    hint: "Het begin van de naam, van een woord in de naam of van het e-mailadres.",
  });
  const teamless = checkboxGroup({
    name: "zonderTeam",
    legend: "Team",
    options: [{ value: "ja", label: "Zonder team, terwijl de rol er een vraagt" }],
    checked: state.withoutTeam ? ["ja"] : [],
  });
  const filterForm = h(
    "form",
    { class: "filters", role: "search", "aria-label": "Gebruikers zoeken en filteren", novalidate: true },
    searchField.wrapper,
    roleField.wrapper,
    statusField.wrapper,
    teamless,
    h("div", { class: "knoppen" }, h("button", { type: "submit", class: "knop" }, "Filter toepassen")),
  );
  filterForm.addEventListener("submit", (event) => {
    event.preventDefault();
    state.role = roleField.input.value;
    state.active = statusField.input.value;
    state.withoutTeam = teamless.querySelector("input").checked;
    state.q = searchField.input.value.trim();
    state.offset = 0;
    show(true);
  });

  const columns = [
    { title: "Naam", cell: (user) => html`<a href=${`#/beheer/gebruikers/${encodeURIComponent(user.id)}`}>${user.displayName}</a>` },
    { title: "E-mailadres", cell: (user) => user.email },
    { title: "Rollen", cell: (user) => listText(user.roles.map(roleLabel)) },
    { title: "Teams", cell: (user) => listText(user.teamIds.map((id) => teamNames.get(id) || "onbekend team")) || "–" },
    { title: "Status", cell: (user) => html`<${Badge} kind=${user.active ? "actief" : "inactief"}>${user.active ? "Actief" : "Gedeactiveerd"}<//>` },
  ];
  const host = h("div", { class: "lijst-houder" });
  let generation = 0;
  function show(speak) {
    generation += 1;
    const query = { role: state.role, active: state.active, withoutTeam: state.withoutTeam ? "true" : "", q: state.q };
    mount(
      host,
      html`<${ServerList}
        key=${`${JSON.stringify(query)}-${generation}`}
        caption="Gebruikers"
        columns=${columns}
        pageSize=${PAGE_SIZE}
        offset=${state.offset}
        noun=${["gebruiker", "gebruikers"]}
        empty="Geen gebruikers gevonden."
        announceOnLoad=${speak}
        errorText=${(error) => `De gebruikers konden niet worden geladen. ${errorText(error)}`}
        load=${async ({ offset, limit }) => (await api.listUsers({ query: { ...query, limit, offset } })).data}
        onPage=${(offset) => {
          state.offset = offset;
          ctx.replaceQuery({
            pagina: offset ? String(offset / PAGE_SIZE + 1) : "",
            rol: state.role,
            status: state.active,
            zonderTeam: state.withoutTeam ? "ja" : "",
            zoek: state.q,
          });
        }}
      />`,
    );
  }

  const createSection = renderCreate(teams, (created, team) => {
    announce(
      team
        ? `Gebruiker ${created.displayName} is aangemaakt en lid van ${team.name} (${weekdaysText(created.workingDays)}).`
        : `Gebruiker ${created.displayName} is aangemaakt.`,
      "succes",
    );
    show(false);
  });

  container.append(
    heading("Gebruikers"),
    createSection,
    h("section", { "aria-labelledby": "gebruikers-lijst" }, h("h2", { id: "gebruikers-lijst" }, "Overzicht"), filterForm, host),
  );
  show(false);
}

/** A new user with, on the same form, their team and working days (two calls, one form). */
function renderCreate(teams, onCreated) {
  const formId = uid("nieuwe-gebruiker");
  const toggle = h(
    "button",
    { type: "button", class: "knop knop-primair", "aria-expanded": "false", "aria-controls": formId },
    "Nieuwe gebruiker toevoegen",
  );
  const name = field({ name: "displayName", label: "Naam", required: true, autocomplete: "off", maxlength: "200" });
  const email = field({
    name: "email",
    label: "E-mailadres",
    type: "email",
    required: true,
    autocomplete: "off",
    spellcheck: "false",
    maxlength: "254",
  });
  const password = field({
    name: "password",
    label: "Wachtwoord",
    type: "password",
    required: true,
    autocomplete: "new-password",
    minlength: "12",
    maxlength: "200",
    hint: "Minstens 12 tekens. Geef het wachtwoord veilig door aan de nieuwe gebruiker.",
  });
  const roles = checkboxGroup({ name: "roles", legend: "Rollen", options: ROLES, hint: "Kies minstens één rol." });
  const team = field({
    name: "teamId",
    label: "Team",
    optionalMark: false,
    options: [{ value: "", label: "Nog geen team" }, ...teams.map((t) => ({ value: t.id, label: teamTitle(t) }))],
    hint: "Klantmanagers, teamleiders en consulenten werken in een team.",
  });
  const days = weekdayGroup({ legend: "Werkdagen in het team", checked: [1, 2, 3, 4, 5] });
  const paintDays = () => {
    days.hidden = !team.input.value;
  };
  team.input.addEventListener("change", paintDays);
  paintDays();
  const submit = h("button", { type: "submit", class: "knop knop-primair" }, "Gebruiker aanmaken");
  const cancel = h("button", { type: "button", class: "knop" }, "Annuleren");
  const form = h(
    "form",
    { class: "formulier", id: formId, hidden: true, novalidate: true, "aria-labelledby": `${formId}-kop` },
    h("h2", { id: `${formId}-kop` }, "Nieuwe gebruiker"),
    name.wrapper,
    email.wrapper,
    password.wrapper,
    roles,
    teams.length ? h("fieldset", { class: "groep" }, h("legend", {}, "Team en werkdagen"), team.wrapper, days) : null,
    h("div", { class: "knoppen" }, submit, cancel),
  );

  function open(show) {
    form.hidden = !show;
    toggle.setAttribute("aria-expanded", String(show));
    if (show) name.input.focus();
    else {
      form.reset();
      paintDays();
      clearFieldErrors(form);
      toggle.focus();
    }
  }
  toggle.addEventListener("click", () => open(form.hidden));
  cancel.addEventListener("click", () => open(false));

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const body = {
      displayName: name.input.value.trim(),
      email: email.input.value.trim(),
      password: password.input.value,
      roles: checkedValues(roles, "roles"),
    };
    const teamId = team.input.value;
    const workingDays = checkedValues(days, "workingDays", true);
    if (teamId && !workingDays.length) {
      showFieldErrors(form, [{ name: "workingDays", code: "required", reason: "Kies minstens één werkdag." }]);
      return;
    }
    await busy(submit, async () => {
      let created;
      try {
        ({ data: created } = await api.createUser({ body }));
      } catch (error) {
        if (error.status === 409) {
          // A duplicate e-mail address: show it at the field.
          showFieldErrors(form, [{ name: "email", code: "duplicate", reason: errorText(error) }]);
          return;
        }
        reportFormError(error, form, emptyReasons(body));
        return;
      }
      const chosen = teams.find((t) => t.id === teamId) || null;
      if (chosen) {
        try {
          const { data: member } = await api.putTeamMember(teamId, created.id, { body: { workingDays } });
          created = { ...created, workingDays: member.workingDays };
        } catch (error) {
          open(false);
          reportError(error, { context: `Gebruiker ${created.displayName} is aangemaakt, maar niet aan ${chosen.name} toegevoegd. Doe dat bij Teams.` });
          onCreated(created, null);
          return;
        }
      }
      open(false);
      onCreated(created, chosen);
    });
  });

  return h("div", { class: "nieuw" }, toggle, form);
}

// ------------------------------------------------------------------ detail

export async function renderGebruiker(container, ctx) {
  const id = ctx.params.id;
  let { data: user, etag } = await api.getUser(id);
  const teams = await teamsByIds(user.teamIds);
  ctx.setTitle(`${user.displayName} – Gebruikers`);

  const title = heading(user.displayName);
  const isSelf = ctx.me && ctx.me.id === user.id;

  // Facts
  const statusValue = h("dd");
  const teamsValue = h("dd");
  const facts = h(
    "dl",
    { class: "gegevens" },
    h("dt", {}, "Status"),
    statusValue,
    h("dt", {}, "Teams"),
    teamsValue,
  );

  // Edit form
  const name = field({ name: "displayName", label: "Naam", required: true, maxlength: "200", autocomplete: "off" });
  const email = field({ name: "email", label: "E-mailadres", type: "email", required: true, maxlength: "254", autocomplete: "off", spellcheck: "false" });
  const password = field({
    name: "password",
    label: "Nieuw wachtwoord",
    type: "password",
    autocomplete: "new-password",
    minlength: "12",
    maxlength: "200",
    hint: "Alleen invullen om het wachtwoord te vervangen. Minstens 12 tekens.",
  });
  let roles = checkboxGroup({ name: "roles", legend: "Rollen", options: ROLES, checked: user.roles });
  const save = h("button", { type: "submit", class: "knop knop-primair" }, "Wijzigingen opslaan");
  const editForm = h(
    "form",
    { class: "formulier", novalidate: true, "aria-labelledby": "gebruiker-wijzigen" },
    h("h2", { id: "gebruiker-wijzigen" }, "Gegevens wijzigen"),
    name.wrapper,
    email.wrapper,
    password.wrapper,
    roles,
    h("div", { class: "knoppen" }, save),
  );

  // Activation
  const activationText = h("p");
  const toggleActive = h("button", { type: "button", class: "knop" });
  const activation = h(
    "section",
    { class: "blok", "aria-labelledby": "gebruiker-account" },
    h("h2", { id: "gebruiker-account" }, "Toegang"),
    activationText,
    isSelf ? h("p", {}, "U kunt uw eigen account niet deactiveren.") : toggleActive,
  );

  function paint(fillForm = true) {
    title.textContent = user.displayName;
    ctx.setTitle(`${user.displayName} – Gebruikers`);
    statusValue.replaceChildren(statusBadge(user.active));
    const names = user.teamIds.map((tid) => teams.get(tid)).filter(Boolean);
    teamsValue.replaceChildren(
      ...(names.length
        ? names.flatMap((team, i) => [i ? ", " : "", h("a", { href: `#/beheer/teams/${encodeURIComponent(team.id)}` }, team.name)])
        : ["geen"]),
    );
    activationText.textContent = user.active
      ? "Deze gebruiker kan inloggen. Deactiveren beëindigt meteen alle sessies van deze gebruiker; u kunt de gebruiker later weer activeren."
      : "Deze gebruiker is gedeactiveerd en kan niet inloggen.";
    toggleActive.replaceChildren(user.active ? "Gebruiker deactiveren" : "Gebruiker weer activeren", srOnly(`: ${user.displayName}`));
    toggleActive.className = user.active ? "knop knop-gevaar" : "knop knop-primair";
    if (fillForm) {
      name.input.value = user.displayName;
      email.input.value = user.email;
      password.input.value = "";
      const fresh = checkboxGroup({ name: "roles", legend: "Rollen", options: ROLES, checked: user.roles });
      roles.replaceWith(fresh);
      roles = fresh;
    }
  }

  async function reloadAfterConflict(error) {
    try {
      ({ data: user, etag } = await api.getUser(id));
      paint(true);
    } catch (reloadError) {
      reportError(reloadError);
      return;
    }
    announce(errorText(error), "fout");
  }

  editForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(editForm);
    const patch = {};
    if (name.input.value.trim() !== user.displayName) patch.displayName = name.input.value.trim();
    if (email.input.value.trim() !== user.email) patch.email = email.input.value.trim();
    if (password.input.value) patch.password = password.input.value;
    const chosen = checkedValues(roles, "roles");
    if (chosen.slice().sort().join() !== user.roles.slice().sort().join()) patch.roles = chosen;
    if (Object.keys(patch).length === 0) {
      announce("Er is niets gewijzigd.");
      return;
    }
    await busy(save, async () => {
      try {
        ({ data: user, etag } = await api.updateUser(id, { body: patch, headers: { ifMatch: etag } }));
        paint(true);
        announce("De wijzigingen zijn opgeslagen.", "succes");
      } catch (error) {
        if (error.status === 412) return reloadAfterConflict(error);
        if (error.status === 409) {
          showFieldErrors(editForm, [{ name: "email", code: "duplicate", reason: errorText(error) }]);
          return;
        }
        reportFormError(error, editForm, emptyReasons(patch));
      }
    });
  });

  toggleActive.addEventListener("click", async () => {
    const activate = !user.active;
    await busy(toggleActive, async () => {
      try {
        ({ data: user, etag } = await api.updateUser(id, { body: { active: activate }, headers: { ifMatch: etag } }));
        paint(false);
        announce(activate ? `${user.displayName} is weer actief.` : `${user.displayName} is gedeactiveerd.`, "succes");
      } catch (error) {
        if (error.status === 412) return reloadAfterConflict(error);
        reportError(error);
      }
    });
  });

  container.append(
    h("p", { class: "terug" }, h("a", { href: "#/beheer/gebruikers" }, "Terug naar alle gebruikers")),
    title,
    h("p", { class: "inleiding" }, user.email),
    facts,
    editForm,
    activation,
  );
  paint(true);
}
