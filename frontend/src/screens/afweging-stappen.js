// De afweging invullen: één vraag per stap, met toelichting en tips, het argument
// ernaast en de bronnen; bij vraag 2a/2b de kenmerken in een compact raster. Elke stap
// bewaart het antwoord (PUT); de voorlopige uitkomst volgt live uit de beslissende
// vraag. Daarna "Afronden" met de vragen van CompetenSYS.

import { api } from "../client.js";
import { organisationSettings } from "../settings.js";
import { may } from "../grants.js";
import { h, put, srOnly, uid } from "../dom.js";
import {
  CONSULTATION_NOTE,
  CONSULTATION_QUESTION,
  GUIDELINE_QUESTION,
  answerLabel,
  answerOf,
  assessmentHref,
  clientName,
  completeHref,
  decidingQuestion,
  hasCharacteristics,
  loadAssessment,
  outcomeFor,
  outcomeText,
  stepHref,
} from "../afweging.js";
import { ARGUMENT_SOURCES, TRENDS, assessmentOutcomeLabel, assessmentStatusLabel, sourceLabel, trendLabel } from "../labels.js";
import {
  announce,
  badge,
  busy,
  checkboxGroup,
  checkedValues,
  clearFieldErrors,
  errorText,
  field,
  heading,
  longText,
  radioGroup,
  reportError,
  reportFormError,
  scrollBox,
  showFieldErrors,
} from "../ui.js";


const ARGUMENT_MAX = 4000;
const NOTE_MAX = 1000;
const FREE_TEXT_MAX = 2000;

/** Unfinished completion forms by assessment id, kept while the app is open. */
const drafts = new Map();

const GOOD_ARGUMENT =
  "Noem feiten over deze klant, waar die feiten vandaan komen, en waarom ze voor of tegen verwijzing naar R&W wegen. " +
  "Een standaardzin alleen is geen argument.";

/** " Minstens 40 tekens en 6 woorden." — the organisation's rule, when it could be read. */
function minimum(settings) {
  return settings ? ` Minstens ${settings.argumentMinChars} tekens en ${settings.argumentMinWords} woorden.` : "";
}

function argumentRequired(rule, item, definition, key) {
  return key === definition.outcomeRule.questionKey || rule === "altijd" || item.twijfel;
}

/** Why the walk is not for this user (or this assessment no longer open); null when it is. */
function notForYou(ctx, item) {
  if ((item.status === "open" && may(ctx.me, "answer_assessment", item))) return null;
  if (item.status !== "open") return `Deze afweging is ${assessmentStatusLabel(item.status).toLowerCase()} en kan niet meer worden gewijzigd.`;
  return "Alleen de klantmanager die de afweging maakt, vult haar in.";
}

function refuse(container, ctx, item, text) {
  ctx.setTitle("Afweging");
  put(
    container,
    heading("Afweging"),
    h("p", {}, text),
    h("p", {}, h("a", { href: assessmentHref(item.id) }, "Bekijk de afweging")),
  );
}

// ------------------------------------------------------------------ shared header

/**
 * The walk's chrome: back link, the client, the step navigation, the provisional
 * outcome (live) and the twijfel toggle (PATCH with If-Match).
 * `state` is {item, etag, definition}; `current` is a step number or "afronden";
 * `beforeLeave()` saves the step before a step link is followed (false: stay).
 */
