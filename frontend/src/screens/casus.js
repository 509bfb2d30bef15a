// Casusformulier (nieuw en wijzigen) en Casusdetail: de velden van het Bestse
// casusformulier, de inleverdatum, indienen en intrekken, de uitkomst en de geschiedenis.

import { api } from "../client.js";
import { may } from "../grants.js";
import { append, h, put, srOnly, uid } from "../dom.js";
import { byName } from "../data.js";
import { teamsByIds, usersByIds } from "../names.js";
import { clientPicker } from "../pickers.js";
import { organisationSettings } from "../settings.js";
import {
  CASE_FIELDS,
  CASE_KINDS,
  GENDERS,
  OUTCOME_RESULTS,
  caseKindLabel,
  caseStatusLabel,
  clientLabel,
  deadlineFor,
  formatDate,
  formatDateTime,
  formatDeadline,
  outcomeResultLabel,
  teamTitle,
  todayIso,
} from "../labels.js";
import { exemptionFields } from "../ontheffing.js";
import {
  announce,
  busy,
  clearFieldErrors,
  emptyRow,
  errorText,
  field,
  heading,
  longText,
  radioGroup,
  reportError,
  reportFormError,
  scrollBox,
  showFieldErrors,
  showFormMessage,
} from "../ui.js";
import { caseName, caseNav, onTimeBadge, statusBadge } from "./casussen.js";


const QUESTION_MAX = 1000;
const DESCRIPTIVE_MAX = 2000;
const EDITABLE = new Set(["concept", "ingediend", "geagendeerd", "besproken"]);

const caseHref = (id) => `#/casussen/${encodeURIComponent(id)}`;

/** "Inleveren vóór woensdag 4 maart 17:00", and whether that moment has passed. */
function deadlineSentence(isoInstant) {
  const passed = new Date(isoInstant).getTime() < Date.now();
  return { text: `Inleveren vóór ${formatDeadline(isoInstant)}`, passed };
}

function submittedText(item) {
  if (!item.submittedAt) return "Nog niet ingediend";
  const when = formatDateTime(item.submittedAt).replace(/:\d\d$/, "");
  if (item.submittedOnTime === true) return `Op ${when}, op tijd`;
  if (item.submittedOnTime === false) return `Op ${when}, na de inleverdatum (te laat)`;
  return `Op ${when}`;
}

function submitMessage(item) {
  if (item.submittedOnTime === true) return "De casus is ingediend, op tijd.";
  if (item.submittedOnTime === false) return "De casus is ingediend, na de inleverdatum. Hij staat als te laat gemarkeerd.";
  return "De casus is ingediend.";
}

/** An inline "are you sure?" under a button; `action` runs on yes. */
export function confirmInline(trigger, { text, yes, onYes }) {
  const id = uid("bevestig");
  const yesButton = h("button", { type: "button", class: "knop knop-gevaar" }, yes);
  const noButton = h("button", { type: "button", class: "knop" }, "Nee, terug");
  const box = h(
    "div",
    { class: "bevestig", id, hidden: true, role: "group", "aria-labelledby": `${id}-tekst` },
    h("p", { id: `${id}-tekst`, tabindex: "-1" }, text),
    h("div", { class: "knoppen" }, yesButton, noButton),
  );
  trigger.setAttribute("aria-expanded", "false");
  trigger.setAttribute("aria-controls", id);
  trigger.addEventListener("click", () => {
    box.hidden = false;
    trigger.setAttribute("aria-expanded", "true");
    box.querySelector("p").focus();
  });
  noButton.addEventListener("click", () => {
    box.hidden = true;
    trigger.setAttribute("aria-expanded", "false");
    trigger.focus();
  });
  yesButton.addEventListener("click", () => busy(yesButton, onYes));
  return box;
}

async function withdraw(ctx, item) {
  try {
    await api.withdrawCase(item.id);
  } catch (error) {
    reportError(error, { context: "De casus is niet ingetrokken." });
    return;
  }
  ctx.navigate(caseHref(item.id), { text: "De casus is ingetrokken.", kind: "succes" });
}

// ------------------------------------------------------------------ the form

/** The Best case form's groups, in its order (docs/domain.md §1). */
const GROUPS = [
  { legend: "Situatie", fields: ["livingSituation", "education", "workExperience", "interests", "attitude"] },
  { legend: "Belemmeringen", fields: ["physicalObstacles", "psychologicalObstacles"] },
  { legend: "Netwerk en overige informatie", fields: ["socialNetwork", "otherInformation"] },
];

