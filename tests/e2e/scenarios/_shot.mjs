import { scenario } from "./lib.mjs";
const who = process.env.WHO || "km1@demo.vakwerk.example";
const routes = (process.env.ROUTES || "start").split(",");
await scenario("shot", async (t, page) => {
  await t.goto();
  await t.screen("inloggen");
  await t.login(who);
  await t.screen("start");
  let i = 0;
  for (const r of routes) {
    await t.goto(`#/${r}`);
    await page.waitForSelector('#scherm[aria-busy="false"]');
    await page.waitForTimeout(400);
    await page.evaluate((y) => window.scrollTo(0, y), Number(process.env.SCROLL || 0));
    await page.screenshot({ path: `/tmp/vw/view-${i++}.png` });
  }
});