function walkChrome(ctx, state, { current, name, beforeLeave, liveAnswer = () => null }) {
  const { definition } = state;
  const total = definition.questions.length;
  const { question: deciding, number: decidingNumber } = decidingQuestion(definition);

  const steps = h("ol", { class: "stappen-lijst" });
  function paintSteps() {
    steps.replaceChildren(
      ...definition.questions.map((q, i) => {
        const given = answerOf(state.item, q.key);
        const number = i + 1;
        const status = given ? (given.argument ? "beantwoord" : "beantwoord, zonder argument") : "nog niet beantwoord";
        return h(
          "li",
          { class: given ? (given.argument ? "stap-klaar" : "stap-half") : null },
          h(
            "a",
            { href: stepHref(state.item.id, number), "aria-current": current === number ? "step" : false },
            h("span", { class: "stap-teken", "aria-hidden": "true" }, given ? (given.argument ? "✓" : "…") : String(number)),
            ` Vraag ${number}`,
            srOnly(` (${status})`),
          ),
        );
      }),
      h(
        "li",
        {},
        h(
          "a",
          { href: completeHref(state.item.id), "aria-current": current === "afronden" ? "step" : false },
          h("span", { class: "stap-teken", "aria-hidden": "true" }, String(definition.questions.length + 1)),
          " Afronden",
        ),
      ),
    );
  }
  steps.addEventListener("click", async (event) => {
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    if (await beforeLeave()) ctx.navigate(link.getAttribute("href"));
  });
  paintSteps();

  // The provisional outcome, from the deciding question's answer (unsaved on its own step).
  const outcomeLabel = h("p", { class: "uitkomst-label" });
  const outcomeWhy = h("p", { class: "hint" });
  const outcomeBox = h(
    "div",
    { class: "voorlopig", "aria-live": "polite", "aria-atomic": "true" },
    h("p", { class: "voorlopig-kop" }, "Voorlopige uitkomst"),
    outcomeLabel,
    outcomeWhy,
  );
  function paintOutcome() {
    const saved = answerOf(state.item, deciding.key);
    const live = liveAnswer();
    const value = live || (saved && saved.answer) || null;
    const outcome = outcomeFor(definition, value);
    outcomeLabel.textContent = outcome ? outcomeText(outcome) : "Nog niet bekend";
    if (!outcome) {
      outcomeWhy.textContent = `Volgt uit het antwoord op vraag ${decidingNumber}.`;
    } else {
      const unsaved = live && (!saved || saved.answer !== live);
      outcomeWhy.textContent = `Vraag ${decidingNumber} is beantwoord met ‘${answerLabel(deciding, value)}’${unsaved ? " (nog niet opgeslagen)" : ""}.`;
    }
  }
  paintOutcome();

  // Twijfelgeval
  const twijfelId = uid("twijfel");
  const twijfel = h("input", { type: "checkbox", id: twijfelId, checked: state.item.twijfel, "aria-describedby": `${twijfelId}-hint` });
  twijfel.addEventListener("change", async () => {
    const wanted = twijfel.checked;
    twijfel.disabled = true;
    try {
      const reply = await api.updateAssessment(state.item.id, { body: { twijfel: wanted }, headers: { ifMatch: state.etag } });
      state.item = reply.data;
      state.etag = reply.etag;
      announce(wanted ? "De afweging is gemarkeerd als twijfelgeval." : "De afweging is geen twijfelgeval meer.", "succes");
    } catch (error) {
      if (error.status === 412) {
        try {
          const fresh = await api.getAssessment(state.item.id);
          state.item = fresh.data;
          state.etag = fresh.etag;
        } catch (reloadError) {
          reportError(reloadError);
        }
        twijfel.checked = state.item.twijfel;
        announce(errorText(error), "fout");
      } else {
        twijfel.checked = !wanted;
        reportError(error, { context: "Het twijfelgeval is niet gewijzigd." });
      }
    } finally {
      twijfel.disabled = false;
    }
  });
  const twijfelBox = h(
    "div",
    { class: "twijfel" },
    h("div", { class: "keuze" }, twijfel, h("label", { for: twijfelId }, "Twijfelgeval")),
    h("p", { class: "hint keuze-hint", id: `${twijfelId}-hint` }, "Zichtbaar voor teamleider en kwaliteitsmedewerker als leerzaam voorbeeld."),
  );

  /** The page in order, with the step's own heading and form. */
  const page = (title, form) => [
    h("p", { class: "terug" }, h("a", { href: assessmentHref(state.item.id) }, "Naar het overzicht van de afweging")),
    h("p", { class: "stap-context" }, `Afweging voor ${name}`),
    title,
    h("nav", { class: "stappen", "aria-label": "Stappen van de afweging" }, steps),
    h("div", { class: "afweging-balk" }, outcomeBox, twijfelBox),
    form,
  ];
  return { page, paintSteps, paintOutcome, total };
}