/** What the case form shows for `gender` (a choice) and `age` (a whole number). */
function personFromWire(item) {
  const gender = item && GENDERS.some((g) => g.value === item.gender) ? item.gender : "";
  const age = item && Number.isInteger(item.age) ? String(item.age) : "";
  return { gender, age };
}

/** The one place the case's members are put on the wire; `age` as an integer. */
export function caseToWire({ kind, clientId, targetSessionDate, question, gender, age, texts }) {
  const nullable = (value) => (value && value.trim() ? value.replace(/\s+$/, "") : null);
  const body = {
    kind: kind || null,
    clientId: clientId || null,
    targetSessionDate: targetSessionDate || null,
    question: nullable(question),
    gender: gender || null,
    age: age === "" ? null : Number(age),
  };
  for (const [name, value] of Object.entries(texts)) body[name] = nullable(value);
  return body;
}

/** #/casussen/nieuw and #/casussen/:id/wijzigen */
export async function renderCaseForm(container, ctx) {
  const me = ctx.me;
  const id = ctx.params.id || null;
  let item = null;
  let etag = null;
  if (id) {
    ({ data: item, etag } = await api.getCase(id));
  }
  const title = item ? "Casus wijzigen" : "Nieuwe casus";
  ctx.setTitle(title);
  put(container, caseNav(ctx, item ? null : "#/casussen/nieuw"));
  if (item) put(container, h("p", { class: "terug" }, h("a", { href: caseHref(item.id) }, "Terug naar de casus")));
  put(container, heading(title));

  if (!item && !may(me, "create_case")) {
    put(container, h("p", {}, "Alleen klantmanagers en teamleiders brengen casussen in."));
    return;
  }
  if (item && !may(me, "edit_case", item)) {
    put(container, h("p", {}, "Alleen de inbrenger of de teamleider van het team wijzigt deze casus."));
    return;
  }
  if (item && !EDITABLE.has(item.status)) {
    put(
      container,
      h("p", {}, `Deze casus is ${caseStatusLabel(item.status).toLowerCase()} en kan niet meer worden gewijzigd.`),
      h("p", {}, h("a", { href: caseHref(item.id) }, "Bekijk de casus")),
    );
    return;
  }

  const [rule, teamMap] = await Promise.all([organisationSettings(me), teamsByIds(me.teamIds || [])]);
  const teams = [...teamMap.values()].filter(Boolean).sort(byName);
  if (!item && teams.length === 0) {
    put(container, h("p", {}, "U bent geen lid van een team. Vraag de beheerder u aan een team toe te voegen."));
    return;
  }

  // ---------------------------------------------------------------- fields
  const teamField =
    !item && teams.length > 1
      ? field({
          name: "teamId",
          label: "Team",
          required: true,
          options: teams.map((t) => ({ value: t.id, label: teamTitle(t) })),
        })
      : null;
  const teamId = () => (item ? item.teamId : teamField ? teamField.input.value : teams[0].id);

  const kind = radioGroup({
    name: "kind",
    legend: "Soort casus",
    required: true,
    options: CASE_KINDS,
    value: item ? item.kind : "",
  });

  const picker = await clientPicker({
    me,
    teamId,
    value: (item && item.clientId) || ctx.query.klant || "",
    none: "Geen klant gekoppeld",
    hint: "Nodig om een casus over een ontheffing of een twijfelgeval in te dienen. Klanten staan in Vakwerk zonder naam: u kiest op het nummer in het bronsysteem.",
  });
  if (teamField) teamField.input.addEventListener("change", () => picker.reload());

  const deadlineHint = rule
    ? `De dag van het casuïstiekoverleg. Inleveren kan tot ${rule.caseDeadlineDaysBefore} dagen ervoor, ${rule.caseDeadlineHour}:00 uur.`
    : "De dag van het casuïstiekoverleg.";
  const dateField = field({
    name: "targetSessionDate",
    label: "Datum overleg",
    type: "date",
    value: item ? item.targetSessionDate || "" : "",
    hint: deadlineHint,
  });
  const deadlineText = h("p", { class: "termijn", "aria-live": "polite" });
  dateField.wrapper.append(deadlineText);
  function paintDeadline() {
    const date = dateField.input.value;
    // The server's deadline once saved with this date; a preview by the organisation's rule before.
    const instant =
      item && item.submissionDeadlineAt && item.targetSessionDate === date
        ? item.submissionDeadlineAt
        : date && rule
          ? deadlineFor(date, rule.caseDeadlineDaysBefore, rule.caseDeadlineHour)
          : null;
    deadlineText.classList.remove("termijn-voorbij");
    if (!instant) {
      deadlineText.textContent = date ? "" : "Kies de datum van het overleg: dan ziet u tot wanneer u de casus kunt inleveren.";
      return;
    }
    const { text, passed } = deadlineSentence(instant);
    if (passed && (!item || item.status === "concept")) {
      deadlineText.classList.add("termijn-voorbij");
      deadlineText.textContent = `${text}. Die datum is voorbij: u kunt de casus nog indienen, maar hij telt dan als te laat.`;
    } else {
      deadlineText.textContent = `${text}.`;
    }
  }
  dateField.input.addEventListener("input", paintDeadline);
  dateField.input.addEventListener("change", paintDeadline);
  paintDeadline();

  // Persoon: a choice and a number, not two text boxes.
  const person = personFromWire(item);
  const gender = field({
    name: "gender",
    label: "Geslacht",
    optionalMark: false,
    options: [{ value: "", label: "Niet ingevuld" }, ...GENDERS],
    value: person.gender,
  });
  const age = field({
    name: "age",
    label: "Leeftijd",
    type: "number",
    optionalMark: false,
    min: "0",
    max: "120",
    step: "1",
    inputmode: "numeric",
    class: "invoer-kort",
    value: person.age,
    hint: "In jaren.",
  });

  const question = longText({
    name: "question",
    label: "Hulpvraag",
    max: QUESTION_MAX,
    rows: 3,
    value: item ? item.question || "" : "",
    hint: "Wat wilt u van uw collega's weten? Nodig om in te dienen.",
  });
  const labelOf = (name) => CASE_FIELDS.find((f) => f.name === name).label;
  const descriptive = new Map(
    GROUPS.flatMap((g) => g.fields).map((name) => [
      name,
      longText({ name, label: labelOf(name), max: DESCRIPTIVE_MAX, rows: 2, optionalMark: false, value: item ? item[name] || "" : "" }),
    ]),
  );
  const texts = [question, ...descriptive.values()];

  // ---------------------------------------------------------------- buttons
  const allowed = item ? item.allowedNextStates : ["ingediend"];
  const submit = allowed.includes("ingediend") ? h("button", { type: "button", class: "knop knop-primair" }, "Indienen") : null;
  const save = h("button", { type: "submit", class: submit ? "knop" : "knop knop-primair" }, item ? "Wijzigingen opslaan" : "Opslaan als concept");
  const cancel = h("a", { class: "knop knop-link", href: item ? caseHref(item.id) : "#/casussen" }, "Annuleren");

  const form = h(
    "form",
    { class: "formulier formulier-breed casus-formulier", novalidate: true, "aria-labelledby": "scherm-kop" },
    item ? h("p", {}, "Status: ", statusBadge(item.status)) : null,
    h(
      "p",
      { class: "hint" },
      "Beschrijf de situatie zonder namen, adressen of burgerservicenummer (BSN). Vakwerk weigert tekst met een BSN.",
    ),
    h("fieldset", { class: "groep" }, h("legend", {}, "Casus"), teamField ? teamField.wrapper : null, kind.fieldset, picker.element, dateField.wrapper),
    h("fieldset", { class: "groep groep-rij" }, h("legend", {}, "Persoon"), gender.wrapper, age.wrapper),
    GROUPS.map((g) =>
      h("fieldset", { class: "groep groep-raster" }, h("legend", {}, g.legend), g.fields.map((name) => descriptive.get(name).wrapper)),
    ),
    h("fieldset", { class: "groep" }, h("legend", {}, "Hulpvraag"), question.wrapper),
    h("p", { class: "hint" }, "Alleen de soort en, om in te dienen, de hulpvraag (en bij een ontheffing of twijfelgeval de klant) zijn nodig. Vul verder in wat helpt."),
    h("div", { class: "knoppen" }, submit, save, cancel),
  );

  // ---------------------------------------------------------------- saving
  function values() {
    return caseToWire({
      kind: kind.value(),
      clientId: picker.value(),
      targetSessionDate: dateField.input.value,
      question: question.input.value,
      gender: gender.input.value,
      age: age.input.value.trim(),
      texts: Object.fromEntries([...descriptive].map(([name, made]) => [name, made.input.value])),
    });
  }

  /** What the form itself can tell (length, the kind, a whole age); false when it showed something. */
  function checkLocally(body) {
    const problems = texts.map((t) => t.problem()).filter(Boolean);
    if (!body.kind) problems.unshift({ name: "kind", code: "required", reason: "Kies de soort casus." });
    const ageValue = age.input.value.trim();
    if (age.input.validity.badInput || (ageValue && !(/^\d{1,3}$/.test(ageValue) && Number(ageValue) <= 120))) {
      problems.push({ name: "age", code: "invalid", reason: "Vul een leeftijd in hele jaren in, van 0 tot en met 120." });
    }
    if (problems.length) {
      showFieldErrors(form, problems);
      return false;
    }
    return true;
  }

  function changes(body) {
    const patch = {};
    for (const [key, value] of Object.entries(body)) if ((item[key] ?? null) !== value) patch[key] = value;
    return patch;
  }

  /** Save as concept: create (new) or PATCH what changed; true when saved. */
  async function saveConcept(body) {
    try {
      if (!item) {
        const create = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null));
        if (teamField) create.teamId = teamField.input.value;
        ({ data: item, etag } = await api.createCase({ body: create }));
        // From here on the form edits the saved concept: nothing typed is lost.
        window.history.replaceState(null, "", `${caseHref(item.id)}/wijzigen`);
        return true;
      }
      const patch = changes(body);
      if (Object.keys(patch).length === 0) return true;
      ({ data: item, etag } = await api.updateCase(item.id, { body: patch, headers: { ifMatch: etag } }));
      paintDeadline();
      return true;
    } catch (error) {
      if (error.status === 412) {
        ctx.navigate(window.location.hash, { text: errorText(error), kind: "fout" });
        return false;
      }
      reportFormError(error, form, { kind: "Kies de soort casus." });
      return false;
    }
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const body = values();
    if (!checkLocally(body)) return;
    await busy(save, async () => {
      const isNew = !item;
      if (!isNew && Object.keys(changes(body)).length === 0) {
        announce("Er is niets gewijzigd.");
        return;
      }
      if (!(await saveConcept(body))) return;
      if (isNew) ctx.navigate(`${caseHref(item.id)}/wijzigen`, { text: "De casus is opgeslagen als concept.", kind: "succes" });
      else announce("De wijzigingen zijn opgeslagen.", "succes");
    });
  });

  if (submit) {
    // Indienen in one pass: the concept is saved first, so a refused submission loses nothing.
    submit.addEventListener("click", async () => {
      clearFieldErrors(form);
      const body = values();
      if (!checkLocally(body)) return;
      await busy(submit, async () => {
        const wasNew = !item;
        if (!(await saveConcept(body))) return;
        try {
          const { data } = await api.submitCase(item.id);
          ctx.navigate(caseHref(data.id), { text: submitMessage(data), kind: "succes" });
        } catch (error) {
          reportFormError(error, form);
          if (wasNew && !error.handled) {
            const summary = form.querySelector(".foutoverzicht");
            if (summary) summary.prepend(h("p", {}, "De casus is opgeslagen als concept, maar nog niet ingediend."));
          }
        }
      });
    });
  }

  put(container, form);
  if (item && allowed.includes("ingetrokken")) put(container, withdrawSection(ctx, item));
}

