// (d) A klantmanager brings in a case: the character counter and the deadline, a BSN
// refused at its field, save as concept, submit (on time), an outcome the client does
// not allow (409), then "Ontheffing voorkomen": status Afgerond and the history. Then the
// team's cases with search, the client list with filters, a client with exemption
// history, and, on a client made for this run (with a diagnosis), granting and ending
// an exemption.

import { scenario } from "./lib.mjs";

/** yyyy-mm-dd in Europe/Amsterdam, `days` from today. */
function isoDate(days = 0) {
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
  const [y, m, d] = today.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A Tuesday at least three weeks ahead: its deadline (the Wednesday before) has not passed. */
function sessionTuesday() {
  for (let days = 21; ; days += 1) {
    const date = isoDate(days);
    if (new Date(`${date}T12:00:00Z`).getUTCDay() === 2) return date;
  }
}

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

await scenario("casus", async (t, page) => {
  const mark = `proef${Date.now().toString(36)}`; // a word only this run's case contains
  await t.goto();
  await t.screen("inloggen");
  await t.login("km1@demo.vakwerk.example");
  await t.screen("start");

  // A client of her own for this run (pseudonymous: no name; last conversation long ago).
  const me = (await apiCall(page, "GET", "/me")).body;
  const made = await apiCall(page, "POST", "/clients", {
    responsibleManagerId: me.id,
    municipalityCode: "GM0753",
    ladderRung: 2,
    lastConversationDate: isoDate(-400),
  });
  t.check(made.status === 201, `creating a client answered ${made.status}: ${JSON.stringify(made.body)}`);
  const client = made.body;
  const rated = await apiCall(page, "PUT", `/clients/${client.id}/diagnosis`, {
    elements: [
      { element: "werkervaring", obstacle: true, severity: 2, note: "Vijf jaar niet gewerkt" },
      { element: "houding_motivatie", obstacle: false, severity: 0 },
    ],
  });
  t.check(rated.status === 200, `recording the diagnosis answered ${rated.status}`);
  const clientName = `Klant ${client.id.slice(0, 8)}`;
  t.log(`client for this run: ${clientName}`);

  // ---------------------------------------------------------------- Mijn casussen
  const nav = t.mainNav();
  await nav.getByRole("link", { name: "Casussen" }).click();
  await t.screen("casussen", "mijn casussen");
  await page.getByRole("heading", { level: 1, name: "Mijn casussen" }).waitFor();
  t.check((await nav.getByRole("link", { name: "Klanten" }).count()) === 1, "no Klanten in the main navigation");

  // ---------------------------------------------------------------- Nieuwe casus, in one pass
  await page.getByRole("link", { name: "Nieuwe casus inbrengen" }).click();
  await t.screen("casus-nieuw", "nieuwe casus");
  // The client picker pages "Mijn klanten" (20 at a time) instead of loading all clients.
  await page.getByRole("group", { name: /^Klant/ }).getByText(/^\d+ klanten/).waitFor();

  // ---------------------------------------------------------------- found by its number, submitted in one pass
  // A client of hers as the source systems know it: typed in lower case, the start only.
  const known = (await apiCall(page, "GET", `/clients?responsibleManagerId=${me.id}&exemptionStatus=geen&limit=50`)).body.items.find(
    (c) => c.externalRefs.some((r) => r.system === "competensys"),
  );
  t.check(known, "no client of hers with a CompetenSYS number in the demo");
  const cs = known.externalRefs.find((r) => r.system === "competensys").ref;
  const knownName = known.externalRefs.map((r) => `${r.system} ${r.ref}`).join(" · ");
  let form = page.getByRole("form", { name: "Nieuwe casus" });
  const picker = form.getByRole("group", { name: /^Klant/ });
  await picker.getByRole("searchbox", { name: "Zoeken op klantnummer" }).fill(cs.slice(0, -1).toLowerCase());
  await picker.getByText(/^[1-9]\d? klant(en)?$/).waitFor(); // a handful, not a page of 20
  await picker.getByRole("radio", { name: knownName }).check();
  await t.axe("nieuwe casus: klant gevonden op nummer");
  await form.getByRole("radio", { name: "Twijfelgeval", exact: true }).check();
  await form.getByLabel("Datum overleg").fill(sessionTuesday());
  await form.getByLabel("Geslacht").selectOption("man");
  await form.getByLabel("Leeftijd").fill("34");
  const doubt = "Eerst een werkstage, of eerst de schulden stabiliseren? (gevonden op nummer)";
  await form.getByLabel("Hulpvraag").fill(doubt);
  await form.getByRole("button", { name: "Indienen" }).click();
  await t.screen("casus", "casus in één keer ingediend");
  await t.expectStatus("De casus is ingediend, op tijd.");
  await page.getByRole("heading", { level: 1, name: doubt }).waitFor();
  await page.locator("dl.gegevens").first().getByRole("link", { name: knownName }).waitFor();
  await page.locator("dl.gegevens-tekst").getByText("34 jaar", { exact: true }).waitFor();

  // From the client's own page the client comes along.
  await t.goto(`#/klanten/${client.id}`);
  await t.screen("klant", "klant: casus inbrengen");
  await page.getByRole("link", { name: "Casus inbrengen over deze klant" }).click();
  await t.screen("casus-nieuw", "nieuwe casus over de klant");
  form = page.getByRole("form", { name: "Nieuwe casus" });
  const picked = form.getByRole("group", { name: /^Klant/ }).getByRole("radio", { name: clientName });
  t.check(await picked.isChecked(), "the client of the page is not chosen in the picker");
  await form.getByText("Kies de datum van het overleg").waitFor();
  await form.getByRole("radio", { name: "Ontheffing", exact: true }).check();

  // The deadline follows the session date at once: the Wednesday before, 17:00 (the organisation's rule).
  await form.getByLabel("Datum overleg").fill(sessionTuesday());
  const deadline = form.getByText(/^Inleveren vóór woensdag \d{1,2} [a-z]+( \d{4})? 17:00\.$/);
  await deadline.waitFor();
  t.log(`deadline: ${await deadline.innerText()}`);

  // Persoon: a choice and a number.
  await form.getByLabel("Geslacht").selectOption("vrouw");
  await form.getByLabel("Leeftijd").fill("130");
  await form.getByLabel("Werkervaring").fill("Twintig jaar magazijnwerk, de laatste vijf jaar niet gewerkt.");
  const counter = form.getByText("61 van 2000 tekens");
  await counter.waitFor();
  const polite = await form.locator("[aria-live=polite]").evaluateAll((nodes) => nodes.length);
  t.check(polite >= 10, `expected a polite live counter per text field, found ${polite}`);
  await form.getByRole("button", { name: "Indienen" }).click();
  const ageError = form.getByText("Vul een leeftijd in hele jaren in, van 0 tot en met 120.");
  await ageError.first().waitFor();
  // Once at the field, once in the summary at the top, never a third time in a banner.
  t.check((await form.locator(".veldfout").filter({ hasText: "van 0 tot en met 120" }).count()) === 1, "the age error is not shown once at its field");
  t.check((await form.locator(".foutoverzicht").count()) === 1, "not one summary at the top of the form");
  t.check((await page.locator("#meldingen").innerText()).trim() === "", "the error is also in the status region");
  await form.getByLabel("Leeftijd").fill("52");

  // A BSN in free text is refused at its field: nothing is saved.
  await form.getByLabel("Overige informatie").fill("Oud dossier onder nummer 123456782.");
  await form.getByRole("button", { name: "Indienen" }).click();
  await form.getByText("Deze tekst lijkt een BSN te bevatten").first().waitFor();
  t.check((await form.getByLabel("Overige informatie").getAttribute("aria-invalid")) === "true", "Overige informatie is not marked invalid");
  t.check(page.url().endsWith("/casussen/nieuw") || page.url().includes("nieuw?"), `a refused case left the new form: ${page.url()}`);
  await t.axe("nieuwe casus: BSN geweigerd");

  // Without a question it cannot be submitted: the concept is saved first, so nothing is lost.
  await form.getByLabel("Overige informatie").fill("Geen bijzonderheden.");
  await form.getByRole("button", { name: "Indienen" }).click();
  await form.getByText("De casus is opgeslagen als concept, maar nog niet ingediend.").waitFor();
  t.check((await form.getByLabel("Hulpvraag").getAttribute("aria-invalid")) === "true", "the missing question is not marked at its field");
  t.check(page.url().includes("/wijzigen"), `the saved concept is not the form's record now: ${page.url()}`);
  t.check((await form.getByLabel("Werkervaring").inputValue()).startsWith("Twintig jaar"), "the typed text is gone");
  await t.axe("nieuwe casus: opgeslagen, hulpvraag ontbreekt");

  const question = `Moet ik deze klant ontheffen, of eerst een werkstage proberen? (${mark})`;
  await form.getByLabel("Hulpvraag").fill(question);
  await form.getByText(`${[...question].length} van 1000 tekens`).waitFor();
  await form.getByRole("button", { name: "Indienen" }).click();
  await t.screen("casus", "casus ingediend");
  await t.expectStatus("De casus is ingediend, op tijd.");
  const status = page.locator("#casus-status");
  await status.getByText("Ingediend", { exact: true }).waitFor();
  await page.locator("dl.gegevens").first().getByText("Op tijd", { exact: true }).waitFor();
  await page.getByRole("heading", { level: 1, name: question }).waitFor();
  await page.locator("dl.gegevens-tekst").getByText("Vrouw", { exact: true }).waitFor();
  await page.locator("dl.gegevens-tekst").getByText("52 jaar", { exact: true }).waitFor();
  // Withdrawing is not an equal beside the case's actions, and the outcome waits folded.
  t.check((await page.locator(".acties").getByRole("button", { name: /intrekken/i }).count()) === 0, "Intrekken stands among the case's actions");
  await page.getByRole("button", { name: "Casus intrekken" }).waitFor();
  t.check((await page.getByRole("form", { name: "Uitkomst vastleggen" }).count()) === 0 || (await page.getByRole("form", { name: "Uitkomst vastleggen" }).isHidden()), "the outcome form is open right after submitting");

  // ---------------------------------------------------------------- Uitkomst
  await page.getByRole("button", { name: "Uitkomst vastleggen" }).click();
  const outcome = page.getByRole("form", { name: "Uitkomst vastleggen" });
  // Kept: the client has no active exemption, so the API refuses (409) and says why.
  await outcome.getByRole("radio", { name: "Ontheffing gehandhaafd" }).check();
  await outcome.getByRole("button", { name: "Uitkomst vastleggen" }).click();
  await outcome.locator(".foutoverzicht").getByText("De klant heeft geen actieve ontheffing.").waitFor();
  await t.axe("uitkomst: 409");

  await outcome.getByRole("radio", { name: "Ontheffing voorkomen" }).check();
  await outcome.getByLabel("Conclusie").fill("Geen ontheffing: eerst een werkstage van drie maanden.");
  await outcome.getByText("54 van 2000 tekens").waitFor();
  await outcome.getByLabel("Plan").fill("Werkstage bij de kringloopwinkel, daarna evalueren.");
  await outcome.getByLabel("Voorzieningen").fill("Werkstage\nBudgetcoaching");
  await outcome.getByRole("button", { name: "Uitkomst vastleggen" }).click();
  await t.expectStatus("De uitkomst is vastgelegd. De casus is afgerond.");
  await t.screen("casus", "casus afgerond");
  await status.getByText("Afgerond", { exact: true }).waitFor();
  await page.getByRole("listitem").filter({ hasText: "Budgetcoaching" }).waitFor();
  const history = page.getByRole("table", { name: "Statusgeschiedenis, oudste eerst" });
  const rows = history.locator("tbody tr");
  t.check((await rows.count()) === 3, `history has ${await rows.count()} rows, expected 3`);
  await rows.nth(0).getByText("Aangemaakt als concept").waitFor();
  await rows.nth(1).getByText(/Concept\s*→?\s*naar\s*Ingediend/).waitFor();
  await rows.nth(2).getByText(/Ingediend\s*→?\s*naar\s*Afgerond/).waitFor();
  await rows.nth(2).getByText("Anouk Klantmanager").waitFor();
  t.check((await page.getByRole("link", { name: "Casus wijzigen" }).count()) === 0, "an afgerond case offers Casus wijzigen");

  // After afgerond only the date of the decision letter can be recorded.
  const letter = page.getByRole("form", { name: "Beschikking" });
  await letter.getByLabel("Datum beschikking verstuurd").fill(isoDate(0));
  await letter.getByRole("button", { name: "Datum opslaan" }).click();
  await t.expectStatus("De datum van de beschikking");
  await t.screen("casus", "beschikking verstuurd");

  // ---------------------------------------------------------------- Casussen van het team: zoeken
  await page.getByRole("navigation", { name: "Casussen" }).getByRole("link", { name: "Casussen van het team" }).click();
  await t.screen("casussen-team", "casussen van het team");
  await page.getByRole("searchbox", { name: "Zoeken" }).fill(mark);
  await page.getByRole("button", { name: "Zoeken" }).click();
  await t.expectStatus("1 casus.");
  const found = page.getByRole("row").filter({ hasText: mark });
  await found.getByText("Afgerond").waitFor();
  await found.getByText("Op tijd").waitFor();
  await found.getByText("Ontheffing voorkomen").waitFor();
  await t.axe("casussen van het team: gezocht");

  // ---------------------------------------------------------------- Klanten
  await nav.getByRole("link", { name: "Klanten" }).click();
  await t.screen("klanten");
  await page.getByLabel("Ontheffing", { exact: true }).selectOption("actief");
  await page.getByLabel("Grond", { exact: true }).selectOption("art_9_lid_2");
  await page.getByRole("button", { name: "Filter toepassen" }).click();
  await t.expectStatus(/klant(en)?\b.*Pagina 1 van/);
  const withExemption = page.locator("table.tabel tbody th a");
  if ((await withExemption.count()) > 0) {
    await t.axe("klanten: actieve ontheffing art. 9 lid 2");
    await withExemption.first().click();
    await t.screen("klant", "klant met ontheffing");
    await page.getByRole("heading", { level: 2, name: "Geschiedenis van ontheffingen" }).waitFor();
    await page.getByRole("table", { name: "Ontheffingen, nieuwste eerst" }).getByText("Actief", { exact: true }).waitFor();
  } else {
    t.log("no client with an active art. 9 lid 2 exemption in this demo: skipped that detail");
  }

  // This run's client: attention badge, grant an exemption, end it, the history keeps both.
  await t.goto(`#/klanten/${client.id}`);
  await t.screen("klant", "klant zonder ontheffing");
  await page.getByRole("heading", { level: 1, name: clientName }).waitFor();
  await page.getByText("Langer dan een jaar geleden").waitFor();
  const diagnosis = page.getByRole("table", { name: "Diagnose (CompetenSYS)" });
  await diagnosis.getByRole("row", { name: /Werkervaring\s+Ja\s+2 van 3\s+Vijf jaar niet gewerkt/ }).waitFor();
  await page.getByRole("link", { name: question.slice(0, 40), exact: false }).waitFor();
  await page.getByRole("button", { name: "Ontheffing verlenen" }).click();
  const grant = page.getByRole("form", { name: "Ontheffing verlenen" });
  await grant.getByRole("radio", { name: /Art\. 9 lid 2/ }).check();
  await grant.getByLabel("Einddatum").fill(isoDate(180));
  await grant.getByLabel("Datum keuring").fill(isoDate(-10));
  await t.axe("ontheffing verlenen: formulier");
  await grant.getByRole("button", { name: "Ontheffing verlenen" }).click();
  await t.expectStatus("De ontheffing (Art. 9 lid 2) is vastgelegd.");
  await t.screen("klant", "klant met nieuwe ontheffing");
  const exemptions = page.getByRole("table", { name: "Ontheffingen, nieuwste eerst" });
  await exemptions.getByText("Actief", { exact: true }).waitFor();

  await page.getByRole("button", { name: "Ontheffing beëindigen" }).click();
  const end = page.getByRole("form", { name: "Ontheffing beëindigen" });
  await end.getByLabel("Reden").fill("Klant is hersteld en start met werk");
  await end.getByRole("button", { name: "Ontheffing beëindigen" }).click();
  await t.expectStatus("De ontheffing is beëindigd");
  await t.screen("klant", "ontheffing beëindigd");
  await exemptions.getByText("Beëindigd", { exact: true }).waitFor();
  await exemptions.getByText("Klant is hersteld en start met werk").waitFor();
  await page.getByText("Deze klant heeft geen actieve ontheffing.").waitFor();
});
