// Shared by the assessment screens (afwegingskader): loading an assessment with the
// tree version it was made with, the outcome rule, badges, and the full argumentation
// as one printable page.

import { api } from "./client.js";
import { append, h, put, uid } from "./dom.js";
import {
  assessmentOutcomeLabel,
  assessmentStatusLabel,
  clientLabel,
  formatDateTime,
  reviewDecisionLabel,
  sourceLabel,
  trendLabel,
} from "./labels.js";
import { badge, scrollBox } from "./ui.js";


/** The CompetenSYS questions, verbatim (docs/domain.md §2, 9). */
export const GUIDELINE_QUESTION = "Heb je de handreiking afwegingskader gebruikt?";
export const CONSULTATION_QUESTION =
  "Is er collegiaal overleg geweest tussen W&I en R&W over het volgen van een traject bij R&W?";
export const CONSULTATION_NOTE = "(Komt terug in het overdrachtsformulier)";

export const assessmentHref = (id) => `#/afwegingen/${encodeURIComponent(id)}`;
export const stepHref = (id, number) => `${assessmentHref(id)}/vraag/${number}`;
export const completeHref = (id) => `${assessmentHref(id)}/afronden`;
export const reviewHref = (id) => `${assessmentHref(id)}/beoordelen`;

// Published versions never change: one fetch per version per page load is enough.
const trees = new Map();

/** The definition of a tree version ({questions, outcomeRule}). */
export async function treeVersion(id) {
  if (!trees.has(id)) {
    const promise = api.getDecisionTree(id).then((r) => r.data);
    trees.set(id, promise);
    promise.catch(() => trees.delete(id));
  }
  return trees.get(id);
}

/** An assessment with its ETag and the definition of its own tree version. */
export async function loadAssessment(id) {
  const { data: item, etag } = await api.getAssessment(id);
  const version = await treeVersion(item.treeVersionId);
  return { item, etag, definition: version.definition };
}

/** The assessment's client by its references (the assessment carries them): no lookup. */
export function clientName(item) {
  return clientLabel({ id: item.clientId, externalRefs: item.clientRefs });
}

export function answerOf(item, key) {
  return (item.answers || []).find((a) => a.questionKey === key) || null;
}

/** The label of an answer value in a question of the tree ("Wacht op oordeel externe deskundige"). */
export function answerLabel(question, value) {
  if (!value) return "";
  const choice = (question.answers || []).find((a) => a.key === value);
  if (choice) return choice.label;
  return value === "ja" ? "Ja" : value === "nee" ? "Nee" : value;
}

/** The deciding question of the tree and its place (1-based). */
export function decidingQuestion(definition) {
  const key = definition.outcomeRule.questionKey;
  const index = definition.questions.findIndex((q) => q.key === key);
  return { question: definition.questions[index], number: index + 1 };
}

/** The outcome the tree's rule gives for an answer to the deciding question, or null. */
export function outcomeFor(definition, answer) {
  return (answer && definition.outcomeRule.outcomes[answer]) || null;
}

/** True when the question's answer follows from its characteristics (q2a, q2b). */
export const hasCharacteristics = (question) => Array.isArray(question.characteristics);

// ------------------------------------------------------------------ badges

const STATUS_KIND = { open: "info", afgerond: "actief", ingetrokken: "inactief" };

export function assessmentStatusBadge(status) {
  return badge(assessmentStatusLabel(status), STATUS_KIND[status] || "neutraal");
}

export function reviewBadge(decision) {
  if (!decision) return null;
  return badge(`${reviewDecisionLabel(decision)} door R&W`, decision === "teruggemeld" ? "waarschuwing" : "actief");
}

/** The outcome as text: always the explicit label, never a bare ja/nee. */
export function outcomeText(outcome) {
  return outcome ? assessmentOutcomeLabel(outcome) : "Nog geen uitkomst";
}

// ------------------------------------------------------------------ the argumentation

function textBlock(text) {
  return text && String(text).trim() ? h("p", { class: "vrije-tekst" }, text) : h("p", { class: "leeg-tekst" }, "Niet ingevuld");
}

function yesNo(value) {
  if (value === true) return "Ja";
  if (value === false) return "Nee";
  return "Niet ingevuld";
}