/** Withdrawing is apart from the form's buttons: rare, and it cannot be undone. */
function withdrawSection(ctx, item) {
  const button = h("button", { type: "button", class: "knop knop-link knop-gevaar-tekst" }, "Casus intrekken");
  const confirm = confirmInline(button, {
    text: "Weet u zeker dat u deze casus wilt intrekken? Dat kunt u niet ongedaan maken.",
    yes: "Ja, intrekken",
    onYes: () => withdraw(ctx, item),
  });
  return h(
    "section",
    { class: "apart", "aria-labelledby": "casus-intrekken" },
    h("h2", { id: "casus-intrekken", class: "kop-klein" }, "Intrekken"),
    h("p", { class: "hint" }, "Gaat de casus niet door? Trek hem dan in. Hij blijft zichtbaar in de geschiedenis."),
    button,
    confirm,
  );
}

// ------------------------------------------------------------------ the detail

/** A member of the case as the detail shows it: the gender's word, the age in years. */
function fieldValue(name, item) {
  if (name === "gender") {
    const choice = GENDERS.find((g) => g.value === item.gender);
    return choice ? choice.label : textBlock(null);
  }
  if (name === "age") return Number.isInteger(item.age) ? `${item.age} jaar` : textBlock(null);
  return textBlock(item[name]);
}

