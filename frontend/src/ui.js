// Shared building blocks: the status region, Dutch error texts, labelled fields and
// field errors from problem+json `invalidParams`.

import { h, uid, srOnly } from "./dom.js";
import { WEEKDAYS, teamTitle } from "./labels.js";

// ------------------------------------------------------------------ status messages

/**
 * Show and announce a message in the aria-live region above the screen.
 * kind: "info" | "succes" | "fout".
 */
export function announce(message, kind = "info") {
  const region = document.getElementById("meldingen");
  if (!region) return;
  region.replaceChildren();
  if (!message) return;
  // A fresh node, set in the next frame, so repeating the same text is announced again.
  const box = h("p", { class: `melding melding-${kind}` }, message);
  requestAnimationFrame(() => region.replaceChildren(box));
}

export function clearAnnouncement() {
  const region = document.getElementById("meldingen");
  if (region) region.replaceChildren();
}

function minutes(seconds) {
  const m = Math.max(1, Math.ceil(seconds / 60));
  return m === 1 ? "1 minuut" : `${m} minuten`;
}

/** A Dutch sentence for any failed call (a Problem from client.js, or a bug). */
export function errorText(error) {
  if (!error || typeof error.status !== "number") {
    return "Er ging iets mis in de toepassing. Laad de pagina opnieuw en probeer het nog eens.";
  }
  const detail = error.detail;
  switch (error.status) {
    case 0:
      return detail || "De server is niet bereikbaar. Probeer het later opnieuw.";
    case 403:
      return detail || "U hebt geen toegang tot deze handeling.";
    case 404:
      return "Dit bestaat niet (meer), of u hebt er geen toegang toe.";
    case 412:
      return (
        "Deze gegevens zijn intussen gewijzigd door iemand anders. " +
        "De nieuwste versie is geladen: controleer die en probeer het opnieuw."
      );
    case 429: {
      const text = detail || "Te veel pogingen. Probeer het later opnieuw.";
      if (!error.retryAfter) return text;
      return `${text.replace(/[.\s]+$/, "")} (over ongeveer ${minutes(error.retryAfter)}).`;
    }
    default:
      if (error.status >= 500) {
        return detail || "Er ging iets mis op de server. Probeer het later opnieuw.";
      }
      return detail || `Er ging iets mis (fout ${error.status}).`;
  }
}

/**
 * Report a failed action that has no form: announced once in the status region. A
 * failure the client layer already handled (the session ended) says nothing more.
 */
export function reportError(error, { context = "" } = {}) {
  if (error && error.handled) return;
  if (!error || typeof error.status !== "number") console.error(error); // a bug, not an API reply
  announce((context ? `${context} ` : "") + errorText(error), "fout");
}

/** Run an action with its button disabled; returns whatever the action returns. */
export async function busy(button, action) {
  const wasDisabled = button.disabled;
  button.disabled = true;
  button.setAttribute("aria-busy", "true");
  try {
    return await action();
  } finally {
    button.disabled = wasDisabled;
    button.removeAttribute("aria-busy");
  }
}

// ------------------------------------------------------------------ headings and layout

/** The screen heading; focused (tabindex -1) after navigation. */
export function heading(text) {
  return h("h1", { tabindex: "-1", id: "scherm-kop" }, text);
}

/** A sub navigation (aria-current on the active link). */
export function subNav(label, entries, activeHref) {
  return h(
    "nav",
    { class: "subnav", "aria-label": label },
    h(
      "ul",
      {},
      entries.map((entry) =>
        h(
          "li",
          {},
          h("a", { href: entry.href, "aria-current": entry.href === activeHref ? "page" : false }, entry.label),
        ),
      ),
    ),
  );
}

/** Every body cell carries its column's title, so the row can reflow into a card. */
function labelCells(table) {
  const titles = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim());
  for (const row of table.querySelectorAll("tbody tr")) {
    [...row.cells].forEach((cell, i) => {
      if (cell.colSpan === 1 && titles[i] !== undefined) cell.dataset.label = titles[i];
    });
  }
}

/**
 * A table in a horizontally scrolling box. On a phone its rows become cards (CSS, the
 * cells carry their column's title); when it still is wider than the screen the box is
 * a labelled, focusable region and a visible line says that it scrolls.
 */
