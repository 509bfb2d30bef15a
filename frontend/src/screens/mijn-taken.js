// "Mijn taken" on the start page: the coming sessions where the user has a part (notes,
// the chair, a case of theirs) and the dilemmas still waiting for their vote. Two short
// requests (at most 20 rows each), never a whole collection.

import { api } from "../client.js";
import { h } from "../dom.js";
import { may } from "../grants.js";
import { formatDeadline, todayIso } from "../labels.js";
import { momentText, sessionChairs } from "./overleg-data.js";

export async function renderMyTasks(container, me) {
  if (!may(me, "read_conferences")) return;
  let sessions = [];
  let dilemmas = [];
  try {
    [sessions, dilemmas] = await Promise.all([
      api.listConferenceSessions({ query: { fromDate: todayIso(), status: "gepland", limit: 20, offset: 0 } }).then((r) => r.data.items),
      may(me, "cast_vote") ? api.listDilemmas({ query: { limit: 20, offset: 0 } }).then((r) => r.data.items) : [],
    ]);
  } catch {
    return; // the start page works without it
  }
  const tasks = [];
  for (const s of sessions) {
    const roles = [];
    if (s.noteTakerId === me.id) roles.push("notulist");
    if (s.format === "casus" && sessionChairs(s).includes(me.id)) roles.push("casusinbrenger en voorzitter van uw casus");
    else if (s.chairId === me.id) roles.push(s.format ? "voorzitter" : "voorzitter als het een dilemmasessie wordt");
    if (roles.length) tasks.push(h("li", {}, h("a", { href: `#/overleg/bijeenkomst/${s.id}` }, `U bent ${roles.join(" en ")} bij het overleg van ${momentText(s.startsAt)}`), ". Kunt u niet? Draag de taak over."));
  }
  for (const d of dilemmas) {
    if (!d.hasVoted && new Date(d.votingClosesAt) > new Date()) {
      tasks.push(h("li", {}, h("a", { href: `#/overleg/dilemma/${d.id}` }, `Stem over het dilemma "${d.title}"`), ` (tot ${formatDeadline(d.votingClosesAt)})`));
    }
  }
  container.append(
    h(
      "section",
      { "aria-labelledby": "start-taken" },
      h("h2", { id: "start-taken" }, "Mijn taken"),
      tasks.length ? h("ul", { class: "lijst" }, tasks) : h("p", {}, "U hebt geen taken bij de komende overleggen."),
    ),
  );
}
