// Afwegingen: de lijsten per rol (mijn afwegingen, twijfelgevallen, te beoordelen
// verwijzingen) en een afweging starten voor een klant, eventueel bij een casus.

import * as api from "../api.js";
import { append, h, uid } from "../dom.js";
import { fetchAll, usersById } from "../data.js";
import { assessmentPages } from "../nav.js";
import {
  assessmentHref,
  assessmentStatusBadge,
  outcomeText,
  reviewBadge,
  reviewHref,
  stepHref,
} from "../afweging.js";
import { clientLabel, exemptionGroundLabel, formatShortDay, shortId } from "../labels.js";
import { hasAnyRole, hasRole, mayStartAssessment } from "../session.js";
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
  reportFormError,
  scrollBox,
  showFieldErrors,
  subNav,
} from "../ui.js";
import { caseName } from "./casussen.js";

/** Append children to a node, skipping null (Node.append would write "null"). */
const put = (node, ...children) => append(node, children);

const PAGE_SIZE = 20;

/** The sub navigation above the Afwegingen screens (nothing for a read-only role). */
export function assessmentNav(ctx, activeHref) {
  const pages = assessmentPages(ctx.me);
  return pages.length ? subNav("Afwegingen", pages, activeHref) : null;
}

/** Map of client id → readable name, loaded once per screen (names are a convenience). */
function clientNames() {
  let promise = null;
  return () => {
    if (!promise) {
      promise = fetchAll(api.listClients)
        .then((clients) => new Map(clients.map((c) => [c.id, clientLabel(c)])))
        .catch((error) => {
          if (error.status === 401) throw error;
          return new Map();
        });
    }
    return promise;
  };
}

function day(instant) {
  return instant ? h("time", { datetime: instant, class: "nowrap" }, formatShortDay(instant)) : "–";
}

/**
 * A table of assessments with paging. `load(offset, limit)` gives {items, total};
 * `columns` are [{title, cell(item, names, people)}]; the first column is the row header.
 */
function assessmentTable({ id, title, intro = null, empty, columns, load, names, people, noun = ["afweging", "afwegingen"], hideWhenEmpty = false }) {
  const count = h("p", { class: "telling" });
  const body = h("tbody");
  const table = h(
    "table",
    { class: "tabel" },
    h("caption", { class: "visueel-verborgen" }, title),
    h("thead", {}, h("tr", {}, columns.map((c) => h("th", { scope: "col" }, c.title)))),
    body,
  );
  const previous = h("button", { type: "button", class: "knop" }, "Vorige pagina");
  const next = h("button", { type: "button", class: "knop" }, "Volgende pagina");
  const pageText = h("span", { class: "pagina-tekst" });
  const pager = h("nav", { class: "paginering", "aria-label": `Paginering: ${title}`, hidden: true }, previous, pageText, next);
  let offset = 0;

  async function fill(announceResult = false) {
    let data;
    try {
      data = await load(offset, PAGE_SIZE);
    } catch (error) {
      if (error.status === 401) throw error;
      body.replaceChildren(emptyRow(columns.length, `De afwegingen konden niet worden geladen. ${errorText(error)}`));
      return;
    }
    const [nameMap, peopleMap] = data.items.length ? await Promise.all([names(), people()]) : [new Map(), new Map()];
    body.replaceChildren(
      ...(data.items.length
        ? data.items.map((item) =>
            h(
              "tr",
              {},
              columns.map((c, i) => (i === 0 ? h("th", { scope: "row" }, c.cell(item, nameMap, peopleMap)) : h("td", {}, c.cell(item, nameMap, peopleMap)))),
            ),
          )
        : [emptyRow(columns.length, empty)]),
    );
    const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
    const page = Math.floor(offset / PAGE_SIZE) + 1;
    count.textContent = data.total === 1 ? `1 ${noun[0]}` : `${data.total} ${noun[1]}`;
    pageText.textContent = `Pagina ${page} van ${pages}`;
    previous.disabled = page <= 1;
    next.disabled = page >= pages;
    pager.hidden = pages <= 1;
    if (hideWhenEmpty) section.hidden = data.total === 0;
    if (announceResult) announce(`${title}: ${count.textContent}. Pagina ${page} van ${pages}.`);
  }
  previous.addEventListener("click", () => {
    offset = Math.max(0, offset - PAGE_SIZE);
    fill(true);
  });
  next.addEventListener("click", () => {
    offset += PAGE_SIZE;
    fill(true);
  });

  const section = h(
    "section",
    { "aria-labelledby": id },
    h("h2", { id }, title),
    intro ? h("p", { class: "hint" }, intro) : null,
    count,
    scrollBox(table, title),
    pager,
  );
  return { section, fill };
}

