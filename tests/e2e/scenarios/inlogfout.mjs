// (b) A wrong password shows the Dutch error and no navigation; empty fields get field
// errors; too many failures (429) say how long to wait.
// Each run counts 6 failed logins from 127.0.0.1 (the limit per address is 20 in 15
// minutes): against a long-running server, run it at most three times in a row.

import { BASE_URL, scenario } from "./lib.mjs";

await scenario("inlogfout", async (t, page) => {
  await t.goto();
  await t.screen("inloggen");

  // The skip link is the first tab stop and moves focus to <main> without changing the route.
  await page.keyboard.press("Tab");
  t.check((await page.evaluate(() => document.activeElement.textContent)) === "Direct naar de inhoud", "the skip link is not the first tab stop");
  await page.keyboard.press("Enter");
  t.check((await page.evaluate(() => document.activeElement.id)) === "inhoud", "the skip link does not focus <main>");
  t.check(page.url().endsWith("#/inloggen"), `the skip link changed the route: ${page.url()}`);

  // Empty form: the API's invalidParams appear at both fields.
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.getByRole("heading", { name: "Controleer de invoer" }).waitFor();
  for (const label of ["E-mailadres", "Wachtwoord"]) {
    t.check((await page.getByLabel(label).getAttribute("aria-invalid")) === "true", `${label} is not marked invalid`);
  }
  await t.axe("inloggen: lege velden");

  // Wrong password.
  await t.login("km2@demo.vakwerk.example", "dit-is-niet-het-wachtwoord");
  const alert = page.getByRole("alert");
  await alert.getByText("E-mailadres of wachtwoord onjuist.").waitFor();
  t.check((await alert.innerText()).includes("Inloggen is niet gelukt"), "the error has no heading");
  t.check(await page.locator("#hoofdmenu").isHidden(), "the navigation shows after a failed login");
  t.check((await page.getByRole("link", { name: "Beheer" }).count()) === 0, "a Beheer link is visible");
  t.check((await page.getByRole("button", { name: "Uitloggen" }).count()) === 0, "an Uitloggen button is visible");
  t.check((await page.getByLabel("Wachtwoord").inputValue()) === "", "the wrong password stays in the field");
  t.check(await page.evaluate(() => !sessionStorage.getItem("vakwerk.csrfToken")), "a CSRF token was stored");
  await t.axe("inloggen: fout wachtwoord");

  // Five failures for one username (known or not, it counts the same): the next attempt
  // is refused with Retry-After.
  const username = `onbekend.${Date.now().toString(36)}@demo.vakwerk.example`;
  for (let i = 0; i < 5; i += 1) {
    const reply = await page.request.post(`${BASE_URL}/api/v1/auth/session`, {
      data: { username, password: `fout-${i}` },
    });
    t.check(reply.status() === 401, `failure ${i + 1} answered ${reply.status()}`);
  }
  await t.login(username, "nog-steeds-fout");
  await alert.getByText("Te veel mislukte inlogpogingen").waitFor();
  const text = await alert.innerText();
  t.check(/over ongeveer \d+ (minuut|minuten)\)\./.test(text), `no waiting time in: ${text}`);
  t.check(text.includes("Even wachten"), `the 429 has no heading: ${text}`);
  t.log(`429 shown: ${text.replace(/\s+/g, " ")}`);
  await t.axe("inloggen: te veel pogingen");
  t.check(await page.locator("#hoofdmenu").isHidden(), "the navigation shows after a refused login");
});