function textBlock(text) {
  return text && text.trim() ? h("p", { class: "vrije-tekst" }, text) : h("p", { class: "leeg-tekst" }, "Niet ingevuld");
}

function outcomeFacts(me, item, people, outcome) {
  const recordedBy = people.get(outcome.recordedBy);
  return h(
    "dl",
    { class: "gegevens" },
    h("dt", {}, "Uitkomst"),
    h("dd", {}, outcomeResultLabel(outcome.result)),
    h("dt", {}, "Conclusie"),
    h("dd", {}, textBlock(outcome.conclusion)),
    h("dt", {}, "Plan"),
    h("dd", {}, textBlock(outcome.plan)),
    h("dt", {}, "Voorzieningen"),
    h("dd", {}, outcome.provisions.length ? h("ul", { class: "lijst-compact" }, outcome.provisions.map((p) => h("li", {}, p))) : "Geen"),
    outcome.exemptionId && item.clientId && may(me, "read_clients")
      ? [h("dt", {}, "Ontheffing"), h("dd", {}, h("a", { href: `#/klanten/${encodeURIComponent(item.clientId)}` }, "Bekijk de ontheffingen van de klant"))]
      : null,
    h("dt", {}, "Vastgelegd"),
    h("dd", {}, `${formatDateTime(outcome.recordedAt).replace(/:\d\d$/, "")}${recordedBy ? ` door ${recordedBy.displayName}` : ""}`),
    h("dt", {}, "Beschikking verstuurd"),
    h("dd", {}, outcome.decisionLetterSentOn ? formatDate(outcome.decisionLetterSentOn) : "Nog niet"),
  );
}

