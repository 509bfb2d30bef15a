// Shared components (Preact + htm): the server-paginated list with its pager, and the
// search picker. Mounted into a screen with mount(host, html`<${ServerList} …/>`).
//
// Rules they keep, so no screen has to: a list asks the server for one page at a time
// (never more than MAX_ROWS, never every page to the end); a picker asks for at most
// PICKER_ROWS per keystroke (debounced), never a whole collection.

import { Component, html, render } from "./vendor.js";
import { announce } from "./ui.js";

export const MAX_ROWS = 100;
export const PICKER_ROWS = 20;
const DEBOUNCE_MS = 250;

/** Render a component into a DOM node of an (imperative) screen; again to replace it. */
export function mount(host, vnode) {
  render(vnode, host);
  return host;
}

let counter = 0;
const nextId = (prefix) => `${prefix}-c${(counter += 1)}`;

const countText = (total, [one, many]) => (total === 1 ? `1 ${one}` : `${total} ${many}`);

/** Vorige / Pagina x van y / Volgende. */
export function Pager({ label, page, pages, onPage }) {
  if (pages <= 1) return null;
  return html`<nav class="paginering" aria-label=${`Paginering ${label}`}>
    <button type="button" class="knop" disabled=${page <= 1} onClick=${() => onPage(page - 1)}>Vorige pagina</button>
    <span class="pagina-tekst">Pagina ${page} van ${pages}</span>
    <button type="button" class="knop" disabled=${page >= pages} onClick=${() => onPage(page + 1)}>Volgende pagina</button>
  </nav>`;
}

/** A small label ("badge"); the colour only repeats what the text says. */
export function Badge({ kind = "neutraal", children }) {
  return html`<span class=${`label label-${kind}`}>${children}</span>`;
}

/**
 * A table that the server pages. Props:
 *   caption, columns: [{title, cell(item, extra) → vnode|string}] (the first is the row header),
 *   load({offset, limit}) → {items, total, extra?}, pageSize (≤ MAX_ROWS), offset,
 *   noun: [one, many], empty, onPage(offset) (to keep the URL in step), hideWhenEmpty,
 *   announceOnLoad (say the count once the first page is there).
 * On a phone the rows reflow into cards: every cell carries its column's title.
 */
export class ServerList extends Component {
  constructor(props) {
    super(props);
    this.state = { offset: props.offset || 0, data: null, error: null };
    this.pageSize = Math.min(MAX_ROWS, Math.max(1, props.pageSize || 20));
    this.sequence = 0;
  }

  componentDidMount() {
    this.load(this.state.offset, Boolean(this.props.announceOnLoad));
  }

  async load(offset, speak) {
    const sequence = (this.sequence += 1);
    let data;
    try {
      data = await this.props.load({ offset, limit: this.pageSize });
    } catch (error) {
      if (sequence !== this.sequence) return;
      if (!error || typeof error.status !== "number") console.error(error);
      this.setState({ error: error && error.handled ? null : error, data: null });
      return;
    }
    if (sequence !== this.sequence) return;
    // The page asked for lies past the end (records went away): show the last one.
    if (data.items.length === 0 && data.total > 0 && offset > 0) {
      this.load(Math.floor((data.total - 1) / this.pageSize) * this.pageSize, speak);
      return;
    }
    this.setState({ offset, data, error: null });
    if (this.props.onPage) this.props.onPage(offset);
    if (speak) {
      const { caption, noun = ["rij", "rijen"] } = this.props;
      const pages = Math.max(1, Math.ceil(data.total / this.pageSize));
      const page = Math.floor(offset / this.pageSize) + 1;
      announce(`${this.props.announcePrefix ? `${caption}: ` : ""}${countText(data.total, noun)}. Pagina ${page} van ${pages}.`);
    }
  }

  render({ caption, columns, noun = ["rij", "rijen"], empty = "Niets gevonden.", hideWhenEmpty = false, errorText }, { offset, data, error }) {
    if (error) {
      return html`<p class="fout-tekst">${errorText ? errorText(error) : error.message}</p>`;
    }
    if (!data) return html`<p class="telling" aria-busy="true">Laden…</p>`;
    if (hideWhenEmpty && data.total === 0) return null;
    const pages = Math.max(1, Math.ceil(data.total / this.pageSize));
    const page = Math.floor(offset / this.pageSize) + 1;
    const first = data.total ? offset + 1 : 0;
    const last = offset + data.items.length;
    const count = countText(data.total, noun) + (data.total > this.pageSize ? `, ${first}–${last} getoond` : "");
    return html`
      <p class="telling">${count}</p>
      <div class="tabel-scroll tabel-kaarten-houder">
        <table class="tabel tabel-kaarten">
          <caption class="visueel-verborgen">${caption}</caption>
          <thead><tr>${columns.map((c) => html`<th scope="col">${c.title}</th>`)}</tr></thead>
          <tbody>
            ${data.items.length
              ? data.items.map(
                  (item) => html`<tr key=${item.id}>
                    ${columns.map((c, i) =>
                      i === 0
                        ? html`<th scope="row" class=${c.className || null} data-label=${c.title}>${c.cell(item, data.extra)}</th>`
                        : html`<td class=${c.className || null} data-label=${c.title}>${c.cell(item, data.extra)}</td>`,
                    )}
                  </tr>`,
                )
              : html`<tr><td colspan=${columns.length} class="leeg">${empty}</td></tr>`}
          </tbody>
        </table>
      </div>
      <${Pager} label=${caption.toLowerCase()} page=${page} pages=${pages} onPage=${(p) => this.load((p - 1) * this.pageSize, true)} />
    `;
  }
}