function characteristicsTable(question, number, given) {
  const byKey = new Map((given || []).map((c) => [c.key, c]));
  const columns = ["Kenmerk", "Belemmering", "Ontwikkeling", "Toelichting"];
  return scrollBox(
    h(
      "table",
      { class: "tabel kenmerken-tabel" },
      h("caption", { class: "visueel-verborgen" }, `Kenmerken bij vraag ${number}`),
      h("thead", {}, h("tr", {}, columns.map((t) => h("th", { scope: "col" }, t)))),
      h(
        "tbody",
        {},
        question.characteristics.map((c) => {
          const found = byKey.get(c.key);
          return h(
            "tr",
            {},
            h("th", { scope: "row" }, c.label),
            h("td", {}, found ? (found.obstacle ? "Ja" : "Nee") : "Niet ingevuld"),
            h("td", {}, found && found.obstacle && found.trend ? trendLabel(found.trend) : "–"),
            h("td", { class: "vrije-tekst" }, found && found.note ? found.note : "–"),
          );
        }),
      ),
    ),
    `Kenmerken bij vraag ${number}`,
  );
}

function questionBlock(item, question, number, total, remarks) {
  const given = answerOf(item, question.key);
  const id = uid("vraag");
  const facts = h("dl", { class: "gegevens gegevens-tekst" });
  if (!given) {
    put(facts, h("dt", {}, "Antwoord"), h("dd", {}, h("p", { class: "leeg-tekst" }, "Nog niet beantwoord")));
  } else {
    put(
      facts,
      h("dt", {}, "Antwoord"),
      h("dd", {}, answerLabel(question, given.answer), hasCharacteristics(question) ? h("span", { class: "hint" }, " (volgt uit de kenmerken)") : null),
      hasCharacteristics(question) ? [h("dt", {}, "Kenmerken"), h("dd", {}, characteristicsTable(question, number, given.characteristics))] : null,
      h("dt", {}, "Argument"),
      h("dd", {}, textBlock(given.argument)),
      h("dt", {}, "Bronnen"),
      h("dd", {}, given.sources.length ? given.sources.map(sourceLabel).join(", ") : "Geen"),
    );
  }
  for (const remark of remarks) {
    put(facts, h("dt", {}, remark.label), h("dd", {}, textBlock(remark.text)));
  }
  return h(
    "section",
    { class: "vraag-blok", "aria-labelledby": id },
    h("h3", { id }, h("span", { class: "stap-nummer" }, `Vraag ${number} van ${total}`), " ", question.text),
    facts,
  );
}

/** "Vraag 4 is beantwoord met ‘Nee’. Volgens versie 1 van de beslisboom leidt dat tot: …" */
function explanationText(item, definition) {
  const explanation = item.outcomeExplanation || {};
  const rule = explanation.rule;
  if (!rule) return explanation.text || "";
  const index = definition.questions.findIndex((q) => q.key === rule.questionKey);
  const question = definition.questions[index];
  const version = explanation.treeVersionNumber || item.treeVersionNumber;
  return (
    `Vraag ${index + 1} is beantwoord met ‘${answerLabel(question, rule.answer)}’. ` +
    `Volgens versie ${version} van de beslisboom leidt dat tot: ${assessmentOutcomeLabel(rule.outcome)}.`
  );
}

/** The outcome: explicit label and why (for an open assessment: the provisional one). */
export function outcomeSection(item, definition) {
  const section = h("section", { class: "uitkomst-blok", "aria-labelledby": "afweging-uitkomst" });
  if (item.status === "afgerond" && item.outcome) {
    put(
      section,
      h("h2", { id: "afweging-uitkomst" }, "Uitkomst"),
      h("p", { class: "uitkomst-label" }, item.outcomeLabel || outcomeText(item.outcome)),
      h("p", {}, explanationText(item, definition)),
      h("p", { class: "hint" }, "De vragen over motivatie, omstandigheden en beperkingen wegen mee in de argumentatie, maar beslissen niet."),
    );
    return section;
  }
  const { question, number } = decidingQuestion(definition);
  const given = answerOf(item, question.key);
  const outcome = outcomeFor(definition, given && given.answer);
  put(
    section,
    h("h2", { id: "afweging-uitkomst" }, item.status === "open" ? "Voorlopige uitkomst" : "Uitkomst"),
    item.status === "ingetrokken"
      ? h("p", {}, "Deze afweging is ingetrokken en heeft geen uitkomst.")
      : outcome
        ? [h("p", { class: "uitkomst-label" }, outcomeText(outcome)), h("p", { class: "hint" }, `Volgt uit het antwoord op vraag ${number}. Definitief na afronden.`)]
        : h("p", {}, `Nog geen: de uitkomst volgt uit het antwoord op vraag ${number}.`),
  );
  return section;
}

