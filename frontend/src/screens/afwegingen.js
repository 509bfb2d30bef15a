// Afwegingen: de lijsten per rol (mijn afwegingen, twijfelgevallen, te beoordelen
// verwijzingen) en een afweging starten voor een klant, eventueel bij een casus.

import { api } from "../client.js";
import { hasRole, may } from "../grants.js";
import { append, h, put, uid } from "../dom.js";
import { Badge, ServerList, mount } from "../components.js";
import { userName, usersByIds } from "../names.js";
import { clientPicker } from "../pickers.js";
import { html } from "../vendor.js";
import { assessmentPages } from "../nav.js";
import {
  assessmentHref,
  assessmentStatusBadge,
  outcomeText,
  reviewBadge,
  reviewHref,
  stepHref,
} from "../afweging.js";
import { assessmentStatusLabel, clientLabel, formatShortDay, reviewDecisionLabel, todayIso } from "../labels.js";
import {
  busy,
  clearFieldErrors,
  errorText,
  field,
  heading,
  reportError,
  reportFormError,
  showFieldErrors,
  showFormMessage,
  subNav,
} from "../ui.js";
import { caseName } from "./casussen.js";


const PAGE_SIZE = 20;

/** The sub navigation above the Afwegingen screens (nothing for a read-only role). */
export function assessmentNav(ctx, activeHref) {
  const pages = assessmentPages(ctx.me);
  return pages.length ? subNav("Afwegingen", pages, activeHref) : null;
}

function day(instant) {
  return instant ? html`<time datetime=${instant} class="nowrap">${formatShortDay(instant)}</time>` : "–";
}

/**
 * One list of assessments, paged by the server: the rows carry the client's references;
 * the author's name is looked up for the rows on the page only.
 */
function assessmentTable({ id, title, intro = null, empty, columns, query, noun = ["afweging", "afwegingen"], hideWhenEmpty = false }) {
  const host = h("div", { class: "lijst-houder" });
  const section = h(
    "section",
    { "aria-labelledby": id },
    h("h2", { id }, title),
    intro ? h("p", { class: "hint" }, intro) : null,
    host,
  );
  const fill = () =>
    mount(
      host,
      html`<${ServerList}
        caption=${title}
        columns=${columns}
        pageSize=${PAGE_SIZE}
        noun=${noun}
        empty=${empty}
        announcePrefix=${true}
        errorText=${(error) => `De afwegingen konden niet worden geladen. ${errorText(error)}`}
        load=${async ({ offset, limit }) => {
          const { data } = await api.listAssessments({ query: { ...query, limit, offset } });
          if (hideWhenEmpty) section.hidden = data.total === 0;
          const people = await usersByIds(data.items.map((a) => a.authorId));
          return { ...data, extra: { people } };
        }}
      />`,
    );
  if (hideWhenEmpty) section.hidden = true;
  return { section, fill };
}

/** "civision 1043215 · competensys CS-1234", or "Klant 1a2b3c4d" (labels.clientLabel). */
export const assessmentClient = (item) => clientLabel({ id: item.clientId, externalRefs: item.clientRefs });
const clientCell = (href) => (item) => html`<a href=${href(item)}>${assessmentClient(item)}</a>`;
const authorCell = (item, { people }) => userName(people, item.authorId, "–");
const doubtCell = (item) => (item.twijfel ? html`<${Badge} kind="waarschuwing">Twijfelgeval<//>` : "Nee");
const reviewCell = (item) =>
  item.reviewDecision
    ? html`<${Badge} kind=${item.reviewDecision === "teruggemeld" ? "waarschuwing" : "actief"}>${reviewDecisionLabel(item.reviewDecision)} door R&W<//>`
    : null;

/** The twijfelgevallen the start page links to. */
const DOUBT_FILTERS = {
  open: { text: "Hier alleen de open twijfelgevallen.", query: () => ({ status: "open" }) },
  kwartaal: {
    text: "Hier alleen de twijfelgevallen die dit kwartaal zijn afgerond.",
    query: () => ({ status: "afgerond", completedFromDate: quarterStart(todayIso()) }),
  },
};

/** The first day of the quarter of a date (yyyy-mm-dd). */
function quarterStart(isoDate) {
  const [y, m] = isoDate.split("-").map(Number);
  return `${y}-${String(3 * Math.floor((m - 1) / 3) + 1).padStart(2, "0")}-01`;
}