/**
 * Choose one record from a server-side search. Props:
 *   name (the wire name: field errors find it), label, hint, required,
 *   search({q, offset, limit}) → {items, total}; searchable (the server takes q) and
 *   searchLabel (the search box's label),
 *   scopes: [{value, label}] and scope (e.g. Mijn klanten / Klanten van het team),
 *   itemLabel(item), itemHint(item), value, valueLabel, none (label of "no choice"),
 *   onChange(item | null).
 * Each keystroke (debounced) or page asks for at most PICKER_ROWS rows.
 */
export class Picker extends Component {
  constructor(props) {
    super(props);
    this.id = nextId(`kies-${props.name}`);
    this.state = {
      q: "",
      scope: props.scope || (props.scopes && props.scopes[0] ? props.scopes[0].value : ""),
      offset: 0,
      data: null,
      busy: false,
      selected: props.value ? { id: props.value, label: props.valueLabel || "" } : null,
    };
    this.sequence = 0;
    this.timer = null;
  }

  componentDidMount() {
    this.fetch();
  }

  componentWillUnmount() {
    clearTimeout(this.timer);
  }

  async fetch(changes = {}) {
    const next = { ...this.state, ...changes };
    const sequence = (this.sequence += 1);
    this.setState({ ...changes, busy: true });
    let data;
    try {
      data = await this.props.search({ q: next.q.trim(), scope: next.scope, offset: next.offset, limit: PICKER_ROWS });
    } catch (error) {
      if (sequence === this.sequence) this.setState({ busy: false, data: { items: [], total: 0, failed: true } });
      return;
    }
    if (sequence !== this.sequence) return; // an older keystroke answered late
    this.setState({ busy: false, data });
  }

  onType(event) {
    const q = event.currentTarget.value;
    this.setState({ q });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fetch({ q, offset: 0 }), DEBOUNCE_MS);
  }

  choose(item) {
    if (item === "keep") return; // the current choice, not on this page of results
    const selected = item ? { id: item.id, label: this.props.itemLabel(item) } : null;
    this.setState({ selected });
    if (this.props.onChange) this.props.onChange(item);
  }

  render(props, state) {
    const { name, label, hint, required, searchable, searchLabel = "Zoeken", scopes = [], itemLabel, itemHint, none } = props;
    const { q, scope, offset, data, busy, selected } = state;
    const radioName = this.id;
    const items = data ? data.items : [];
    const pages = data ? Math.max(1, Math.ceil(data.total / PICKER_ROWS)) : 1;
    const page = Math.floor(offset / PICKER_ROWS) + 1;
    const selectedShown = selected && items.some((i) => i.id === selected.id);
    const hintId = hint ? `${this.id}-hint` : null;
    const countId = `${this.id}-telling`;
    const radio = (value, text, extra, item) => html`
      <div class="keuze keuze-radio">
        <input type="radio" id=${`${this.id}-${value || "geen"}`} name=${radioName} value=${value}
          checked=${(selected ? selected.id : "") === value} onChange=${() => this.choose(item)} />
        <div><label for=${`${this.id}-${value || "geen"}`}>${text}</label>${extra ? html`<p class="hint keuze-hint">${extra}</p>` : null}</div>
      </div>`;
    return html`
      <fieldset class="keuzes kiezer" data-field=${name} data-hint=${hintId || ""} aria-describedby=${hintId || null}>
        <legend>${label}${required ? null : html`<span class="optioneel"> (niet verplicht)</span>`}</legend>
        ${hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : null}
        <div class="kiezer-zoek">
          ${searchable
            ? html`<div class="veld"><label for=${`${this.id}-q`}>${searchLabel}</label>
                <input type="search" id=${`${this.id}-q`} value=${q} autocomplete="off" maxlength="64"
                  aria-describedby=${countId} onInput=${(e) => this.onType(e)} /></div>`
            : null}
          ${scopes.length > 1
            ? html`<div class="veld"><label for=${`${this.id}-scope`}>Toon</label>
                <select id=${`${this.id}-scope`} value=${scope} onChange=${(e) => this.fetch({ scope: e.currentTarget.value, offset: 0 })}>
                  ${scopes.map((s) => html`<option value=${s.value}>${s.label}</option>`)}
                </select></div>`
            : null}
        </div>
        <p class="telling" id=${countId} aria-live="polite">
          ${busy ? "Zoeken…" : data ? (data.failed ? "De lijst kon niet worden geladen." : countText(data.total, props.noun || ["resultaat", "resultaten"]) + (pages > 1 ? `, pagina ${page} van ${pages}` : "")) : ""}
        </p>
        <div class="keuzes-lijst kiezer-lijst">
          ${none !== undefined ? radio("", none, null, null) : null}
          ${selected && !selectedShown && selected.id ? radio(selected.id, selected.label || "Gekozen", "Nu gekozen", "keep") : null}
          ${items.map((item) => radio(item.id, itemLabel(item), itemHint ? itemHint(item) : null, item))}
        </div>
        ${pages > 1
          ? html`<div class="knoppen kiezer-pagina">
              <button type="button" class="knop" disabled=${page <= 1 || busy} onClick=${() => this.fetch({ offset: offset - PICKER_ROWS })}>Vorige ${PICKER_ROWS}</button>
              <button type="button" class="knop" disabled=${page >= pages || busy} onClick=${() => this.fetch({ offset: offset + PICKER_ROWS })}>Volgende ${PICKER_ROWS}</button>
            </div>`
          : null}
      </fieldset>`;
  }
}