export function scrollBox(table, label) {
  table.classList.add("tabel-kaarten");
  labelCells(table);
  if (typeof MutationObserver === "function") {
    new MutationObserver(() => labelCells(table)).observe(table, { childList: true, subtree: true });
  }
  const sign = h("p", { class: "scroll-teken", hidden: true, "aria-hidden": "true" }, "Schuif de tabel opzij voor meer kolommen →");
  const box = h("div", { class: "tabel-scroll" }, table);
  const update = () => {
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    sign.hidden = !scrolls;
    if (scrolls) {
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", `${label} (horizontaal te scrollen)`);
    } else {
      for (const name of ["tabindex", "role", "aria-label"]) box.removeAttribute(name);
    }
  };
  if (typeof ResizeObserver === "function") {
    const observer = new ResizeObserver(update);
    observer.observe(box);
    observer.observe(table);
  }
  return h("div", { class: "tabel-houder" }, sign, box);
}

export function emptyRow(columns, text) {
  return h("tr", {}, h("td", { colspan: String(columns), class: "leeg" }, text));
}

// ------------------------------------------------------------------ form fields

function describe(input, ids) {
  const list = ids.filter(Boolean);
  if (list.length) input.setAttribute("aria-describedby", list.join(" "));
  else input.removeAttribute("aria-describedby");
}

/**
 * A labelled input (or select/textarea) with an optional hint.
 * `name` is the API's wire name, so field errors find their field.
 */
export function field({
  name,
  label,
  type = "text",
  hint = "",
  required = false,
  value = "",
  options = null,
  optionalMark = true,
  ...rest
}) {
  const id = uid(`veld-${name}`);
  const hintId = hint ? `${id}-hint` : null;
  let input;
  if (options) {
    input = h(
      "select",
      { id, name, required, ...rest },
      options.map((o) => h("option", { value: o.value, selected: String(o.value) === String(value) }, o.label)),
    );
  } else if (type === "textarea") {
    input = h("textarea", { id, name, required, rows: "3", ...rest });
    input.value = value || "";
  } else {
    input = h("input", { id, name, type, required, ...rest });
    if (value !== undefined && value !== null) input.value = value;
  }
  input.dataset.hint = hintId || "";
  describe(input, [hintId]);
  const wrapper = h(
    "div",
    { class: "veld", dataset: { field: name } },
    h("label", { for: id }, label, required || !optionalMark ? null : h("span", { class: "optioneel" }, " (niet verplicht)")),
    hint ? h("p", { class: "hint", id: hintId }, hint) : null,
    input,
  );
  return { wrapper, input };
}

/** A fieldset of checkboxes; `name` is the API's wire name of the list. */
export function checkboxGroup({ name, legend, options, checked = [], hint = "", legendHidden = false, inline = false }) {
  const groupId = uid(`groep-${name}`);
  const hintId = hint ? `${groupId}-hint` : null;
  const boxes = options.map((o) => {
    const id = uid(`${name}-${o.value}`);
    const input = h("input", {
      type: "checkbox",
      id,
      name,
      value: String(o.value),
      checked: checked.map(String).includes(String(o.value)),
    });
    return h("div", { class: "keuze" }, input, h("label", { for: id }, o.label));
  });
  const fieldset = h(
    "fieldset",
    { class: inline ? "keuzes keuzes-rij" : "keuzes", id: groupId, dataset: { field: name, hint: hintId || "" } },
    h("legend", { class: legendHidden ? "visueel-verborgen" : null }, legend),
    hint ? h("p", { class: "hint", id: hintId }, hint) : null,
    h("div", { class: "keuzes-lijst" }, boxes),
  );
  if (hintId) fieldset.setAttribute("aria-describedby", hintId);
  return fieldset;
}

/** Working-day checkboxes Ma–Vr (values 1–5) with full day names for screen readers. */
export function weekdayGroup({ name = "workingDays", legend, checked = [], legendHidden = false, disabled = false }) {
  const fieldset = checkboxGroup({
    name,
    legend,
    legendHidden,
    inline: true,
    checked,
    options: WEEKDAYS.map((d) => ({ value: d.value, label: [h("span", { "aria-hidden": "true" }, d.short), srOnly(d.long)] })),
  });
  if (disabled) for (const box of fieldset.querySelectorAll("input")) box.disabled = true;
  return fieldset;
}

export function checkedValues(container, name, asNumber = false) {
  return [...container.querySelectorAll(`input[type=checkbox][name="${name}"]:checked`)].map((box) =>
    asNumber ? Number(box.value) : box.value,
  );
}

// ------------------------------------------------------------------ field errors

/**
 * Replace the API's generic reason by our own for the fields named in `reasons`
 * (e.g. "Vul de naam in." for a field the user left empty).
 */
export function withOwnReasons(invalidParams, reasons) {
  return invalidParams.map((param) => {
    const base = String(param.name || "").split(".")[0];
    return reasons[base] ? { ...param, reason: reasons[base] } : param;
  });
}