// ------------------------------------------------------------------ one question

function characteristicsGrid(question, saved) {
  const byKey = new Map(((saved && saved.characteristics) || []).map((c) => [c.key, c]));
  const rows = question.characteristics.map((c, index) => {
    const given = byKey.get(c.key);
    const obstacle = radioGroup({
      name: `characteristics.${index}.obstacle`,
      legend: `Belemmering (${c.label})`,
      required: true,
      inline: true,
      options: [
        { value: "ja", label: "Ja" },
        { value: "nee", label: "Nee" },
      ],
      value: given ? (given.obstacle ? "ja" : "nee") : "",
    });
    obstacle.fieldset.querySelector("legend").classList.add("visueel-verborgen");
    const trend = field({
      name: `characteristics.${index}.trend`,
      label: `Ontwikkeling (${c.label})`,
      options: [{ value: "", label: "Kies…" }, ...TRENDS],
      value: given && given.trend ? given.trend : "",
      optionalMark: false,
    });
    trend.wrapper.querySelector("label").classList.add("visueel-verborgen");
    const note = field({
      name: `characteristics.${index}.note`,
      label: `Toelichting (${c.label})`,
      value: given && given.note ? given.note : "",
      maxlength: String(NOTE_MAX),
      optionalMark: false,
    });
    note.wrapper.querySelector("label").classList.add("visueel-verborgen");
    const paint = () => {
      const isObstacle = obstacle.value() === "ja";
      trend.input.disabled = !isObstacle;
      trend.wrapper.classList.toggle("uit", !isObstacle);
    };
    obstacle.onChange(paint);
    paint();
    return {
      key: c.key,
      obstacle,
      trend,
      note,
      element: h(
        "tr",
        {},
        h("th", { scope: "row" }, c.label),
        h("td", {}, obstacle.fieldset),
        h("td", {}, trend.wrapper),
        h("td", {}, note.wrapper),
      ),
    };
  });
  const derived = h("p", { class: "afgeleid", "aria-live": "polite" });
  const paintDerived = () => {
    const chosen = rows.map((r) => r.obstacle.value());
    if (chosen.some((v) => v === "ja")) derived.textContent = "Antwoord op deze vraag: Ja – er is minstens één belemmering.";
    else if (chosen.every((v) => v === "nee")) derived.textContent = "Antwoord op deze vraag: Nee – geen belemmeringen.";
    else derived.textContent = "Het antwoord volgt uit de kenmerken: ‘Ja’ zodra één kenmerk een belemmering is.";
  };
  for (const r of rows) r.obstacle.onChange(paintDerived);
  paintDerived();
  const hintId = uid("kenmerken-hint");
  const element = h(
    "fieldset",
    { class: "keuzes kenmerken", dataset: { field: "characteristics", hint: hintId }, "aria-describedby": hintId },
    h("legend", {}, "Kenmerken"),
    h(
      "p",
      { class: "hint", id: hintId },
      "Geef per kenmerk aan of het een belemmering is. Is het dat, kies dan hoe die zich ontwikkelt. De toelichting is niet verplicht.",
    ),
    scrollBox(
      h(
        "table",
        { class: "tabel kenmerken-invoer" },
        h("caption", { class: "visueel-verborgen" }, `Kenmerken: ${question.text}`),
        h("colgroup", {}, ["kenmerk", "belemmering", "ontwikkeling", "toelichting"].map((c) => h("col", { class: `kolom-${c}` }))),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, "Kenmerk"),
            h("th", { scope: "col" }, "Belemmering"),
            h("th", { scope: "col" }, "Ontwikkeling"),
            h("th", { scope: "col" }, "Toelichting"),
          ),
        ),
        h("tbody", {}, rows.map((r) => r.element)),
      ),
      "Kenmerken",
    ),
    derived,
  );
  return { element, rows };
}