function historyTable(changes, people) {
  const body = h(
    "tbody",
    {},
    changes.length
      ? changes.map((c) => {
          const who = people.get(c.actorId);
          return h(
            "tr",
            {},
            h("td", { class: "nowrap" }, h("time", { datetime: c.changedAt }, formatDateTime(c.changedAt))),
            h("td", {}, who ? who.displayName : "Onbekend"),
            h(
              "td",
              {},
              c.fromStatus
                ? [caseStatusLabel(c.fromStatus), " ", h("span", { "aria-hidden": "true" }, "→"), srOnly(" naar "), " ", caseStatusLabel(c.toStatus)]
                : `Aangemaakt als ${caseStatusLabel(c.toStatus).toLowerCase()}`,
            ),
          );
        })
      : emptyRow(3, "Nog geen geschiedenis."),
  );
  return scrollBox(
    h(
      "table",
      { class: "tabel" },
      h("caption", { class: "visueel-verborgen" }, "Statusgeschiedenis, oudste eerst"),
      h("thead", {}, h("tr", {}, ["Wanneer", "Wie", "Statuswijziging"].map((t) => h("th", { scope: "col" }, t)))),
      body,
    ),
    "Statusgeschiedenis",
  );
}

/** The outcome form (from ingediend or besproken): PUT …/outcome with If-Match. */
function outcomeForm(ctx, item, etag) {
  const results = OUTCOME_RESULTS.filter((r) => r.value !== "ontheffing_voorkomen" || ["ontheffing", "twijfelgeval"].includes(item.kind));
  const result = radioGroup({ name: "result", legend: "Uitkomst", required: true, options: results });
  const exemption = exemptionFields({ prefix: "exemption.", legendGround: "Grond van de ontheffing" });
  const granted = h(
    "fieldset",
    { class: "groep", hidden: true, dataset: { field: "exemption" } },
    h("legend", {}, "De nieuwe ontheffing"),
    exemption.element,
  );
  const endedOn = field({ name: "exemptionEnd.endedOn", label: "Einddatum", type: "date", required: true, value: todayIso(), hint: "De laatste dag van de ontheffing." });
  const endReason = field({ name: "exemptionEnd.endReason", label: "Reden", required: true, maxlength: "500", hint: "Bijvoorbeeld: klant is hersteld. Zonder naam of BSN." });
  const ended = h(
    "fieldset",
    { class: "groep", hidden: true, dataset: { field: "exemptionEnd" } },
    h("legend", {}, "Einde van de ontheffing"),
    endedOn.wrapper,
    endReason.wrapper,
  );
  const basis = field({
    name: "basisDocumentDate",
    label: "Datum nieuwe keuring",
    type: "date",
    hint: "Alleen invullen als de ontheffing op een nieuwe keuring rust. Niet in de toekomst.",
  });
  const reexamination = field({
    name: "reexaminationDate",
    label: "Datum herbeoordeling",
    type: "date",
    hint: "Leeg laten: twee jaar na de nieuwe keuring.",
  });
  const kept = h("fieldset", { class: "groep", hidden: true }, h("legend", {}, "Nieuwe keuring"), basis.wrapper, reexamination.wrapper);

  const conclusion = longText({ name: "conclusion", label: "Conclusie", max: DESCRIPTIVE_MAX, rows: 3, hint: "Verplicht bij Anders." });
  const plan = longText({ name: "plan", label: "Plan", max: DESCRIPTIVE_MAX, rows: 3 });
  const provisions = field({
    name: "provisions",
    label: "Voorzieningen",
    type: "textarea",
    rows: "3",
    hint: "De voorgestelde voorzieningen, één per regel. Hoogstens 20, elk hoogstens 200 tekens.",
  });
  const letter = field({
    name: "decisionLetterSentOn",
    label: "Datum beschikking verstuurd",
    type: "date",
    hint: "De klant hoort het besluit via de beschikking. U kunt deze datum ook later invullen.",
  });

  result.onChange(() => {
    const chosen = result.value();
    granted.hidden = chosen !== "ontheffing_verleend";
    ended.hidden = chosen !== "ontheffing_beeindigd";
    kept.hidden = chosen !== "ontheffing_gehandhaafd";
  });

  const save = h("button", { type: "submit", class: "knop knop-primair" }, "Uitkomst vastleggen");
  const form = h(
    "form",
    { class: "formulier", novalidate: true, "aria-labelledby": "uitkomst-kop" },
    h("h3", { id: "uitkomst-kop" }, "Uitkomst vastleggen"),
    h("p", { class: "hint" }, "Met de uitkomst is de casus afgerond. Daarna kunt u alleen nog de datum van de beschikking invullen."),
    result.fieldset,
    granted,
    ended,
    kept,
    conclusion.wrapper,
    plan.wrapper,
    provisions.wrapper,
    letter.wrapper,
    h("div", { class: "knoppen" }, save),
  );

  function body() {
    const chosen = result.value();
    const out = { result: chosen };
    if (conclusion.input.value.trim()) out.conclusion = conclusion.input.value.trim();
    if (plan.input.value.trim()) out.plan = plan.input.value.trim();
    out.provisions = provisions.input.value
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    if (letter.input.value) out.decisionLetterSentOn = letter.input.value;
    if (chosen === "ontheffing_verleend") out.exemption = exemption.body();
    if (chosen === "ontheffing_beeindigd") {
      out.exemptionEnd = {};
      if (endedOn.input.value) out.exemptionEnd.endedOn = endedOn.input.value;
      if (endReason.input.value.trim()) out.exemptionEnd.endReason = endReason.input.value.trim();
    }
    if (chosen === "ontheffing_gehandhaafd") {
      if (basis.input.value) out.basisDocumentDate = basis.input.value;
      if (reexamination.input.value) out.reexaminationDate = reexamination.input.value;
    }
    return out;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const out = body();
    const local = [conclusion.problem(), plan.problem()].filter(Boolean);
    if (!out.result) local.unshift({ name: "result", code: "required", reason: "Kies de uitkomst." });
    if (out.result === "anders" && !out.conclusion) local.push({ name: "conclusion", code: "required", reason: "Beschrijf de conclusie." });
    if (local.length) {
      showFieldErrors(form, local);
      return;
    }
    await busy(save, async () => {
      try {
        await api.recordCaseOutcome(item.id, { body: out, headers: { ifMatch: etag } });
      } catch (error) {
        if (error.status === 412) {
          ctx.navigate(window.location.hash, { text: errorText(error), kind: "fout" });
          return;
        }
        if (error.status === 409) {
          // The case or its client does not allow this result: say which, at the top.
          showFormMessage(form, errorText(error), "De uitkomst is niet vastgelegd");
          return;
        }
        reportFormError(error, form, { result: "Kies de uitkomst." });
        return;
      }
      ctx.navigate(caseHref(item.id), { text: "De uitkomst is vastgelegd. De casus is afgerond.", kind: "succes" });
    });
  });
  return form;
}

