// A tiny helper for building DOM nodes without innerHTML (so text is never parsed as markup).

const PROPERTIES = new Set(["value", "checked", "disabled", "selected", "indeterminate"]);

/**
 * h("button", {type: "button", class: "knop", onclick: fn}, "Opslaan")
 * Attributes that are false, null or undefined are left out; true becomes an empty
 * attribute; on* functions become event listeners; value/checked/... are set as properties.
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (key.startsWith("on") && typeof value === "function") {
      node.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === "dataset") {
      Object.assign(node.dataset, value);
    } else if (PROPERTIES.has(key)) {
      node[key] = value;
    } else {
      node.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(node, children);
  return node;
}

/** Append strings, nodes and (nested) arrays of them; null, undefined and false are skipped. */
export function append(node, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

let counter = 0;

/** A document-unique id for label/aria wiring. */
export function uid(prefix = "id") {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** Text only screen readers hear. */
export function srOnly(text) {
  return h("span", { class: "visueel-verborgen" }, text);
}

/** Append children to a node, skipping null (Node.append would write "null"). */
export function put(node, ...children) {
  return append(node, children);
}