export async function renderAfwegingen(container, ctx) {
  const me = ctx.me;
  const tables = [];
  const add = (spec) => {
    const table = assessmentTable(spec);
    tables.push(table);
    return table.section;
  };

  put(
    container,
    assessmentNav(ctx, "#/afwegingen"),
    heading("Afwegingen"),
    h(
      "p",
      { class: "inleiding" },
      "Kan de klant – nu of op termijn – een traject volgen bij Re-integratie en Werkgeversdiensten (R&W)? " +
        "Het uitgangspunt is: verwijzen naar R&W, tenzij. Elk antwoord krijgt een argument en de bronnen.",
    ),
  );

  if (may(me, "start_assessment")) {
    put(
      container,
      h("p", {}, h("a", { class: "knop knop-primair", href: "#/afwegingen/nieuw" }, "Nieuwe afweging starten")),
      add({
        id: "afwegingen-teruggemeld",
        title: "Teruggemeld door R&W",
        intro: "R&W heeft deze verwijzingen teruggemeld. U kunt voor de klant een nieuwe afweging maken.",
        empty: "Geen teruggemelde verwijzingen.",
        noun: ["verwijzing", "verwijzingen"],
        hideWhenEmpty: true,
        // not yet taken up with a new assessment (what the start page counts)
        query: { authorId: me.id, status: "afgerond", reviewDecision: "teruggemeld", superseded: "false" },
        columns: [
          { title: "Klant", cell: clientCell((item) => assessmentHref(item.id)) },
          { title: "Afgerond", cell: (item) => day(item.completedAt) },
          { title: "Beoordeling", cell: reviewCell },
        ],
      }),
      add({
        id: "afwegingen-open",
        title: "Mijn open afwegingen",
        empty: "U hebt geen open afwegingen.",
        query: ({ authorId: me.id, status: "open" }),
        columns: [
          { title: "Klant", cell: clientCell((item) => assessmentHref(item.id)) },
          { title: "Gestart", cell: (item) => day(item.createdAt) },
          { title: "Twijfelgeval", cell: doubtCell },
          { title: "Verder", cell: (item) => html`<a href=${stepHref(item.id, "verder")}>Verder invullen</a>` },
        ],
      }),
      add({
        id: "afwegingen-afgerond",
        title: "Mijn afgeronde afwegingen",
        empty: "U hebt nog geen afgeronde afwegingen.",
        query: ({ authorId: me.id, status: "afgerond" }),
        columns: [
          { title: "Klant", cell: clientCell((item) => assessmentHref(item.id)) },
          { title: "Afgerond", cell: (item) => day(item.completedAt) },
          { title: "Uitkomst", cell: (item) => outcomeText(item.outcome) },
          { title: "Beoordeling R&W", cell: (item) => reviewCell(item) || (item.outcome === "traject_mogelijk" ? "Nog niet beoordeeld" : "Niet van toepassing") },
        ],
      }),
    );
  }

  if ((hasRole(me, "teamleider") || hasRole(me, "kwaliteit"))) {
    // From the start page: ?twijfel=open (still open) or ?twijfel=kwartaal (completed this quarter).
    const narrowed = DOUBT_FILTERS[ctx.query.twijfel] || null;
    put(
      container,
      add({
        id: "afwegingen-twijfel",
        title: "Twijfelgevallen",
        intro: [
          hasRole(me, "kwaliteit")
            ? "Afwegingen die klantmanagers als twijfelgeval markeerden, in de hele organisatie: leerzame voorbeelden, en misschien aanleiding voor een nieuwe versie van de beslisboom."
            : "Afwegingen die klantmanagers van uw team als twijfelgeval markeerden: leerzame voorbeelden voor het team.",
          narrowed ? [" ", narrowed.text, " ", h("a", { href: "#/afwegingen" }, "Toon alle twijfelgevallen"), "."] : null,
        ],
        empty: "Geen twijfelgevallen.",
        query: { twijfel: "true", ...(narrowed ? narrowed.query() : {}) },
        columns: [
          { title: "Klant", cell: clientCell((item) => assessmentHref(item.id)) },
          { title: "Klantmanager", cell: authorCell },
          { title: "Status", cell: (item) => assessmentStatusLabel(item.status) },
          { title: "Uitkomst", cell: (item) => (item.status === "afgerond" ? outcomeText(item.outcome) : "–") },
          { title: "Gestart", cell: (item) => day(item.createdAt) },
        ],
      }),
    );
  }

  if (may(me, "review_referral")) {
    put(
      container,
      add({
        id: "afwegingen-te-beoordelen",
        title: "Te beoordelen verwijzingen",
        intro: "Verwijzingen naar R&W die nog niet zijn beoordeeld.",
        empty: "Er wachten geen verwijzingen op een beoordeling.",
        noun: ["verwijzing", "verwijzingen"],
        query: { outcome: "traject_mogelijk", status: "afgerond", reviewed: "false" },
        columns: [
          { title: "Klant", cell: clientCell((item) => reviewHref(item.id)) },
          { title: "Klantmanager", cell: authorCell },
          { title: "Afgerond", cell: (item) => day(item.completedAt) },
          { title: "Twijfelgeval", cell: doubtCell },
        ],
      }),
      add({
        id: "afwegingen-beoordeeld",
        title: "Beoordeeld",
        empty: "Nog geen beoordeelde verwijzingen.",
        noun: ["verwijzing", "verwijzingen"],
        query: { outcome: "traject_mogelijk", status: "afgerond", reviewed: "true" },
        columns: [
          { title: "Klant", cell: clientCell((item) => assessmentHref(item.id)) },
          { title: "Klantmanager", cell: authorCell },
          { title: "Afgerond", cell: (item) => day(item.completedAt) },
          { title: "Beoordeling", cell: reviewCell },
        ],
      }),
    );
  }

  await Promise.all(tables.map((t) => t.fill()));
}

