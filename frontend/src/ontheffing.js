// The fields of a new exemption, per legal ground: used on Klantdetail ("Ontheffing
// verlenen") and in a case's outcome ("Ontheffing verleend", prefix "exemption.").

import { h } from "./dom.js";
import { EXEMPTION_GROUNDS, todayIso } from "./labels.js";
import { field, radioGroup } from "./ui.js";

/** Which date fields each ground asks for, and whether they are required. */
const GROUND_FIELDS = {
  art_9_lid_2: {
    endDate: { required: true, hint: "De laatste dag van de ontheffing. Een ontheffing om dringende redenen is altijd tijdelijk." },
    basisDocumentDate: { required: true },
    reexaminationDate: { required: false },
  },
  art_9_lid_5: {
    endDate: { required: false, hint: "Alleen invullen als vaststaat wanneer de ontheffing stopt." },
    basisDocumentDate: { required: true },
    reexaminationDate: { required: false },
  },
  art_9a: {
    youngestChildBirthDate: { required: true },
    endDate: {
      required: false,
      hint:
        "Leeg laten: Vakwerk berekent de einddatum. Dat is de dag voor de vijfde verjaardag van het kind, " +
        "hoogstens de maximale duur, en nooit na het einde van de uitkering.",
    },
  },
};

const LABELS = {
  startDate: { label: "Ingangsdatum" },
  endDate: { label: "Einddatum" },
  basisDocumentDate: {
    label: "Datum keuring",
    hint: "De datum van de medische of psychologische keuring waarop de ontheffing rust. Niet in de toekomst.",
  },
  reexaminationDate: {
    label: "Datum herbeoordeling",
    hint: "Leeg laten: twee jaar na de keuring. Een keuring telt twee jaar.",
  },
  youngestChildBirthDate: { label: "Geboortedatum jongste kind" },
};

/**
 * The ground (radio buttons) and the dates that ground needs. Field names carry the
 * prefix, so field errors such as "exemption.endDate" land at their field.
 * Returns {element, ground(), body(), focusFirst()}.
 */
export function exemptionFields({ prefix = "", legendGround = "Grond" } = {}) {
  const ground = radioGroup({
    name: `${prefix}ground`,
    legend: legendGround,
    required: true,
    options: EXEMPTION_GROUNDS.map((g) => ({ value: g.value, label: g.long })),
  });
  const start = field({ name: `${prefix}startDate`, label: LABELS.startDate.label, type: "date", required: true, value: todayIso() });
  const dates = h("div", { class: "ontheffing-data" });
  let current = {}; // name → {input}

  function paint() {
    const chosen = ground.value();
    const values = Object.fromEntries(Object.entries(current).map(([name, made]) => [name, made.input.value]));
    current = {};
    const spec = GROUND_FIELDS[chosen];
    if (!spec) {
      dates.replaceChildren(h("p", { class: "hint" }, "Kies eerst de grond: daarna ziet u welke data nodig zijn."));
      return;
    }
    dates.replaceChildren(
      ...Object.entries(spec).map(([name, rule]) => {
        const made = field({
          name: `${prefix}${name}`,
          label: LABELS[name].label,
          type: "date",
          required: rule.required,
          hint: rule.hint || LABELS[name].hint || "",
          value: values[name] || "",
        });
        current[name] = made;
        return made.wrapper;
      }),
    );
  }
  ground.onChange(paint);
  paint();

  return {
    element: h("div", { class: "ontheffing-velden" }, ground.fieldset, start.wrapper, dates),
    ground: () => ground.value(),
    /** The exemption's members as the API wants them (empty dates left out). */
    body() {
      const body = {}; // a missing member gets the API's "Dit veld is verplicht."
      if (ground.value()) body.ground = ground.value();
      if (start.input.value) body.startDate = start.input.value;
      for (const [name, made] of Object.entries(current)) if (made.input.value) body[name] = made.input.value;
      return body;
    },
    focusFirst: () => (ground.inputs.find((i) => i.checked) || ground.inputs[0]).focus(),
  };
}