function completionSection(completion) {
  const c = completion || {};
  const consultation = c.consultation || {};
  const client = c.discussedWithClient;
  return h(
    "section",
    { "aria-labelledby": "afweging-afronding" },
    h("h2", { id: "afweging-afronding" }, "Afronding"),
    h(
      "dl",
      { class: "gegevens-gestapeld" },
      h("dt", {}, GUIDELINE_QUESTION),
      h("dd", {}, yesNo(c.guidelineUsed)),
      h("dt", {}, `${CONSULTATION_QUESTION} ${CONSULTATION_NOTE}`),
      h("dd", {}, yesNo(consultation.held)),
      h("dt", {}, "Overleg gehad met:"),
      h("dd", {}, textBlock(consultation.withWhom)),
      h("dt", {}, "Toelichting"),
      h("dd", {}, textBlock(consultation.explanation)),
      h("dt", {}, "Conclusie"),
      h("dd", {}, textBlock(c.conclusion)),
      h("dt", {}, "Doorslaggevende informatie"),
      h("dd", {}, textBlock(c.decisiveInformation)),
      h("dt", {}, "Besloten door"),
      h("dd", {}, textBlock(c.decidedBy)),
      h("dt", {}, "Andere betrokken professionals"),
      h("dd", {}, textBlock(c.otherProfessionals)),
      h("dt", {}, "Besproken met de klant"),
      h("dd", {}, client ? [yesNo(client.held), client.how ? h("p", { class: "vrije-tekst" }, client.how) : null] : "Niet ingevuld"),
    ),
  );
}

/** The reviews by R&W, oldest first. */
export function reviewsSection(reviews, definition, people) {
  const section = h("section", { "aria-labelledby": "afweging-beoordelingen" }, h("h2", { id: "afweging-beoordelingen" }, "Beoordeling door R&W"));
  if (!reviews.length) {
    section.append(h("p", {}, "Nog niet beoordeeld."));
    return section;
  }
  for (const review of reviews) {
    const who = people.get(review.reviewerId);
    const remarks = Object.entries(review.remarks || {});
    const id = uid("beoordeling");
    section.append(
      h(
        "article",
        { class: "beoordeling", "aria-labelledby": id },
        h("h3", { id }, reviewDecisionLabel(review.decision), " ", reviewBadge(review.decision)),
        h(
          "p",
          { class: "hint" },
          `${who ? who.displayName : "Een consulent"}, `,
          h("time", { datetime: review.reviewedAt }, formatDateTime(review.reviewedAt).replace(/:\d\d$/, "")),
        ),
        h(
          "dl",
          { class: "gegevens gegevens-tekst" },
          h("dt", {}, "Argument"),
          h("dd", {}, textBlock(review.argument)),
          remarks.map(([key, text]) => {
            const index = definition.questions.findIndex((q) => q.key === key);
            return [h("dt", {}, index >= 0 ? `Opmerking bij vraag ${index + 1}` : `Opmerking bij ${key}`), h("dd", {}, textBlock(text))];
          }),
        ),
      ),
    );
  }
  return section;
}

/**
 * Every question with answer, characteristics, argument and sources, then the outcome
 * and the completion: the argumentation as R&W and CompetenSYS read it.
 */
export function argumentation(item, definition, { reviews = [] } = {}) {
  const total = definition.questions.length;
  const remarksFor = (key) =>
    reviews
      .filter((r) => r.remarks && r.remarks[key])
      .map((r) => ({ label: `Opmerking R&W (${reviewDecisionLabel(r.decision).toLowerCase()})`, text: r.remarks[key] }));
  return [
    h(
      "section",
      { "aria-labelledby": "afweging-vragen" },
      h("h2", { id: "afweging-vragen" }, "Vragen en argumenten"),
      definition.questions.map((q, i) => questionBlock(item, q, i + 1, total, remarksFor(q.key))),
    ),
    outcomeSection(item, definition),
    item.status === "afgerond" ? completionSection(item.completion) : null,
  ];
}
