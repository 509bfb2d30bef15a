// Beheer → Beslisboom: de versies (welke is de huidige), één versie bekijken, een
// eerdere versie weer huidig maken (terugdraaien) en een nieuwe versie publiceren.

import { api } from "../client.js";
import { h, put } from "../dom.js";
import { firstPage } from "../data.js";
import { usersByIds } from "../names.js";
import { assessmentOutcomeLabel, formatDateTime } from "../labels.js";
import {
  announce,
  badge,
  busy,
  clearFieldErrors,
  emptyRow,
  errorText,
  field,
  heading,
  reportError,
  scrollBox,
  showFieldErrors,
} from "../ui.js";


const versionHref = (id) => `#/beheer/beslisboom/${encodeURIComponent(id)}`;

/** The publishers of these versions, by id. */
const people = (versions) => usersByIds(versions.map((v) => v.publishedBy));

const publishedBy = (version, users) =>
  version.publishedBy ? (users.get(version.publishedBy) || {}).displayName || "–" : "Vakwerk (startversie)";

const when = (instant) => h("time", { datetime: instant, class: "nowrap" }, formatDateTime(instant).replace(/:\d\d$/, ""));

/** A button that makes `version` the current one: PATCH settings with If-Match. */
function makeCurrentButton(ctx, version, returnTo) {
  const button = h("button", { type: "button", class: "knop" }, `Versie ${version.number} huidig maken`);
  button.addEventListener("click", () =>
    busy(button, async () => {
      try {
        const { etag } = await api.getOrganisationSettings(ctx.me.organisationId);
        await api.updateOrganisationSettings(ctx.me.organisationId, {
          body: { currentTreeVersionId: version.id },
          headers: { ifMatch: etag },
        });
      } catch (error) {
        if (error.status === 412) {
          ctx.navigate(returnTo, { text: errorText(error), kind: "fout" });
          return;
        }
        reportError(error, { context: `Versie ${version.number} is niet de huidige geworden.` });
        return;
      }
      ctx.navigate(returnTo, {
        text: `Versie ${version.number} is nu de huidige versie. Nieuwe afwegingen gebruiken die; lopende afwegingen houden hun eigen versie.`,
        kind: "succes",
      });
    }),
  );
  return button;
}

/** "definition.questions.0.text" → "questions.0.text: reason", all at the JSON field. */
function atDefinition(invalidParams) {
  return invalidParams.map((p) => {
    const path = String(p.name || "").replace(/^definition\.?/, "");
    return { ...p, name: "definition", reason: path ? `${path}: ${p.reason}` : p.reason };
  });
}

/** #/beheer/beslisboom */
export async function renderBeslisboom(container, ctx) {
  const versions = await firstPage(api.listDecisionTrees);
  const users = await people(versions);
  const current = versions.find((v) => v.current) || null;
  const currentDefinition = current ? (await api.getDecisionTree(current.id)).data.definition : null;

  put(
    container,
    heading("Beslisboom"),
    h(
      "p",
      { class: "inleiding" },
      "Het afwegingskader als gegevens, in versies. Een afweging houdt altijd de versie waarmee zij is gestart. " +
        "Een nieuwe versie is meteen de huidige; een eerdere versie weer huidig maken is terugdraaien.",
    ),
  );

  const columns = ["Versie", "Gepubliceerd", "Door", "Status", "Acties"];
  put(
    container,
    h(
      "section",
      { "aria-labelledby": "boom-versies" },
      h("h2", { id: "boom-versies" }, "Versies"),
      scrollBox(
        h(
          "table",
          { class: "tabel" },
          h("caption", { class: "visueel-verborgen" }, "Versies van de beslisboom, nieuwste eerst"),
          h("thead", {}, h("tr", {}, columns.map((t) => h("th", { scope: "col" }, t)))),
          h(
            "tbody",
            {},
            versions.length
              ? versions.map((v) =>
                  h(
                    "tr",
                    {},
                    h("th", { scope: "row" }, h("a", { href: versionHref(v.id) }, `Versie ${v.number}`)),
                    h("td", {}, when(v.publishedAt)),
                    h("td", {}, publishedBy(v, users)),
                    h("td", {}, v.current ? badge("Huidige versie", "actief") : "–"),
                    h("td", {}, v.current ? "–" : makeCurrentButton(ctx, v, "#/beheer/beslisboom")),
                  ),
                )
              : emptyRow(columns.length, "Er zijn nog geen versies."),
          ),
        ),
        "Versies van de beslisboom",
      ),
    ),
  );

  // ---------------------------------------------------------------- publish
  const json = field({
    name: "definition",
    label: "Definitie (JSON)",
    type: "textarea",
    rows: "24",
    required: true,
    spellcheck: "false",
    autocapitalize: "off",
    class: "json-invoer",
    value: currentDefinition ? JSON.stringify(currentDefinition, null, 2) : "",
    hint:
      "Begin bij de huidige versie en pas die aan. Elke vraag heeft een sleutel (key), een tekst, een toelichting (helpText), " +
      "tips (tipsYes, tipsNo) en óf antwoorden (answers) óf kenmerken (characteristics). De beslisregel (outcomeRule) geeft elk " +
      "antwoord op één vraag een uitkomst: traject_mogelijk, nu_geen_traject of uitgesteld.",
  });
  const check = h("button", { type: "button", class: "knop" }, "JSON controleren");
  const publish = h("button", { type: "submit", class: "knop knop-primair" }, "Publiceren als nieuwe huidige versie");
  const reset = h("button", { type: "button", class: "knop knop-link" }, "Terug naar de huidige versie");
  const form = h(
    "form",
    { class: "formulier formulier-json", novalidate: true, "aria-labelledby": "boom-publiceren" },
    h("h2", { id: "boom-publiceren" }, "Nieuwe versie publiceren"),
    h("p", { class: "hint" }, "Publiceren maakt de nieuwe versie meteen de huidige voor nieuwe afwegingen. Een versie verandert daarna nooit meer."),
    json.wrapper,
    h("div", { class: "knoppen" }, publish, check, reset),
  );

  /** The parsed definition, or null with the parse error at the field. */
  function parse() {
    clearFieldErrors(form);
    let value;
    try {
      value = JSON.parse(json.input.value);
    } catch (error) {
      showFieldErrors(form, [{ name: "definition", code: "json", reason: `Dit is geen geldige JSON: ${error.message}` }]);
      return null;
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      showFieldErrors(form, [{ name: "definition", code: "json", reason: "De definitie is een JSON-object met questions en outcomeRule." }]);
      return null;
    }
    return value;
  }

  check.addEventListener("click", () => {
    if (parse()) announce("De JSON is geldig. Bij publiceren controleert Vakwerk ook de vragen en de beslisregel.", "succes");
  });
  reset.addEventListener("click", () => {
    clearFieldErrors(form);
    json.input.value = currentDefinition ? JSON.stringify(currentDefinition, null, 2) : "";
    json.input.focus();
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const definition = parse();
    if (!definition) return;
    await busy(publish, async () => {
      try {
        const { data } = await api.publishDecisionTree({ body: { definition } });
        ctx.navigate("#/beheer/beslisboom", { text: `Versie ${data.number} is gepubliceerd en is nu de huidige versie.`, kind: "succes" });
      } catch (error) {
        if (error.status === 400 && error.invalidParams.length) {
          showFieldErrors(form, atDefinition(error.invalidParams));
          return;
        }
        reportError(error, { context: "De versie is niet gepubliceerd." });
      }
    });
  });
  put(container, form);
}