// ------------------------------------------------------------------ start

/** #/afwegingen/nieuw?klant=…&casus=… */
export async function renderAfwegingStarten(container, ctx) {
  const me = ctx.me;
  const fromClient = ctx.query.klant || "";
  put(
    container,
    assessmentNav(ctx, "#/afwegingen/nieuw"),
    fromClient ? h("p", { class: "terug" }, h("a", { href: `#/klanten/${encodeURIComponent(fromClient)}` }, "Terug naar de klant")) : null,
    heading("Nieuwe afweging"),
    h(
      "p",
      { class: "inleiding" },
      "U beantwoordt vier vragen, elk met een argument en de bronnen. De uitkomst volgt uit de laatste vraag. " +
        "Uw antwoorden worden per vraag bewaard: u kunt later verder.",
    ),
  );

  const picker = await clientPicker({
    me,
    teamId: () => "",
    value: fromClient,
    required: true,
    hint: "Een klant van uw team. Klanten staan in Vakwerk zonder naam: u kiest op het nummer in het bronsysteem.",
    onChange: () => fillCases(),
  });

  const caseField = field({
    name: "caseId",
    label: "Casus",
    options: [{ value: "", label: "Geen casus" }],
    hint: "Hoort de afweging bij een casus over deze klant (bijvoorbeeld een twijfelgeval)? Kies die dan.",
  });
  async function fillCases() {
    const select = caseField.input;
    const clientId = picker.value();
    const keep = select.value || ctx.query.casus || "";
    if (!clientId) {
      select.replaceChildren(h("option", { value: "" }, "Kies eerst een klant"));
      select.disabled = true;
      return;
    }
    select.replaceChildren(h("option", { value: "" }, "Laden…"));
    select.disabled = true;
    let cases = [];
    try {
      cases = (await api.listCases({ query: { clientId, limit: 50 } })).data.items.filter((c) => c.status !== "ingetrokken");
    } catch (error) {
      reportError(error, { context: "De casussen van de klant konden niet worden geladen." });
    }
    select.replaceChildren(
      h("option", { value: "" }, "Geen casus"),
      ...cases.map((c) => h("option", { value: c.id, selected: c.id === keep }, caseName(c, 80))),
    );
    select.disabled = cases.length === 0;
    caseNote.textContent = cases.length ? "" : "Er zijn geen casussen over deze klant.";
  }
  const caseNote = h("p", { class: "hint", "aria-live": "polite" });
  caseField.wrapper.append(caseNote);

  const twijfelId = uid("twijfel");
  const twijfel = h("input", {
    type: "checkbox",
    id: twijfelId,
    name: "twijfel",
    checked: ctx.query.twijfel === "ja",
    "aria-describedby": `${twijfelId}-hint`,
  });
  const twijfelBox = h(
    "div",
    { class: "veld", dataset: { field: "twijfel" } },
    h("div", { class: "keuze" }, twijfel, h("label", { for: twijfelId }, "Dit is een twijfelgeval")),
    h(
      "p",
      { class: "hint keuze-hint", id: `${twijfelId}-hint` },
      "De teamleider en de kwaliteitsmedewerker zien twijfelgevallen als leerzame voorbeelden. U kunt dit later nog veranderen.",
    ),
  );

  const start = h("button", { type: "submit", class: "knop knop-primair" }, "Afweging starten");
  const form = h(
    "form",
    { class: "formulier", novalidate: true, "aria-labelledby": "scherm-kop" },
    picker.element,
    caseField.wrapper,
    twijfelBox,
    h(
      "div",
      { class: "knoppen" },
      start,
      h("a", { class: "knop knop-link", href: fromClient ? `#/klanten/${encodeURIComponent(fromClient)}` : "#/afwegingen" }, "Annuleren"),
    ),
  );

  /** A 409: say why, and link to the assessment that is in the way. */
  async function showConflict(error, clientId) {
    let link = null;
    try {
      const open = (await api.listAssessments({ query: { clientId, status: "open", limit: 1 } })).data.items[0];
      const latest = open ? null : (await api.listAssessments({ query: { clientId, status: "afgerond", limit: 1 } })).data.items[0];
      if (open) link = h("a", { href: assessmentHref(open.id) }, "Naar de lopende afweging");
      else if (latest) link = h("a", { href: assessmentHref(latest.id) }, "Naar de laatste afweging");
    } catch (lookupError) {
    }
    showFormMessage(form, errorText(error), "De afweging is niet gestart");
    if (link) form.querySelector(".foutoverzicht").append(h("p", {}, link));
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const clientId = picker.value();
    if (!clientId) {
      showFieldErrors(form, [{ name: "clientId", code: "required", reason: "Kies de klant." }]);
      return;
    }
    const body = { clientId, twijfel: twijfel.checked };
    if (caseField.input.value) body.caseId = caseField.input.value;
    await busy(start, async () => {
      try {
        const { data } = await api.startAssessment({ body });
        ctx.navigate(stepHref(data.id, 1), { text: "De afweging is gestart. Beantwoord de vragen één voor één.", kind: "succes" });
      } catch (error) {
        if (error.status === 409) {
          await showConflict(error, clientId);
          return;
        }
        reportFormError(error, form);
      }
    });
  });

  put(container, form);
  await fillCases();
}

