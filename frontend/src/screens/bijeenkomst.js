// One session: before it, its agenda (cases on, off, in order), moving or cancelling it,
// handing over a task and preparing a dilemma; from its start, the live agenda — each
// item's timebox with a timer, attendance, notes per item and the conclusion — and the
// printable minutes.

import { api } from "../client.js";
import { h } from "../dom.js";
import { may, scopes } from "../grants.js";
import { formatDeadline } from "../labels.js";
import { usersByIds } from "../names.js";
import { announce, busy, clearFieldErrors, field, heading, longText, reportFormError, showFormMessage } from "../ui.js";
import { caseName } from "./casussen.js";
import {
  ROLE_LABELS,
  chairsText,
  editsSeries,
  formatLabel,
  hasStarted,
  localToIso,
  momentText,
  nameOf,
  sessionChairs,
  sessionStatusBadge,
  timeText,
  writesMinutes,
} from "./overleg-data.js";

async function load(id) {
  const session = (await api.getConferenceSession(id)).data;
  const [series, members] = await Promise.all([
    api.getConferenceSeries(session.seriesId).then((r) => r.data),
    api.listConferenceSeriesMembers(session.seriesId).then((r) => r.data.items),
  ]);
  return { session, series, members };
}

async function caseTitles(ids) {
  const found = await Promise.all(ids.map((id) => api.getCase(id).then((r) => r.data).catch(() => null)));
  return new Map(ids.map((id, i) => [id, found[i]]));
}

export async function renderSession(container, ctx) {
  const me = ctx.me;
  const { session, series, members } = await load(ctx.params.id);
  const users = await usersByIds([...sessionChairs(session), session.chairId, session.noteTakerId, series.ownerId, ...members.map((m) => m.userId)]);
  const cases = await caseTitles(session.caseIds);
  const title = `Overleg ${momentText(session.startsAt)}`;
  ctx.setTitle(title);
  container.append(
    h("p", { class: "terug" }, h("a", { href: "#/overleg" }, `Terug naar ${series.name}`)),
    heading(title),
    h(
      "dl",
      { class: "gegevens" },
      h("dt", {}, "Status"),
      h("dd", {}, sessionStatusBadge(session.status), session.cancelReason ? ` ${session.cancelReason}` : ""),
      h("dt", {}, "Vorm"),
      h("dd", {}, formatLabel(session.format)),
      h("dt", {}, "Tijd"),
      h("dd", {}, `${timeText(session.startsAt)}–${timeText(session.endsAt)}`),
      h("dt", {}, "Inleverdatum casus"),
      h("dd", {}, formatDeadline(session.deadlineAt)),
      h("dt", {}, "Voorzitter"),
      h("dd", {}, chairsText(users, session)),
      h("dt", {}, "Notulist"),
      h("dd", {}, nameOf(users, session.noteTakerId)),
      series.location ? [h("dt", {}, "Plaats"), h("dd", {}, series.location)] : null,
      series.videoLink ? [h("dt", {}, "Online"), h("dd", {}, h("a", { href: series.videoLink, rel: "noopener" }, "Deelnemen via de videolink"))] : null,
    ),
  );
  if (session.evaluationDue && session.status !== "geannuleerd") {
    container.append(h("p", { class: "melding" }, `Na deze bijeenkomst evalueert ${nameOf(users, series.ownerId)} (eigenaar van de reeks) met de leden wat zij van het overleg nodig hebben.`));
  }
  if (session.dilemmaId) {
    container.append(h("p", {}, h("a", { href: `#/overleg/dilemma/${session.dilemmaId}` }, "Naar het dilemma en de stemming")));
  }
  const started = hasStarted(session);
  const cancelled = session.status === "geannuleerd";
  const editor = editsSeries(me, series, scopes);
  if (!started && !cancelled && editor) renderAgendaEditor(container, ctx, session, cases);
  if (!cancelled && (started || session.format)) {
    await renderLiveAgenda(container, ctx, { session, series, members, users, cases, started });
  } else if (!started) {
    container.append(
      h("section", { "aria-labelledby": "bijeenkomst-agenda" }, h("h2", { id: "bijeenkomst-agenda" }, "Agenda"), h("p", {}, `De agenda staat vast na de inleverdatum (${formatDeadline(session.deadlineAt)}): met een casus wordt het een casusbespreking, anders een dilemmasessie.`)),
    );
  }
  if (!cancelled) await renderHandovers(container, ctx, { session, series, members, users, started });
  if (!started && !cancelled && !session.dilemmaId && may(me, "create_dilemma") && (editor || me.id === series.ownerId)) {
    renderDilemmaForm(container, ctx, session);
  }
  if (!started && editor) renderMoveForm(container, ctx, session);
}

