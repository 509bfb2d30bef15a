// Vakwerk in the browser: hash routing, the page chrome (navigation, log out) and
// the screens. Every screen is a function render(container, ctx).

import { h } from "./dom.js";
import { BEHEER_PAGES, SECTIONS, beheerPages, visibleSections } from "./nav.js";
import { forget, logout, resume, session } from "./session.js";
import { whenSessionEnds } from "./client.js";
import { may } from "./grants.js";
import { announce, clearAnnouncement, errorText, heading, subNav } from "./ui.js";
import { renderLogin } from "./screens/inloggen.js";
import { renderStart } from "./screens/start.js";
import { renderMijnGegevens } from "./screens/mijn-gegevens.js";
import { renderGebruiker, renderGebruikers } from "./screens/gebruikers.js";
import { renderTeam, renderTeams } from "./screens/teams.js";
import { renderAuditspoor } from "./screens/auditspoor.js";
import { renderCasussen, renderTeamCasussen } from "./screens/casussen.js";
import { renderCase, renderCaseForm } from "./screens/casus.js";
import { renderKlant, renderKlanten } from "./screens/klanten.js";
import { renderAfwegingen, renderAfwegingStarten } from "./screens/afwegingen.js";
import { renderAfronden, renderVraag } from "./screens/afweging-stappen.js";
import { renderAfweging, renderBeoordelen } from "./screens/afweging.js";
import { renderStandaardzinnen } from "./screens/standaardzinnen.js";
import { renderBeslisboom, renderBeslisboomVersie } from "./screens/beslisboom.js";
import { CONFERENCE_ROUTES } from "./screens/overleg.js";
import { renderAandacht, renderDashboard } from "./screens/dashboard.js";
import { renderImport } from "./screens/import.js";
import { renderLandelijk } from "./screens/landelijk.js";

const beheer = (render) => (container, ctx) => {
  container.append(subNav("Beheer", beheerPages(ctx.me), ctx.activeBeheerPage));
  return render(container, ctx);
};

/** A Beheer route is open to whoever may see its page in the Beheer sub navigation. */
const beheerAllowed = (href) => (me) => BEHEER_PAGES.some((page) => page.href === href && page.visible(me));

/** "#/beheer": the first Beheer page this user may open. */
const firstBeheerPage = (me) => (beheerPages(me)[0] || BEHEER_PAGES[0]).href;

// path patterns: ":name" captures one segment. `section` ties a route to a SECTIONS
// entry: the route is only open to users who can see that section (and, with
// `allowed(me)`, only to those that function admits).
const ROUTES = [
  { path: "/inloggen", name: "inloggen", title: "Inloggen", public: true, render: renderLogin },
  { path: "/start", name: "start", section: "start", title: "Start", render: renderStart },
  { path: "/mijn-gegevens", name: "mijn-gegevens", section: "mijn-gegevens", title: "Mijn gegevens", render: renderMijnGegevens },
  { path: "/casussen", name: "casussen", section: "casussen", title: "Casussen", render: renderCasussen },
  { path: "/casussen/team", name: "casussen-team", section: "casussen", title: "Casussen van het team", render: renderTeamCasussen },
  { path: "/casussen/nieuw", name: "casus-nieuw", section: "casussen", title: "Nieuwe casus", allowed: (me) => may(me, "create_case"), render: renderCaseForm },
  { path: "/casussen/:id", name: "casus", section: "casussen", title: "Casus", render: renderCase },
  { path: "/casussen/:id/wijzigen", name: "casus-wijzigen", section: "casussen", title: "Casus wijzigen", render: renderCaseForm },
  { path: "/klanten", name: "klanten", section: "klanten", title: "Klanten", render: renderKlanten },
  { path: "/klanten/:id", name: "klant", section: "klanten", title: "Klant", render: renderKlant },
  { path: "/afwegingen", name: "afwegingen", section: "afwegingen", title: "Afwegingen", render: renderAfwegingen },
  { path: "/afwegingen/nieuw", name: "afweging-nieuw", section: "afwegingen", title: "Nieuwe afweging", allowed: (me) => may(me, "start_assessment"), render: renderAfwegingStarten },
  { path: "/afwegingen/:id", name: "afweging", section: "afwegingen", title: "Afweging", render: renderAfweging },
  { path: "/afwegingen/:id/vraag/:nummer", name: "afweging-vraag", section: "afwegingen", title: "Afweging", allowed: (me) => may(me, "start_assessment"), render: renderVraag },
  { path: "/afwegingen/:id/afronden", name: "afweging-afronden", section: "afwegingen", title: "Afweging afronden", allowed: (me) => may(me, "start_assessment"), render: renderAfronden },
  { path: "/afwegingen/:id/beoordelen", name: "afweging-beoordelen", section: "afwegingen", title: "Verwijzing beoordelen", allowed: (me) => may(me, "review_referral"), render: renderBeoordelen },
  ...CONFERENCE_ROUTES.map((route) => ({ ...route, section: "overleg" })),
  { path: "/dashboard", name: "dashboard", section: "dashboard", title: "Ontheffingen", render: renderDashboard },
  { path: "/dashboard/aandacht", name: "aandacht", section: "dashboard", title: "Aandachtslijsten", render: renderAandacht },
  { path: "/beheer", redirect: firstBeheerPage },
  ...[
    { path: "/beheer/gebruikers", name: "gebruikers", title: "Gebruikers", beheerPage: "#/beheer/gebruikers", render: renderGebruikers },
    { path: "/beheer/gebruikers/:id", name: "gebruiker", title: "Gebruiker", beheerPage: "#/beheer/gebruikers", render: renderGebruiker },
    { path: "/beheer/teams", name: "teams", title: "Teams", beheerPage: "#/beheer/teams", render: renderTeams },
    { path: "/beheer/teams/:id", name: "team", title: "Team", beheerPage: "#/beheer/teams", render: renderTeam },
    { path: "/beheer/beslisboom", name: "beslisboom", title: "Beslisboom", beheerPage: "#/beheer/beslisboom", render: renderBeslisboom },
    { path: "/beheer/beslisboom/:id", name: "beslisboom-versie", title: "Versie van de beslisboom", beheerPage: "#/beheer/beslisboom", render: renderBeslisboomVersie },
    { path: "/beheer/standaardzinnen", name: "standaardzinnen", title: "Standaardzinnen", beheerPage: "#/beheer/standaardzinnen", render: renderStandaardzinnen },
    { path: "/beheer/auditspoor", name: "auditspoor", title: "Auditspoor", beheerPage: "#/beheer/auditspoor", render: renderAuditspoor },
    { path: "/beheer/import", name: "import", title: "Klantenbestand importeren", beheerPage: "#/beheer/import", render: renderImport },
    { path: "/beheer/landelijk", name: "landelijk", title: "Landelijke cijfers", beheerPage: "#/beheer/landelijk", render: renderLandelijk },
  ].map((route) => ({ ...route, section: "beheer", allowed: beheerAllowed(route.beheerPage), render: beheer(route.render) })),
];

