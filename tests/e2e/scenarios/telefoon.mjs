// (f) One pass at phone size (390×844) over the main screens, with every API request
// the app makes recorded: no list or picker asks for more than 100 rows, and none
// follows its pages to the end (the client picker's search included). The header is compact, tables reflow into cards (or
// say that they scroll), nothing is wider than the screen. The team leader's start
// page shows counts.

import { scenario } from "./lib.mjs";

const WIDTH = 390;
const MAX_ROWS = 100;

await scenario("telefoon", async (t, page) => {
  await page.setViewportSize({ width: WIDTH, height: 844 });
  const requests = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith("/api/v1/")) requests.push({ method: request.method(), path: url.pathname, params: url.searchParams });
  });
  const nav = t.mainNav();

  /** The page fits the screen: nothing sticks out at the right. */
  async function fits(label) {
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    t.check(wide <= WIDTH, `${label}: the page is ${wide}px wide on a ${WIDTH}px screen`);
  }

  async function visit(hash, screen, label) {
    await t.goto(hash);
    await t.screen(screen, `telefoon: ${label}`);
    await fits(label);
  }

  async function logout() {
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await t.screen("inloggen", "telefoon: uitgelogd");
  }

  await t.goto();
  await t.screen("inloggen", "telefoon: inloggen");
  await t.login("km1@demo.vakwerk.example");
  await t.screen("start", "telefoon: start klantmanager");
  // A compact header: two short rows, not three.
  const header = await page.locator("header.kop").boundingBox();
  t.check(header.height <= 110, `the header is ${header.height}px tall on a phone`);
  await fits("start");
  await page.getByRole("region", { name: "Mijn werk" }).getByRole("link").first().waitFor();

  // Lists as cards: each cell carries its column's title.
  await visit("#/casussen/team", "casussen-team", "casussen van het team");
  const firstCase = page.locator("table.tabel-kaarten tbody tr").first();
  t.check((await firstCase.locator("td").first().getAttribute("data-label")) === "Soort", "a case row has no column titles for its card");
  const cardWidth = (await firstCase.boundingBox()).width;
  t.check(cardWidth <= WIDTH, `a case card is ${cardWidth}px wide`);
  await visit("#/klanten", "klanten", "klanten (mijn klanten)");
  await page.getByRole("navigation", { name: "Paginering klanten" }).getByRole("button", { name: "Volgende pagina" }).click();
  await t.expectStatus("Pagina 2 van");
  await visit("#/afwegingen", "afwegingen", "afwegingen");
  await visit("#/casussen/nieuw", "casus-nieuw", "nieuwe casus");
  const age = await page.getByLabel("Leeftijd").getAttribute("type");
  t.check(age === "number", `age is a ${age} field`);
  await page.getByRole("group", { name: /^Klant/ }).getByRole("button", { name: "Volgende 20" }).click();
  await page.getByRole("group", { name: /^Klant/ }).getByText(/pagina 2 van/).waitFor();
  // Typing searches the server, one page of 20 per (debounced) keystroke.
  const search = page.getByRole("group", { name: /^Klant/ }).getByRole("searchbox", { name: "Zoeken op klantnummer" });
  await search.pressSequentially("cs-1", { delay: 30 });
  await page.getByRole("group", { name: /^Klant/ }).getByText(/^\d+ klanten?(,|$)/).waitFor();
  await fits("nieuwe casus: klant zoeken");
  await visit("#/afwegingen/nieuw", "afweging-nieuw", "nieuwe afweging");
  await visit("#/mijn-gegevens", "mijn-gegevens", "mijn gegevens");
  await logout();

  // The team leader's start page: counts, each a link to its list.
  await t.login("teamleider@demo.vakwerk.example");
  await t.screen("start", "telefoon: start teamleider");
  const tiles = page.getByRole("region", { name: "Mijn werk" }).getByRole("link");
  t.check((await tiles.count()) >= 3, `the team leader sees ${await tiles.count()} counts`);
  for (const text of await tiles.allInnerTexts()) t.check(/^\d+\s/.test(text.trim()), `a tile without a count: ${text}`);
  await page.getByRole("region", { name: "Mijn werk" }).getByRole("link", { name: /twijfelgeval/ }).click();
  await t.screen("afwegingen", "telefoon: twijfelgevallen van het team");
  await fits("twijfelgevallen");
  await logout();

  // Beheer at phone size: users, a team with its members.
  await t.login("beheer@demo.vakwerk.example");
  await t.screen("start", "telefoon: start beheerder");
  await nav.getByRole("link", { name: "Beheer" }).click();
  await t.screen("gebruikers", "telefoon: gebruikers");
  await fits("gebruikers");
  await visit("#/beheer/teams", "teams", "teams");
  await page.getByRole("link", { name: "Werk en Inkomen" }).click();
  await t.screen("team", "telefoon: team");
  await fits("team");
  await visit("#/beheer/auditspoor", "auditspoor", "auditspoor");

  // ---------------------------------------------------------------- what the app asked
  const lists = requests.filter((r) => r.method === "GET" && r.params.has("limit"));
  t.check(lists.length > 10, `only ${lists.length} list requests recorded`);
  const tooMany = lists.filter((r) => Number(r.params.get("limit")) > MAX_ROWS);
  t.check(!tooMany.length, `asked for more than ${MAX_ROWS} rows: ${tooMany.map((r) => `${r.path}?${r.params}`).join(", ")}`);
  // Following pages to the end: the same query at three or more offsets without a click.
  const offsets = new Map();
  for (const r of lists) {
    const rest = new URLSearchParams(r.params);
    rest.delete("offset");
    rest.delete("cursor");
    const key = `${r.path}?${rest}`;
    if (!offsets.has(key)) offsets.set(key, new Set());
    offsets.get(key).add(r.params.get("offset") || r.params.get("cursor") || "0");
  }
  const followed = [...offsets].filter(([, seen]) => seen.size > 2);
  t.check(!followed.length, `pages followed: ${followed.map(([key, seen]) => `${key} at ${[...seen]}`).join("; ")}`);
  const whole = requests.filter((r) => r.method === "GET" && /\/(users|clients|teams)$/.test(r.path) && !r.params.has("limit"));
  t.check(!whole.length, `a list without a limit: ${whole.map((r) => r.path).join(", ")}`);
  t.log(`${requests.length} API requests, ${lists.length} of them lists; the largest page asked: ${Math.max(...lists.map((r) => Number(r.params.get("limit"))))} rows`);
});
