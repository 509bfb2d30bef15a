// Afweging: de volledige argumentatie op één (afdrukbare) pagina, met de uitkomst en
// haar uitleg, de afronding, de beoordelingen door R&W en de tekst voor CompetenSYS.
// En het scherm van R&W: een verwijzing accepteren of terugmelden.

import { api } from "../client.js";
import { append, h, put } from "../dom.js";
import { usersByIds } from "../names.js";
import { may } from "../grants.js";
import {
  argumentation,
  assessmentHref,
  assessmentStatusBadge,
  clientName,
  loadAssessment,
  reviewBadge,
  reviewHref,
  reviewsSection,
  stepHref,
} from "../afweging.js";
import { REVIEW_DECISIONS, formatDate } from "../labels.js";
import {
  announce,
  busy,
  clearFieldErrors,
  errorText,
  heading,
  longText,
  radioGroup,
  reportError,
  reportFormError,
  showFieldErrors,
} from "../ui.js";
import { confirmInline } from "./casus.js";


const ARGUMENT_MAX = 4000;
const REMARK_MAX = 2000;

function amsterdamDay(instant) {
  return instant ? new Date(instant).toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" }) : "";
}

/** The author and the reviewers by id (names are a convenience). */
const people = (item, reviews) => usersByIds([item.authorId, ...reviews.map((r) => r.reviewerId)]);

async function reviewsOf(item) {
  try {
    return (await api.listAssessmentReviews(item.id)).data.items;
  } catch (error) {
    return [];
  }
}

/** A completed referral to R&W, not yet reviewed, that this consultant may review. */
const mayReview = (me, item) =>
  item.status === "afgerond" && item.outcome === "traject_mogelijk" && !item.reviewDecision && may(me, "review_referral", item);

function backLink(me) {
  return h("p", { class: "terug" }, h("a", { href: "#/afwegingen" }, may(me, "review_referral") && !may(me, "start_assessment") ? "Terug naar de verwijzingen" : "Terug naar de afwegingen"));
}

function facts(me, item, name, authors) {
  const author = authors.get(item.authorId);
  return h(
    "dl",
    { class: "gegevens" },
    h("dt", {}, "Status"),
    h("dd", { id: "afweging-status" }, assessmentStatusBadge(item.status), item.reviewDecision ? [" ", reviewBadge(item.reviewDecision)] : null),
    h("dt", {}, "Klant"),
    h("dd", {}, may(me, "read_clients") ? h("a", { href: `#/klanten/${encodeURIComponent(item.clientId)}` }, name) : name),
    h("dt", {}, "Klantmanager"),
    h("dd", {}, author ? author.displayName : "–"),
    item.completedAt ? [h("dt", {}, "Afgerond"), h("dd", {}, formatDate(amsterdamDay(item.completedAt)))] : null,
    h("dt", {}, "Twijfelgeval"),
    h("dd", {}, item.twijfel ? "Ja" : "Nee"),
    h("dt", {}, "Beslisboom"),
    h("dd", {}, `Versie ${item.treeVersionNumber}`),
    item.caseId
      ? [h("dt", {}, "Casus"), h("dd", {}, may(me, "read_cases") ? h("a", { href: `#/casussen/${encodeURIComponent(item.caseId)}` }, "Bekijk de casus") : "Gekoppeld")]
      : null,
  );
}

/** The CompetenSYS text (Accept: text/plain) with a copy button. */
async function handoverSection(item) {
  const section = h(
    "section",
    { class: "overdracht", "aria-labelledby": "afweging-overdracht" },
    h("h2", { id: "afweging-overdracht" }, "Overdrachtsformulier voor CompetenSYS"),
  );
  let text;
  try {
    ({ data: text } = await api.getAssessmentHandover(item.id, { headers: { accept: "text/plain" } }));
  } catch (error) {
    section.append(h("p", { class: "fout-tekst" }, `De tekst kon niet worden geladen. ${errorText(error)}`));
    return section;
  }
  const pre = h("pre", { class: "overdracht-tekst", id: "overdracht-tekst" }, text);
  const copy = h("button", { type: "button", class: "knop" }, "Kopiëren");
  copy.addEventListener("click", async () => {
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      // No clipboard access (permissions): select the text and try the older way.
      const range = document.createRange();
      range.selectNodeContents(pre);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      try {
        copied = document.execCommand("copy");
      } catch {
        copied = false;
      }
    }
    announce(
      copied
        ? "De tekst van het overdrachtsformulier is gekopieerd. Plak hem in CompetenSYS."
        : "Kopiëren lukte niet. De tekst is geselecteerd: kopieer hem met Ctrl+C.",
      copied ? "succes" : "fout",
    );
  });
  put(
    section,
    h("p", { class: "hint" }, "Deze tekst plakt u in CompetenSYS. R&W leest dezelfde antwoorden, argumenten en uitkomst."),
    h("div", { class: "knoppen geen-afdruk" }, copy),
    pre,
  );
  return section;
}