function guidance(question) {
  const tips = (title, list) =>
    list && list.length ? [h("p", { class: "tips-kop" }, title), h("ul", { class: "lijst-compact" }, list.map((t) => h("li", {}, t)))] : null;
  return h(
    "div",
    { class: "uitleg" },
    question.helpText ? h("details", {}, h("summary", {}, "Toelichting"), h("p", {}, question.helpText)) : null,
    (question.tipsYes && question.tipsYes.length) || (question.tipsNo && question.tipsNo.length)
      ? h("details", {}, h("summary", {}, "Tips voor uw argument"), tips("Als het antwoord ja is", question.tipsYes), tips("Als het antwoord nee is", question.tipsNo))
      : null,
  );
}

/** #/afwegingen/:id/vraag/:nummer (or "verder": the first question without an answer) */
export async function renderVraag(container, ctx) {
  const loaded = await loadAssessment(ctx.params.id);
  const state = { item: loaded.item, etag: loaded.etag, definition: loaded.definition };
  const { definition } = state;
  const refusal = notForYou(ctx, state.item);
  if (refusal) {
    refuse(container, ctx, state.item, refusal);
    return;
  }
  const questions = definition.questions;
  const total = questions.length;
  let number = Number.parseInt(ctx.params.nummer, 10);
  if (ctx.params.nummer === "verder") {
    const index = questions.findIndex((q) => !answerOf(state.item, q.key));
    if (index < 0) {
      window.history.replaceState(null, "", completeHref(state.item.id));
      return renderAfronden(container, ctx, loaded);
    }
    number = index + 1;
    window.history.replaceState(null, "", stepHref(state.item.id, number));
  }
  if (!(number >= 1 && number <= total)) number = 1;
  const question = questions[number - 1];
  let saved = answerOf(state.item, question.key);
  ctx.setTitle(`Vraag ${number} van ${total} – Afweging`);
  const [name, settings] = await Promise.all([clientName(state.item), organisationSettings(ctx.me)]);
  const rule = settings ? settings.argumentsRequired : "altijd";
  const isDeciding = question.key === definition.outcomeRule.questionKey;

  // ---------------------------------------------------------------- fields
  const grid = hasCharacteristics(question) ? characteristicsGrid(question, saved) : null;
  const answer = grid
    ? null
    : radioGroup({
        name: "answer",
        legend: "Antwoord",
        required: true,
        options: question.answers.map((a) => ({
          value: a.key,
          label: a.label,
          // On the deciding question each answer shows where it leads: the labels of the
          // outcome pair ja/nee the other way round, so say it in words.
          hint: isDeciding && outcomeFor(definition, a.key) ? `Uitkomst: ${assessmentOutcomeLabel(outcomeFor(definition, a.key))}` : "",
        })),
        value: saved ? saved.answer : "",
      });
  const required = argumentRequired(rule, state.item, definition, question.key);
  const argument = longText({
    name: "argument",
    label: "Argument",
    max: ARGUMENT_MAX,
    rows: 12,
    value: saved && saved.argument ? saved.argument : "",
    required,
    hint: `${GOOD_ARGUMENT}${minimum(settings)}${required ? "" : " Niet verplicht bij deze vraag, wel aan te raden."}`,
  });
  const sources = checkboxGroup({
    name: "sources",
    legend: "Bronnen",
    hint: "Waar komen de feiten in uw argument vandaan? Kies er één of meer.",
    options: ARGUMENT_SOURCES,
    checked: saved ? saved.sources : [],
  });

  const chrome = walkChrome(ctx, state, {
    current: number,
    name,
    beforeLeave: () => save(),
    liveAnswer: () => (isDeciding && answer ? answer.value() || null : null),
  });
  if (answer && isDeciding) answer.onChange(() => chrome.paintOutcome());

  const previous = number > 1 ? h("button", { type: "button", class: "knop" }, "Vorige vraag") : null;
  const keep = h("button", { type: "button", class: "knop" }, "Opslaan");
  const next = h("button", { type: "submit", class: "knop knop-primair" }, number < total ? "Opslaan en volgende vraag" : "Opslaan en naar afronden");
  const form = h(
    "form",
    { class: "stap-formulier", novalidate: true, "aria-labelledby": "scherm-kop" },
    h(
      "div",
      { class: grid ? "stap-raster stap-raster-kenmerken" : "stap-raster" },
      h("div", { class: "stap-vraag" }, guidance(question), grid ? grid.element : answer.fieldset),
      h("div", { class: "stap-argument" }, argument.wrapper, sources),
    ),
    h("div", { class: "knoppen stap-knoppen" }, previous, keep, next),
  );

  // ---------------------------------------------------------------- saving
  function values() {
    const body = { sources: checkedValues(form, "sources") };
    if (grid) {
      body.characteristics = grid.rows.map((r) => {
        const obstacle = r.obstacle.value();
        return {
          key: r.key,
          obstacle: obstacle === "ja" ? true : obstacle === "nee" ? false : null,
          trend: obstacle === "ja" ? r.trend.input.value || null : null,
          note: r.note.input.value.trim() || null,
        };
      });
    } else {
      body.answer = answer.value() || null;
    }
    body.argument = argument.input.value.trim() ? argument.input.value.replace(/\s+$/, "") : null;
    return body;
  }

  const comparable = (body) =>
    JSON.stringify({
      answer: grid ? null : body.answer || null,
      characteristics: grid ? (body.characteristics || []).map((c) => [c.key, c.obstacle, c.obstacle ? c.trend || null : null, c.note || null]) : null,
      argument: body.argument || null,
      sources: [...(body.sources || [])].sort(),
    });

  const untouched = (body) =>
    !body.answer && !body.argument && body.sources.length === 0 && !(body.characteristics || []).some((c) => c.obstacle !== null || c.note);

  function localProblems(body) {
    const problems = [];
    if (!grid && !body.answer) problems.push({ name: "answer", code: "required", reason: "Kies een antwoord." });
    if (grid) {
      body.characteristics.forEach((c, i) => {
        if (c.obstacle === null) problems.push({ name: `characteristics.${i}.obstacle`, code: "required", reason: "Geef aan of dit een belemmering is." });
        else if (c.obstacle && !c.trend) problems.push({ name: `characteristics.${i}.trend`, code: "required", reason: "Geef aan hoe de belemmering zich ontwikkelt." });
      });
    }
    const long = argument.problem();
    if (long) problems.push(long);
    if (body.sources.length === 0) problems.push({ name: "sources", code: "required", reason: "Kies minstens één bron." });
    return problems;
  }

  /** Save the step when something changed; true when the step may be left. */
  async function save() {
    clearFieldErrors(form);
    const body = values();
    if (saved ? comparable(body) === comparable(saved) : untouched(body)) return true;
    const problems = localProblems(body);
    if (problems.length) {
      showFieldErrors(form, problems);
      return false;
    }
    const wire = { sources: body.sources };
    if (grid) wire.characteristics = body.characteristics.map((c) => ({ key: c.key, obstacle: c.obstacle, trend: c.trend, note: c.note }));
    else wire.answer = body.answer;
    if (body.argument) wire.argument = body.argument;
    try {
      const reply = await api.putAssessmentAnswer(state.item.id, question.key, { body: wire });
      state.item = reply.data;
      state.etag = reply.etag;
      saved = answerOf(state.item, question.key);
      chrome.paintSteps();
      chrome.paintOutcome();
      return true;
    } catch (error) {
      if (error.status === 409) {
        ctx.navigate(assessmentHref(state.item.id), { text: errorText(error), kind: "fout" });
        return false;
      }
      // A refused argument: the reason (what a good argument contains) goes next to the box.
      reportFormError(error, form, { answer: "Kies een antwoord.", sources: "Kies minstens één bron." });
      return false;
    }
  }

  const savedMessage = () =>
    saved && !saved.argument
      ? { text: `Vraag ${number} is opgeslagen, nog zonder argument. Vul het argument in voordat u afrondt.`, kind: "info" }
      : { text: `Vraag ${number} is opgeslagen.`, kind: "succes" };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    await busy(next, async () => {
      const before = JSON.stringify(saved);
      if (!(await save())) return;
      const message = JSON.stringify(saved) !== before ? savedMessage() : null;
      ctx.navigate(number < total ? stepHref(state.item.id, number + 1) : completeHref(state.item.id), message);
    });
  });
  keep.addEventListener("click", () =>
    busy(keep, async () => {
      const before = JSON.stringify(saved);
      if (!(await save())) return;
      if (JSON.stringify(saved) === before) announce("Er is niets gewijzigd.");
      else announce(savedMessage().text, savedMessage().kind);
    }),
  );
  if (previous) {
    previous.addEventListener("click", () =>
      busy(previous, async () => {
        const before = JSON.stringify(saved);
        if (!(await save())) return;
        ctx.navigate(stepHref(state.item.id, number - 1), JSON.stringify(saved) !== before ? savedMessage() : null);
      }),
    );
  }

  put(
    container,
    chrome.page(
      h(
        "h1",
        { tabindex: "-1", id: "scherm-kop", class: "vraag-kop" },
        h("span", { class: "stap-nummer" }, `Vraag ${number} van ${total}`),
        " ",
        question.text,
      ),
      form,
    ),
  );
}

