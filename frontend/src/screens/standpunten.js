// Standpunten: the team's library of standpoints from dilemma sessions, searchable like
// cases (every word a prefix of a word, case and accents ignored), and one standpoint
// with its reasoning — withdrawn by a team leader.

import { api } from "../client.js";
import { Badge, ServerList, mount } from "../components.js";
import { h } from "../dom.js";
import { may } from "../grants.js";
import { formatDate, formatShortDate } from "../labels.js";
import { html } from "../vendor.js";
import { badge, busy, field, heading, reportError } from "../ui.js";
import { POSITION_LABELS } from "./overleg-data.js";

const STATUS = { geldend: ["Geldend", "actief"], ingetrokken: ["Ingetrokken", "inactief"] };
const statusBadge = (status) => badge(...(STATUS[status] || [status, "neutraal"]));

export async function renderStandpoints(container, ctx) {
  const { conferenceNav } = await import("./overleg.js");
  const nav = conferenceNav(ctx, "#/overleg/standpunten");
  if (nav) container.append(nav);
  container.append(heading("Standpunten"), h("p", { class: "inleiding" }, "Wat het team besloot in dilemmasessies, zodat vergelijkbare casussen dezelfde aanpak krijgen."));
  const q = ctx.query.zoek || "";
  const search = field({ name: "q", label: "Zoeken", type: "search", value: q, maxlength: "200", optionalMark: false, autocomplete: "off", hint: "In de titel, de onderbouwing en het dilemma. Elk woord moet voorkomen." });
  const form = h("form", { class: "filters", role: "search" }, search.wrapper, h("div", { class: "knoppen" }, h("button", { type: "submit", class: "knop" }, "Zoeken")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = search.input.value.trim();
    ctx.navigate(`#/overleg/standpunten${value ? `?zoek=${encodeURIComponent(value)}` : ""}`);
  });
  const host = h("div");
  container.append(form, host);
  mount(
    host,
    html`<${ServerList}
      caption="Standpunten"
      noun=${["standpunt", "standpunten"]}
      announceOnLoad=${Boolean(q)}
      load=${async ({ offset, limit }) => (await api.listStandpoints({ query: { q: q || undefined, offset, limit } })).data}
      columns=${[
        { title: "Standpunt", cell: (s) => html`<a href=${`#/overleg/standpunten/${s.id}`}>${s.title}</a>` },
        { title: "Gekozen", cell: (s) => POSITION_LABELS[s.position] },
        { title: "Besloten op", cell: (s) => formatShortDate(s.decidedOn) },
        { title: "Status", cell: (s) => html`<${Badge} kind=${(STATUS[s.status] || [])[1] || "neutraal"}>${(STATUS[s.status] || [s.status])[0]}<//>` },
      ]}
      empty=${q ? "Geen standpunten gevonden met deze woorden." : "Het team heeft nog geen standpunten."}
    />`,
  );
}

export async function renderStandpoint(container, ctx) {
  const standpoint = (await api.getStandpoint(ctx.params.id)).data;
  ctx.setTitle(standpoint.title);
  container.append(
    h("p", { class: "terug" }, h("a", { href: "#/overleg/standpunten" }, "Terug naar de standpunten")),
    heading(standpoint.title),
    h(
      "dl",
      { class: "gegevens" },
      h("dt", {}, "Status"),
      h("dd", {}, statusBadge(standpoint.status)),
      h("dt", {}, "Gekozen"),
      h("dd", {}, POSITION_LABELS[standpoint.position]),
      h("dt", {}, "Besloten op"),
      h("dd", {}, formatDate(standpoint.decidedOn)),
    ),
    h("h2", {}, "Onderbouwing"),
    h("p", { class: "vrije-tekst" }, standpoint.reasoning),
    standpoint.dilemmaId ? h("p", {}, h("a", { href: `#/overleg/dilemma/${standpoint.dilemmaId}` }, "Naar het dilemma")) : null,
  );
  if (standpoint.status !== "geldend" || !may(ctx.me, "withdraw_standpoint", standpoint)) return;
  const area = h("div", { class: "acties" });
  const ask = h("button", { type: "button", class: "knop knop-gevaar-licht" }, "Standpunt intrekken");
  ask.addEventListener("click", () => {
    const yes = h("button", { type: "button", class: "knop knop-gevaar" }, "Ja, intrekken");
    const no = h("button", { type: "button", class: "knop" }, "Nee, terug");
    const box = h("div", { class: "bevestig", role: "group", "aria-labelledby": "intrekken-vraag" }, h("p", { id: "intrekken-vraag" }, "Weet u zeker dat u dit standpunt intrekt?"), h("div", { class: "knoppen" }, yes, no));
    no.addEventListener("click", () => {
      box.replaceWith(ask);
      ask.focus();
    });
    yes.addEventListener("click", async () => {
      try {
        await busy(yes, () => api.withdrawStandpoint(standpoint.id));
        ctx.navigate(`#/overleg/standpunten/${standpoint.id}`, { text: "Het standpunt is ingetrokken.", kind: "succes" });
      } catch (error) {
        reportError(error);
      }
    });
    ask.replaceWith(box);
    no.focus();
  });
  area.append(ask);
  container.append(area);
}
