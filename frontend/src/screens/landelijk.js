// Beheer → Landelijke cijfers: het landelijke ontheffingspercentage per jaar (Divosa),
// waarmee het dashboard vergelijkt. Het dashboard gebruikt het laatste jaar tot en met
// het jaar van de peildatum.

import { api } from "../client.js";
import { h } from "../dom.js";
import { BENCHMARK } from "../charts.js";
import { announce, busy, clearFieldErrors, emptyRow, field, heading, reportFormError, scrollBox } from "../ui.js";

export async function renderLandelijk(container) {
  container.append(heading("Landelijke cijfers"));
  container.append(h("p", { class: "inleiding" }, "Het landelijke percentage klanten met een ontheffing per jaar. Het dashboard vergelijkt met het laatste jaar tot en met het jaar van de peildatum."));
  const { data } = await api.listBenchmarks();
  const table = h(
    "table",
    { class: "tabel" },
    h("caption", { class: "visueel-verborgen" }, "Landelijke cijfers per jaar"),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Jaar"), h("th", { scope: "col" }, "Landelijk percentage"))),
    h(
      "tbody",
      {},
      data.items.length
        ? data.items.map((b) => h("tr", {}, h("th", { scope: "row" }, String(b.year)), h("td", { class: "getal" }, BENCHMARK.format(b.rate))))
        : emptyRow(2, "Nog geen cijfers."),
    ),
  );
  const year = field({ name: "year", label: "Jaar", type: "number", min: "2000", max: "2100", value: new Date().getFullYear() - 1, optionalMark: false });
  const percent = field({ name: "rate", label: "Percentage", type: "number", min: "0", max: "100", step: "0.1", optionalMark: false, hint: "Bijvoorbeeld 9,5 voor 9,5%." });
  const save = h("button", { type: "submit", class: "knop knop-primair" }, "Cijfer opslaan");
  const form = h("form", { class: "formulier", "aria-labelledby": "landelijk-kop", novalidate: true }, h("h2", { id: "landelijk-kop" }, "Cijfer vastleggen of wijzigen"), year.wrapper, percent.wrapper, h("div", { class: "knoppen" }, save));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const value = Number.parseFloat(String(percent.input.value).replace(",", "."));
    busy(save, async () => {
      try {
        await api.putBenchmark(year.input.value, { body: { rate: Number.isFinite(value) ? Math.round(value * 10) / 1000 : null } });
        announce(`Het landelijke cijfer van ${year.input.value} is opgeslagen.`, "succes");
        container.replaceChildren();
        await renderLandelijk(container);
      } catch (error) {
        reportFormError(error, form, { rate: "Vul een percentage van 0 tot en met 100 in." });
      }
    });
  });
  container.append(scrollBox(table, "Landelijke cijfers per jaar"), form);
}