// ------------------------------------------------------------------ completion

/**
 * Every answer with its argument in full, each with a link back to its step: the
 * argumentation can be proofread before the irreversible "Afronden".
 */
function answersOverview(state) {
  const { item, definition } = state;
  const rows = definition.questions.map((q, i) => {
    const given = answerOf(item, q.key);
    const number = i + 1;
    const marker = h("span", { class: "gat" });
    const headingId = uid("controle");
    const characteristics =
      given && hasCharacteristics(q)
        ? h(
            "ul",
            { class: "lijst-compact" },
            q.characteristics.map((c) => {
              const found = (given.characteristics || []).find((x) => x.key === c.key);
              const text = !found
                ? "niet ingevuld"
                : found.obstacle
                  ? `belemmering${found.trend ? ` (${trendLabel(found.trend).toLowerCase()})` : ""}`
                  : "geen belemmering";
              return h("li", {}, `${c.label}: ${text}`, found && found.note ? ` — ${found.note}` : "");
            }),
          )
        : null;
    const block = h(
      "section",
      { class: "controle-blok", "aria-labelledby": headingId, dataset: { vraag: q.key } },
      h("h3", { id: headingId }, h("span", { class: "stap-nummer" }, `Vraag ${number}`), " ", q.text, marker),
      h(
        "dl",
        { class: "gegevens gegevens-tekst" },
        h("dt", {}, "Antwoord"),
        h("dd", {}, given ? answerLabel(q, given.answer) : badge("Nog niet beantwoord", "waarschuwing")),
        characteristics ? [h("dt", {}, "Kenmerken"), h("dd", {}, characteristics)] : null,
        h("dt", {}, "Argument"),
        h(
          "dd",
          {},
          given && given.argument ? h("p", { class: "vrije-tekst argument-tekst" }, given.argument) : badge("Ontbreekt", "waarschuwing"),
        ),
        given ? [h("dt", {}, "Bronnen"), h("dd", {}, given.sources.length ? given.sources.map(sourceLabel).join(", ") : "Geen")] : null,
      ),
      h("p", {}, h("a", { href: stepHref(item.id, number) }, given ? "Wijzigen" : "Beantwoorden", srOnly(` (vraag ${number})`))),
    );
    return { key: q.key, number, question: q, row: block, marker };
  });
  return { element: h("div", { class: "controle" }, rows.map((r) => r.row)), rows };
}

