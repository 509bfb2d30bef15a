// A dilemma: the fictional case, the two statements, the anonymous vote, the result as a
// bar chart (charts.js, uPlot) with the same figures as a table, and — after the session — the
// team's standpoint.

import { api } from "../client.js";
import { h } from "../dom.js";
import { may, scopes } from "../grants.js";
import { formatDate } from "../labels.js";
import { barChart } from "../charts.js";
import { badge, busy, clearFieldErrors, field, heading, longText, radioGroup, reportFormError } from "../ui.js";
import { POSITION_LABELS, momentText, percentText } from "./overleg-data.js";

export async function renderDilemma(container, ctx) {
  const me = ctx.me;
  const dilemma = (await api.getDilemma(ctx.params.id)).data;
  ctx.setTitle(dilemma.title);
  const open = new Date(dilemma.votingClosesAt) > new Date();
  container.append(
    h("p", { class: "terug" }, h("a", { href: `#/overleg/bijeenkomst/${dilemma.sessionId}` }, "Terug naar de bijeenkomst")),
    heading(dilemma.title),
    h("p", {}, open ? `U kunt stemmen tot ${momentText(dilemma.votingClosesAt)}.` : "De stemming is gesloten.", " ", dilemma.hasVoted ? badge("U hebt gestemd", "actief") : null),
    h("h2", {}, "De casus"),
    h("p", { class: "vrije-tekst" }, dilemma.caseText),
    h("dl", { class: "gegevens" }, h("dt", {}, "Stelling A"), h("dd", {}, dilemma.statementA), h("dt", {}, "Stelling B"), h("dd", {}, dilemma.statementB)),
  );
  if (open && !dilemma.hasVoted && may(me, "cast_vote")) renderVote(container, ctx, dilemma);
  await renderResults(container, dilemma);
  await renderStandpointPart(container, ctx, dilemma, open);
}

function renderVote(container, ctx, dilemma) {
  const form = h("form", { class: "formulier", novalidate: true });
  const choice = radioGroup({
    name: "choice",
    legend: "Welke stelling past het best bij onze gemeente?",
    options: [
      { value: "a", label: `Stelling A: ${dilemma.statementA}` },
      { value: "b", label: `Stelling B: ${dilemma.statementB}` },
    ],
    hint: "Uw stem is anoniem: Vakwerk bewaart alleen dat u hebt gestemd, niet wat.",
    required: true,
  });
  form.append(choice.fieldset, h("div", { class: "knoppen" }, h("button", { type: "submit", class: "knop knop-primair" }, "Stemmen")));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const picked = choice.value();
    if (!picked) {
      reportFormError({ status: 400, fields: [{ name: "choice", code: "required", reason: "Kies stelling A of stelling B." }] }, form);
      return;
    }
    try {
      await busy(form.querySelector("[type=submit]"), () => api.castDilemmaVote(dilemma.id, { body: { choice: picked } }));
      ctx.navigate(`#/overleg/dilemma/${dilemma.id}`, { text: "Uw stem is uitgebracht.", kind: "succes" });
    } catch (error) {
      reportFormError(error, form);
    }
  });
  container.append(h("section", { "aria-labelledby": "dilemma-stemmen" }, h("h2", { id: "dilemma-stemmen" }, "Stemmen"), form));
}

async function renderResults(container, dilemma) {
  const section = h("section", { "aria-labelledby": "dilemma-uitslag" }, h("h2", { id: "dilemma-uitslag" }, "Uitslag"));
  container.append(section);
  const results = (await api.getDilemmaResults(dilemma.id)).data;
  section.append(h("p", {}, `${results.voted} van de ${results.members} leden hebben gestemd.`));
  if (!results.visible) {
    section.append(h("p", {}, results.reason || "De uitslag is nog niet te zien."));
    return;
  }
  const votes = (n) => `${n} ${n === 1 ? "stem" : "stemmen"}`;
  section.append(
    barChart({
      id: "dilemma-uitslag-grafiek",
      caption: `Getelde stemmen: ${results.total}`,
      summary: `Stelling A: ${votes(results.a)} (${percentText(results.percentA)}). Stelling B: ${votes(results.b)} (${percentText(results.percentB)}).`,
      labelTitle: "Stelling",
      valueTitle: "Stemmen",
      shareTitle: "Percentage",
      rows: [
        { label: "Stelling A", value: results.a, text: String(results.a), share: percentText(results.percentA) },
        { label: "Stelling B", value: results.b, text: String(results.b), share: percentText(results.percentB) },
      ],
    }),
  );
  if (results.voted > results.total) section.append(h("p", { class: "hint" }, "Stemmen worden per groep geteld, zodat niemand een stem aan een persoon kan koppelen; de laatste tellen mee als de stemming sluit."));
}

async function renderStandpointPart(container, ctx, dilemma, open) {
  const section = h("section", { "aria-labelledby": "dilemma-standpunt" }, h("h2", { id: "dilemma-standpunt" }, "Standpunt van het team"));
  container.append(section);
  const found = (await api.listStandpoints({ query: { dilemmaId: dilemma.id, status: "geldend", limit: 1, offset: 0 } })).data.items;
  if (found.length) {
    const s = found[0];
    section.append(h("p", {}, h("a", { href: `#/overleg/standpunten/${s.id}` }, s.title), ` – ${POSITION_LABELS[s.position]}, ${formatDate(s.decidedOn)}`));
    return;
  }
  if (open) {
    section.append(h("p", {}, "Het standpunt volgt uit de conclusie van de dilemmasessie."));
    return;
  }
  const granted = scopes(ctx.me, "record_standpoint");
  if (!granted.length) {
    section.append(h("p", {}, "Er is nog geen standpunt vastgelegd."));
    return;
  }
  const form = h("form", { class: "formulier", novalidate: true });
  const title = field({ name: "title", label: "Titel van het standpunt", required: true, maxlength: "200" });
  const position = radioGroup({
    name: "position",
    legend: "Gekozen",
    options: [
      { value: "a", label: `Stelling A: ${dilemma.statementA}` },
      { value: "b", label: `Stelling B: ${dilemma.statementB}` },
      { value: "anders", label: "Een middenweg (beschrijf die in de onderbouwing)" },
    ],
    required: true,
  });
  const reasoning = longText({ name: "reasoning", label: "Onderbouwing", max: 4000, required: true });
  form.append(
    h("p", { class: "hint" }, "De voorzitter van de dilemmasessie of een teamleider legt het standpunt vast."),
    title.wrapper,
    position.fieldset,
    reasoning.wrapper,
    h("div", { class: "knoppen" }, h("button", { type: "submit", class: "knop knop-primair" }, "Standpunt vastleggen")),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const picked = position.value();
    try {
      const { data } = await busy(form.querySelector("[type=submit]"), () =>
        api.createStandpoint({ body: { dilemmaId: dilemma.id, title: title.input.value, position: picked || null, reasoning: reasoning.input.value } }),
      );
      ctx.navigate(`#/overleg/standpunten/${data.id}`, { text: "Het standpunt is vastgelegd.", kind: "succes" });
    } catch (error) {
      reportFormError(error, form, { position: "Kies stelling A, stelling B of een middenweg.", title: "Geef het standpunt een titel.", reasoning: "Schrijf de onderbouwing." });
    }
  });
  section.append(form);
}
