// The team leader's start page: the exemption rate today with the national figure, and
// how many clients each attention list holds, each a link to the list.

import { api } from "../client.js";
import { h } from "../dom.js";
import { hasRole, may } from "../grants.js";
import { todayIso } from "../labels.js";
import { BENCHMARK, NUMBER, percentText } from "../charts.js";
import { LISTS, gapText } from "./dashboard.js";

function tile(number, text, href, attention = false) {
  const body = [h("span", { class: "werk-getal" }, number), " ", h("span", { class: "werk-tekst" }, text)];
  return h("li", { class: `werk-tegel${attention ? " werk-aandacht" : ""}` }, href ? h("a", { href }, body) : h("span", {}, body));
}

/** The section, or null for whoever does not steer on the figures (or when they fail). */
export async function dashboardSummary(me) {
  if (!hasRole(me, "teamleider") || !may(me, "read_dashboard")) return null;
  const today = todayIso();
  let figure;
  let counts;
  try {
    [{ data: figure }, { data: counts }] = await Promise.all([
      api.getExemptionDashboard({ query: { date: today, fromDate: today, toDate: today } }),
      api.getAttentionCounts({ query: {} }),
    ]);
  } catch {
    return null;
  }
  const benchmark = figure.benchmark
    ? `landelijk ${BENCHMARK.format(figure.benchmark.rate)} (${figure.benchmark.year})${figure.benchmark.gap !== null ? `, ${gapText(figure.benchmark.gap)}` : ""}`
    : "geen landelijk cijfer";
  return h(
    "section",
    { "aria-labelledby": "start-ontheffingen" },
    h("h2", { id: "start-ontheffingen" }, "Ontheffingen in uw team"),
    h(
      "ul",
      { class: "werk-lijst" },
      tile(
        percentText(figure.rate),
        `van de klanten met een uitkering heeft een ontheffing (${NUMBER.format(figure.clientsWithExemption)} van ${NUMBER.format(figure.clientsWithBenefit)}); ${benchmark}`,
        "#/dashboard",
      ),
      LISTS.map((list) => tile(NUMBER.format(counts[list.count]), list.label.toLowerCase(), `#/dashboard/aandacht?lijst=${list.key}`, counts[list.count] > 0)),
    ),
  );
}