// ------------------------------------------------------------------ one version

function questionBlock(question, number) {
  const list = (items) => h("ul", { class: "lijst-compact" }, items.map((t) => h("li", {}, t)));
  return h(
    "section",
    { class: "vraag-blok", "aria-labelledby": `boom-vraag-${question.key}` },
    h("h3", { id: `boom-vraag-${question.key}` }, h("span", { class: "stap-nummer" }, `Vraag ${number} (${question.key})`), " ", question.text),
    h(
      "dl",
      { class: "gegevens gegevens-tekst" },
      h("dt", {}, "Toelichting"),
      h("dd", {}, question.helpText ? h("p", { class: "vrije-tekst" }, question.helpText) : "–"),
      h("dt", {}, "Tips bij ja"),
      h("dd", {}, question.tipsYes && question.tipsYes.length ? list(question.tipsYes) : "–"),
      h("dt", {}, "Tips bij nee"),
      h("dd", {}, question.tipsNo && question.tipsNo.length ? list(question.tipsNo) : "–"),
      question.answers
        ? [h("dt", {}, "Antwoorden"), h("dd", {}, list(question.answers.map((a) => `${a.label} (${a.key})`)))]
        : [
            h("dt", {}, "Kenmerken"),
            h("dd", {}, list(question.characteristics.map((c) => `${c.label} (${c.key})`)), h("p", { class: "hint" }, "Het antwoord is ‘ja’ zodra één kenmerk een belemmering is.")),
          ],
    ),
  );
}

/** #/beheer/beslisboom/:id */
export async function renderBeslisboomVersie(container, ctx) {
  const { data: version } = await api.getDecisionTree(ctx.params.id);
  const users = await people([version]);
  const { questions, outcomeRule } = version.definition;
  ctx.setTitle(`Versie ${version.number} – Beslisboom`);
  const index = questions.findIndex((q) => q.key === outcomeRule.questionKey);
  const deciding = questions[index];

  put(
    container,
    h("p", { class: "terug" }, h("a", { href: "#/beheer/beslisboom" }, "Terug naar de versies")),
    heading(`Versie ${version.number} van de beslisboom`),
    h(
      "dl",
      { class: "gegevens" },
      h("dt", {}, "Status"),
      h("dd", {}, version.current ? badge("Huidige versie", "actief") : "Niet de huidige versie"),
      h("dt", {}, "Gepubliceerd"),
      h("dd", {}, when(version.publishedAt)),
      h("dt", {}, "Door"),
      h("dd", {}, publishedBy(version, users)),
    ),
    version.current ? null : h("div", { class: "knoppen acties" }, makeCurrentButton(ctx, version, versionHref(version.id))),
    h("section", { "aria-labelledby": "boom-vragen" }, h("h2", { id: "boom-vragen" }, "Vragen"), questions.map((q, i) => questionBlock(q, i + 1))),
    h(
      "section",
      { "aria-labelledby": "boom-regel" },
      h("h2", { id: "boom-regel" }, "Beslisregel"),
      h("p", {}, `De uitkomst volgt uit vraag ${index + 1} (${outcomeRule.questionKey}).`),
      h(
        "ul",
        { class: "lijst" },
        Object.entries(outcomeRule.outcomes).map(([answer, outcome]) => {
          const choice = deciding && deciding.answers ? deciding.answers.find((a) => a.key === answer) : null;
          return h("li", {}, `Antwoord ‘${choice ? choice.label : answer}’ `, h("span", { "aria-hidden": "true" }, "→"), " uitkomst: ", h("strong", {}, assessmentOutcomeLabel(outcome)));
        }),
      ),
    ),
    h(
      "details",
      { class: "json-details" },
      h("summary", {}, "De definitie als JSON"),
      h("pre", { class: "overdracht-tekst" }, JSON.stringify(version.definition, null, 2)),
    ),
  );
}