/** #/afwegingen/:id */
export async function renderAfweging(container, ctx) {
  const me = ctx.me;
  const { item, definition } = await loadAssessment(ctx.params.id);
  const [name, reviews] = await Promise.all([clientName(item), reviewsOf(item)]);
  const authors = await people(item, reviews);
  ctx.setTitle(`Afweging voor ${name}`);

  put(
    container,
    backLink(me),
    heading(`Afweging voor ${name}`),
    h(
      "p",
      { class: "inleiding" },
      "Kan de klant – nu of op termijn – een traject volgen bij R&W? De argumentatie van de klantmanager, vraag voor vraag.",
    ),
    facts(me, item, name, authors),
  );

  // Actions
  const buttons = [];
  let confirm = null;
  if ((item.status === "open" && may(me, "answer_assessment", item))) {
    buttons.push(h("a", { class: "knop knop-primair", href: stepHref(item.id, "verder") }, "Verder met de afweging"));
  }
  if (mayReview(me, item)) {
    buttons.push(h("a", { class: "knop knop-primair", href: reviewHref(item.id) }, "Verwijzing beoordelen"));
  }
  if (item.status === "afgerond") {
    const print = h("button", { type: "button", class: "knop" }, "Afdrukken");
    print.addEventListener("click", () => window.print());
    buttons.push(print);
  }
  if (item.reviewDecision === "teruggemeld" && may(me, "start_assessment", { teamId: item.teamId })) {
    buttons.push(h("a", { class: "knop", href: `#/afwegingen/nieuw?klant=${encodeURIComponent(item.clientId)}` }, "Nieuwe afweging voor deze klant"));
  }
  if ((item.status === "open" && may(me, "withdraw_assessment", item))) {
    const withdraw = h("button", { type: "button", class: "knop knop-gevaar-licht" }, "Intrekken");
    confirm = confirmInline(withdraw, {
      text: "Weet u zeker dat u deze afweging wilt intrekken? De antwoorden blijven bewaard, maar u kunt haar niet meer afronden.",
      yes: "Ja, intrekken",
      onYes: async () => {
        try {
          await api.withdrawAssessment(item.id);
        } catch (error) {
          reportError(error, { context: "De afweging is niet ingetrokken." });
          return;
        }
        ctx.navigate(assessmentHref(item.id), { text: "De afweging is ingetrokken.", kind: "succes" });
      },
    });
    buttons.push(withdraw);
  }
  if (buttons.length) put(container, h("div", { class: "knoppen acties geen-afdruk" }, buttons), confirm);

  put(container, argumentation(item, definition, { reviews }));
  if ((item.status === "afgerond" && item.outcome === "traject_mogelijk") || reviews.length) {
    put(container, reviewsSection(reviews, definition, authors));
  }
  if (item.status === "afgerond") put(container, await handoverSection(item));
}

// ------------------------------------------------------------------ R&W