// ------------------------------------------------------------------ agenda by hand

function renderAgendaEditor(container, ctx, session, cases) {
  const order = [...session.caseIds];
  const list = h("ol", { class: "lijst" });
  const form = h("form", { class: "formulier", novalidate: true });
  const choice = field({ name: "caseIds", label: "Ingediende casus toevoegen", options: [{ value: "", label: "Kies een casus" }], optionalMark: false });
  const draw = () => {
    list.replaceChildren(
      ...order.map((id, i) =>
        h(
          "li",
          {},
          cases.get(id) ? caseName(cases.get(id), 80) : "Casus",
          " ",
          i > 0 ? h("button", { type: "button", class: "knop knop-link", onclick: () => { [order[i - 1], order[i]] = [order[i], order[i - 1]]; draw(); } }, "Eerder", h("span", { class: "visueel-verborgen" }, ` (casus ${i + 1})`)) : null,
          " ",
          h("button", { type: "button", class: "knop knop-link", onclick: () => { order.splice(i, 1); draw(); } }, "Van de agenda halen", h("span", { class: "visueel-verborgen" }, ` (casus ${i + 1})`)),
        ),
      ),
    );
    if (!order.length) list.append(h("li", {}, "Nog geen casus op de agenda."));
  };
  api
    .listCases({ query: { teamId: session.teamId, status: "ingediend", limit: 20, offset: 0 } })
    .then(({ data }) => {
      for (const item of data.items) {
        cases.set(item.id, item);
        choice.input.append(h("option", { value: item.id }, caseName(item, 80)));
      }
    })
    .catch(() => {});
  form.append(
    choice.wrapper,
    h("div", { class: "knoppen" },
      h("button", { type: "button", class: "knop", onclick: () => { if (choice.input.value && !order.includes(choice.input.value)) order.push(choice.input.value); draw(); } }, "Toevoegen"),
      h("button", { type: "submit", class: "knop knop-primair" }, "Agenda opslaan"),
    ),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    try {
      await busy(form.querySelector("[type=submit]"), () => api.setSessionCases(session.id, { body: { caseIds: order }, headers: { ifMatch: `"${session.version}"` } }));
      ctx.navigate(`#/overleg/bijeenkomst/${session.id}`, { text: "De agenda is opgeslagen.", kind: "succes" });
    } catch (error) {
      if (error.status === 412) {
        showFormMessage(form, "De agenda is intussen veranderd (door een collega of bij de inleverdatum). Laad de pagina opnieuw en stel de agenda dan samen.");
        return;
      }
      reportFormError(error, form);
    }
  });
  draw();
  container.append(
    h(
      "section",
      { "aria-labelledby": "bijeenkomst-casussen" },
      h("h2", { id: "bijeenkomst-casussen" }, "Casussen op de agenda"),
      h("p", { class: "hint" }, "Tot de bijeenkomst begint zet u casussen op de agenda, haalt u ze eraf of verandert u de volgorde. Bij de inleverdatum vult Vakwerk aan met de oudste ingediende casus."),
      list,
      form,
    ),
  );
}

