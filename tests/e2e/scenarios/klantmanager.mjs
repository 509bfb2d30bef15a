// (c) A klantmanager sees no "Beheer", cannot open it by URL, and records an absence
// and her working days on "Mijn gegevens".

import { DEMO_PASSWORD, scenario } from "./lib.mjs";

function isoDate(daysFromNow) {
  const d = new Date();
  d.setDate(d.getDate() + daysFromNow);
  return d.toLocaleDateString("sv-SE"); // yyyy-mm-dd
}

await scenario("klantmanager", async (t, page) => {
  await t.goto();
  await t.screen("inloggen");
  await t.login("km1@demo.vakwerk.example");
  await t.screen("start");
  await page.getByRole("heading", { level: 1, name: "Welkom, Anouk Klantmanager" }).waitFor();
  await page.getByText("Werk en Inkomen").first().waitFor();
  const nav = t.mainNav();
  await nav.getByRole("link", { name: "Mijn gegevens" }).waitFor();
  t.check((await nav.getByRole("link", { name: "Beheer" }).count()) === 0, "a klantmanager sees Beheer");
  t.check((await page.getByRole("link", { name: "Beheer" }).count()) === 0, "a Beheer link is on the page");

  // Typing the address does not help either.
  await t.goto("#/beheer/gebruikers");
  await t.screen("geen-toegang");
  await page.getByRole("heading", { level: 1, name: "Geen toegang" }).waitFor();

  await nav.getByRole("link", { name: "Mijn gegevens" }).click();
  await t.screen("mijn-gegevens");
  const days = page.getByRole("group", { name: /Werkdagen in team Werk en Inkomen/ });
  t.check(await days.getByLabel("vrijdag").isChecked(), "friday is not shown as a working day");

  // Working days.
  await days.getByLabel("woensdag").uncheck();
  await page.getByRole("button", { name: /Werkdagen opslaan/ }).click();
  await t.expectStatus("maandag, dinsdag, donderdag en vrijdag");

  // An absence that ends before it starts: the API's field error at "Laatste dag".
  const form = page.getByRole("form", { name: "Afwezigheid doorgeven" });
  await form.getByLabel("Eerste dag").fill(isoDate(30));
  await form.getByLabel("Laatste dag").fill(isoDate(28));
  await form.getByRole("button", { name: "Afwezigheid opslaan" }).click();
  await form.getByText("De einddatum ligt voor de begindatum.").first().waitFor();
  t.check((await form.getByLabel("Laatste dag").getAttribute("aria-invalid")) === "true", "Laatste dag is not marked invalid");
  await t.axe("mijn gegevens: veldfout");

  await form.getByLabel("Laatste dag").fill(isoDate(32));
  await form.getByLabel("Reden").fill("Cursus methodisch werken");
  await form.getByRole("button", { name: "Afwezigheid opslaan" }).click();
  await t.expectStatus("is opgeslagen");
  const row = page.getByRole("row", { name: /Cursus methodisch werken/ });
  await row.waitFor();
  t.check((await form.getByLabel("Laatste dag").getAttribute("aria-invalid")) === null, "the field error stayed");
  await t.axe("mijn gegevens: afwezigheid opgeslagen");

  // Reload: the session survives (CSRF token in sessionStorage) and the data is there.
  await page.reload();
  await t.screen("mijn-gegevens", "mijn gegevens na herladen");
  await row.waitFor();
  t.check(!(await page.getByRole("group", { name: /Werkdagen in team/ }).getByLabel("woensdag").isChecked()), "the working days were not saved");

  // Remove it again (the scenario can run again against the same server).
  await row.getByRole("button", { name: /Verwijderen/ }).click();
  await t.expectStatus("is verwijderd");
  t.check((await row.count()) === 0, "the removed absence is still listed");
  await page.getByRole("group", { name: /Werkdagen in team/ }).getByLabel("woensdag").check();
  await page.getByRole("button", { name: /Werkdagen opslaan/ }).click();
  await t.expectStatus("maandag tot en met vrijdag");

  // The session ends elsewhere (here: on the server); the next call brings her back to
  // the login page with a message, and logging in again returns to where she was.
  const ended = await page.evaluate(async () => {
    const reply = await fetch("/api/v1/auth/session", {
      method: "DELETE",
      headers: { "X-CSRF-Token": sessionStorage.getItem("vakwerk.csrfToken") },
    });
    return reply.status;
  });
  t.check(ended === 204, `ending the session answered ${ended}`);
  await nav.getByRole("link", { name: "Mijn gegevens" }).click();
  await t.screen("inloggen", "sessie verlopen");
  await t.expectStatus("Uw sessie is verlopen. Log opnieuw in.");
  t.check(await page.locator("#hoofdmenu").isHidden(), "the navigation shows after the session ended");

  // Log in with the keyboard only.
  await page.getByLabel("E-mailadres").focus();
  await page.keyboard.type("km1@demo.vakwerk.example");
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await t.screen("mijn-gegevens", "terug na opnieuw inloggen");
  t.check((await page.evaluate(() => document.activeElement.tagName)) === "H1", "focus is not on the heading after navigating");
});
