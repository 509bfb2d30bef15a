// (a) The demo beheerder logs in, sees "Beheer", creates a user and finds it in the list,
// (de)activates it (including a stale ETag → 412), manages a team, reads the audit
// trail and logs out.

import { scenario } from "./lib.mjs";

const stamp = Date.now().toString(36);
const NEW_NAME = `Eva Testpersoon ${stamp}`;
const NEW_EMAIL = `eva.${stamp}@demo.vakwerk.example`;
const NEW_TEAM = `Team Oost ${stamp}`;

await scenario("beheerder", async (t, page) => {
  await t.goto();
  await t.screen("inloggen");
  t.check(await page.locator("#hoofdmenu").isHidden(), "the navigation shows before logging in");

  await t.login("beheer@demo.vakwerk.example");
  await t.screen("start");
  await page.getByRole("heading", { level: 1, name: "Welkom, Beheerder Vakdorp" }).waitFor();
  const nav = t.mainNav();
  // Overleg: the beheerder creates and edits conference series (not their sessions).
  for (const label of ["Start", "Overleg", "Beheer", "Mijn gegevens"]) {
    await nav.getByRole("link", { name: label, exact: true }).waitFor();
  }
  t.check((await nav.getByRole("link").count()) === 4, "the navigation shows sections that do not exist yet");
  t.check((await page.getByRole("button", { name: "Uitloggen" }).count()) === 1, "no Uitloggen button");

  // ---------------------------------------------------------------- Gebruikers
  await nav.getByRole("link", { name: "Beheer" }).click();
  await t.screen("gebruikers");
  t.check((await nav.getByRole("link", { name: "Beheer" }).getAttribute("aria-current")) === "page", "Beheer is not marked current");
  await page.getByText(/^\d+ gebruikers(, 1–\d+ getoond)?$/).waitFor();
  await page.getByRole("link", { name: "Anouk Klantmanager" }).waitFor();

  await page.getByRole("button", { name: "Nieuwe gebruiker toevoegen" }).click();
  await t.axe("gebruikers: formulier open");
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Nieuwe gebruiker" }) });

  // Field errors from invalidParams, next to their fields.
  await form.getByLabel("Wachtwoord").fill("te kort");
  await form.getByRole("button", { name: "Gebruiker aanmaken" }).click();
  await form.getByRole("heading", { name: "Controleer de invoer" }).waitFor();
  const password = form.getByLabel("Wachtwoord");
  t.check((await password.getAttribute("aria-invalid")) === "true", "the password field is not marked invalid");
  const described = (await password.getAttribute("aria-describedby")) || "";
  const descriptions = await Promise.all(described.split(" ").map((id) => page.locator(`#${id}`).innerText()));
  t.check(descriptions.some((d) => /12 tekens/.test(d)), `no password error next to the field: ${JSON.stringify(descriptions)}`);
  t.check((await form.getByRole("group", { name: "Rollen" }).getAttribute("aria-describedby"))?.includes("fout-roles"), "the roles group has no error");
  await t.axe("gebruikers: veldfouten");

  await form.getByLabel("Naam").fill(NEW_NAME);
  await form.getByLabel("E-mailadres").fill(NEW_EMAIL);
  await password.fill("een-lang-wachtwoord-2026");
  await form.getByRole("group", { name: "Rollen" }).getByLabel("Klantmanager").check();
  // Team and working days on the same form.
  const days = form.getByRole("group", { name: "Werkdagen in het team" });
  t.check(await days.isHidden(), "working days show before a team is chosen");
  await form.getByLabel("Team", { exact: true }).selectOption({ label: "Werk en Inkomen" });
  await days.getByLabel("woensdag").uncheck();
  await t.axe("gebruikers: nieuwe gebruiker met team");
  await form.getByRole("button", { name: "Gebruiker aanmaken" }).click();
  await t.expectStatus(`Gebruiker ${NEW_NAME} is aangemaakt en lid van Werk en Inkomen (maandag, dinsdag, donderdag en vrijdag).`);
  t.check(await form.isHidden(), "the form stays open after creating");
  const row = page.getByRole("row", { name: new RegExp(NEW_NAME) });
  await row.waitFor();
  t.check((await row.innerText()).includes(NEW_EMAIL), "the new user's e-mail address is not in its row");
  t.check((await row.innerText()).includes("Werk en Inkomen"), "the new user's team is not in its row");
  await t.axe("gebruikers: na aanmaken");

  // The same address again: 409 shown at the e-mail field.
  await page.getByRole("button", { name: "Nieuwe gebruiker toevoegen" }).click();
  await form.getByLabel("Naam").fill("Dubbel");
  await form.getByLabel("E-mailadres").fill(NEW_EMAIL);
  await form.getByLabel("Wachtwoord").fill("een-lang-wachtwoord-2026");
  await form.getByLabel("Beheerder").check();
  await form.getByRole("button", { name: "Gebruiker aanmaken" }).click();
  await form.getByText("al in gebruik").first().waitFor();
  t.check((await form.getByLabel("E-mailadres").getAttribute("aria-invalid")) === "true", "409 not shown at the e-mail field");
  await form.getByRole("button", { name: "Annuleren" }).click();

  // ---------------------------------------------------------------- pagination (20 per page)
  const made = await page.evaluate(async (tag) => {
    const token = sessionStorage.getItem("vakwerk.csrfToken");
    const statuses = [];
    for (let i = 1; i <= 7; i += 1) {
      const reply = await fetch("/api/v1/users", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": token },
        body: JSON.stringify({
          email: `extra${i}.${tag}@demo.vakwerk.example`,
          displayName: `Zz Extra ${i} ${tag}`,
          password: "een-lang-wachtwoord-2026",
          roles: ["consulent"],
        }),
      });
      statuses.push(reply.status);
    }
    return statuses;
  }, stamp);
  t.check(made.every((s) => s === 201), `creating extra users answered ${made}`);
  await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Gebruikers" }).click();
  await t.screen("gebruikers", "gebruikers: opnieuw");
  await page.getByText("Pagina 1 van", { exact: false }).waitFor();
  const pager = page.getByRole("navigation", { name: "Paginering gebruikers" });
  t.check(await pager.getByRole("button", { name: "Vorige pagina" }).isDisabled(), "Vorige is enabled on page 1");
  await pager.getByRole("button", { name: "Volgende pagina" }).click();
  await t.expectStatus("Pagina 2 van");
  t.check(page.url().includes("pagina=2"), `the page is not in the address: ${page.url()}`);
  await page.getByRole("link", { name: `Zz Extra 7 ${stamp}` }).waitFor();
  await t.axe("gebruikers: pagina 2");
  await pager.getByRole("button", { name: "Vorige pagina" }).click();
  await t.expectStatus("Pagina 1 van");

  // ---------------------------------------------------------------- one user: (de)activate, 412
  await page.getByRole("link", { name: NEW_NAME }).click();
  await t.screen("gebruiker", "gebruiker");
  await page.getByRole("heading", { level: 1, name: NEW_NAME }).waitFor();
  await page.getByRole("button", { name: /Gebruiker deactiveren/ }).click();
  await t.expectStatus(`${NEW_NAME} is gedeactiveerd.`);
  await page.getByText("Gedeactiveerd", { exact: true }).waitFor();

  // Someone else changes the user meanwhile (same API, another tab).
  const renamed = `${NEW_NAME}-Jansen`;
  const changed = await page.evaluate(async (name) => {
    const id = location.hash.split("/").pop();
    const token = sessionStorage.getItem("vakwerk.csrfToken");
    const got = await fetch(`/api/v1/users/${id}`);
    const reply = await fetch(`/api/v1/users/${id}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/merge-patch+json", "If-Match": got.headers.get("ETag"), "X-CSRF-Token": token },
      body: JSON.stringify({ displayName: name }),
    });
    return reply.status;
  }, renamed);
  t.check(changed === 200, `the concurrent change failed: ${changed}`);
  await page.getByRole("button", { name: /Gebruiker weer activeren/ }).click();
  await t.expectStatus("intussen gewijzigd");
  await page.getByRole("heading", { level: 1, name: renamed }).waitFor(); // fresh data loaded
  await t.axe("gebruiker: 412");
  await page.getByRole("button", { name: /Gebruiker weer activeren/ }).click();
  await t.expectStatus(`${renamed} is weer actief.`);
  await page.getByText("Actief", { exact: true }).waitFor();

  // ---------------------------------------------------------------- Teams
  await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Teams" }).click();
  await t.screen("teams");
  await page.getByRole("link", { name: "Werk en Inkomen" }).waitFor();
  await page.getByLabel("Naam van het team").fill(NEW_TEAM);
  await page.getByLabel("Soort werk").selectOption({ label: "Re-integratie" });
  await page.getByRole("button", { name: "Team aanmaken" }).click();
  await t.expectStatus(`Het team ‘${NEW_TEAM}’ is aangemaakt.`);
  const teamRow = page.getByRole("row", { name: new RegExp(NEW_TEAM) });
  t.check((await teamRow.innerText()).includes("Re-integratie"), "the new team's kind is not shown in Dutch");
  await t.axe("teams: na aanmaken");

  await teamRow.getByRole("link").click();
  await t.screen("team");
  await page.getByText("Dit team heeft nog geen leden.").waitFor();
  // Lid toevoegen: the picker pages the colleagues, 20 at a time (no whole list).
  const colleagues = page.getByRole("group", { name: /^Collega/ });
  const candidate = colleagues.getByRole("radio", { name: `${renamed} (${NEW_EMAIL})` });
  for (let i = 0; i < 10 && !(await candidate.count()); i += 1) {
    await colleagues.getByRole("button", { name: "Volgende 20" }).click();
    await colleagues.getByText(/pagina \d+ van/).waitFor();
    await page.waitForTimeout(100);
  }
  await candidate.check();
  const addDays = page.getByRole("group", { name: "Werkdagen", exact: true });
  for (const day of ["dinsdag", "donderdag", "vrijdag"]) await addDays.getByLabel(day).uncheck();
  await page.getByRole("button", { name: "Toevoegen aan team" }).click();
  await t.expectStatus(`${renamed} is toegevoegd aan ${NEW_TEAM}.`);
  const member = page.getByRole("group", { name: `Werkdagen van ${renamed}` });
  await member.getByText("maandag en woensdag").waitFor();
  await t.axe("team: lid toegevoegd");

  // A second member (by the API), then both members' days in one save.
  const second = await page.evaluate(async ({ teamName, tag }) => {
    const token = sessionStorage.getItem("vakwerk.csrfToken");
    const users = await (await fetch(`/api/v1/users?limit=100`)).json();
    const extra = users.items.find((u) => u.displayName === `Zz Extra 1 ${tag}`);
    const teams = await (await fetch(`/api/v1/teams?limit=100`)).json();
    const team = teams.items.find((x) => x.name === teamName);
    const reply = await fetch(`/api/v1/teams/${team.id}/members/${extra.id}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": token },
      body: JSON.stringify({ workingDays: [1, 2, 3, 4, 5] }),
    });
    return { status: reply.status, name: extra.displayName };
  }, { teamName: NEW_TEAM, tag: stamp });
  t.check(second.status === 201 || second.status === 200, `adding a second member answered ${second.status}`);
  await page.reload();
  await t.screen("team", "team: twee leden");
  await page.getByRole("group", { name: `Werkdagen van ${renamed}` }).getByLabel("vrijdag").check();
  await page.getByRole("group", { name: `Werkdagen van ${second.name}` }).getByLabel("maandag").uncheck();
  t.check((await page.getByRole("button", { name: /Werkdagen opslaan/ }).count()) === 1, "not one save button for the team's working days");
  await page.getByRole("button", { name: "Werkdagen opslaan" }).click();
  await t.expectStatus(`${renamed}: maandag, woensdag en vrijdag`);
  await page.getByRole("group", { name: `Werkdagen van ${second.name}` }).getByText("dinsdag, woensdag, donderdag en vrijdag").waitFor();
  await t.axe("team: werkdagen in één keer opgeslagen");

  // ---------------------------------------------------------------- Auditspoor
  await t.goto("#/beheer/auditspoor?aantal=10");
  await t.screen("auditspoor");
  const rows = page.locator("table tbody tr");
  t.check((await rows.count()) === 10, `expected 10 audit rows, got ${await rows.count()}`);
  t.check((await rows.first().innerText()).includes("Teamlidmaatschap"), "the newest event is not the membership change");
  await page.getByRole("button", { name: "Meer laden" }).click();
  await page.waitForFunction(() => document.querySelectorAll("table tbody tr").length === 20);
  await t.expectStatus("10 gebeurtenissen erbij geladen.");
  await page.getByLabel("Actie").selectOption({ label: "Aangemaakt" });
  await page.getByLabel("Soort record").selectOption({ label: "Gebruiker" });
  const today = await page.evaluate(() => new Date().toLocaleDateString("sv-SE"));
  await page.getByLabel("Van").fill(today);
  await page.getByLabel("Tot en met").fill(today);
  await page.getByRole("button", { name: "Zoeken" }).click();
  await t.expectStatus("getoond");
  await page.getByRole("row", { name: new RegExp(renamed) }).first().waitFor();
  const kinds = await page.locator("table tbody tr td:nth-child(3)").allInnerTexts();
  t.check(kinds.length > 0 && kinds.every((k) => k === "Gebruiker"), `the filter let other records through: ${kinds}`);
  await t.axe("auditspoor: gefilterd");

  // ---------------------------------------------------------------- log out
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await t.screen("inloggen", "uitgelogd");
  await t.expectStatus("U bent uitgelogd.");
  t.check(await page.locator("#hoofdmenu").isHidden(), "the navigation still shows after logging out");
  const after = await page.evaluate(async () => (await fetch("/api/v1/me")).status);
  t.check(after === 401, `the session still works after logging out: ${after}`);
  await t.goto("#/beheer/gebruikers");
  await t.screen("inloggen", "inloggen na uitloggen");
});
