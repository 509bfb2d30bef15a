// (g) "Mijn werk" for every role at desktop size: the start page shows its counts
// (GET /me/work, one request), and each tile's link opens the list that it counts — the
// list shows the same number. The team leader's page is one of them.

import { scenario } from "./lib.mjs";

// role login -> [tile text, screen the link opens, heading of the list's section (or null:
// the screen's one list)]
const PAGES = {
  "km1@demo.vakwerk.example": [
    [/concepten? van (een )?casus(sen)?$/, "casussen", null],
    [/concepten? voor de inleverdatum /, "casussen", null],
    [/open afweging(en)?$/, "afwegingen", "Mijn open afwegingen"],
    [/verwijzing(en)? teruggemeld door R&W$/, "afwegingen", "Teruggemeld door R&W"],
    [/toe is aan herbeoordeling$/, "klanten", null],
    [/zonder gesprek in het afgelopen jaar$/, "klanten", null],
  ],
  "teamleider@demo.vakwerk.example": [
    [/open twijfelgeval(len)? in het team$/, "afwegingen", "Twijfelgevallen"],
    [/ingediende casus(sen)? wacht(en)? op bespreking$/, "casussen-team", null],
    [/klanten? van het team zonder gesprek/, "klanten", null],
    [/klanten? van het team met een keuring ouder dan twee jaar$/, "klanten", null],
  ],
  "kwaliteit@demo.vakwerk.example": [[/twijfelgeval(len)? afgerond dit kwartaal$/, "afwegingen", "Twijfelgevallen"]],
  "consulent1@demo.vakwerk.example": [[/verwijzing(en)? te beoordelen$/, "afwegingen", "Te beoordelen verwijzingen"]],
  "beheer@demo.vakwerk.example": [
    [/gebruikers? zonder team$/, "gebruikers", "Overzicht"],
    [/mislukte inlogpoging(en)? in de afgelopen 24 uur$/, "auditspoor", null],
  ],
};
// Tiles without a list to go to: a number all the same.
const NUMBERS_ONLY = {
  "kwaliteit@demo.vakwerk.example": [/geweigerde? argument(en)? dit kwartaal$/, /^\d+\s?% van de beoordeelde verwijzingen/],
  "beheer@demo.vakwerk.example": [/actieve API-clients?$/],
};

const leadingNumber = (text) => Number.parseInt(text.replace(/\./g, ""), 10);

await scenario("startpaginas", async (t, page) => {
  const work = () => page.getByRole("region", { name: "Mijn werk" });
  let workRequests = 0;
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/v1/me/work") workRequests += 1;
  });
  await t.goto();
  await t.screen("inloggen");
  for (const [email, tiles] of Object.entries(PAGES)) {
    await t.login(email);
    await t.screen("start", `start ${email.split("@")[0]}`);
    const before = workRequests;
    for (const [text, screen, section] of tiles) {
      const tile = work().getByRole("link", { name: text });
      const label = (await tile.innerText()).replace(/\s+/g, " ").trim();
      const count = leadingNumber(label);
      t.check(Number.isInteger(count), `a tile without a count: ${label}`);
      await tile.click();
      await t.screen(screen, `${email.split("@")[0]}: ${label}`);
      const list = section ? page.getByRole("region", { name: section }) : page.locator("#scherm");
      if (!(section && count === 0 && (await list.count()) === 0)) {
        const telling = list.locator("p.telling").first();
        await telling.getByText(/^\d/).waitFor();
        const shown = leadingNumber(await telling.innerText());
        t.check(shown === count, `"${label}" leads to a list of ${shown}`);
      }
      t.log(`${label}: the list agrees`);
      await t.goto("#/start");
      await t.screen("start", `start ${email.split("@")[0]} (terug)`);
    }
    for (const text of NUMBERS_ONLY[email] || []) {
      const tile = work().locator("li").filter({ hasText: text });
      t.check(/^\d/.test((await tile.innerText()).trim()), `no number on the tile ${text}`);
    }
    t.check(workRequests > before, "the start page did not ask GET /me/work");
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await t.screen("inloggen", "uitgelogd");
  }
});