// ------------------------------------------------------------------ live agenda and minutes

function clock(seconds) {
  const sign = seconds < 0 ? "+" : "";
  const s = Math.abs(seconds);
  return `${sign}${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** One timer at a time, over the items' timeboxes; it stops when the screen goes. */
class Timers {
  constructor(ctx) {
    this.ctx = ctx;
    this.running = null;
    this.handle = null;
  }

  make(item, index) {
    const state = { left: item.minutes * 60, display: h("span", { class: "timer", role: "timer", "aria-label": `Resterende tijd ${item.title}` }, clock(item.minutes * 60)) };
    const button = h("button", { type: "button", class: "knop", "aria-pressed": "false" }, "Tijd starten", h("span", { class: "visueel-verborgen" }, ` voor punt ${index + 1}`));
    button.addEventListener("click", () => this.toggle(state, button));
    state.button = button;
    return h("p", { class: "timebox" }, `${item.minutes} minuten · `, state.display, " ", button);
  }

  toggle(state, button) {
    if (this.running === state) {
      this.stop();
      return;
    }
    this.stop();
    this.running = state;
    button.setAttribute("aria-pressed", "true");
    button.firstChild.textContent = "Tijd stoppen";
    this.handle = setInterval(() => {
      if (!this.ctx.isCurrent()) {
        this.stop();
        return;
      }
      state.left -= 1;
      state.display.textContent = clock(state.left);
      state.display.classList.toggle("timer-over", state.left < 0);
      if (state.left === 0) announce("De tijd voor dit punt is om.");
    }, 1000);
  }

  stop() {
    clearInterval(this.handle);
    if (this.running) {
      this.running.button.setAttribute("aria-pressed", "false");
      this.running.button.firstChild.textContent = "Tijd starten";
    }
    this.running = null;
  }
}

/** "Voorzitter: Anna" at the start of each case (its presenter chairs its four items). */
function itemChair(users, item) {
  return item.caseId && item.key === "introductie" ? h("p", { class: "hint" }, `Voorzitter: ${nameOf(users, item.chairId)} (casusinbrenger)`) : null;
}

async function renderLiveAgenda(container, ctx, { session, series, members, users, cases, started }) {
  const me = ctx.me;
  const minutes = (await api.getMinutes(session.id)).data;
  let version = minutes.version;
  const writer = started && writesMinutes(me, session, series, scopes);
  const section = h("section", { "aria-labelledby": "bijeenkomst-agenda" }, h("h2", { id: "bijeenkomst-agenda" }, started ? "Agenda en notulen" : "Agenda"));
  container.append(section);
  if (minutes.version > 0) {
    section.append(h("p", {}, h("a", { href: `#/overleg/bijeenkomst/${session.id}/notulen` }, "Notulen afdrukken of lezen")));
  }
  if (!writer) {
    section.append(
      h("ol", { class: "lijst" }, minutes.items.map((item) => h("li", {}, h("strong", {}, item.title), ` (${item.minutes} minuten)`, item.caseId && cases.get(item.caseId) ? ` – ${caseName(cases.get(item.caseId), 80)}` : "", itemChair(users, item), item.notes ? h("p", { class: "vrije-tekst" }, item.notes) : null))),
    );
    if (started && !writer) section.append(h("p", { class: "hint" }, "De notulen legt de notulist, een voorzitter (bij een casus de casusinbrenger) of de eigenaar van de reeks vast."));
    return;
  }
  const timers = new Timers(ctx);
  const form = h("form", { class: "formulier formulier-breed", novalidate: true });
  const present = new Set(minutes.version ? minutes.presentIds : members.map((m) => m.userId));
  const attendance = h(
    "fieldset",
    { class: "keuzes", dataset: { field: "presentIds" } },
    h("legend", {}, "Aanwezig"),
    members.map((m) => {
      const id = `aanwezig-${m.userId}`;
      return h("div", { class: "keuze" }, h("input", { type: "checkbox", id, name: "present", value: m.userId, checked: present.has(m.userId) }), h("label", { for: id }, nameOf(users, m.userId)));
    }),
  );
  form.append(attendance);
  const notes = [];
  minutes.items.forEach((item, index) => {
    const caseText = item.caseId && cases.get(item.caseId) ? ` – ${caseName(cases.get(item.caseId), 80)}` : "";
    const text = longText({ name: `items.${index}.notes`, label: `Aantekeningen bij ${item.title}`, max: 4000, value: item.notes, rows: 3 });
    notes.push({ item, text });
    form.append(
      h(
        "div",
        { class: "agenda-punt" },
        h("h3", {}, `${index + 1}. ${item.title}${caseText}`),
        itemChair(users, item),
        timers.make(item, index),
        text.wrapper,
      ),
    );
  });
  const conclusion = longText({ name: "conclusion", label: session.format === "dilemma" ? "Conclusie: welke stelling past het best bij onze gemeente?" : "Conclusie (per casus het afgesproken plan)", max: 4000, value: minutes.conclusion || "", rows: 4 });
  form.append(conclusion.wrapper, h("div", { class: "knoppen" }, h("button", { type: "submit", class: "knop knop-primair" }, "Notulen opslaan")));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const tooLong = [...notes.map((n) => n.text.problem()), conclusion.problem()].filter(Boolean);
    if (tooLong.length) {
      reportFormError({ status: 400, fields: tooLong }, form);
      return;
    }
    const checked = new Set([...form.querySelectorAll("input[name=present]:checked")].map((i) => i.value));
    const body = {
      presentIds: [...checked],
      absentIds: members.map((m) => m.userId).filter((id) => !checked.has(id)),
      items: notes.map(({ item, text }) => ({ key: item.key, caseId: item.caseId, notes: text.input.value })),
      conclusion: conclusion.input.value || null,
    };
    try {
      const reply = await busy(form.querySelector("[type=submit]"), () => api.putMinutes(session.id, { body, headers: { ifMatch: `"${version}"` } }));
      version = reply.data.version;
      clearFieldErrors(form);
      announce("De notulen zijn opgeslagen.", "succes");
    } catch (error) {
      if (error.status === 412) {
        showFormMessage(form, "Iemand anders heeft de notulen intussen opgeslagen. Laad de pagina opnieuw en voeg uw aantekeningen toe.");
        return;
      }
      reportFormError(error, form);
    }
  });
  section.append(form);
}

