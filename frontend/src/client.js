// The one client layer around the generated api.js: the CSRF token on unsafe
// requests, a 401 handled once (back to Inloggen), and every failure in one shape.
//
// Screens import { api } from here, never api.js itself. A failed call rejects with a
// Problem: {status, title, detail, fields: [{name, code, reason}], allowedNextStates,
// retryAfter, etag, handled}. `handled` is true when the layer already acted on it
// (the session ended): the screen then only stops.

import * as generated from "./api.js";

/** A failed call, in one shape for every screen and form. */
export class Problem extends Error {
  constructor({ status, title = "", detail = "", fields = [], allowedNextStates = [], retryAfter = null, etag = null }) {
    super(detail || title || `HTTP ${status}`);
    this.name = "Problem";
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.fields = fields;
    this.allowedNextStates = allowedNextStates;
    this.retryAfter = retryAfter;
    this.etag = etag;
    this.handled = false;
  }

  /** The field problems under the API's own name (older screens read this). */
  get invalidParams() {
    return this.fields;
  }
}

function toProblem(error) {
  if (!(error instanceof generated.ApiError)) return error; // a bug or an abort: not an API reply
  const body = error.problem || {};
  return new Problem({
    status: error.status,
    title: body.title || "",
    detail: body.detail || "",
    fields: (body.invalidParams || []).map((p) => ({ name: String(p.name || ""), code: p.code || "", reason: p.reason || "" })),
    allowedNextStates: Array.isArray(body.allowedNextStates) ? body.allowedNextStates : [],
    retryAfter: error.retryAfter,
    etag: error.etag,
  });
}

// A 401 on these is an answer, not an ended session: a wrong password, or logging out
// of a session that is already gone.
const NOT_A_SESSION_END = new Set(["createSession", "deleteSession", "createToken"]);

let onSessionEnd = () => {};
let ending = false;

/** main.js: what to do when the session turns out to be gone. */
export function whenSessionEnds(handler) {
  onSessionEnd = handler;
}

/** A new session (after logging in): a later 401 is handled again. */
export function sessionStarted(csrfToken) {
  generated.setCsrfToken(csrfToken);
  ending = false;
}

export function sessionForgotten() {
  generated.setCsrfToken(null);
}

function wrap(name, fn) {
  return async (...args) => {
    try {
      return await fn(...args);
    } catch (error) {
      const problem = toProblem(error);
      if (problem instanceof Problem && problem.status === 401 && !NOT_A_SESSION_END.has(name)) {
        problem.handled = true;
        if (!ending) {
          ending = true; // several calls fail at once: go back to Inloggen once
          onSessionEnd();
        }
      }
      throw problem;
    }
  };
}

/** Every operation of the contract, wrapped. */
export const api = Object.fromEntries(
  Object.entries(generated)
    .filter(([name, value]) => typeof value === "function" && /^[a-z]/.test(name) && !/^(set|get)(BaseUrl|CsrfToken)$/.test(name))
    .map(([name, fn]) => [name, wrap(name, fn)]),
);

/** Whether the contract has an operation yet (endpoints the lead adds later slot in). */
export const has = (name) => typeof api[name] === "function";