const screenHost = () => document.getElementById("scherm");

let renderCount = 0;
let firstRender = true;
let afterLogin = null;
let pending = null; // a message to show after the next screen has rendered

function parseHash() {
  const raw = window.location.hash.replace(/^#/, "") || "/start";
  const [path, search = ""] = raw.split("?");
  return { path: path.replace(/\/+$/, "") || "/", query: Object.fromEntries(new URLSearchParams(search)) };
}

function match(path) {
  const segments = path.split("/").filter(Boolean);
  for (const route of ROUTES) {
    const pattern = route.path.split("/").filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const params = {};
    const ok = pattern.every((part, i) => {
      if (part.startsWith(":")) {
        params[part.slice(1)] = decodeURIComponent(segments[i]);
        return true;
      }
      return part === segments[i];
    });
    if (ok) return { route, params };
  }
  return null;
}

/** Go to a hash route; `message` is announced once the new screen is there. */
export function navigate(hash, message = null) {
  pending = message;
  if (window.location.hash === hash) render();
  else window.location.hash = hash;
}

function sessionExpired() {
  forget();
  afterLogin = window.location.hash.startsWith("#/inloggen") ? afterLogin : window.location.hash;
  navigate("#/inloggen", { text: "Uw sessie is verlopen. Log opnieuw in.", kind: "fout" });
}

whenSessionEnds(sessionExpired);

// ------------------------------------------------------------------ chrome

function renderChrome(activeSection) {
  const me = session.me;
  const nav = document.getElementById("hoofdmenu");
  const userBox = document.getElementById("gebruiker");
  const sections = visibleSections(me);
  nav.hidden = !me;
  userBox.hidden = !me;
  nav.replaceChildren(
    h(
      "ul",
      {},
      sections.map((section) =>
        h(
          "li",
          {},
          h("a", { href: section.href, "aria-current": section.id === activeSection ? "page" : false }, section.label),
        ),
      ),
    ),
  );
  if (me) {
    userBox.replaceChildren(
      h("span", { class: "gebruiker-naam" }, h("span", { class: "visueel-verborgen" }, "Ingelogd als "), me.displayName),
      h("button", { type: "button", class: "knop knop-kop", onclick: onLogout }, "Uitloggen"),
    );
  } else {
    userBox.replaceChildren();
  }
}

async function onLogout(event) {
  const button = event.currentTarget;
  button.disabled = true;
  try {
    await logout();
  } catch (error) {
    if (error.status !== 401) {
      button.disabled = false; // 401: the session was gone already, which is logged out too
      announce(`Uitloggen is niet gelukt. ${errorText(error)}`, "fout");
      return;
    }
  }
  afterLogin = null;
  navigate("#/inloggen", { text: "U bent uitgelogd.", kind: "succes" });
}

// ------------------------------------------------------------------ screens

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

function simpleScreen(container, title, text, link = null) {
  container.append(heading(title), h("p", {}, text), link ? h("p", {}, h("a", { href: link.href }, link.label)) : null);
}

async function render() {
  const count = ++renderCount;
  const { path, query } = parseHash();
  const found = match(path);
  const host = screenHost();

  if (found && found.route.redirect) {
    const target = found.route.redirect;
    window.location.replace(typeof target === "function" ? target(session.me) : target);
    return;
  }
  if (found && !found.route.public && !session.me) {
    afterLogin = window.location.hash;
    navigate("#/inloggen", pending);
    return;
  }
  if (found && found.route.name === "inloggen" && session.me) {
    navigate("#/start", pending);
    return;
  }

  const route = found ? found.route : null;
  const section = route && route.section ? SECTIONS.find((s) => s.id === route.section) : null;
  const allowed = (!section || section.visible(session.me)) && (!route || !route.allowed || route.allowed(session.me));
  renderChrome(allowed && section ? section.id : null);

  const container = h("div", { class: "scherm-inhoud" });
  host.setAttribute("aria-busy", "true");
  host.dataset.screen = route ? (allowed ? route.name : "geen-toegang") : "niet-gevonden";
  host.replaceChildren(container);
  const message = pending;
  pending = null;
  clearAnnouncement();

  let title = route ? route.title : "Pagina niet gevonden";
  const ctx = {
    me: session.me,
    params: found ? found.params : {},
    query,
    activeBeheerPage: route ? route.beheerPage : null,
    navigate,
    setTitle: (text) => {
      title = text;
      if (count === renderCount) document.title = `${text} – Vakwerk`;
    },
    /** Keep the URL's query in step with the screen without rendering again. */
    replaceQuery: (values) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(values)) if (value !== "" && value != null) params.set(key, value);
      const search = params.toString();
      window.history.replaceState(null, "", `#${path}${search ? `?${search}` : ""}`);
    },
    afterLogin: () => {
      const target = afterLogin && !afterLogin.startsWith("#/inloggen") ? afterLogin : "#/start";
      afterLogin = null;
      return target;
    },
    isCurrent: () => count === renderCount,
  };
  document.title = `${title} – Vakwerk`;

  try {
    if (!route) {
      simpleScreen(container, "Pagina niet gevonden", "Deze pagina bestaat niet.", { href: "#/start", label: "Naar de startpagina" });
    } else if (!allowed) {
      title = "Geen toegang";
      simpleScreen(container, "Geen toegang", "U hebt geen toegang tot dit onderdeel.", { href: "#/start", label: "Naar de startpagina" });
    } else {
      await route.render(container, ctx);
    }
  } catch (error) {
    if (count !== renderCount) return;
    if (error && error.handled) return; // the session ended: client.js went to Inloggen
    if (!error || typeof error.status !== "number") console.error(error);
    if (!container.querySelector("h1")) container.prepend(heading(title));
    container.append(h("p", { class: "fout-tekst" }, errorText(error)));
  }
  // Two frames: layout and ResizeObserver callbacks (scrollBox) have run.
  await nextFrame();
  await nextFrame();
  if (count !== renderCount) return;
  document.title = `${title} – Vakwerk`;
  host.setAttribute("aria-busy", "false");
  if (message) announce(message.text, message.kind);
  if (!firstRender) {
    const target = container.querySelector("[data-autofocus]") || container.querySelector("h1");
    if (target) target.focus();
  }
  firstRender = false;
}

function setUpSkipLink() {
  const link = document.querySelector(".overslaan");
  link.addEventListener("click", (event) => {
    event.preventDefault(); // "#inhoud" is not a route
    const main = document.getElementById("inhoud");
    main.focus();
  });
}

/** A link to the page you are on shows it afresh (the hash does not change, so no hashchange). */
function setUpSamePageLinks() {
  document.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest("a[href^='#/']") : null;
    if (link && link.getAttribute("href") === window.location.hash) {
      event.preventDefault();
      navigate(window.location.hash);
    }
  });
}

async function start() {
  setUpSkipLink();
  setUpSamePageLinks();
  window.addEventListener("hashchange", () => {
    if (window.location.hash.startsWith("#/") || window.location.hash === "") render();
  });
  try {
    await resume();
  } catch (error) {
    pending = { text: errorText(error), kind: "fout" };
  }
  render();
}

start();