// ------------------------------------------------------------------ handovers

async function renderHandovers(container, ctx, { session, series, members, users, started }) {
  const me = ctx.me;
  const section = h("section", { "aria-labelledby": "bijeenkomst-overdracht" }, h("h2", { id: "bijeenkomst-overdracht" }, started ? "Taak overgenomen" : "Taak overdragen"));
  container.append(section);
  const done = (await api.listHandovers(session.id)).data.items;
  if (done.length) {
    section.append(
      h(
        "ul",
        { class: "lijst" },
        done.map((d) => h("li", {}, `${ROLE_LABELS[d.role]}: ${nameOf(users, d.fromUserId)} → ${nameOf(users, d.toUserId)}${d.atSession ? " (bij de bijeenkomst)" : ""}. Reden: ${d.reason}`)),
      ),
    );
  }
  if (!may(me, "hand_over_task")) return;
  const roles = [{ value: "notulist", label: ROLE_LABELS.notulist }];
  if (series.rotateDilemmaChair && session.format !== "casus") roles.push({ value: "voorzitter", label: "Voorzitter dilemmasessie" });
  const form = h("form", { class: "formulier", novalidate: true });
  const role = field({ name: "role", label: "Taak", options: roles, optionalMark: false });
  const to = field({
    name: "toUserId",
    label: started ? "Wie nam de taak over?" : "Aan wie draagt u de taak over?",
    options: [{ value: "", label: "Kies een collega" }, ...members.map((m) => ({ value: m.userId, label: nameOf(users, m.userId) }))],
    optionalMark: false,
  });
  const reason = field({ name: "reason", label: "Reden", required: true, maxlength: "500" });
  form.append(
    h("p", { class: "hint" }, started ? "Legt u als voorzitter, casusinbrenger, notulist of eigenaar vast wie een taak overnam." : "Kunt u uw taak niet doen? Draag die over aan een collega die die dag werkt."),
    role.wrapper,
    to.wrapper,
    reason.wrapper,
    h("div", { class: "knoppen" }, h("button", { type: "submit", class: "knop" }, started ? "Overname vastleggen" : "Taak overdragen")),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    try {
      await busy(form.querySelector("[type=submit]"), () =>
        api.createHandover(session.id, { body: { role: role.input.value, toUserId: to.input.value || null, reason: reason.input.value } }),
      );
      ctx.navigate(`#/overleg/bijeenkomst/${session.id}`, { text: "De overdracht is vastgelegd.", kind: "succes" });
    } catch (error) {
      reportFormError(error, form, { toUserId: "Kies een collega.", reason: "Geef de reden van de overdracht." });
    }
  });
  section.append(form);
}

