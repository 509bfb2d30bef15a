// Beheer → Gebruikers: lijst met paginering, gebruiker aanmaken, wijzigen, (de)activeren.

import * as api from "../api.js";
import { h, srOnly, uid } from "../dom.js";
import { teamsById } from "../data.js";
import { ROLES, listText, roleLabel } from "../labels.js";
import {
  announce,
  busy,
  checkboxGroup,
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
  };
  const teams = await teamsById();

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
  const filterForm = h(
    "form",
    { class: "filters", "aria-label": "Gebruikers filteren", novalidate: true },
    roleField.wrapper,
    statusField.wrapper,
    h("div", { class: "knoppen" }, h("button", { type: "submit", class: "knop" }, "Filter toepassen")),
  );
  filterForm.addEventListener("submit", (event) => {
    event.preventDefault();
    state.role = roleField.input.value;
    state.active = statusField.input.value;
    state.offset = 0;
    load(true);
  });

  // Table
  const count = h("p", { class: "telling", id: uid("telling") });
  const body = h("tbody");
  const table = h(
    "table",
    { class: "tabel" },
    h("caption", { class: "visueel-verborgen" }, "Gebruikers"),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ["Naam", "E-mailadres", "Rollen", "Teams", "Status"].map((t) => h("th", { scope: "col" }, t)),
      ),
    ),
    body,
  );
  const previous = h("button", { type: "button", class: "knop" }, "Vorige pagina");
  const next = h("button", { type: "button", class: "knop" }, "Volgende pagina");
  const pageText = h("span", { class: "pagina-tekst" });
  const pager = h("nav", { class: "paginering", "aria-label": "Paginering gebruikers" }, previous, pageText, next);
  previous.addEventListener("click", () => {
    state.offset = Math.max(0, state.offset - PAGE_SIZE);
    load(true);
  });
  next.addEventListener("click", () => {
    state.offset += PAGE_SIZE;
    load(true);
  });

  async function load(announceResult = false) {
    let data;
    try {
      const query = { limit: PAGE_SIZE, offset: state.offset, role: state.role, active: state.active };
      data = (await api.listUsers({ query })).data;
    } catch (error) {
      reportError(error, { context: "De gebruikers konden niet worden geladen." });
      return;
    }
    if (data.items.length === 0 && data.total > 0 && state.offset > 0) {
      state.offset = Math.floor((data.total - 1) / PAGE_SIZE) * PAGE_SIZE;
      return load(announceResult);
    }
    ctx.replaceQuery({
      pagina: state.offset ? String(state.offset / PAGE_SIZE + 1) : "",
      rol: state.role,
      status: state.active,
    });
    body.replaceChildren(
      ...(data.items.length
        ? data.items.map((user) =>
            h(
              "tr",
              {},
              h("th", { scope: "row" }, h("a", { href: `#/beheer/gebruikers/${encodeURIComponent(user.id)}` }, user.displayName)),
              h("td", {}, user.email),
              h("td", {}, listText(user.roles.map(roleLabel))),
              h("td", {}, listText(user.teamIds.map((id) => (teams.get(id) || { name: "onbekend team" }).name)) || "–"),
              h("td", {}, statusBadge(user.active)),
            ),
          )
        : [emptyRow(5, "Geen gebruikers gevonden.")]),
    );
    const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
    const page = Math.floor(state.offset / PAGE_SIZE) + 1;
    const first = data.total ? state.offset + 1 : 0;
    const last = state.offset + data.items.length;
    count.textContent =
      data.total === 1 ? "1 gebruiker" : `${data.total} gebruikers` + (data.total > PAGE_SIZE ? `, ${first}–${last} getoond` : "");
    pageText.textContent = `Pagina ${page} van ${pages}`;
    previous.disabled = page <= 1;
    next.disabled = page >= pages;
    pager.hidden = pages <= 1;
    if (announceResult) announce(`${count.textContent}. Pagina ${page} van ${pages}.`);
  }

  // Create
  const createSection = renderCreate(async (created) => {
    announce(`Gebruiker ${created.displayName} is aangemaakt.`, "succes");
    await load();
  });

  container.append(
    heading("Gebruikers"),
    createSection,
    h("section", { "aria-labelledby": "gebruikers-lijst" }, h("h2", { id: "gebruikers-lijst" }, "Overzicht"), filterForm, count, scrollBox(table, "Gebruikers"), pager),
  );
  await load();
}

function renderCreate(onCreated) {
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
    h("div", { class: "knoppen" }, submit, cancel),
  );

  function open(show) {
    form.hidden = !show;
    toggle.setAttribute("aria-expanded", String(show));
    if (show) name.input.focus();
    else {
      form.reset();
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
    const reasons = emptyReasons(body);
    await busy(submit, async () => {
      try {
        const { data } = await api.createUser({ body });
        open(false);
        await onCreated(data);
      } catch (error) {
        if (error.status === 409) {
          // A duplicate e-mail address: show it at the field.
          showFieldErrors(form, [{ name: "email", code: "duplicate", reason: errorText(error) }]);
          announce(errorText(error), "fout");
          return;
        }
        reportFormError(error, form, reasons);
      }
    });
  });

  return h("div", { class: "nieuw" }, toggle, form);
}

// ------------------------------------------------------------------ detail

export async function renderGebruiker(container, ctx) {
  const id = ctx.params.id;
  let { data: user, etag } = await api.getUser(id);
  const teams = await teamsById();
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
          announce(errorText(error), "fout");
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