/** After afgerond: only the date the decision letter was sent (PATCH with If-Match). */
function letterForm(ctx, item, etag) {
  const letter = field({
    name: "decisionLetterSentOn",
    label: "Datum beschikking verstuurd",
    type: "date",
    optionalMark: false,
    value: item.decisionLetterSentOn || "",
    hint: "Niet voor de datum van de uitkomst.",
  });
  const save = h("button", { type: "submit", class: "knop" }, "Datum opslaan");
  const form = h(
    "form",
    { class: "formulier smal", novalidate: true, "aria-labelledby": "beschikking-kop" },
    h("h3", { id: "beschikking-kop" }, "Beschikking"),
    letter.wrapper,
    h("div", { class: "knoppen" }, save),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const value = letter.input.value || null;
    if (value === (item.decisionLetterSentOn || null)) {
      announce("Er is niets gewijzigd.");
      return;
    }
    await busy(save, async () => {
      try {
        await api.updateCase(item.id, { body: { decisionLetterSentOn: value }, headers: { ifMatch: etag } });
      } catch (error) {
        if (error.status === 412) {
          ctx.navigate(window.location.hash, { text: errorText(error), kind: "fout" });
          return;
        }
        if (error.status === 409) {
          showFieldErrors(form, [{ name: "decisionLetterSentOn", code: "conflict", reason: errorText(error) }]);
          return;
        }
        reportFormError(error, form);
        return;
      }
      ctx.navigate(caseHref(item.id), {
        text: value ? `De datum van de beschikking (${formatDate(value)}) is opgeslagen.` : "De datum van de beschikking is gewist.",
        kind: "succes",
      });
    });
  });
  return form;
}