/** #/afwegingen/:id/afronden */
export async function renderAfronden(container, ctx, preloaded = null) {
  const loaded = preloaded || (await loadAssessment(ctx.params.id));
  const state = { item: loaded.item, etag: loaded.etag, definition: loaded.definition };
  const refusal = notForYou(ctx, state.item);
  if (refusal) {
    refuse(container, ctx, state.item, refusal);
    return;
  }
  ctx.setTitle("Afronden – Afweging");
  const name = await clientName(state.item);
  const chrome = walkChrome(ctx, state, { current: "afronden", name, beforeLeave: async () => true });

  // ---------------------------------------------------------------- fields
  const yesNo = [
    { value: "ja", label: "Ja" },
    { value: "nee", label: "Nee" },
  ];
  const guideline = radioGroup({ name: "guidelineUsed", legend: GUIDELINE_QUESTION, required: true, inline: true, options: yesNo });
  const held = radioGroup({
    name: "consultation",
    legend: CONSULTATION_QUESTION,
    hint: CONSULTATION_NOTE,
    required: true,
    inline: true,
    options: [...yesNo].reverse(), // CompetenSYS asks Nee / Ja
  });
  const withWhom = field({ name: "consultation.withWhom", label: "Overleg gehad met:", maxlength: "200", optionalMark: false, hint: "Verplicht als er overleg was." });
  const explanation = longText({ name: "consultation.explanation", label: "Toelichting", max: FREE_TEXT_MAX, rows: 3, optionalMark: false });
  const conclusion = longText({
    name: "conclusion",
    label: "Conclusie",
    max: FREE_TEXT_MAX,
    rows: 4,
    required: true,
    hint: "Uw conclusie in een paar zinnen. Die komt terug in het overdrachtsformulier.",
  });
  const decisive = longText({ name: "decisiveInformation", label: "Doorslaggevende informatie", max: FREE_TEXT_MAX, rows: 3, hint: "Wat gaf de doorslag?" });
  const decidedBy = field({ name: "decidedBy", label: "Besloten door", maxlength: "200", hint: "Bijvoorbeeld: klantmanager, na overleg met de teamleider." });
  const others = longText({ name: "otherProfessionals", label: "Andere betrokken professionals", max: FREE_TEXT_MAX, rows: 2 });
  const discussed = radioGroup({ name: "discussedWithClient", legend: "Is de afweging met de klant besproken?", inline: true, options: yesNo });
  const how = longText({ name: "discussedWithClient.how", label: "Hoe is het besproken?", max: FREE_TEXT_MAX, rows: 2 });
  const texts = [explanation, conclusion, decisive, others, how];

  const overview = answersOverview(state);
  const finish = h("button", { type: "submit", class: "knop knop-primair" }, "Afronden");
  const form = h(
    "form",
    { class: "formulier formulier-breed", novalidate: true, "aria-labelledby": "scherm-kop" },
    h("h2", {}, "Uw antwoorden en argumenten"),
    h("p", { class: "hint" }, "Lees ze na: na afronden kunt u ze niet meer wijzigen. Met ‘Wijzigen’ gaat u terug naar die vraag."),
    overview.element,
    h("h2", {}, "Overdracht naar R&W en CompetenSYS"),
    guideline.fieldset,
    h("div", { class: "groep" }, held.fieldset, withWhom.wrapper, explanation.wrapper),
    conclusion.wrapper,
    h(
      "fieldset",
      { class: "groep" },
      h("legend", {}, "Meer vastleggen (niet verplicht)"),
      decisive.wrapper,
      decidedBy.wrapper,
      others.wrapper,
      discussed.fieldset,
      how.wrapper,
    ),
    h("p", { class: "hint" }, "Na afronden ligt de afweging vast: u kunt haar dan niet meer wijzigen."),
    h("div", { class: "knoppen" }, finish, h("a", { class: "knop knop-link", href: assessmentHref(state.item.id) }, "Later verder")),
  );

  const text = (made) => (made.input.value.trim() ? made.input.value.replace(/\s+$/, "") : null);
  function body() {
    const out = {};
    if (guideline.value()) out.guidelineUsed = guideline.value() === "ja";
    if (held.value()) out.consultation = { held: held.value() === "ja", withWhom: text(withWhom), explanation: text(explanation) };
    if (text(conclusion)) out.conclusion = text(conclusion);
    if (text(decisive)) out.decisiveInformation = text(decisive);
    if (text(decidedBy)) out.decidedBy = text(decidedBy);
    if (text(others)) out.otherProfessionals = text(others);
    if (discussed.value()) out.discussedWithClient = { held: discussed.value() === "ja", how: text(how) };
    return out;
  }

  /** Every gap at once: the answers' gaps link to their step, the rest sit at their fields. */
  function showGaps(invalidParams) {
    const answerGaps = invalidParams.filter((p) => String(p.name).startsWith("answers."));
    const rest = invalidParams.filter((p) => !String(p.name).startsWith("answers."));
    showFieldErrors(form, rest);
    const list = form.querySelector(".foutoverzicht ul");
    const items = [];
    for (const row of overview.rows) {
      const gaps = answerGaps.filter((p) => p.name === `answers.${row.key}` || p.name.startsWith(`answers.${row.key}.`));
      row.marker.replaceChildren();
      if (!gaps.length) continue;
      const reason = gaps.some((p) => p.name === `answers.${row.key}`) ? "Nog niet beantwoord." : "Het argument ontbreekt.";
      row.marker.replaceChildren(h("span", { class: "veldfout" }, srOnly("Fout: "), reason));
      items.push(h("li", {}, h("a", { href: stepHref(state.item.id, row.number) }, `Vraag ${row.number}: ${reason}`)));
    }
    list.prepend(...items);
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    for (const row of overview.rows) row.marker.replaceChildren();
    const local = texts.map((t) => t.problem()).filter(Boolean);
    if (local.length) {
      showFieldErrors(form, local);
      return;
    }
    await busy(finish, async () => {
      try {
        const { data } = await api.completeAssessment(state.item.id, { body: body() });
        drafts.delete(state.item.id);
        ctx.navigate(assessmentHref(data.id), {
          text: `De afweging is afgerond. Uitkomst: ${data.outcomeLabel || outcomeText(data.outcome)}.`,
          kind: "succes",
        });
      } catch (error) {
        if (error.status === 400 && error.invalidParams.length) {
          showGaps(error.fields);
          return;
        }
        if (error.status === 409) {
          ctx.navigate(assessmentHref(state.item.id), { text: errorText(error), kind: "fout" });
          return;
        }
        reportError(error, { context: "De afweging is niet afgerond." });
      }
    });
  });

  // What was typed here survives a visit to a question (until the page is reloaded).
  const draft = drafts.get(state.item.id);
  if (draft) {
    for (const [made, value] of [[guideline, draft.guideline], [held, draft.held], [discussed, draft.discussed]]) made.set(value || "");
    for (const [made, value] of [[withWhom, draft.withWhom], [decidedBy, draft.decidedBy]]) made.input.value = value || "";
    texts.forEach((t, i) => {
      t.input.value = draft.texts[i] || "";
      t.refresh();
    });
  }
  const keepDraft = () =>
    drafts.set(state.item.id, {
      guideline: guideline.value(),
      held: held.value(),
      discussed: discussed.value(),
      withWhom: withWhom.input.value,
      decidedBy: decidedBy.input.value,
      texts: texts.map((t) => t.input.value),
    });
  form.addEventListener("input", keepDraft);
  form.addEventListener("change", keepDraft);

  put(
    container,
    chrome.page(
      h("h1", { tabindex: "-1", id: "scherm-kop", class: "vraag-kop" }, h("span", { class: "stap-nummer" }, "Laatste stap"), " Afronden"),
      form,
    ),
  );
}
