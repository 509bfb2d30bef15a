// Start: welkom, met rollen en teams van de gebruiker.

import { h } from "../dom.js";
import { teamsById } from "../data.js";
import { listText, roleLabel, teamTitle, weekdaysText } from "../labels.js";
import { visibleSections } from "../nav.js";
import { heading } from "../ui.js";

export async function renderStart(container, ctx) {
  const me = ctx.me;
  container.append(heading(`Welkom, ${me.displayName}`));
  const roles = me.roles.map(roleLabel);
  const facts = h(
    "dl",
    { class: "gegevens" },
    h("dt", {}, "E-mailadres"),
    h("dd", {}, me.email),
    h("dt", {}, roles.length === 1 ? "Rol" : "Rollen"),
    h("dd", {}, me.isSuperuser ? "Platformbeheerder" : listText(roles) || "geen"),
  );
  container.append(h("section", { "aria-labelledby": "start-profiel" }, h("h2", { id: "start-profiel" }, "Uw profiel"), facts));

  const teamsSection = h("section", { "aria-labelledby": "start-teams" }, h("h2", { id: "start-teams" }, "Uw teams"));
  container.append(teamsSection);
  if (!me.memberships.length) {
    teamsSection.append(h("p", {}, "U bent (nog) geen lid van een team."));
  } else {
    const teams = await teamsById();
    teamsSection.append(
      h(
        "ul",
        { class: "lijst" },
        me.memberships.map((m) => {
          const team = teams.get(m.teamId);
          return h(
            "li",
            {},
            h("strong", {}, teamTitle(team)),
            ` – werkdagen: ${weekdaysText(m.workingDays)}`,
          );
        }),
      ),
    );
  }

  const links = visibleSections(me).filter((s) => s.id !== "start");
  if (links.length) {
    container.append(
      h(
        "section",
        { "aria-labelledby": "start-verder" },
        h("h2", { id: "start-verder" }, "Verder naar"),
        h("ul", { class: "lijst" }, links.map((s) => h("li", {}, h("a", { href: s.href }, s.label)))),
      ),
    );
  }
}