/** Server paging for a query of GET /assessments. */
const byQuery = (query) => async (offset, limit) => (await api.listAssessments({ query: { ...query, limit, offset } })).data;

/** Client-side paging over a list that was filtered in the browser. */
const byList = (getItems) => async (offset, limit) => {
  const items = await getItems();
  return { items: items.slice(offset, offset + limit), total: items.length };
};

const clientCell = (href) => (item, names) => h("a", { href: href(item) }, names.get(item.clientId) || `Klant ${shortId(item.clientId)}`);
const authorCell = (item, _names, people) => (people.get(item.authorId) || {}).displayName || "–";

export async function renderAfwegingen(container, ctx) {
  const me = ctx.me;
  const names = clientNames();
  let peoplePromise = null;
  const people = () => {
    if (!peoplePromise) {
      peoplePromise = usersById().catch((error) => {
        if (error.status === 401) throw error;
        return new Map();
      });
    }
    return peoplePromise;
  };
  const tables = [];
  const add = (spec) => {
    const table = assessmentTable({ ...spec, names, people });
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

  if (mayStartAssessment(me)) {
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
        load: byQuery({ authorId: me.id, status: "afgerond", reviewDecision: "teruggemeld" }),
        columns: [
          { title: "Klant", cell: clientCell((item) => assessmentHref(item.id)) },
          { title: "Afgerond", cell: (item) => day(item.completedAt) },
          { title: "Beoordeling", cell: (item) => reviewBadge(item.reviewDecision) },
        ],
      }),
      add({
        id: "afwegingen-open",
        title: "Mijn open afwegingen",
        empty: "U hebt geen open afwegingen.",
        load: byQuery({ authorId: me.id, status: "open" }),
        columns: [
          { title: "Klant", cell: clientCell((item) => assessmentHref(item.id)) },
          { title: "Gestart", cell: (item) => day(item.createdAt) },
          { title: "Twijfelgeval", cell: (item) => (item.twijfel ? badge("Twijfelgeval", "waarschuwing") : "Nee") },
          { title: "Verder", cell: (item) => h("a", { href: stepHref(item.id, "verder") }, "Verder invullen") },
        ],
      }),
      add({
        id: "afwegingen-afgerond",
        title: "Mijn afgeronde afwegingen",
        empty: "U hebt nog geen afgeronde afwegingen.",
        load: byQuery({ authorId: me.id, status: "afgerond" }),
        columns: [
          { title: "Klant", cell: clientCell((item) => assessmentHref(item.id)) },
          { title: "Afgerond", cell: (item) => day(item.completedAt) },
          { title: "Uitkomst", cell: (item) => outcomeText(item.outcome) },
          { title: "Beoordeling R&W", cell: (item) => reviewBadge(item.reviewDecision) || (item.outcome === "traject_mogelijk" ? "Nog niet beoordeeld" : "Niet van toepassing") },
        ],
      }),
    );
  }

  if (hasAnyRole(me, ["teamleider", "kwaliteit"])) {
    put(
      container,
      add({
        id: "afwegingen-twijfel",
        title: "Twijfelgevallen",
        intro: hasRole(me, "kwaliteit")
          ? "Afwegingen die klantmanagers als twijfelgeval markeerden, in de hele organisatie: leerzame voorbeelden, en misschien aanleiding voor een nieuwe versie van de beslisboom."
          : "Afwegingen die klantmanagers van uw team als twijfelgeval markeerden: leerzame voorbeelden voor het team.",
        empty: "Geen twijfelgevallen.",
        load: byQuery({ twijfel: "true" }),
        columns: [
          { title: "Klant", cell: clientCell((item) => assessmentHref(item.id)) },
          { title: "Klantmanager", cell: authorCell },
          { title: "Status", cell: (item) => assessmentStatusBadge(item.status) },
          { title: "Uitkomst", cell: (item) => (item.status === "afgerond" ? outcomeText(item.outcome) : "–") },
          { title: "Gestart", cell: (item) => day(item.createdAt) },
        ],
      }),
    );
  }

  if (hasRole(me, "consulent")) {
    // Referrals are completed traject_mogelijk assessments; "not reviewed yet" is not a
    // filter of the API, so the split happens here.
    let referrals = null;
    const all = () => {
      if (!referrals) referrals = fetchAll(api.listAssessments, { outcome: "traject_mogelijk", status: "afgerond" });
      return referrals;
    };
    const open = async () => (await all()).filter((a) => !a.reviewDecision && a.authorId !== me.id).sort((a, b) => String(a.completedAt).localeCompare(String(b.completedAt)));
    const done = async () => (await all()).filter((a) => a.reviewDecision);
    put(
      container,
      add({
        id: "afwegingen-te-beoordelen",
        title: "Te beoordelen verwijzingen",
        intro: "Verwijzingen naar R&W die nog niet zijn beoordeeld, de oudste eerst.",
        empty: "Er wachten geen verwijzingen op een beoordeling.",
        noun: ["verwijzing", "verwijzingen"],
        load: byList(open),
        columns: [
          { title: "Klant", cell: clientCell((item) => reviewHref(item.id)) },
          { title: "Klantmanager", cell: authorCell },
          { title: "Afgerond", cell: (item) => day(item.completedAt) },
          { title: "Twijfelgeval", cell: (item) => (item.twijfel ? badge("Twijfelgeval", "waarschuwing") : "Nee") },
        ],
      }),
      add({
        id: "afwegingen-beoordeeld",
        title: "Beoordeeld",
        empty: "Nog geen beoordeelde verwijzingen.",
        noun: ["verwijzing", "verwijzingen"],
        load: byList(done),
        columns: [
          { title: "Klant", cell: clientCell((item) => assessmentHref(item.id)) },
          { title: "Klantmanager", cell: authorCell },
          { title: "Afgerond", cell: (item) => day(item.completedAt) },
          { title: "Beoordeling", cell: (item) => reviewBadge(item.reviewDecision) },
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

  let clients = [];
  try {
    clients = await fetchAll(api.listClients);
  } catch (error) {
    if (error.status === 401) throw error;
    reportError(error, { context: "De klanten konden niet worden geladen." });
  }
  const label = (c) => (c.exemptionGround ? `${clientLabel(c)} – ontheffing ${exemptionGroundLabel(c.exemptionGround)}` : clientLabel(c));
  const byLabel = (a, b) => label(a).localeCompare(label(b), "nl");
  const mine = clients.filter((c) => c.responsibleManagerId === me.id).sort(byLabel);
  const others = clients.filter((c) => c.responsibleManagerId !== me.id).sort(byLabel);
  const known = clients.some((c) => c.id === fromClient);

  const clientField = field({
    name: "clientId",
    label: "Klant",
    required: true,
    options: [],
    hint: "Een klant van uw team. Klanten staan in Vakwerk zonder naam.",
  });
  const option = (c) => h("option", { value: c.id, selected: c.id === fromClient }, label(c));
  put(
    clientField.input,
    h("option", { value: "" }, "Kies een klant"),
    fromClient && !known ? h("option", { value: fromClient, selected: true }, `Klant ${shortId(fromClient)}`) : null,
    mine.length ? h("optgroup", { label: "Mijn klanten" }, mine.map(option)) : null,
    others.length ? h("optgroup", { label: mine.length ? "Andere klanten van het team" : "Klanten van het team" }, others.map(option)) : null,
  );

  const caseField = field({
    name: "caseId",
    label: "Casus",
    options: [{ value: "", label: "Geen casus" }],
    hint: "Hoort de afweging bij een casus over deze klant (bijvoorbeeld een twijfelgeval)? Kies die dan.",
  });
  async function fillCases() {
    const select = caseField.input;
    const clientId = clientField.input.value;
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
      if (error.status === 401) throw error;
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
  clientField.input.addEventListener("change", () => fillCases());

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

  const problem = h("div", { class: "inlogfout" });
  const start = h("button", { type: "submit", class: "knop knop-primair" }, "Afweging starten");
  const form = h(
    "form",
    { class: "formulier", novalidate: true, "aria-labelledby": "scherm-kop" },
    problem,
    clientField.wrapper,
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
      if (lookupError.status === 401) throw lookupError;
    }
    const block = h(
      "div",
      { class: "foutblok", tabindex: "-1" },
      h("h2", {}, "De afweging is niet gestart"),
      h("p", {}, errorText(error)),
      link ? h("p", {}, link) : null,
    );
    problem.replaceChildren(block);
    block.focus();
    announce(errorText(error), "fout");
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    problem.replaceChildren();
    const clientId = clientField.input.value;
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
    if (error.status === 401) throw error;
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
  if (mayStartAssessment(ctx.me) && (ctx.me.teamIds || []).includes(client.teamId)) {
    const open = items.find((a) => a.status === "open");
    let action;
    if (open && open.authorId === ctx.me.id) action = h("p", {}, h("a", { class: "knop", href: stepHref(open.id, "verder") }, "Verder met de afweging"));
    else if (open) action = h("p", { class: "hint" }, "Een collega werkt aan een afweging over deze klant.");
    else action = h("p", {}, h("a", { class: "knop", href: `#/afwegingen/nieuw?klant=${encodeURIComponent(client.id)}` }, "Afweging starten"));
    section.append(action);
  }
  return section;
}
