// The component layer: Preact and htm from npm (pinned in package.json), served as
// they are by the app under /app/vendor/ (backend/vakwerk/main.py). No build step.
//
// Imported by URL on purpose: an import map is an inline script, which the CSP
// (script-src 'self') refuses, and browsers do not load one from a src. For the same
// reason preact/hooks cannot be used (it imports the bare name "preact"): components
// here are classes. This is the only file that knows where the vendor files live.

import { Component, Fragment, createRef, h, render } from "/app/vendor/preact/preact.mjs";
import htm from "/app/vendor/htm/htm.mjs";
// Charts: uPlot (pinned in package.json), its ES module has no imports of its own.
import uPlot from "/app/vendor/uplot/uPlot.esm.js";

/** html`<${List} items=${items} />` — htm bound to Preact's createElement. */
export const html = htm.bind(h);

export { Component, Fragment, createRef, render, uPlot };