// ------------------------------------------------------------------ on a client's page

/** "Afwegingen over deze klant" on Klantdetail, with "Afweging starten" for the team's klantmanagers. */
export async function assessmentsOfClient(ctx, client) {
  const section = h("section", { "aria-labelledby": "klant-afwegingen" }, h("h2", { id: "klant-afwegingen" }, "Afwegingen over deze klant"));
  let items = [];
  try {
    items = (await api.listAssessments({ query: { clientId: client.id, limit: 50 } })).data.items;
  } catch (error) {
    section.append(h("p", { class: "fout-tekst" }, `De afwegingen konden niet worden geladen. ${errorText(error)}`));
    return section;
  }
  section.append(
    items.length
      ? h(
          "ul",
          { class: "lijst" },
          items.map((a) =>
            h(
              "li",
              {},
              h("a", { href: assessmentHref(a.id) }, `Afweging van ${formatShortDay(a.createdAt)}`),
              " ",
              assessmentStatusBadge(a.status),
              a.status === "afgerond" ? [" ", outcomeText(a.outcome)] : null,
              a.reviewDecision ? [" ", reviewBadge(a.reviewDecision)] : null,
            ),
          ),
        )
      : h("p", {}, "Er zijn (voor u zichtbaar) geen afwegingen over deze klant."),
  );
  if (may(ctx.me, "start_assessment", { teamId: client.teamId })) {
    const open = items.find((a) => a.status === "open");
    let action;
    if (open && open.authorId === ctx.me.id) action = h("p", {}, h("a", { class: "knop", href: stepHref(open.id, "verder") }, "Verder met de afweging"));
    else if (open) action = h("p", { class: "hint" }, "Een collega werkt aan een afweging over deze klant.");
    else action = h("p", {}, h("a", { class: "knop", href: `#/afwegingen/nieuw?klant=${encodeURIComponent(client.id)}` }, "Afweging starten"));
    section.append(action);
  }
  return section;
}