/**
 * A failed form submission, shown in one place: each field problem once at its field,
 * and one summary at the top of the form (focused) that links to them. A problem
 * without fields (a 409, a 403) is that summary alone. `reasons` replaces the API's
 * generic reason for fields left empty ("Vul de naam in.").
 */
export function reportFormError(error, form, reasons = {}) {
  if (error && error.handled) return;
  if (error && Array.isArray(error.fields) && error.fields.length) {
    showFieldErrors(form, withOwnReasons(error.fields, reasons));
    return;
  }
  if (!error || typeof error.status !== "number") console.error(error);
  showFormMessage(form, errorText(error));
}

/** One message at the top of a form, in the place of the summary. */
export function showFormMessage(form, text, title = "Dit is niet gelukt") {
  clearFieldErrors(form);
  const summary = h("div", { class: "foutoverzicht", tabindex: "-1", role: "alert" }, h("h2", {}, title), h("p", {}, text));
  form.prepend(summary);
  summary.focus();
}

/** Remove all field errors and the summary from a form. */
export function clearFieldErrors(form) {
  for (const node of form.querySelectorAll(".veldfout, .foutoverzicht")) node.remove();
  for (const wrapper of form.querySelectorAll("[data-field]")) {
    wrapper.classList.remove("heeft-fout");
    for (const input of controlsOf(wrapper)) {
      input.removeAttribute("aria-invalid");
      describe(input, [input.dataset.hint]);
    }
    if (wrapper.tagName === "FIELDSET") describe(wrapper, [wrapper.dataset.hint]);
  }
}

function controlsOf(wrapper) {
  return [...wrapper.querySelectorAll("input, select, textarea")];
}

/**
 * Show `invalidParams` next to their fields (aria-invalid, aria-describedby) and a
 * summary at the top of the form that links to them. Unknown names go in the summary.
 */
