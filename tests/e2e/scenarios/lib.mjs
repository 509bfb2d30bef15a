// Shared harness for the browser scenarios: Debian's Chromium through playwright-core,
// axe-core on every screen, and a failure on any CSP violation or script error.
//
// Run one scenario by hand: BASE_URL=http://127.0.0.1:8000 node tests/e2e/scenarios/beheerder.mjs
// SCREENSHOT_DIR=<dir> also saves a PNG of every screen visited; VIEWPORT=390x844 sets the size.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const BASE_URL = (process.env.BASE_URL || "").replace(/\/+$/, "");
export const DEMO_PASSWORD = "vakwerk-demo-2026";
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

const AXE_SOURCE = fs.readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
// The app's CSP (script-src 'self') refuses inline scripts, so axe is served as if it
// came from the app's own origin: Playwright answers this URL, the server never sees it.
const AXE_PATH = "/__e2e__/axe.min.js";
const BLOCKING = new Set(["serious", "critical"]);
const SCENARIO_TIMEOUT_MS = Number(process.env.SCENARIO_TIMEOUT_MS || 120_000);

class Failure extends Error {}

/** VIEWPORT=390x844 for a phone-sized check; 1280x900 by default. */
function viewport() {
  const [width, height] = (process.env.VIEWPORT || "1280x900").split("x").map(Number);
  return { width: width || 1280, height: height || 900 };
}

export class Tester {
  constructor(page, name) {
    this.page = page;
    this.name = name;
    this.started = Date.now();
    this.screens = [];
    this.browserErrors = [];
    this.shots = process.env.SCREENSHOT_DIR || null;
  }

  log(message) {
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1).padStart(5);
    console.log(`[${this.name} ${seconds}s] ${message}`);
  }

  fail(message) {
    throw new Failure(message);
  }

  check(condition, message) {
    if (!condition) this.fail(message);
  }

  /** Open a hash route (or "/") of the app. */
  async goto(hash = "") {
    await this.page.goto(`${BASE_URL}/${hash}`);
  }

  /** Wait until the screen `name` has rendered, then check it with axe. */
  async screen(name, label = name) {
    await this.page.waitForSelector(`#scherm[data-screen="${name}"][aria-busy="false"]`, { timeout: 15_000 });
    await this.axe(label);
  }

  /** axe-core on the page as it is now; serious or critical violations fail the scenario. */
  async axe(label) {
    await this.page.waitForFunction(() => document.readyState === "complete");
    const loaded = await this.page.evaluate(() => typeof window.axe !== "undefined");
    if (!loaded) await this.page.addScriptTag({ url: AXE_PATH });
    const violations = await this.page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ["violations"] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => `${n.target.join(" ")} — ${n.failureSummary.replace(/\s+/g, " ")}`),
      }));
    });
    this.screens.push(label);
    if (this.shots) {
      fs.mkdirSync(this.shots, { recursive: true });
      const file = `${this.name}-${String(this.screens.length).padStart(2, "0")}-${label.replace(/[^a-z0-9]+/gi, "-")}.png`;
      await this.page.screenshot({ path: path.join(this.shots, file), fullPage: true });
    }
    const blocking = violations.filter((v) => BLOCKING.has(v.impact));
    for (const v of violations.filter((x) => !BLOCKING.has(x.impact))) {
      this.log(`axe (${label}) ${v.impact} ${v.id}: ${v.help} [${v.nodes.length}x]`);
    }
    if (blocking.length) {
      const lines = blocking.flatMap((v) => [
        `  ${v.impact} ${v.id}: ${v.help}`,
        ...v.nodes.slice(0, 5).map((n) => `    ${n}`),
      ]);
      this.fail(`axe found serious/critical violations on "${label}":\n${lines.join("\n")}`);
    }
    this.log(`screen ok: ${label} (axe: ${violations.length} minor/moderate)`);
  }

  /** The text of the aria-live status region, once it has something. */
  async status(expected) {
    const region = this.page.locator("#meldingen");
    await region.getByText(expected).waitFor({ timeout: 10_000 });
    return region.innerText();
  }

  /** Wait for the status region to show `expected` (a string or RegExp). */
  async expectStatus(expected) {
    const text = await this.status(expected);
    this.log(`status: ${text.trim()}`);
  }

  async login(email, password = DEMO_PASSWORD) {
    await this.page.getByLabel("E-mailadres").fill(email);
    await this.page.getByLabel("Wachtwoord").fill(password);
    await this.page.getByRole("button", { name: "Inloggen" }).click();
  }

  mainNav() {
    return this.page.getByRole("navigation", { name: "Hoofdmenu" });
  }

  assertNoBrowserErrors() {
    if (this.browserErrors.length) {
      this.fail(`browser errors:\n${this.browserErrors.map((e) => `  ${e}`).join("\n")}`);
    }
  }
}

/** Run a scenario in a fresh headless Chromium; exits non-zero on any failure. */
export async function scenario(name, body) {
  if (!BASE_URL) {
    console.error("BASE_URL is not set");
    process.exit(2);
  }
  const timer = setTimeout(() => {
    console.error(`[${name}] timed out after ${SCENARIO_TIMEOUT_MS} ms`);
    process.exit(3);
  }, SCENARIO_TIMEOUT_MS);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // Each launch gets a fresh temporary user data dir from Playwright.
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--lang=nl-NL", // Dutch date fields (dd-mm-jjjj), as the users see them
    ],
  });
  let failed = false;
  let tester = null;
  try {
    const context = await browser.newContext({
      locale: "nl-NL",
      timezoneId: "Europe/Amsterdam",
      viewport: viewport(),
    });
    context.setDefaultTimeout(10_000);
    await context.route(`${BASE_URL}${AXE_PATH}`, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: AXE_SOURCE }),
    );
    const page = await context.newPage();
    tester = new Tester(page, name);
    page.on("pageerror", (error) => tester.browserErrors.push(`uncaught: ${error.message}`));
    page.on("console", (message) => {
      const text = message.text();
      const where = message.location().url || "";
      if (/Content Security Policy|Refused to/i.test(text)) tester.browserErrors.push(`CSP: ${text}`);
      else if (message.type() === "error" && where.includes("/app/")) tester.browserErrors.push(`console.error: ${text}`);
      else if (message.type() === "error") tester.log(`browser console (expected?): ${text}`);
    });
    await body(tester, page);
    tester.assertNoBrowserErrors();
    tester.log(`PASSED — screens checked with axe: ${tester.screens.join(", ")}`);
  } catch (error) {
    failed = true;
    const label = error instanceof Failure ? "FAILED" : "ERROR";
    console.error(`[${name}] ${label}: ${error instanceof Failure ? error.message : error.stack || error}`);
    if (tester) {
      for (const e of tester.browserErrors) console.error(`[${name}] browser: ${e}`);
      try {
        console.error(`[${name}] at ${tester.page.url()}; status region: ${JSON.stringify(await tester.page.locator("#meldingen").innerText())}`);
        const dir = process.env.SCREENSHOT_DIR || fs.mkdtempSync(path.join(os.tmpdir(), "vakwerk-e2e-"));
        const file = path.join(dir, `${name}-failure.png`);
        await tester.page.screenshot({ path: file, fullPage: true });
        console.error(`[${name}] screenshot: ${file}`);
      } catch {
        // the page may be gone
      }
    }
  } finally {
    await browser.close();
    clearTimeout(timer);
  }
  process.exit(failed ? 1 : 0);
}
