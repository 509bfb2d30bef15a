// The client and colleague pickers: the Picker component with the server's search.
//
// GET /clients?q= finds a client by the start of a number in a source system (CiVision,
// CompetenSYS; any case), GET /users?q= a colleague by the start of the name, a word of
// it or the e-mail address. The pickers ask per keystroke (debounced) for one page of 20,
// within the filters the server has (Mijn klanten first for a klantmanager, or the team).

import { api } from "./client.js";
import { PICKER_ROWS, Picker, mount } from "./components.js";
import { h } from "./dom.js";
import { hasRole } from "./grants.js";
import { clientLabel, exemptionGroundLabel } from "./labels.js";
import { clientById } from "./names.js";
import { html } from "./vendor.js";

/** The server takes `q` on these lists. */
export const SERVER_SEARCH = { clients: true, users: true };

const withQuery = (query, q, supported) => (supported && q ? { ...query, q } : query);

/**
 * A client of one team. `teamId()` is read on every search; `picker.reload()` after the
 * team changed. Returns {element, value(), reload()}.
 */
export async function clientPicker({ me, teamId, value = "", label = "Klant", hint = "", required = false, none, onChange }) {
  const host = h("div", { class: "kiezer-houder" });
  let current = value || "";
  const chosen = current ? await clientById(current) : null;
  const mine = hasRole(me, "klantmanager");
  let generation = 0;
  const draw = () =>
    mount(
      host,
      html`<${Picker}
        key=${`${generation}`}
        name="clientId"
        label=${label}
        hint=${hint}
        required=${required}
        none=${none}
        noun=${["klant", "klanten"]}
        searchable=${SERVER_SEARCH.clients}
        searchLabel="Zoeken op klantnummer"
        scopes=${mine ? [{ value: "mijn", label: "Mijn klanten" }, { value: "team", label: "Alle klanten van het team" }] : []}
        value=${current}
        valueLabel=${chosen ? clientLabel(chosen) : ""}
        itemLabel=${clientLabel}
        itemHint=${(c) => (c.exemptionGround ? `Ontheffing ${exemptionGroundLabel(c.exemptionGround)}` : null)}
        search=${async ({ q, scope, offset, limit }) => {
          const query = { teamId: teamId() || "", responsibleManagerId: mine && scope !== "team" ? me.id : "", limit: Math.min(limit, PICKER_ROWS), offset };
          return (await api.listClients({ query: withQuery(query, q, SERVER_SEARCH.clients) })).data;
        }}
        onChange=${(item) => {
          current = item ? item.id : "";
          if (onChange) onChange(current);
        }}
      />`,
    );
  draw();
  return {
    element: host,
    value: () => current,
    reload: () => {
      generation += 1;
      current = "";
      draw();
    },
  };
}

/** An active colleague who is not in `exclude` (ids). Returns {element, value(), reload()}. */
export function colleaguePicker({ label = "Collega", hint = "", exclude = () => new Set(), onChange }) {
  const host = h("div", { class: "kiezer-houder" });
  let current = "";
  let generation = 0;
  const draw = () =>
    mount(
      host,
      html`<${Picker}
        key=${`${generation}`}
        name="userId"
        label=${label}
        hint=${hint}
        required=${true}
        noun=${["collega", "collega's"]}
        searchable=${SERVER_SEARCH.users}
        searchLabel="Zoeken op naam of e-mailadres"
        itemLabel=${(u) => `${u.displayName} (${u.email})`}
        itemHint=${(u) => (exclude().has(u.id) ? "Al lid van dit team" : null)}
        search=${async ({ q, offset, limit }) => {
          const query = { active: true, limit: Math.min(limit, PICKER_ROWS), offset };
          return (await api.listUsers({ query: withQuery(query, q, SERVER_SEARCH.users) })).data;
        }}
        onChange=${(item) => {
          current = item ? item.id : "";
          if (onChange) onChange(current);
        }}
      />`,
    );
  draw();
  return {
    element: host,
    value: () => current,
    reload: () => {
      generation += 1;
      current = "";
      draw();
    },
  };
}