/** #/afwegingen/:id/beoordelen — a consultant accepts or returns a referral. */
export async function renderBeoordelen(container, ctx) {
  const me = ctx.me;
  const { item, definition } = await loadAssessment(ctx.params.id);
  const [name, reviews] = await Promise.all([clientName(item), reviewsOf(item)]);
  const authors = await people(item, reviews);
  ctx.setTitle(`Verwijzing beoordelen – ${name}`);
  const author = authors.get(item.authorId);

  put(
    container,
    backLink(me),
    h("p", { class: "stap-context" }, `Afweging voor ${name}`),
    heading("Verwijzing beoordelen"),
  );
  if (!mayReview(me, item)) {
    let why = "Alleen een afgeronde verwijzing naar R&W wordt beoordeeld.";
    if (item.reviewDecision) why = "Deze verwijzing is al beoordeeld.";
    else if (item.authorId === me.id) why = "U beoordeelt geen afweging die u zelf hebt gemaakt.";
    put(container, h("p", {}, why), h("p", {}, h("a", { href: assessmentHref(item.id) }, "Bekijk de afweging")));
    return;
  }
  put(
    container,
    h(
      "p",
      { class: "inleiding" },
      `${author ? author.displayName : "De klantmanager"} verwijst deze klant naar R&W` +
        (item.completedAt ? ` (afgerond op ${formatDate(amsterdamDay(item.completedAt))})` : "") +
        ". Lees de argumentatie. Accepteer de verwijzing, of meld haar terug met een argument.",
    ),
    argumentation(item, definition, { reviews }),
    reviews.length ? reviewsSection(reviews, definition, authors) : null,
  );

  // ---------------------------------------------------------------- the form
  const decision = radioGroup({
    name: "decision",
    legend: "Besluit",
    required: true,
    options: REVIEW_DECISIONS.map((d) => ({ ...d, label: d.value === "geaccepteerd" ? "Accepteren" : "Terugmelden" })),
  });
  const argument = longText({
    name: "argument",
    label: "Argument",
    max: ARGUMENT_MAX,
    rows: 8,
    required: true,
    hint:
      "Waarom accepteert u de verwijzing, of waarom niet? Noem feiten over deze klant, waar ze vandaan komen en hoe ze wegen. " +
      "Voor uw argument gelden dezelfde eisen als voor dat van de klantmanager.",
  });
  const remarks = definition.questions.map((q, i) => ({
    key: q.key,
    text: longText({ name: `remarks.${q.key}`, label: `Bij vraag ${i + 1}`, hint: q.text, max: REMARK_MAX, rows: 2, optionalMark: false }),
  }));
  const save = h("button", { type: "submit", class: "knop knop-primair" }, "Beoordeling vastleggen");
  const form = h(
    "form",
    { class: "formulier formulier-breed", novalidate: true, "aria-labelledby": "beoordeling-kop" },
    h("h2", { id: "beoordeling-kop" }, "Uw beoordeling"),
    decision.fieldset,
    argument.wrapper,
    h(
      "fieldset",
      { class: "groep" },
      h("legend", {}, "Opmerkingen per vraag (niet verplicht)"),
      h("p", { class: "hint" }, "Wilt u iets zeggen over één antwoord? Dan leest de klantmanager het bij die vraag."),
      remarks.map((r) => r.text.wrapper),
    ),
    h("div", { class: "knoppen" }, save),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const chosen = decision.value();
    const local = [argument.problem(), ...remarks.map((r) => r.text.problem())].filter(Boolean);
    if (!chosen) local.unshift({ name: "decision", code: "required", reason: "Kies: accepteren of terugmelden." });
    if (!argument.input.value.trim()) local.push({ name: "argument", code: "required", reason: "Onderbouw uw beoordeling." });
    if (local.length) {
      showFieldErrors(form, local);
      return;
    }
    const body = { decision: chosen, argument: argument.input.value.replace(/\s+$/, ""), remarks: {} };
    for (const r of remarks) if (r.text.input.value.trim()) body.remarks[r.key] = r.text.input.value.replace(/\s+$/, "");
    await busy(save, async () => {
      try {
        await api.createAssessmentReview(item.id, { body });
      } catch (error) {
        if (error.status === 409) {
          ctx.navigate(assessmentHref(item.id), { text: errorText(error), kind: "fout" });
          return;
        }
        // A refused argument: the reason (what a good argument contains) next to the box.
        reportFormError(error, form, { decision: "Kies: accepteren of terugmelden." });
        return;
      }
      ctx.navigate(assessmentHref(item.id), {
        text: chosen === "teruggemeld" ? "De verwijzing is teruggemeld aan de klantmanager." : "De verwijzing is geaccepteerd.",
        kind: "succes",
      });
    });
  });
  put(container, form);
}

