// (g) The team leader's start page shows the rate and the attention counts; the dashboard
// shows Best's 30 January 2023 (118 of 480, 25%) with its charts and their tables; an
// attention list links to the client. The beheerder imports a caseload file: the
// columns, the dry run with its refusal, then "Importeren", and the import in the list;
// and records a national figure.

import { scenario } from "./lib.mjs";

const stamp = Date.now().toString(36).toUpperCase();
const FILE = [
  "Klantnummer;Team;Startdatum uitkering;Laatste gesprek;Klantmanager (e-mail)",
  `E2E-${stamp}-1;Werk en Inkomen;01-02-2026;15-10-2026;km1@demo.vakwerk.example`,
  `E2E-${stamp}-2;Werk en Inkomen;2026-03-01;;`,
  `E2E-${stamp}-3;Team Nergens;2026-03-01;;`,
].join("\r\n");

await scenario("dashboard", async (t, page) => {
  await t.goto();
  await t.screen("inloggen");
  await t.login("teamleider@demo.vakwerk.example");
  await t.screen("start");
  const summary = page.getByRole("region", { name: "Ontheffingen in uw team" });
  await summary.getByText(/van de klanten met een uitkering heeft een ontheffing/).waitFor();
  await summary.getByRole("link", { name: /keuring ouder dan twee jaar/ }).waitFor();
  t.log(`start: ${(await summary.innerText()).replace(/\s+/g, " ").slice(0, 200)}`);

  // ---------------------------------------------------------------- dashboard
  await t.mainNav().getByRole("link", { name: "Ontheffingen" }).click();
  await t.screen("dashboard");
  await page.getByLabel("Peildatum").fill("2023-01-30");
  await page.getByLabel("Periode van").fill("2022-02-01");
  await page.getByRole("button", { name: "Cijfers tonen" }).click();
  const headline = page.getByRole("region", { name: "Op 30 januari 2023" });
  await headline.waitFor();
  await headline.getByText("25%", { exact: true }).waitFor();
  await headline.getByText("118 van de 480 klanten met een uitkering hebben een ontheffing.").waitFor();
  await headline.getByText(/Landelijk \(2021\): 9,5% · verschil \+15,1 procentpunt/).waitFor();
  // Each chart is drawn (uPlot's canvas) and given as a table as well.
  const trend = page.getByRole("figure", { name: /Percentage ontheffingen per maand/ });
  await trend.locator("canvas").first().waitFor();
  await trend.getByRole("row", { name: /30 jan 23.*480.*118.*25%/ }).waitFor();
  const grounds = page.getByRole("figure", { name: /Ontheffingen per grond/ });
  await grounds.locator("canvas").first().waitFor();
  await grounds.getByRole("row", { name: /Art\. 9 lid 2.*85.*72%/ }).waitFor();
  t.check((await page.getByRole("img", { name: /^Lijngrafiek/ }).count()) === 1, "the trend has no text alternative");
  await page.getByRole("region", { name: "Nieuwe uitkeringen in de periode" }).waitFor();
  await page.getByRole("region", { name: "Handmatige tellingen" }).waitFor();
  await t.axe("dashboard: 30 januari 2023");

  // The other moment, by the address.
  await t.goto("#/dashboard?datum=2023-04-03&van=2023-01-01");
  await t.screen("dashboard", "dashboard: 3 april 2023");
  await page.getByRole("region", { name: "Op 3 april 2023" }).getByText("110 van de 458 klanten met een uitkering hebben een ontheffing.").waitFor();

  // ---------------------------------------------------------------- attention lists
  await page.getByRole("navigation", { name: "Ontheffingen" }).getByRole("link", { name: "Aandachtslijsten" }).click();
  await t.screen("aandacht");
  await page.getByRole("navigation", { name: "Lijsten" }).getByRole("link", { name: /Keuring ouder dan twee jaar \(\d+\)/ }).click();
  await t.screen("aandacht", "aandacht: keuring verlopen");
  const first = page.locator("table.tabel tbody th a").first();
  await first.waitFor();
  const label = await first.innerText();
  t.check(/^civision \d+/.test(label), `the row does not name the client by its reference: ${label}`);
  await first.click();
  await t.screen("klant", "klant uit de aandachtslijst");
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await t.screen("inloggen", "uitgelogd");

  // ---------------------------------------------------------------- import
  await t.login("beheer@demo.vakwerk.example");
  await t.screen("start", "start beheerder");
  await t.goto("#/beheer/import");
  await t.screen("import");
  await page.getByRole("table", { name: "Eerdere imports" }).getByRole("row").nth(1).waitFor(); // the demo's own loads
  await page.getByLabel("Exportbestand").setInputFiles({ name: "export.csv", mimeType: "text/csv", buffer: Buffer.from(FILE, "latin1") });
  await page.getByRole("button", { name: "Bestand lezen" }).click();
  const mapping = page.getByRole("form", { name: "2. Kolommen koppelen" });
  await mapping.waitFor();
  t.check((await mapping.getByLabel("Klantnummer").inputValue()) === "Klantnummer", "the reference column was not prefilled");
  await t.axe("import: koppeling");
  await mapping.getByRole("button", { name: "Proefimport" }).click();
  const preview = page.getByRole("region", { name: "3. Proefimport: dit zou er gebeuren" });
  await preview.waitFor();
  await preview.getByText("Er is nog niets geschreven.").waitFor();
  await preview.getByRole("row", { name: /4.*Team.*Dit team bestaat niet in uw organisatie\./ }).waitFor();
  await t.axe("import: proefimport");
  await preview.getByRole("button", { name: "Importeren" }).click();
  const result = page.getByRole("region", { name: "De import is uitgevoerd" });
  await result.waitFor();
  await t.expectStatus(/De import is uitgevoerd: 2 nieuwe klanten/);
  await page.getByRole("table", { name: "Eerdere imports" }).getByRole("row", { name: /Uitgevoerd.*3.*2.*0.*0.*1/ }).first().waitFor();
  await t.axe("import: uitgevoerd");

  // ---------------------------------------------------------------- national figures
  await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Landelijke cijfers" }).click();
  await t.screen("landelijk");
  await page.getByRole("row", { name: /2021.*9,5%/ }).waitFor();
  await page.getByLabel("Jaar").fill("2022");
  await page.getByLabel("Percentage").fill("9.1");
  await page.getByRole("button", { name: "Cijfer opslaan" }).click();
  await t.expectStatus("Het landelijke cijfer van 2022 is opgeslagen.");
  await page.getByRole("row", { name: /2022.*9,1%/ }).waitFor();
  await t.axe("landelijke cijfers: opgeslagen");
});