// ------------------------------------------------------------------ dilemma, move or cancel

function renderDilemmaForm(container, ctx, session) {
  const form = h("form", { class: "formulier", novalidate: true });
  const title = field({ name: "title", label: "Titel", required: true, maxlength: "200" });
  const text = longText({ name: "caseText", label: "Fictieve casus", max: 4000, required: true, hint: "Een verzonnen casus: geen klant, geen naam, geen BSN." });
  const a = longText({ name: "statementA", label: "Stelling A", max: 1000, required: true, rows: 2 });
  const b = longText({ name: "statementB", label: "Stelling B", max: 1000, required: true, rows: 2 });
  form.append(title.wrapper, text.wrapper, a.wrapper, b.wrapper, h("div", { class: "knoppen" }, h("button", { type: "submit", class: "knop" }, "Dilemma toevoegen")));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    try {
      const { data } = await busy(form.querySelector("[type=submit]"), () =>
        api.createDilemma({ body: { sessionId: session.id, title: title.input.value, caseText: text.input.value, statementA: a.input.value, statementB: b.input.value } }),
      );
      ctx.navigate(`#/overleg/dilemma/${data.id}`, { text: "Het dilemma staat klaar; de leden kunnen stemmen tot de bijeenkomst begint.", kind: "succes" });
    } catch (error) {
      reportFormError(error, form);
    }
  });
  container.append(
    h(
      "section",
      { "aria-labelledby": "bijeenkomst-dilemma" },
      h("h2", { id: "bijeenkomst-dilemma" }, "Dilemma voorbereiden"),
      h("p", { class: "hint" }, "Is er bij de inleverdatum geen casus, dan bespreekt het team een dilemma. De leden stemmen vooraf anoniem."),
      form,
    ),
  );
}

