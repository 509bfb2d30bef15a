// Charts on uPlot (vendor.js), each shown with the same figures as a table: the canvas
// is an image with a summary for screen readers, the table is what they read.

import { h } from "./dom.js";
import { scrollBox } from "./ui.js";
import { uPlot } from "./vendor.js";

const PRIMARY = "#154273"; // var(--primair)
const SECOND = "#a4001b"; // var(--fout): the benchmark line, dashed
const GRID = "#d0d5dd";
const HEIGHT = 260;
const DAY = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short", year: "2-digit", timeZone: "UTC" });
export const PERCENT = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 0 });
export const NUMBER = new Intl.NumberFormat("nl-NL");
// The national figures are given to a tenth (Divosa: 9,5%): shown so, not rounded to 10%.
export const BENCHMARK = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 1 });

/** "25%", or "–" when there is no figure (no clients with a benefit). */
export const percentText = (fraction) => (fraction === null || fraction === undefined ? "–" : PERCENT.format(fraction));

function sized(host, make) {
  const width = () => Math.max(280, Math.floor(host.clientWidth || 600));
  const plot = make(width());
  if (typeof ResizeObserver === "function") {
    let last = width();
    new ResizeObserver(() => {
      const now = width();
      if (now !== last) {
        last = now;
        plot.setSize({ width: now, height: HEIGHT });
      }
    }).observe(host);
  }
  return plot;
}

function axis(values) {
  return { stroke: "#1b1b1b", grid: { stroke: GRID, width: 1 }, ticks: { stroke: GRID }, font: "14px system-ui, sans-serif", values };
}

/**
 * A figure: caption, the chart as an image with `summary`, and the table `table`.
 * `draw(host)` puts the chart in the (by then attached) host.
 */
function figure({ id, caption, summary, table, draw }) {
  const host = h("div", { class: "grafiek", role: "img", "aria-label": summary });
  const node = h(
    "figure",
    { class: "figuur", "aria-labelledby": `${id}-titel` },
    h("figcaption", { id: `${id}-titel`, class: "figuur-titel" }, caption),
    host,
    scrollBox(table, caption),
  );
  requestAnimationFrame(() => {
    try {
      draw(host);
    } catch (error) {
      console.error(error);
      host.replaceChildren(h("p", { class: "hint" }, "De grafiek kan niet worden getoond; de tabel hieronder geeft de cijfers."));
    }
  });
  return node;
}

/**
 * The trend of the rate: points [{date, rate, clientsWithBenefit, clientsWithExemption}],
 * with the benchmark as a dashed line when there is one.
 */
export function trendChart({ id, caption, points, benchmark }) {
  const xs = points.map((p) => Date.parse(`${p.date}T00:00:00Z`) / 1000);
  const rates = points.map((p) => (p.rate === null ? null : p.rate * 100));
  const series = [{}, { label: "Percentage", stroke: PRIMARY, width: 3, points: { show: true, size: 7, fill: PRIMARY } }];
  const data = [xs, rates];
  if (benchmark) {
    series.push({ label: `Landelijk (${benchmark.year})`, stroke: SECOND, width: 2, dash: [8, 6], points: { show: false } });
    data.push(points.map(() => benchmark.rate * 100));
  }
  const first = points[0];
  const last = points[points.length - 1];
  const summary = first && last
    ? `Lijngrafiek: het percentage ontheffingen van ${percentText(first.rate)} op ${DAY.format(new Date(xs[0] * 1000))} tot ${percentText(last.rate)} op ${DAY.format(new Date(xs[xs.length - 1] * 1000))}${benchmark ? `; landelijk ${BENCHMARK.format(benchmark.rate)}` : ""}. De tabel hieronder geeft elk punt.`
    : "Geen cijfers in deze periode.";
  const table = h(
    "table",
    { class: "tabel" },
    h("caption", { class: "visueel-verborgen" }, caption),
    h("thead", {}, h("tr", {}, ["Datum", "Met uitkering", "Met ontheffing", "Percentage"].map((t) => h("th", { scope: "col" }, t)))),
    h(
      "tbody",
      {},
      points.map((p) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, h("time", { datetime: p.date }, DAY.format(new Date(`${p.date}T00:00:00Z`)))),
          h("td", { class: "getal" }, NUMBER.format(p.clientsWithBenefit)),
          h("td", { class: "getal" }, NUMBER.format(p.clientsWithExemption)),
          h("td", { class: "getal" }, percentText(p.rate)),
        ),
      ),
    ),
  );
  return figure({
    id,
    caption,
    summary,
    table,
    draw: (host) =>
      sized(host, (width) =>
        new uPlot(
          {
            width,
            height: HEIGHT,
            legend: { show: false },
            cursor: { show: false },
            scales: { x: { time: true }, y: { range: (u, min, max) => [0, Math.max(10, Math.ceil((max || 0) / 5) * 5 + 5)] } },
            axes: [
              axis((u, ticks) => ticks.map((t) => DAY.format(new Date(t * 1000)))),
              { ...axis((u, ticks) => ticks.map((t) => `${Math.round(t)}%`)), size: 50 },
            ],
            series,
          },
          data,
          host,
        ),
      ),
  });
}

/** Bars with a label each: rows [{label, value, text}] (value a number, text as shown). */
export function barChart({ id, caption, rows, labelTitle = "Grond", valueTitle = "Aantal", shareTitle = null, summary = null }) {
  const xs = rows.map((_, i) => i);
  const values = rows.map((r) => r.value);
  summary = summary || `Staafgrafiek: ${rows.map((r) => `${r.label} ${r.text}`).join(", ")}. De tabel hieronder geeft dezelfde cijfers.`;
  const table = h(
    "table",
    { class: "tabel" },
    h("caption", { class: "visueel-verborgen" }, caption),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, labelTitle), h("th", { scope: "col" }, valueTitle), shareTitle ? h("th", { scope: "col" }, shareTitle) : null)),
    h(
      "tbody",
      {},
      rows.map((r) =>
        h("tr", {}, h("th", { scope: "row" }, r.label), h("td", { class: "getal" }, r.text), shareTitle ? h("td", { class: "getal" }, r.share) : null),
      ),
    ),
  );
  return figure({
    id,
    caption,
    summary,
    table,
    draw: (host) =>
      sized(host, (width) =>
        new uPlot(
          {
            width,
            height: HEIGHT,
            legend: { show: false },
            cursor: { show: false },
            scales: { x: { time: false, range: [-0.5, rows.length - 0.5], distr: 2 }, y: { range: (u, min, max) => [0, Math.max(5, (max || 0) * 1.15)] } },
            axes: [
              { ...axis((u, ticks) => ticks.map((t) => (Number.isInteger(t) && rows[t] ? rows[t].label : ""))), grid: { show: false }, space: 10 },
              { ...axis((u, ticks) => ticks.map((t) => NUMBER.format(t))), size: 50 },
            ],
            series: [{}, { label: valueTitle, fill: PRIMARY, stroke: PRIMARY, width: 0, paths: uPlot.paths.bars({ size: [0.6, 120] }), points: { show: false } }],
          },
          [xs, values],
          host,
        ),
      ),
  });
}
