// (e) A klantmanager walks a full assessment for a client made for this run: started
// from the client's page, twijfelgeval flagged, Toelichting and tips one click away, an
// argument refused as boilerplate with the reason beside the box, the characteristics
// grid, the live provisional outcome with its explicit label, completion with every gap
// at once, then the full argumentation (also as printed) and the CompetenSYS text.
// A consultant returns the referral with an argument (a too short one refused first);
// the klantmanager sees it returned. The quality officer finds the twijfelgeval and
// keeps the list of boilerplate phrases. The beheerder opens Beslisboom: a JSON error and
// a refused rule, nothing published (the other scenarios share the current version).

import { BASE_URL, scenario } from "./lib.mjs";

/** A call to the API as the logged-in user (cookie + CSRF token), for setting up data. */
async function apiCall(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const headers = { Accept: "application/json" };
      if (method !== "GET") headers["X-CSRF-Token"] = sessionStorage.getItem("vakwerk.csrfToken");
      if (body !== undefined) headers["Content-Type"] = "application/json";
      const reply = await fetch(`/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: reply.status, body: await reply.json() };
    },
    { method, path, body },
  );
}

const TRAJECT = "Ja, er is wel een traject mogelijk bij R&W";
const GEEN_TRAJECT = "Nee, er is (nu) geen traject mogelijk bij R&W";

await scenario("afweging", async (t, page) => {
  // Every argument carries this run's token: repeated runs are never duplicates.
  const token = `proef${Date.now().toString(36)}`;
  const nav = t.mainNav();

  async function logout() {
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await t.screen("inloggen", "uitgelogd");
  }

  await t.goto();
  await t.screen("inloggen");
  await t.login("km1@demo.vakwerk.example");
  await t.screen("start");
  await nav.getByRole("link", { name: "Afwegingen" }).waitFor();
  const returnedCount = async () => {
    const tile = page.getByRole("region", { name: "Mijn werk" }).getByRole("link", { name: /^\d+ verwijzing(en)? teruggemeld door R&W$/ });
    await tile.waitFor();
    return Number.parseInt(await tile.innerText(), 10);
  };
  const returnedBefore = await returnedCount();

  // A client of the demo team for this run (pseudonymous: no name).
  const me = (await apiCall(page, "GET", "/me")).body;
  const made = await apiCall(page, "POST", "/clients", { responsibleManagerId: me.id, municipalityCode: "GM0753", ladderRung: 3 });
  t.check(made.status === 201, `creating a client answered ${made.status}: ${JSON.stringify(made.body)}`);
  const client = made.body;
  const clientName = `Klant ${client.id.slice(0, 8)}`;
  t.log(`client for this run: ${clientName}, token ${token}`);

  // ---------------------------------------------------------------- start from the client's page
  await t.goto(`#/klanten/${client.id}`);
  await t.screen("klant", "klant: afwegingen");
  await page.getByText("Er zijn (voor u zichtbaar) geen afwegingen over deze klant.").waitFor();
  await page.getByRole("link", { name: "Afweging starten" }).click();
  await t.screen("afweging-nieuw", "nieuwe afweging");
  const start = page.getByRole("form", { name: "Nieuwe afweging" });
  const chosen = start.getByRole("group", { name: /^Klant/ }).getByRole("radio", { name: clientName });
  t.check(await chosen.isChecked(), "the client is not preselected");
  await start.getByRole("button", { name: "Afweging starten" }).click();
  await t.screen("afweging-vraag", "vraag 1");
  await t.expectStatus("De afweging is gestart.");
  await page.getByRole("heading", { level: 1, name: /^Vraag 1 van 4 Is de klant gemotiveerd om aan het werk te gaan\?$/ }).waitFor();
  await page.getByText(`Afweging voor ${clientName}`).waitFor();

  // Toelichting and the tips, one click away.
  const helpText = page.getByText(/^Motivatie is leidend\./);
  t.check(!(await helpText.isVisible()), "the Toelichting is open before a click");
  await page.locator("summary", { hasText: "Toelichting" }).click();
  await helpText.waitFor();
  await page.locator("summary", { hasText: "Tips voor uw argument" }).click();
  await page.getByText("Zoek de trigger: waarvoor wil de klant in beweging komen?").waitFor();
  const outcomeBox = page.locator(".voorlopig");
  await outcomeBox.getByText("Nog niet bekend").waitFor();
  await t.axe("vraag 1: toelichting en tips open");

  // A twijfelgeval (PATCH with If-Match).
  await page.getByRole("checkbox", { name: "Twijfelgeval" }).check();
  await t.expectStatus("De afweging is gemarkeerd als twijfelgeval.");

  // ---------------------------------------------------------------- vraag 1: boilerplate refused
  let step = page.getByRole("form", { name: /^Vraag 1 van 4/ });
  await step.getByRole("radio", { name: "Ja", exact: true }).check();
  const boilerplate = "Er is geen reden om de klant niet aan te melden bij R&W. Dat is gewoon zo.";
  await step.getByLabel("Argument").fill(boilerplate);
  await step.getByText(`${[...boilerplate].length} van 4000 tekens`).waitFor();
  await step.getByRole("checkbox", { name: "Eigen inschatting" }).check();
  await step.getByRole("button", { name: "Opslaan en volgende vraag" }).click();
  const refusal = step.locator(".veldfout").filter({ hasText: "Dit argument bestaat vooral uit een standaardzin." });
  await refusal.waitFor();
  await refusal.getByText(/Een goed argument noemt feiten over deze klant/).waitFor();
  t.check((await step.getByLabel("Argument").getAttribute("aria-invalid")) === "true", "the argument is not marked invalid");
  t.check((await page.locator("#scherm").getAttribute("data-screen")) === "afweging-vraag", "a refused argument left the step");
  await t.axe("vraag 1: standaardzin geweigerd");

  await step
    .getByLabel("Argument")
    .fill(`De klant wil weer werken om zijn dochter vaker te kunnen zien; hij vertelde dat zelf in het gesprek van vorige week (${token}, motivatie).`);
  await step.getByRole("checkbox", { name: "Klant", exact: true }).check();
  await step.getByRole("button", { name: "Opslaan en volgende vraag" }).click();
  await t.screen("afweging-vraag", "vraag 2");
  await t.expectStatus("Vraag 1 is opgeslagen.");
  await page.getByRole("navigation", { name: "Stappen van de afweging" }).getByRole("link", { name: "Vraag 1 (beantwoord)" }).waitFor();

  // ---------------------------------------------------------------- vraag 2: the characteristics grid
  step = page.getByRole("form", { name: /^Vraag 2 van 4/ });
  const grid = step.getByRole("group", { name: "Kenmerken" });
  const row = (label) => grid.getByRole("group", { name: `Belemmering (${label})` });
  await row("Schulden").getByRole("radio", { name: "Ja" }).check();
  const trend = grid.getByRole("combobox", { name: "Ontwikkeling (Schulden)" });
  t.check(await trend.isEnabled(), "the trend of an obstacle is disabled");
  await trend.selectOption("stabiel");
  await grid.getByRole("textbox", { name: "Toelichting (Schulden)" }).fill("Schuldhulpverlening loopt sinds maart");
  await row("Woonsituatie").getByRole("radio", { name: "Nee" }).check();
  t.check(await grid.getByRole("combobox", { name: "Ontwikkeling (Woonsituatie)" }).isDisabled(), "the trend without an obstacle is enabled");
  // Saving with a row left open: refused here, at that row.
  await step.getByLabel("Argument").fill(`Schulden zijn stabiel dankzij schuldhulpverlening; wonen en middelengebruik geven geen problemen (${token}, omstandigheden).`);
  await step.getByRole("checkbox", { name: "CompetenSYS" }).check();
  await step.getByRole("button", { name: "Opslaan en volgende vraag" }).click();
  await row("Verslaving").getByText("Geef aan of dit een belemmering is.").waitFor();
  await row("Verslaving").getByRole("radio", { name: "Nee" }).check();
  await grid.getByText("Antwoord op deze vraag: Ja – er is minstens één belemmering.").waitFor();
  await t.axe("vraag 2: kenmerken");
  await step.getByRole("button", { name: "Opslaan en volgende vraag" }).click();
  await t.screen("afweging-vraag", "vraag 3");
  await t.expectStatus("Vraag 2 is opgeslagen.");

  // ---------------------------------------------------------------- vraag 3: no limitations
  step = page.getByRole("form", { name: /^Vraag 3 van 4/ });
  for (const label of ["Taalbeperking", "Verstandelijke beperking", "Lichamelijke beperking", "Psychische of psychosociale beperking"]) {
    await step.getByRole("group", { name: `Belemmering (${label})` }).getByRole("radio", { name: "Nee" }).check();
  }
  await step.getByText("Antwoord op deze vraag: Nee – geen belemmeringen.").waitFor();
  await step.getByLabel("Argument").fill(`Geen beperkingen gevonden: de klant spreekt goed Nederlands en heeft geen medische klachten gemeld (${token}, beperkingen).`);
  await step.getByRole("checkbox", { name: "Klant", exact: true }).check();
  await step.getByRole("checkbox", { name: "Andere deskundige" }).check();
  await step.getByRole("button", { name: "Opslaan en volgende vraag" }).click();
  await t.screen("afweging-vraag", "vraag 4");

  // ---------------------------------------------------------------- vraag 4: the live outcome
  step = page.getByRole("form", { name: /^Vraag 4 van 4/ });
  await step.getByRole("radio", { name: "Ja", exact: true }).check();
  await outcomeBox.getByText(GEEN_TRAJECT).waitFor();
  await outcomeBox.getByText("Vraag 4 is beantwoord met ‘Ja’ (nog niet opgeslagen).").waitFor();
  await step.getByRole("radio", { name: "Nee", exact: true }).check();
  await outcomeBox.getByText(TRAJECT).waitFor();
  await step.getByText(`Uitkomst: ${TRAJECT}`).waitFor(); // the hint under the answer
  await step
    .getByLabel("Argument")
    .fill(`De schulden zijn geregeld en er zijn geen beperkingen: samen belemmeren ze een traject niet, R&W kan helpen bij werkervaring (${token}, samenhang).`);
  await step.getByRole("checkbox", { name: "Eigen inschatting" }).check();
  await t.axe("vraag 4: voorlopige uitkomst");
  await step.getByRole("button", { name: "Opslaan en naar afronden" }).click();
  await t.screen("afweging-afronden", "afronden");
  await outcomeBox.getByText(TRAJECT).waitFor();

  // ---------------------------------------------------------------- proofreading: every argument in full
  const proof = page.locator(".controle");
  for (const part of ["motivatie", "omstandigheden", "beperkingen", "samenhang"]) {
    await proof.getByText(new RegExp(`\\(${token}, ${part}\\)\\.$`)).waitFor();
  }
  t.check((await page.getByText(/Ingevuld \(\d+ tekens\)/).count()) === 0, "the last step shows a character count instead of the argument");
  await proof.getByText("Schulden: belemmering (stabiel) — Schuldhulpverlening loopt sinds maart").waitFor();
  // Each with a link back to its question, and back again.
  await proof.getByRole("link", { name: "Wijzigen (vraag 3)" }).click();
  await t.screen("afweging-vraag", "terug naar vraag 3");
  await page.getByRole("heading", { level: 1, name: /^Vraag 3 van 4/ }).waitFor();
  await page.getByRole("navigation", { name: "Stappen van de afweging" }).getByRole("link", { name: /Afronden/ }).click();
  await t.screen("afweging-afronden", "afronden: nagelezen");

  // ---------------------------------------------------------------- afronden: every gap at once
  const done = page.getByRole("form", { name: /Afronden/ });
  const consultation = done.getByRole("group", { name: /^Is er collegiaal overleg geweest tussen W&I en R&W over het volgen van een traject bij R&W\?/ });
  await consultation.getByRole("radio", { name: "Ja" }).check();
  await done.getByRole("button", { name: "Afronden" }).click();
  const summary = done.locator(".foutoverzicht");
  await summary.waitFor();
  for (const gap of ["Geef aan of u de handreiking hebt gebruikt.", "Met wie was het overleg?", "Schrijf de conclusie."]) {
    await summary.getByText(gap).waitFor();
  }
  await t.axe("afronden: alle gaten tegelijk");
  await done.getByRole("group", { name: "Heb je de handreiking afwegingskader gebruikt?" }).getByRole("radio", { name: "Ja" }).check();
  await done.getByLabel("Overleg gehad met:").fill("Consulent R&W in het wekelijkse overleg");
  await done.getByLabel("Toelichting", { exact: true }).fill("R&W ziet mogelijkheden voor een werkervaringsplaats.");
  const conclusion = `Verwijzen naar R&W: gemotiveerd, schulden stabiel, geen beperkingen (${token}).`;
  await done.getByLabel("Conclusie").fill(conclusion);
  await done.getByRole("button", { name: "Afronden" }).click();
  await t.screen("afweging", "argumentatie");
  await t.expectStatus(`De afweging is afgerond. Uitkomst: ${TRAJECT}.`);

  // ---------------------------------------------------------------- the full argumentation
  await page.getByRole("heading", { level: 1, name: `Afweging voor ${clientName}` }).waitFor();
  const outcome = page.locator(".uitkomst-blok");
  await outcome.getByText(TRAJECT, { exact: true }).waitFor();
  await outcome.getByText(`Vraag 4 is beantwoord met ‘Nee’. Volgens versie 1 van de beslisboom leidt dat tot: ${TRAJECT}.`).waitFor();
  for (const part of ["motivatie", "omstandigheden", "beperkingen", "samenhang"]) {
    await page.locator(".vraag-blok").getByText(`${token}, ${part}`).waitFor();
  }
  await page.getByRole("table", { name: "Kenmerken bij vraag 2" }).getByRole("row", { name: /Schulden\s+Ja\s+Stabiel\s+Schuldhulpverlening loopt sinds maart/ }).waitFor();
  await page.getByText(conclusion).first().waitFor();

  // The CompetenSYS text, and copying it.
  const handover = page.locator("pre.overdracht-tekst");
  const text = await handover.innerText();
  for (const line of [
    `Uitkomst: ${TRAJECT}`,
    "Heb je de handreiking afwegingskader gebruikt? Ja",
    "- Schulden: belemmering (stabiel) — Schuldhulpverlening loopt sinds maart",
    "Overleg gehad met: Consulent R&W in het wekelijkse overleg",
  ]) {
    t.check(text.includes(line), `the handover text lacks "${line}":\n${text}`);
  }
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: BASE_URL });
  await page.getByRole("button", { name: "Kopiëren" }).click();
  await t.expectStatus("De tekst van het overdrachtsformulier is gekopieerd.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  t.check(copied.includes(`Uitkomst: ${TRAJECT}`), "the clipboard does not hold the handover text");
  await t.axe("argumentatie: overdracht gekopieerd");

  // Printed: no navigation, no buttons, the argumentation stays.
  await page.getByRole("button", { name: "Afdrukken" }).waitFor();
  await page.emulateMedia({ media: "print" });
  t.check(await page.locator("#hoofdmenu").isHidden(), "the main navigation is printed");
  t.check(await page.getByRole("button", { name: "Afdrukken" }).isHidden(), "the buttons are printed");
  t.check(await outcome.isVisible(), "the outcome is not printed");
  await t.axe("argumentatie: afdrukweergave");
  await page.emulateMedia({ media: "screen" });
  const assessmentUrl = page.url();

  // ---------------------------------------------------------------- R&W returns the referral
  await logout();
  await t.login("consulent1@demo.vakwerk.example");
  await t.screen("start", "consulent: start");
  await page.getByRole("region", { name: "Mijn werk" }).getByRole("link", { name: /^\d+ verwijzing(en)? te beoordelen$/ }).click();
  await t.screen("afwegingen", "consulent: verwijzingen");
  const queue = page.getByRole("table", { name: "Te beoordelen verwijzingen" });
  await queue.getByRole("link", { name: clientName }).click();
  await t.screen("afweging-beoordelen", "verwijzing beoordelen");
  await page.getByText(`${token}, samenhang`).waitFor();
  const review = page.getByRole("form", { name: "Uw beoordeling" });
  await review.getByRole("radio", { name: "Terugmelden" }).check();
  await review.getByLabel("Argument").fill("Te weinig informatie.");
  await review.getByRole("button", { name: "Beoordeling vastleggen" }).click();
  await review.locator(".veldfout").filter({ hasText: "Dit argument is te kort." }).waitFor();
  await t.axe("beoordelen: argument te kort");
  await review
    .getByLabel("Argument")
    .fill(`De schulden zijn pas sinds maart onder controle; eerst drie maanden stabiel houden voordat een traject start (${token}, terugmelding).`);
  await review.getByLabel("Bij vraag 2").fill("Vraag naar de afspraken met de schuldhulpverlener.");
  await review.getByRole("button", { name: "Beoordeling vastleggen" }).click();
  await t.screen("afweging", "teruggemeld");
  await t.expectStatus("De verwijzing is teruggemeld aan de klantmanager.");
  const history = page.getByRole("region", { name: "Beoordeling door R&W" });
  await history.getByText(`${token}, terugmelding`).waitFor();

  // ---------------------------------------------------------------- the klantmanager sees it returned
  await logout();
  await t.login("km1@demo.vakwerk.example");
  await t.screen("start", "klantmanager: terug");
  // Mijn werk signals the return, with a link to the list.
  const work = page.getByRole("region", { name: "Mijn werk" });
  const returnedTile = work.getByRole("link", { name: /^\d+ verwijzing(en)? teruggemeld door R&W$/ });
  await returnedTile.waitFor();
  const returnedAfter = await returnedCount();
  t.check(returnedAfter === returnedBefore + 1, `the start page counts ${returnedAfter} returns, ${returnedBefore} before this one`);
  await work.getByText(/^R&W heeft (een verwijzing|\d+ verwijzingen) van u teruggemeld\./).waitFor();
  await work.getByRole("link", { name: "Lees de beoordeling en maak een nieuwe afweging" }).waitFor();
  await returnedTile.click();
  await t.screen("afwegingen", "klantmanager: afwegingen");
  const returned = page.getByRole("table", { name: "Teruggemeld door R&W" }).getByRole("row").filter({ hasText: clientName });
  await returned.getByText("Teruggemeld door R&W").waitFor();
  await returned.getByRole("link", { name: clientName }).click();
  await t.screen("afweging", "klantmanager: teruggemelde afweging");
  t.check(page.url() === assessmentUrl, `another assessment opened: ${page.url()}`);
  await page.locator("#afweging-status").getByText("Teruggemeld door R&W").waitFor();
  await page.locator(".vraag-blok").getByText("Vraag naar de afspraken met de schuldhulpverlener.").waitFor();
  await page.getByRole("link", { name: "Nieuwe afweging voor deze klant" }).waitFor();

  // ---------------------------------------------------------------- kwaliteit: twijfelgevallen, standaardzinnen
  await logout();
  await t.login("kwaliteit@demo.vakwerk.example");
  await t.screen("start", "kwaliteit: start");
  await nav.getByRole("link", { name: "Afwegingen" }).click();
  await t.screen("afwegingen", "kwaliteit: twijfelgevallen");
  await page.getByRole("table", { name: "Twijfelgevallen" }).getByRole("row").filter({ hasText: clientName }).getByText("Afgerond").waitFor();

  await nav.getByRole("link", { name: "Beheer" }).click();
  await t.screen("standaardzinnen");
  const beheer = page.getByRole("navigation", { name: "Beheer" });
  t.check((await beheer.getByRole("link").count()) === 1, "kwaliteit sees more Beheer pages than Standaardzinnen");
  const phrases = page.getByRole("table", { name: "Standaardzinnen" });
  await phrases.getByText("Er is geen reden om de klant niet aan te melden bij R&W", { exact: true }).waitFor();
  const phrase = `Zoals besproken in het overleg ${token}`;
  const add = page.getByRole("form", { name: "Standaardzin toevoegen" });
  await add.getByLabel("Nieuwe standaardzin").fill(phrase);
  await add.getByRole("button", { name: "Toevoegen" }).click();
  await t.expectStatus("is toegevoegd"); // announced once the list is there again
  await t.screen("standaardzinnen", "standaardzin toegevoegd");
  await add.getByLabel("Nieuwe standaardzin").fill(`  ${phrase.toUpperCase()}.`);
  await add.getByRole("button", { name: "Toevoegen" }).click();
  await add.getByText("Deze standaardzin staat al op de lijst.").first().waitFor();
  await t.axe("standaardzinnen: dubbel geweigerd");
  await phrases.getByRole("row").filter({ hasText: phrase }).getByRole("button", { name: /^Verwijderen/ }).click();
  await t.expectStatus("is verwijderd");
  await t.screen("standaardzinnen", "standaardzin verwijderd");
  t.check((await phrases.getByText(phrase).count()) === 0, "the deleted phrase is still listed");

  // Gebruikers stays closed to kwaliteit.
  await t.goto("#/beheer/gebruikers");
  await t.screen("geen-toegang");

  // ---------------------------------------------------------------- beheerder: Beslisboom (nothing published)
  await logout();
  await t.login("beheer@demo.vakwerk.example");
  await t.screen("start", "beheerder: start");
  await nav.getByRole("link", { name: "Beheer" }).click();
  await t.screen("gebruikers", "beheerder: beheer");
  await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Beslisboom" }).click();
  await t.screen("beslisboom");
  const versions = page.getByRole("table", { name: "Versies van de beslisboom, nieuwste eerst" });
  const current = versions.getByRole("row").filter({ hasText: "Huidige versie" });
  await current.waitFor();
  const editor = page.getByRole("form", { name: "Nieuwe versie publiceren" });
  const json = editor.getByLabel("Definitie (JSON)");
  const definition = JSON.parse(await json.inputValue());
  t.check(definition.outcomeRule.outcomes.nee === "traject_mogelijk", "the editor does not hold the current definition");
  await json.fill(`${await json.inputValue()},`);
  await editor.getByRole("button", { name: "JSON controleren" }).click();
  await editor.locator(".veldfout").getByText(/Dit is geen geldige JSON/).waitFor();
  // A rule that names an answer the question does not have: the server refuses it (400).
  definition.outcomeRule.outcomes.misschien = "uitgesteld";
  await json.fill(JSON.stringify(definition, null, 2));
  await editor.getByRole("button", { name: "Publiceren als nieuwe huidige versie" }).click();
  await editor.locator(".veldfout").getByText("Onbekende antwoorden in de beslisregel: misschien.").waitFor();
  await t.axe("beslisboom: regel geweigerd");
  await current.getByRole("link").click();
  await t.screen("beslisboom-versie", "beslisboom: huidige versie");
  await page.getByRole("listitem").filter({ hasText: "Antwoord ‘Nee’" }).getByText(TRAJECT).waitFor();
});
