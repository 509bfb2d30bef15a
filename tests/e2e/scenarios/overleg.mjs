// (g) Casuïstiekoverleg: the series owner puts a case on the agenda of a coming session,
// the session starts (moved to now through the API, as if the clock had come round),
// she runs it as the live agenda — attendance, a running timer, notes per item, the
// conclusion — and prints the minutes. A colleague who has not voted yet finds the
// dilemma under "Mijn taken", votes and sees the result chart with its figures as text.

import { scenario } from "./lib.mjs";

/** A request as the logged-in browser makes it (session cookie, CSRF token). */
async function call(page, method, path, body = null, headers = {}) {
  return page.evaluate(
    async ({ method, path, body, headers }) => {
      const csrf = window.sessionStorage.getItem("vakwerk.csrfToken");
      const reply = await fetch(`/api/v1${path}`, {
        method,
        headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf, ...headers },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: reply.status, etag: reply.headers.get("ETag"), data: await reply.json().catch(() => null) };
    },
    { method, path, body, headers },
  );
}

await scenario("overleg", async (t, page) => {
  await t.goto();
  await t.login("km1@demo.vakwerk.example");
  await t.screen("start");
  await page.getByRole("heading", { level: 2, name: "Mijn taken" }).waitFor();

  await t.mainNav().getByRole("link", { name: "Overleg" }).click();
  await t.screen("overleg");
  await page.getByRole("heading", { level: 1, name: "Casuïstiekoverleg W&I" }).waitFor();
  await page.getByRole("heading", { level: 2, name: "Rooster" }).waitFor();
  await page.getByRole("table", { name: /Gepubliceerd rooster/ }).waitFor();

  // The second coming session (the first has the dilemma that is still open for votes).
  const coming = await call(page, "GET", "/sessions?fromDate=" + new Date().toLocaleDateString("sv-SE") + "&status=gepland&limit=5");
  const target = coming.data.items.find((s) => !s.dilemmaId);
  t.check(Boolean(target), "no coming session without a dilemma");
  await t.goto(`#/overleg/bijeenkomst/${target.id}`);
  await t.screen("bijeenkomst", "bijeenkomst: agenda samenstellen");
  const agendaForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Agenda opslaan" }) });
  const choice = agendaForm.getByLabel("Ingediende casus toevoegen");
  await page.waitForFunction(() => document.querySelectorAll("select option").length > 1);
  const value = await choice.locator("option").nth(1).getAttribute("value");
  await choice.selectOption(value);
  await agendaForm.getByRole("button", { name: "Toevoegen" }).click();
  await agendaForm.getByRole("button", { name: "Agenda opslaan" }).click();
  await t.expectStatus("De agenda is opgeslagen.");

  // The session begins: moved to a moment just ahead, then that moment passes.
  const current = await call(page, "GET", `/sessions/${target.id}`);
  const startsAt = new Date(Date.now() + 3000).toISOString();
  const moved = await call(page, "PATCH", `/sessions/${target.id}`, { startsAt }, { "If-Match": current.etag });
  t.check(moved.status === 200, `moving the session answered ${moved.status}`);
  await page.waitForTimeout(3500);
  await page.reload();
  await t.screen("bijeenkomst", "bijeenkomst: live agenda");
  await page.getByRole("heading", { level: 2, name: "Agenda en notulen" }).waitFor();
  // The case's presenter chairs its items, whoever opens the session.
  const presenter = await call(page, "GET", `/users/${(await call(page, "GET", `/cases/${value}`)).data.ownerId}`);
  await page.getByText(`Voorzitter: ${presenter.data.displayName} (casusinbrenger)`).first().waitFor();
  const timer = page.getByRole("timer").first();
  t.check((await timer.innerText()) === "5:00", "the first item's timebox is not 5 minutes");
  await page.getByRole("button", { name: /Tijd starten voor punt 1/ }).click();
  await page.waitForTimeout(1300);
  t.check((await timer.innerText()) !== "5:00", "the timer does not run");
  await page.getByRole("button", { name: /Tijd stoppen voor punt 1/ }).click();
  await page.getByRole("group", { name: "Aanwezig" }).getByLabel("Fleur Klantmanager").uncheck();
  await page.getByLabel("Aantekeningen bij Introductie door de casusinbrenger").fill("De inbrenger schetst de schulden en de hulpvraag.");
  await page.getByLabel("Aantekeningen bij Plan en conclusie door de casusinbrenger").fill("Werkstage van drie maanden met budgetcoaching.");
  await page.getByLabel(/^Conclusie/).fill("Plan: werkstage, evaluatie in het volgende overleg.");
  await t.axe("bijeenkomst: notulen ingevuld");
  await page.getByRole("button", { name: "Notulen opslaan" }).click();
  await t.expectStatus("De notulen zijn opgeslagen.");
  const stored = await call(page, "GET", `/cases/${value}`);
  t.check(stored.data.status === "besproken", `the case is ${stored.data.status}, not besproken`);

  await t.goto(`#/overleg/bijeenkomst/${target.id}/notulen`);
  await t.screen("notulen");
  await page.getByText("Werkstage van drie maanden met budgetcoaching.").waitFor();
  await page.getByRole("button", { name: "Afdrukken" }).waitFor();
  await page.emulateMedia({ media: "print" });
  t.check(!(await page.getByRole("navigation", { name: "Hoofdmenu" }).isVisible()), "the menu is printed");
  await page.emulateMedia({ media: "screen" });

  // A colleague who has not voted finds the dilemma under Mijn taken.
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await t.screen("inloggen");
  await t.login("km5@demo.vakwerk.example");
  await t.screen("start");
  await page.getByRole("link", { name: /Stem over het dilemma/ }).click();
  await t.screen("dilemma");
  await page.getByText(/De uitslag|U ziet de uitslag/).first().waitFor();
  await page.getByLabel(/^Stelling A:/).check();
  await page.getByRole("button", { name: "Stemmen" }).click();
  await t.expectStatus("Uw stem is uitgebracht.");
  await t.screen("dilemma", "dilemma: na het stemmen");
  await page.getByRole("table", { name: /Getelde stemmen/ }).waitFor();
  await page.getByRole("img", { name: /Stelling A: \d+ stem/ }).waitFor();
  await page.waitForFunction(() => {
    const canvas = document.querySelector(".grafiek canvas");
    return canvas && canvas.width > 0;
  });

  await t.mainNav().getByRole("link", { name: "Overleg" }).click();
  await t.screen("overleg", "overleg na afloop");
  await page.getByRole("navigation", { name: "Overleg" }).getByRole("link", { name: "Standpunten" }).click();
  await t.screen("standpunten");
  await page.getByLabel("Zoeken").fill("mantelzorg");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await t.screen("standpunten", "standpunten: gezocht");
  await page.getByRole("link", { name: "Mantelzorg: deeltijd vóór ontheffing" }).waitFor();

  // The beheerder manages the series' members; sessions and minutes are not theirs.
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await t.screen("inloggen", "inloggen beheerder");
  await t.login("beheer@demo.vakwerk.example");
  await t.screen("start", "start beheerder");
  await t.mainNav().getByRole("link", { name: "Overleg" }).click();
  await t.screen("overleg", "overleg: leden beheren");
  await page.getByRole("heading", { level: 2, name: "Leden van de reeks" }).waitFor();
  await page.getByRole("button", { name: "Lid toevoegen" }).click();
  await t.expectStatus("is lid van de reeks");
  t.check((await page.getByRole("heading", { name: "Rooster" }).count()) === 0, "the beheerder sees the rotation");
});