function renderMoveForm(container, ctx, session) {
  const form = h("form", { class: "formulier", novalidate: true });
  const local = new Date(session.startsAt).toLocaleString("sv-SE", { timeZone: "Europe/Amsterdam" });
  const date = field({ name: "startsAt", label: "Nieuwe datum", type: "date", value: local.slice(0, 10), optionalMark: false });
  const time = field({ name: "time", label: "Nieuwe begintijd", type: "time", value: local.slice(11, 16), optionalMark: false });
  const reason = field({ name: "cancelReason", label: "Reden van annuleren", maxlength: "500" });
  const send = async (body, button, message) => {
    clearFieldErrors(form);
    try {
      await busy(button, () => api.updateConferenceSession(session.id, { body, headers: { ifMatch: `"${session.version}"` } }));
      ctx.navigate(`#/overleg/bijeenkomst/${session.id}`, { text: message, kind: "succes" });
    } catch (error) {
      reportFormError(error, form);
    }
  };
  const move = h("button", { type: "submit", class: "knop" }, "Verzetten");
  const cancel = h("button", { type: "button", class: "knop knop-gevaar-licht" }, "Bijeenkomst annuleren");
  const reinstate = h("button", { type: "button", class: "knop" }, "Toch laten doorgaan");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    send({ startsAt: localToIso(date.input.value, time.input.value) }, move, "De bijeenkomst is verzet.");
  });
  cancel.addEventListener("click", () => send({ status: "geannuleerd", cancelReason: reason.input.value }, cancel, "De bijeenkomst gaat niet door."));
  reinstate.addEventListener("click", () => send({ status: "gepland" }, reinstate, "De bijeenkomst gaat weer door."));
  form.append(
    date.wrapper,
    time.wrapper,
    h("div", { class: "knoppen" }, move),
    session.status === "geannuleerd" ? h("div", { class: "knoppen" }, reinstate) : [reason.wrapper, h("div", { class: "knoppen" }, cancel)],
  );
  container.append(h("section", { "aria-labelledby": "bijeenkomst-verzetten" }, h("h2", { id: "bijeenkomst-verzetten" }, "Verzetten of annuleren"), form));
}

// ------------------------------------------------------------------ printable minutes

export async function renderMinutesPrint(container, ctx) {
  const { session, series, members } = await load(ctx.params.id);
  const minutes = (await api.getMinutes(session.id)).data;
  const users = await usersByIds([...sessionChairs(session), session.chairId, session.noteTakerId, minutes.recordedBy, ...members.map((m) => m.userId)]);
  const cases = await caseTitles(session.caseIds);
  const title = `Notulen ${series.name}, ${momentText(session.startsAt)}`;
  ctx.setTitle(title);
  const names = (ids) => (ids.length ? ids.map((id) => nameOf(users, id)).join(", ") : "–");
  container.append(
    h("p", { class: "terug" }, h("a", { href: `#/overleg/bijeenkomst/${session.id}` }, "Terug naar de bijeenkomst")),
    heading(title),
  );
  if (!minutes.version) {
    container.append(h("p", {}, "Voor deze bijeenkomst zijn nog geen notulen vastgelegd."));
    return;
  }
  container.append(
    h("div", { class: "knoppen" }, h("button", { type: "button", class: "knop", onclick: () => window.print() }, "Afdrukken")),
    h(
      "dl",
      { class: "gegevens" },
      h("dt", {}, "Vorm"),
      h("dd", {}, formatLabel(session.format)),
      h("dt", {}, "Voorzitter"),
      h("dd", {}, chairsText(users, session)),
      h("dt", {}, "Notulist"),
      h("dd", {}, nameOf(users, minutes.noteTakerId)),
      h("dt", {}, "Aanwezig"),
      h("dd", {}, names(minutes.presentIds)),
      h("dt", {}, "Afwezig"),
      h("dd", {}, names(minutes.absentIds)),
    ),
    h(
      "ol",
      { class: "notulen" },
      minutes.items.map((item) =>
        h(
          "li",
          {},
          h("h2", {}, item.title, item.caseId && cases.get(item.caseId) ? ` – ${caseName(cases.get(item.caseId), 80)}` : ""),
          itemChair(users, item),
          h("p", { class: "vrije-tekst" }, item.notes || "Geen aantekeningen."),
        ),
      ),
    ),
    h("h2", {}, "Conclusie"),
    h("p", { class: "vrije-tekst" }, minutes.conclusion || "–"),
    h("p", { class: "hint" }, `Vastgelegd ${momentText(minutes.recordedAt)} door ${nameOf(users, minutes.recordedBy, "onbekend")}.`),
  );
}
