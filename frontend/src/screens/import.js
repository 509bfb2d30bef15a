// Beheer → Klantenbestand: het exportbestand van het cliëntvolgsysteem uploaden, de
// kolommen koppelen (bewaard voor de volgende keer), eerst een proefimport met de
// weigeringen per regel, dan "Importeren"; daaronder de eerdere imports.

import { api } from "../client.js";
import { h } from "../dom.js";
import { ServerList, mount } from "../components.js";
import { formatDateTime } from "../labels.js";
import { html } from "../vendor.js";
import { NUMBER } from "../charts.js";
import { announce, busy, clearFieldErrors, emptyRow, errorText, field, heading, reportFormError, scrollBox, showFormMessage } from "../ui.js";

/** The mapping's members (wire names) with the Dutch label of what the column holds. */
const FIELDS = [
  { key: "externalRef", label: "Klantnummer", required: true },
  { key: "team", label: "Team" },
  { key: "benefitStart", label: "Startdatum uitkering" },
  { key: "benefitEnd", label: "Einddatum uitkering" },
  { key: "ladderRung", label: "Trede participatieladder" },
  { key: "lastConversation", label: "Laatste gesprek" },
  { key: "municipalityCode", label: "Gemeentecode" },
  { key: "responsibleManager", label: "Klantmanager (e-mail)" },
  { key: "bsn", label: "BSN (wordt alleen versleuteld bewaard)" },
  { key: "exemptionGround", label: "Grond ontheffing" },
  { key: "exemptionStart", label: "Startdatum ontheffing" },
  { key: "exemptionEnd", label: "Einddatum ontheffing" },
  { key: "exemptionBasisDocument", label: "Datum keuring ontheffing" },
  { key: "exemptionReexamination", label: "Datum heronderzoek ontheffing" },
  { key: "exemptionYoungestChildBirth", label: "Geboortedatum jongste kind" },
];

const STATUS = { proef: "Proefimport", uitgevoerd: "Uitgevoerd", niet_uitgevoerd: "Niet uitgevoerd (strikt)" };
const count = (n, one, many) => `${NUMBER.format(n)} ${n === 1 ? one : many}`;

export async function renderImport(container, ctx) {
  container.append(heading("Klantenbestand importeren"));
  container.append(
    h(
      "p",
      { class: "inleiding" },
      "Upload de export van het cliëntvolgsysteem (CSV of Excel). Vakwerk werkt klanten bij op hun klantnummer en bewaart geen namen of leesbare BSN's. Doe eerst een proefimport: die schrijft niets.",
    ),
  );
  const fileField = field({ name: "file", label: "Exportbestand", type: "file", accept: ".csv,.xlsx,text/csv", required: true, optionalMark: false, hint: "CSV (UTF-8 of Windows-1252, met ; of ,) of Excel-werkmap (.xlsx)." });
  const read = h("button", { type: "submit", class: "knop knop-primair" }, "Bestand lezen");
  const fileForm = h("form", { class: "formulier", "aria-labelledby": "import-stap1", novalidate: true }, h("h2", { id: "import-stap1" }, "1. Bestand kiezen"), fileField.wrapper, h("div", { class: "knoppen" }, read));
  const mappingHost = h("div", {});
  const resultHost = h("div", { "aria-live": "polite" });
  const historyHost = h("section", { "aria-labelledby": "import-eerder" }, h("h2", { id: "import-eerder" }, "Eerdere imports"));
  const listHost = h("div", {});
  historyHost.append(listHost);
  container.append(fileForm, mappingHost, resultHost, historyHost);

  const showHistory = () =>
    mount(
      listHost,
      html`<${ServerList}
        key=${Date.now()}
        caption="Eerdere imports"
        noun=${["import", "imports"]}
        pageSize=${10}
        empty="Er is nog niets geïmporteerd."
        errorText=${errorText}
        load=${async ({ offset, limit }) => (await api.listImports({ query: { offset, limit } })).data}
        columns=${[
          { title: "Wanneer", cell: (row) => formatDateTime(row.createdAt) },
          { title: "Uitkomst", cell: (row) => STATUS[row.status] || row.status },
          { title: "Regels", cell: (row) => NUMBER.format(row.rows) },
          { title: "Nieuw", cell: (row) => NUMBER.format(row.created) },
          { title: "Bijgewerkt", cell: (row) => NUMBER.format(row.updated) },
          { title: "Ongewijzigd", cell: (row) => NUMBER.format(row.unchanged) },
          { title: "Geweigerd", cell: (row) => NUMBER.format(row.refusedRows) },
        ]}
      />`,
    );
  showHistory();

  fileForm.addEventListener("submit", (event) => {
    event.preventDefault();
    clearFieldErrors(fileForm);
    const file = fileField.input.files && fileField.input.files[0];
    if (!file) {
      reportFormError({ status: 400, fields: [{ name: "file", code: "required", reason: "Kies het exportbestand." }] }, fileForm);
      return;
    }
    busy(read, async () => {
      const upload = new FormData();
      upload.append("file", file);
      try {
        const { data } = await api.readCaseloadColumns({ body: upload });
        resultHost.replaceChildren();
        mappingHost.replaceChildren(mappingForm(file, data, resultHost, showHistory));
        mappingHost.querySelector("h2").focus();
      } catch (error) {
        reportFormError(error, fileForm);
      }
    });
  });
}