export function showFieldErrors(form, invalidParams) {
  clearFieldErrors(form);
  const summaryItems = []; // [wrapper or null, <li>]
  for (const param of invalidParams) {
    // "exemption.startDate" finds a field of that exact name first, else "exemption".
    const full = String(param.name || "");
    const exact = full ? form.querySelector(`[data-field="${CSS.escape(full)}"]`) : null;
    const base = exact ? full : full.split(".")[0];
    const wrapper = exact || (base ? form.querySelector(`[data-field="${CSS.escape(base)}"]`) : null);
    const reason = param.reason || "Deze waarde is niet geldig.";
    if (!wrapper) {
      summaryItems.push([null, h("li", {}, reason)]);
      continue;
    }
    const controls = controlsOf(wrapper);
    const errorId = uid(`fout-${base}`);
    const existing = wrapper.querySelector(".veldfout");
    if (existing) {
      existing.append(" ", reason);
    } else {
      const message = h("p", { class: "veldfout", id: errorId }, srOnly("Fout: "), reason);
      const legendOrLabel = wrapper.querySelector(":scope > legend, :scope > label");
      const hint = wrapper.querySelector(":scope > .hint");
      (hint || legendOrLabel || wrapper.firstChild).after(message);
      wrapper.classList.add("heeft-fout");
      for (const input of controls) {
        input.setAttribute("aria-invalid", "true");
        describe(input, [input.dataset.hint, errorId]);
      }
      if (wrapper.tagName === "FIELDSET") describe(wrapper, [wrapper.dataset.hint, errorId]);
    }
    const target = controls[0];
    const labelText = wrapper.querySelector(":scope > legend, :scope > label");
    // "Overleg gehad met:" and "Gebruikt?" need no extra colon before the reason.
    const name = (labelText ? labelText.firstChild.textContent.trim() : base).replace(/:$/, "");
    const joiner = /[?]$/.test(name) ? " " : ": ";
    summaryItems.push([
      wrapper,
      h(
        "li",
        {},
        h(
          "a",
          {
            href: `#${target ? target.id : ""}`,
            onclick: (event) => {
              event.preventDefault(); // the hash is the route: focus instead of jumping
              if (target) target.focus();
            },
          },
          `${name}${joiner}${reason}`,
        ),
      ),
    ]);
  }
  // In the order of the form, messages without a field last.
  summaryItems.sort(([a], [b]) => {
    if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
    return a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
  const summary = h(
    "div",
    { class: "foutoverzicht", tabindex: "-1" },
    h("h2", {}, "Controleer de invoer"),
    h("ul", {}, summaryItems.map(([, item]) => item)),
  );
  form.prepend(summary);
  summary.focus();
}

// ------------------------------------------------------------------ radio buttons, long texts

/**
 * A fieldset of radio buttons; `name` is the API's wire name. Options may carry a
 * `hint` (shown under the label and read with it). Returns {fieldset, value(), set()}.
 */
export function radioGroup({ name, legend, options, value = "", hint = "", inline = false, required = false }) {
  const groupId = uid(`groep-${name}`);
  const hintId = hint ? `${groupId}-hint` : null;
  const radioName = uid(name); // unique per form instance; data-field keeps the wire name
  const inputs = [];
  const items = options.map((o) => {
    const id = uid(`${name}-${o.value}`);
    const optionHintId = o.hint ? `${id}-hint` : null;
    const input = h("input", {
      type: "radio",
      id,
      name: radioName,
      value: String(o.value),
      checked: String(o.value) === String(value),
      "aria-describedby": optionHintId,
    });
    inputs.push(input);
    return h(
      "div",
      { class: "keuze keuze-radio" },
      input,
      h("div", {}, h("label", { for: id }, o.label), o.hint ? h("p", { class: "hint keuze-hint", id: optionHintId }, o.hint) : null),
    );
  });
  const fieldset = h(
    "fieldset",
    { class: inline ? "keuzes keuzes-rij" : "keuzes", id: groupId, dataset: { field: name, hint: hintId || "" } },
    h("legend", {}, legend, required ? null : h("span", { class: "optioneel" }, " (niet verplicht)")),
    hint ? h("p", { class: "hint", id: hintId }, hint) : null,
    h("div", { class: "keuzes-lijst" }, items),
  );
  if (hintId) fieldset.setAttribute("aria-describedby", hintId);
  return {
    fieldset,
    inputs,
    value: () => (inputs.find((i) => i.checked) || { value: "" }).value,
    set: (v) => {
      for (const input of inputs) input.checked = input.value === String(v);
    },
    onChange: (handler) => {
      for (const input of inputs) input.addEventListener("change", handler);
    },
  };
}

/** The length of a text as the API counts it (characters, not UTF-16 units). */
export function textLength(text) {
  return [...String(text || "")].length;
}

function counterText(length, max) {
  if (length > max) {
    const over = length - max;
    return over === 1 ? `1 teken te veel (${length} van ${max})` : `${over} tekens te veel (${length} van ${max})`;
  }
  return `${length} van ${max} tekens`;
}

/**
 * A textarea with a live character counter: visible at once, announced politely to
 * screen readers when typing pauses ("123 van 2000 tekens"). No maxlength: pasted text
 * is never cut off silently; too long shows at the counter and is refused on save.
 */
export function longText({ name, label, max, value = "", hint = "", rows = 4, required = false, optionalMark = true }) {
  const made = field({ name, label, type: "textarea", value, hint, required, optionalMark, rows: String(rows) });
  const counterId = `${made.input.id}-teller`;
  const visible = h("p", { class: "teller", id: counterId });
  const spoken = h("p", { class: "visueel-verborgen", "aria-live": "polite" });
  made.wrapper.append(visible, spoken);
  made.input.dataset.hint = [made.input.dataset.hint, counterId].filter(Boolean).join(" ");
  made.input.setAttribute("aria-describedby", made.input.dataset.hint);
  let timer = null;
  const update = (speak) => {
    const length = textLength(made.input.value);
    visible.textContent = counterText(length, max);
    visible.classList.toggle("teller-te-lang", length > max);
    visible.classList.toggle("teller-bijna", length <= max && length >= max * 0.9);
    if (speak) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        spoken.textContent = counterText(length, max);
      }, 800);
    }
  };
  made.input.addEventListener("input", () => update(true));
  update(false);
  return {
    ...made,
    max,
    refresh: () => update(false),
    /** A field error when the text is too long, else null. */
    problem: () => {
      const length = textLength(made.input.value);
      return length > max
        ? { name, code: "max_length", reason: `Gebruik hoogstens ${max} tekens; nu zijn het er ${length}.` }
        : null;
    },
  };
}

/** A small label ("badge") with text; the colour only repeats what the text says. */
export function badge(text, kind = "neutraal") {
  return h("span", { class: `label label-${kind}` }, text);
}


/** The team filter of a list: only when there is more than one team to choose from. */
export function teamFilterField(teamChoices, orgWide, value) {
  if (teamChoices.length <= 1) return null;
  return field({
    name: "teamId",
    label: "Team",
    optionalMark: false,
    options: [{ value: "", label: orgWide ? "Alle teams" : "Al mijn teams" }, ...teamChoices.map((t) => ({ value: t.id, label: teamTitle(t) }))],
    value,
  });
}
