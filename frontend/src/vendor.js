// The component layer: Preact and htm from npm (pinned in package.json), served as
// they are by the app under /app/vendor/ (backend/vakwerk/main.py). No build step.
//
// Imported by URL on purpose: an import map is an inline script, which the CSP
// (script-src 'self') refuses, and browsers do not load one from a src. For the same
// reason preact/hooks cannot be used (it imports the bare name "preact"): components
// here are classes. This is the only file that knows where the vendor files live.

import { Component, Fragment, createRef, h, render } from "/app/vendor/preact/preact.mjs";
import htm from "/app/vendor/htm/htm.mjs";

/** html`<${List} items=${items} />` — htm bound to Preact's createElement. */
export const html = htm.bind(h);

export { Component, Fragment, createRef, render };

/**
 * Chart.js (pinned in package.json), loaded when a screen first draws a chart. Its UMD
 * build sets globalThis.Chart when imported as a module: no bundler, no inline script.
 */
export async function loadChart() {
  if (!globalThis.Chart) await import("/app/vendor/chart.js/chart.umd.min.js");
  return globalThis.Chart;
}