function mappingForm(file, columns, resultHost, showHistory) {
  // The kept mapping where this file has its column, else Vakwerk's suggestion from the header.
  const stored = columns.storedMapping || {};
  const suggested = columns.suggestedMapping || {};
  const inFile = (name) => (name && columns.columns.includes(name) ? name : "");
  const options = [{ value: "", label: "(niet koppelen)" }, ...columns.columns.map((c) => ({ value: c, label: c }))];
  const selects = FIELDS.map((f) => {
    const chosen = inFile(stored[f.key]) || inFile(suggested[f.key]);
    return [f.key, field({ name: `mapping.${f.key}`, label: f.label, options, value: chosen, optionalMark: !f.required })];
  });
  const strictBox = h("input", { type: "checkbox", id: "import-strikt", name: "strict" });
  const dry = h("button", { type: "submit", class: "knop knop-primair" }, "Proefimport");
  const form = h(
    "form",
    { class: "formulier", "aria-labelledby": "import-stap2", novalidate: true },
    h("h2", { id: "import-stap2", tabindex: "-1" }, "2. Kolommen koppelen"),
    h("p", { class: "hint" }, `${file.name}: ${count(columns.columns.length, "kolom", "kolommen")}. ${columns.storedMapping ? "De koppeling van de vorige keer staat klaar, aangevuld met wat Vakwerk in de kopregel herkent." : "Vakwerk stelt een koppeling voor op grond van de kopregel; controleer die."} Een veld dat u niet koppelt, blijft in Vakwerk zoals het is.`),
    h("div", { class: "velden-raster" }, selects.map(([, f]) => f.wrapper)),
    h("div", { class: "keuze" }, strictBox, h("label", { for: "import-strikt" }, "Strikt: niets importeren als één regel geweigerd wordt")),
    h("div", { class: "knoppen" }, dry),
  );
  const mapping = () => Object.fromEntries(selects.map(([key, f]) => [key, f.input.value]).filter(([, v]) => v));
  const send = async (dryRun) => {
    const body = new FormData();
    body.append("file", file);
    body.append("dryRun", dryRun ? "true" : "false");
    body.append("strict", strictBox.checked ? "true" : "false");
    body.append("mapping", JSON.stringify(mapping()));
    return (await api.importCaseload({ body })).data;
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    if (!mapping().externalRef) {
      reportFormError({ status: 400, fields: [{ name: "mapping.externalRef", code: "required", reason: "Kies de kolom met het klantnummer." }] }, form);
      return;
    }
    busy(dry, async () => {
      try {
        const report = await send(true);
        resultHost.replaceChildren(preview(report, async (button) => {
          await busy(button, async () => {
            try {
              const done = await send(false);
              resultHost.replaceChildren(result(done));
              resultHost.querySelector("h2").focus();
              announce(done.status === "uitgevoerd" ? `De import is uitgevoerd: ${count(done.created, "nieuwe klant", "nieuwe klanten")}, ${count(done.updated, "klant", "klanten")} bijgewerkt.` : "Er is niets geïmporteerd: een of meer regels zijn geweigerd.", done.status === "uitgevoerd" ? "succes" : "fout");
              showHistory();
            } catch (error) {
              showFormMessage(form, errorText(error), "De import is niet gelukt");
            }
          });
        }));
        resultHost.querySelector("h2").focus();
      } catch (error) {
        reportFormError(error, form);
      }
    });
  });
  return form;
}

function counts(report) {
  return h(
    "dl",
    { class: "gegevens" },
    ...[
      ["Regels", report.rows],
      ["Nieuwe klanten", report.created],
      ["Bijgewerkt", report.updated],
      ["Ongewijzigd", report.unchanged],
      ["Geweigerd", report.refusedRows],
    ].flatMap(([term, n]) => [h("dt", {}, term), h("dd", {}, NUMBER.format(n))]),
  );
}

function refusals(report) {
  if (!report.refused.length) return h("p", {}, "Geen regel geweigerd.");
  const table = h(
    "table",
    { class: "tabel" },
    h("caption", { class: "visueel-verborgen" }, "Geweigerde regels"),
    h("thead", {}, h("tr", {}, ["Regel", "Kolom", "Reden"].map((t) => h("th", { scope: "col" }, t)))),
    h(
      "tbody",
      {},
      report.refused.length
        ? report.refused.map((r) => h("tr", {}, h("th", { scope: "row" }, String(r.row)), h("td", {}, r.column || "–"), h("td", {}, r.reason)))
        : emptyRow(3, "Geen weigeringen."),
    ),
  );
  return h(
    "div",
    {},
    h("h3", {}, "Geweigerde regels"),
    report.refusalsTruncated ? h("p", { class: "hint" }, `De eerste ${NUMBER.format(report.refused.length)} weigeringen staan hieronder.`) : null,
    scrollBox(table, "Geweigerde regels"),
  );
}

function preview(report, onImport) {
  const go = h("button", { type: "button", class: "knop knop-primair" }, "Importeren");
  go.addEventListener("click", () => onImport(go));
  return h(
    "section",
    { class: "blok", "aria-labelledby": "import-stap3" },
    h("h2", { id: "import-stap3", tabindex: "-1" }, "3. Proefimport: dit zou er gebeuren"),
    h("p", {}, "Er is nog niets geschreven."),
    counts(report),
    refusals(report),
    h(
      "p",
      {},
      report.refusedRows
        ? report.strict
          ? "Strikt: zolang er regels geweigerd worden, importeert Vakwerk niets."
          : "Geweigerde regels worden overgeslagen; de andere worden geïmporteerd."
        : "Alle regels kunnen worden geïmporteerd.",
    ),
    h("div", { class: "knoppen" }, go),
  );
}

function result(report) {
  return h(
    "section",
    { class: "blok", "aria-labelledby": "import-klaar" },
    h("h2", { id: "import-klaar", tabindex: "-1" }, report.status === "uitgevoerd" ? "De import is uitgevoerd" : "Er is niets geïmporteerd"),
    counts(report),
    refusals(report),
  );
}