/** #/casussen/:id */
export async function renderCase(container, ctx) {
  const me = ctx.me;
  const { data: item, etag } = await api.getCase(ctx.params.id);
  const history = (await api.getCaseHistory(item.id, { query: { limit: 200, offset: 0 } })).data;
  const changes = history.items;
  const people = await usersByIds([item.ownerId, ...changes.map((c) => c.actorId), item.outcome && item.outcome.recordedBy]);
  const owner = people.get(item.ownerId);
  const name = caseName(item);
  ctx.setTitle(`${name} – Casussen`);
  const editable = may(me, "edit_case", item);
  const allowed = item.allowedNextStates;

  const back = item.ownerId === me.id ? { href: "#/casussen", label: "Terug naar mijn casussen" } : { href: "#/casussen/team", label: "Terug naar de casussen" };
  put(
    container,
    caseNav(ctx, null),
    h("p", { class: "terug" }, h("a", { href: back.href }, back.label)),
    heading(caseName(item, 90)),
    h(
      "p",
      { class: "inleiding" },
      `${caseKindLabel(item.kind)} · ingebracht door ${owner ? owner.displayName : "een collega"} op ${formatDate(
        new Date(item.createdAt).toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" }),
      )}`,
    ),
  );

  // Facts
  let deadline = "Geen datum overleg gekozen";
  if (item.submissionDeadlineAt) deadline = deadlineSentence(item.submissionDeadlineAt).text;
  const clientText = clientLabel({ id: item.clientId, externalRefs: item.clientRefs });
  const clientFact = item.clientId
    ? may(me, "read_clients")
      ? h("a", { href: `#/klanten/${encodeURIComponent(item.clientId)}` }, clientText)
      : clientText
    : "Geen klant gekoppeld";
  put(
    container,
    h(
      "dl",
      { class: "gegevens" },
      h("dt", {}, "Status"),
      h("dd", { id: "casus-status" }, statusBadge(item.status)),
      h("dt", {}, "Soort"),
      h("dd", {}, caseKindLabel(item.kind)),
      h("dt", {}, "Klant"),
      h("dd", {}, clientFact),
      h("dt", {}, "Datum overleg"),
      h("dd", {}, item.targetSessionDate ? formatDate(item.targetSessionDate) : "Nog niet gekozen"),
      h("dt", {}, "Inleverdatum"),
      h("dd", {}, deadline),
      h("dt", {}, "Ingediend"),
      h("dd", {}, submittedText(item), onTimeBadge(item.submittedOnTime) ? [" ", onTimeBadge(item.submittedOnTime)] : null),
    ),
  );

  // Actions on the case: Indienen first; withdrawing apart, below (not as an equal).
  if (editable && (EDITABLE.has(item.status) || allowed.length)) {
    const buttons = [];
    if (allowed.includes("ingediend")) {
      const submit = h("button", { type: "button", class: "knop knop-primair" }, "Indienen");
      submit.addEventListener("click", () =>
        busy(submit, async () => {
          try {
            const { data } = await api.submitCase(item.id);
            ctx.navigate(caseHref(item.id), { text: submitMessage(data), kind: "succes" });
          } catch (error) {
            if (error.status === 400 && error.fields.length) {
              // Incomplete: the form shows where.
              ctx.navigate(`${caseHref(item.id)}/wijzigen`, {
                text: `De casus is nog niet compleet. ${error.fields.map((p) => p.reason).join(" ")}`,
                kind: "fout",
              });
              return;
            }
            reportError(error, { context: "De casus is niet ingediend." });
          }
        }),
      );
      buttons.push(submit);
    }
    if (EDITABLE.has(item.status)) buttons.push(h("a", { class: "knop", href: `${caseHref(item.id)}/wijzigen` }, "Casus wijzigen"));
    put(container, h("div", { class: "knoppen acties" }, buttons));
  }

  // A doubtful case about a client: the assessment (afwegingskader) is one click away.
  if (item.kind === "twijfelgeval" && item.clientId && may(me, "start_assessment", { teamId: item.teamId })) {
    const query = `klant=${encodeURIComponent(item.clientId)}&casus=${encodeURIComponent(item.id)}&twijfel=ja`;
    put(container, h("p", {}, h("a", { class: "knop", href: `#/afwegingen/nieuw?${query}` }, "Afweging starten bij deze casus")));
  }

  // The case form, read-only
  put(
    container,
    h("section", { "aria-labelledby": "casus-hulpvraag" }, h("h2", { id: "casus-hulpvraag" }, "Hulpvraag"), textBlock(item.question)),
    h(
      "section",
      { "aria-labelledby": "casus-beschrijving" },
      h("h2", { id: "casus-beschrijving" }, "Beschrijving"),
      h(
        "dl",
        { class: "gegevens gegevens-tekst" },
        CASE_FIELDS.map((f) => [
          h("dt", {}, f.label),
          h("dd", {}, fieldValue(f.name, item)),
        ]),
      ),
    ),
  );

  // Outcome
  const outcomeSection = h("section", { "aria-labelledby": "casus-uitkomst" }, h("h2", { id: "casus-uitkomst" }, "Uitkomst"));
  if (item.outcome) {
    outcomeSection.append(outcomeFacts(me, item, people, item.outcome));
    if (editable && item.status === "afgerond") outcomeSection.append(letterForm(ctx, item, etag));
  } else if (editable && allowed.includes("afgerond")) {
    // Only where the state allows it, and folded: it follows the discussion, not the submission.
    const form = outcomeForm(ctx, item, etag);
    const toggle = disclosure("Uitkomst vastleggen", form);
    outcomeSection.append(
      h("p", {}, "Is de casus besproken? Leg dan hier de uitkomst vast. Daarmee is de casus afgerond."),
      toggle,
      form,
    );
  } else if (item.status === "concept") {
    outcomeSection.append(h("p", {}, "Na het indienen en bespreken legt de inbrenger hier de uitkomst vast."));
  } else if (item.status === "ingetrokken") {
    outcomeSection.append(h("p", {}, "Deze casus is ingetrokken en heeft geen uitkomst."));
  } else {
    outcomeSection.append(h("p", {}, "Nog geen uitkomst."));
  }
  put(container, outcomeSection);

  put(
    container,
    h("section", { "aria-labelledby": "casus-geschiedenis" }, h("h2", { id: "casus-geschiedenis" }, "Geschiedenis"), historyTable(changes, people), history.total > changes.length ? h("p", { class: "hint" }, `De eerste ${changes.length} van ${history.total} wijzigingen.`) : null),
  );
  if (editable && allowed.includes("ingetrokken")) put(container, withdrawSection(ctx, item));
}

/** A button that unfolds `form` below it (aria-expanded). */
function disclosure(label, form) {
  form.id = form.id || uid("uitklap");
  form.hidden = true;
  const toggle = h("button", { type: "button", class: "knop knop-primair", "aria-expanded": "false", "aria-controls": form.id }, label);
  toggle.addEventListener("click", () => {
    form.hidden = !form.hidden;
    toggle.setAttribute("aria-expanded", String(!form.hidden));
    toggle.hidden = !form.hidden;
    if (!form.hidden) (form.querySelector("input, select, textarea") || form).focus();
  });
  return toggle;
}
