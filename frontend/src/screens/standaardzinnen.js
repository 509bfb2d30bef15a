// Beheer → Standaardzinnen: de lijst zinnen die als argument niet tellen (kwaliteit en
// beheerder): bekijken, toevoegen, verwijderen.

import { api } from "../client.js";
import { may } from "../grants.js";
import { h, srOnly } from "../dom.js";
import { firstPage } from "../data.js";
import { usersByIds } from "../names.js";
import { formatShortDay } from "../labels.js";
import {
  busy,
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

export async function renderStandaardzinnen(container, ctx) {
  const me = ctx.me;
  const phrases = await firstPage(api.listBoilerplatePhrases);
  const people = await usersByIds(phrases.map((p) => p.createdBy));
  const writable = may(me, "maintain_boilerplate");

  container.append(
    heading("Standaardzinnen"),
    h(
      "p",
      { class: "inleiding" },
      "Een argument dat na het weghalen van deze zinnen te kort is, weigert Vakwerk. " +
        "Zo gaat een argument over deze klant, en niet over een vaste formule.",
    ),
  );

  if (writable) {
    const text = field({
      name: "text",
      label: "Nieuwe standaardzin",
      required: true,
      maxlength: "500",
      hint: "Zoals de zin in argumenten voorkomt. Hoofdletters en leestekens tellen niet mee.",
    });
    const add = h("button", { type: "submit", class: "knop knop-primair" }, "Toevoegen");
    const form = h(
      "form",
      { class: "formulier", novalidate: true, "aria-labelledby": "zin-toevoegen" },
      h("h2", { id: "zin-toevoegen" }, "Standaardzin toevoegen"),
      text.wrapper,
      h("div", { class: "knoppen" }, add),
    );
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      clearFieldErrors(form);
      const value = text.input.value.trim();
      if (!value) {
        showFieldErrors(form, [{ name: "text", code: "required", reason: "Vul de standaardzin in." }]);
        return;
      }
      await busy(add, async () => {
        try {
          await api.createBoilerplatePhrase({ body: { text: value } });
        } catch (error) {
          if (error.status === 409) {
            showFieldErrors(form, [{ name: "text", code: "duplicate", reason: errorText(error) }]);
            return;
          }
          reportFormError(error, form);
          return;
        }
        ctx.navigate(window.location.hash, { text: `De standaardzin „${value}” is toegevoegd.`, kind: "succes" });
      });
    });
    container.append(form);
  }

  const columns = ["Standaardzin", "Toegevoegd", "Door", ...(writable ? ["Verwijderen"] : [])];
  const sorted = [...phrases].sort((a, b) => String(a.text).localeCompare(String(b.text), "nl"));
  const rows = sorted.map((phrase) => {
    const who = phrase.createdBy ? people.get(phrase.createdBy) : null;
    let remove = null;
    if (writable) {
      remove = h("button", { type: "button", class: "knop knop-gevaar-licht" }, "Verwijderen", srOnly(`: ${phrase.text}`));
      remove.addEventListener("click", () =>
        busy(remove, async () => {
          try {
            await api.deleteBoilerplatePhrase(phrase.id);
          } catch (error) {
            reportError(error, { context: "De standaardzin is niet verwijderd." });
            return;
          }
          ctx.navigate(window.location.hash, { text: `De standaardzin „${phrase.text}” is verwijderd.`, kind: "succes" });
        }),
      );
    }
    return h(
      "tr",
      {},
      h("td", { class: "vrije-tekst" }, phrase.text),
      h("td", { class: "nowrap" }, h("time", { datetime: phrase.createdAt }, formatShortDay(phrase.createdAt))),
      h("td", {}, who ? who.displayName : phrase.createdBy ? "–" : "Vakwerk (startlijst)"),
      writable ? h("td", {}, remove) : null,
    );
  });
  container.append(
    h(
      "section",
      { "aria-labelledby": "zinnen-lijst" },
      h("h2", { id: "zinnen-lijst" }, "De lijst"),
      h("p", { class: "telling" }, phrases.length === 1 ? "1 standaardzin" : `${phrases.length} standaardzinnen`),
      scrollBox(
        h(
          "table",
          { class: "tabel" },
          h("caption", { class: "visueel-verborgen" }, "Standaardzinnen"),
          h("thead", {}, h("tr", {}, columns.map((t) => h("th", { scope: "col" }, t)))),
          h("tbody", {}, rows.length ? rows : emptyRow(columns.length, "Er staan geen standaardzinnen op de lijst.")),
        ),
        "Standaardzinnen",
      ),
    ),
  );
}
