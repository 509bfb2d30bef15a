// GENERATED FILE — do not edit by hand.
// Made by `python -m vakwerk.tools.jsclient openapi/openapi.json` (make clients)
// from the contract Vakwerk API 0.2.0.
// Every function resolves to {data, status, etag, location, headers} and rejects
// with an ApiError {status, problem: {detail, invalidParams, …}, etag, retryAfter}.

const BASE_URL = "/api/v1";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

let baseUrl = BASE_URL;
let csrfToken = null;

/** Where the API lives; the contract's server by default. */
export function setBaseUrl(url) {
  baseUrl = String(url).replace(/\/+$/, "");
}

/** The session's CSRF token, sent as X-CSRF-Token on every unsafe request. */
export function setCsrfToken(token) {
  csrfToken = token || null;
}

export function getCsrfToken() {
  return csrfToken;
}

/** A failed call: the HTTP status, the problem+json body and the reply's ETag. */
export class ApiError extends Error {
  constructor(status, problem, { etag = null, retryAfter = null, headers = null } = {}) {
    const body = problem && typeof problem === "object" ? problem : {};
    super(body.detail || body.title || `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.problem = {
      ...body,
      status: body.status ?? status,
      invalidParams: Array.isArray(body.invalidParams) ? body.invalidParams : [],
    };
    this.etag = etag;
    this.retryAfter = retryAfter;
    this.headers = headers;
  }

  get invalidParams() {
    return this.problem.invalidParams;
  }
}

function headerName(key, declared) {
  if (Object.prototype.hasOwnProperty.call(declared, key)) return declared[key];
  if (key.includes("-")) return key;
  const title = key.replace(/^[a-z]/, (c) => c.toUpperCase());
  return title.replace(/[A-Z]/g, (c, i) => (i ? "-" : "") + c);
}

function buildUrl(path, query, unexploded) {
  const params = new URLSearchParams();
  for (const key of Object.keys(query || {}).sort()) {
    const value = query[key];
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) {
      if (unexploded.includes(key)) params.append(key, value.map(String).join(","));
      else for (const item of value) params.append(key, String(item));
    } else {
      params.append(key, String(value));
    }
  }
  const search = params.toString();
  return baseUrl + path + (search ? `?${search}` : "");
}

function encodeBody(body, bodyType, headers) {
  if (body === undefined) return undefined;
  if (bodyType === "application/json" || bodyType === "application/merge-patch+json") {
    headers.set("Content-Type", bodyType);
    return JSON.stringify(body);
  }
  if (bodyType === "application/x-www-form-urlencoded") {
    headers.set("Content-Type", bodyType);
    return body instanceof URLSearchParams ? body : new URLSearchParams(body);
  }
  if (bodyType === "multipart/form-data") return body; // FormData sets its own boundary
  if (bodyType) headers.set("Content-Type", bodyType);
  return body;
}

async function readBody(response) {
  if (response.status === 204 || response.status === 205) return null;
  const type = (response.headers.get("Content-Type") || "").toLowerCase();
  const text = await response.text();
  if (!text) return null;
  if (type.includes("json")) {
    try {
      return JSON.parse(text);
    } catch {
      return { title: "Onleesbaar antwoord", detail: text };
    }
  }
  return text;
}

async function request(method, path, operation, options) {
  const { query, body, headers: extra, signal } = options || {};
  const headers = new Headers({ Accept: operation.accept });
  for (const [key, value] of Object.entries(extra || {})) {
    if (value === undefined || value === null) continue;
    headers.set(headerName(key, operation.headers), String(value));
  }
  if (UNSAFE.has(method) && csrfToken && !headers.has("X-CSRF-Token")) {
    headers.set("X-CSRF-Token", csrfToken);
  }
  const init = { method, headers, credentials: "same-origin", signal };
  const encoded = encodeBody(body, operation.bodyType, headers);
  if (encoded !== undefined) init.body = encoded;
  let response;
  try {
    response = await fetch(buildUrl(path, query, operation.unexploded), init);
  } catch (error) {
    if (error && error.name === "AbortError") throw error;
    throw new ApiError(0, {
      title: "Geen verbinding",
      detail: "De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.",
    });
  }
  const data = await readBody(response);
  const etag = response.headers.get("ETag");
  if (!response.ok) {
    const seconds = Number.parseInt(response.headers.get("Retry-After") || "", 10);
    const problem =
      data && typeof data === "object"
        ? data
        : { title: response.statusText, detail: data || undefined };
    throw new ApiError(response.status, problem, {
      etag,
      retryAfter: Number.isFinite(seconds) ? seconds : null,
      headers: response.headers,
    });
  }
  const location = response.headers.get("Location");
  return { data, status: response.status, etag, location, headers: response.headers };
}

/**
 * Stemmen (anoniem: de stem is niet aan u te koppelen)
 * `POST /dilemmas/{id}/votes` (cast_dilemma_vote).
 * @param {string} id
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function castDilemmaVote(id, options = {}) {
  return request("POST", `/dilemmas/${encodeURIComponent(id)}/votes`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Afweging afronden
 * `POST /assessments/{id}/complete` (complete_assessment).
 * @param {string} id
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function completeAssessment(id, options = {}) {
  return request("POST", `/assessments/${encodeURIComponent(id)}/complete`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Afwezigheid vastleggen
 * `POST /users/{id}/absences` (create_absence).
 * @param {string} id
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function createAbsence(id, options = {}) {
  return request("POST", `/users/${encodeURIComponent(id)}/absences`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * API-client aanmaken: de sleutel staat alleen in dit antwoord
 * `POST /api-clients` (create_api_client).
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function createApiClient(options = {}) {
  return request("POST", `/api-clients`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Verwijzing accepteren of terugmelden (R&W)
 * `POST /assessments/{id}/reviews` (create_assessment_review).
 * @param {string} id
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function createAssessmentReview(id, options = {}) {
  return request("POST", `/assessments/${encodeURIComponent(id)}/reviews`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Standaardzin toevoegen
 * `POST /boilerplate-phrases` (create_boilerplate_phrase).
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function createBoilerplatePhrase(options = {}) {
  return request("POST", `/boilerplate-phrases`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Persoonlijke agenda-link maken (de link staat alleen in dit antwoord)
 * `POST /calendar-feeds` (create_calendar_feed).
 * @param {object} [options] headers: {idempotencyKey}; signal
 */
export async function createCalendarFeed(options = {}) {
  return request("POST", `/calendar-feeds`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Casus aanmaken (concept)
 * `POST /cases` (create_case).
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function createCase(options = {}) {
  return request("POST", `/cases`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Klant handmatig aanmaken
 * `POST /clients` (create_client).
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function createClient(options = {}) {
  return request("POST", `/clients`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Reeks aanmaken (de bijeenkomsten volgen tot de horizon)
 * `POST /conference-series` (create_conference_series).
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function createConferenceSeries(options = {}) {
  return request("POST", `/conference-series`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Dilemma voor een bijeenkomst (fictieve casus, twee stellingen)
 * `POST /dilemmas` (create_dilemma).
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function createDilemma(options = {}) {
  return request("POST", `/dilemmas`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Ontheffing verlenen
 * `POST /clients/{id}/exemptions` (create_exemption).
 * @param {string} id
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function createExemption(id, options = {}) {
  return request("POST", `/clients/${encodeURIComponent(id)}/exemptions`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Handmatige telling vastleggen (de twee aantallen op een datum)
 * `POST /exemption-counts` (create_exemption_count).
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function createExemptionCount(options = {}) {
  return request("POST", `/exemption-counts`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Taak overdragen, of een overname tijdens de bijeenkomst vastleggen
 * `POST /sessions/{id}/handovers` (create_handover).
 * @param {string} id
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function createHandover(id, options = {}) {
  return request("POST", `/sessions/${encodeURIComponent(id)}/handovers`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Organisatie aanmaken (platformbeheerder)
 * `POST /organisations` (create_organisation).
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function createOrganisation(options = {}) {
  return request("POST", `/organisations`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Inloggen in de browser: sessiecookie en CSRF-token
 * `POST /auth/session` (create_session).
 * @param {object} [options] body (application/json, required); headers; signal
 */
export async function createSession(options = {}) {
  return request("POST", `/auth/session`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {}, "unexploded": []}, options);
}

/**
 * Standpunt vastleggen (conclusie van een dilemmasessie)
 * `POST /standpoints` (create_standpoint).
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function createStandpoint(options = {}) {
  return request("POST", `/standpoints`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Team aanmaken
 * `POST /teams` (create_team).
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function createTeam(options = {}) {
  return request("POST", `/teams`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Inloggen voor scripts: een bearer-token (OAuth2 password)
 * `POST /auth/token` (create_token).
 * @param {object} [options] body (application/x-www-form-urlencoded, required); headers; signal
 */
export async function createToken(options = {}) {
  return request("POST", `/auth/token`, {"accept": "application/json, application/problem+json", "bodyType": "application/x-www-form-urlencoded", "headers": {}, "unexploded": []}, options);
}

/**
 * Gebruiker aanmaken
 * `POST /users` (create_user).
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function createUser(options = {}) {
  return request("POST", `/users`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Afwezigheid verwijderen
 * `DELETE /users/{id}/absences/{absenceId}` (delete_absence).
 * @param {string} id
 * @param {string} absenceId
 * @param {object} [options] headers; signal
 */
export async function deleteAbsence(id, absenceId, options = {}) {
  return request("DELETE", `/users/${encodeURIComponent(id)}/absences/${encodeURIComponent(absenceId)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Standaardzin verwijderen
 * `DELETE /boilerplate-phrases/{id}` (delete_boilerplate_phrase).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function deleteBoilerplatePhrase(id, options = {}) {
  return request("DELETE", `/boilerplate-phrases/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Agenda-link intrekken (werkt direct niet meer)
 * `DELETE /calendar-feeds/{feed}` (delete_calendar_feed).
 * @param {string} feed
 * @param {object} [options] headers; signal
 */
export async function deleteCalendarFeed(feed, options = {}) {
  return request("DELETE", `/calendar-feeds/${encodeURIComponent(feed)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Lid uit een reeks halen
 * `DELETE /conference-series/{id}/members/{userId}` (delete_conference_series_member).
 * @param {string} id
 * @param {string} userId
 * @param {object} [options] headers; signal
 */
export async function deleteConferenceSeriesMember(id, userId, options = {}) {
  return request("DELETE", `/conference-series/${encodeURIComponent(id)}/members/${encodeURIComponent(userId)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Handmatige telling verwijderen
 * `DELETE /exemption-counts/{id}` (delete_exemption_count).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function deleteExemptionCount(id, options = {}) {
  return request("DELETE", `/exemption-counts/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Uitloggen in de browser
 * `DELETE /auth/session` (delete_session).
 * @param {object} [options] headers; signal
 */
export async function deleteSession(options = {}) {
  return request("DELETE", `/auth/session`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Lid verwijderen
 * `DELETE /teams/{id}/members/{userId}` (delete_team_member).
 * @param {string} id
 * @param {string} userId
 * @param {object} [options] headers; signal
 */
export async function deleteTeamMember(id, userId, options = {}) {
  return request("DELETE", `/teams/${encodeURIComponent(id)}/members/${encodeURIComponent(userId)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Ontheffing beëindigen
 * `POST /exemptions/{id}/end` (end_exemption).
 * @param {string} id
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function endExemption(id, options = {}) {
  return request("POST", `/exemptions/${encodeURIComponent(id)}/end`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Eén afwezigheid
 * `GET /users/{id}/absences/{absenceId}` (get_absence).
 * @param {string} id
 * @param {string} absenceId
 * @param {object} [options] headers; signal
 */
export async function getAbsence(id, absenceId, options = {}) {
  return request("GET", `/users/${encodeURIComponent(id)}/absences/${encodeURIComponent(absenceId)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Eén afweging
 * `GET /assessments/{id}` (get_assessment).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getAssessment(id, options = {}) {
  return request("GET", `/assessments/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Overdrachtsformulier (JSON, of tekst met Accept: text/plain)
 * `GET /assessments/{id}/handover` (get_assessment_handover).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getAssessmentHandover(id, options = {}) {
  return request("GET", `/assessments/${encodeURIComponent(id)}/handover`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Cijfers over afwegingen per team of persoon
 * `GET /assessment-stats` (get_assessment_stats).
 * @param {object} [options] query: {fromDate, groupBy, limit, offset, teamId, toDate}; headers; signal
 */
export async function getAssessmentStats(options = {}) {
  return request("GET", `/assessment-stats`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Aantallen op de aandachtslijsten
 * `GET /dashboard/attention-counts` (get_attention_counts).
 * @param {object} [options] query: {teamId, weeks}; headers; signal
 */
export async function getAttentionCounts(options = {}) {
  return request("GET", `/dashboard/attention-counts`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Landelijk ontheffingspercentage van een jaar
 * `GET /benchmarks/{year}` (get_benchmark).
 * @param {string} year
 * @param {object} [options] headers; signal
 */
export async function getBenchmark(year, options = {}) {
  return request("GET", `/benchmarks/${encodeURIComponent(year)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Eén standaardzin
 * `GET /boilerplate-phrases/{id}` (get_boilerplate_phrase).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getBoilerplatePhrase(id, options = {}) {
  return request("GET", `/boilerplate-phrases/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Eén casus
 * `GET /cases/{id}` (get_case).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getCase(id, options = {}) {
  return request("GET", `/cases/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Statusgeschiedenis van een casus, oudste eerst
 * `GET /cases/{id}/history` (get_case_history).
 * @param {string} id
 * @param {object} [options] query: {limit, offset}; headers; signal
 */
export async function getCaseHistory(id, options = {}) {
  return request("GET", `/cases/${encodeURIComponent(id)}/history`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * De gekozen koppeling van kolommen
 * `GET /imports/caseload/mapping` (get_caseload_mapping).
 * @param {object} [options] headers; signal
 */
export async function getCaseloadMapping(options = {}) {
  return request("GET", `/imports/caseload/mapping`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Eén klant
 * `GET /clients/{id}` (get_client).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getClient(id, options = {}) {
  return request("GET", `/clients/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Rooster: notulist en dilemmavoorzitter per bijeenkomst, en de tellingen
 * `GET /conference-series/{id}/rotation` (get_conference_rotation).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getConferenceRotation(id, options = {}) {
  return request("GET", `/conference-series/${encodeURIComponent(id)}/rotation`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Eén reeks
 * `GET /conference-series/{id}` (get_conference_series).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getConferenceSeries(id, options = {}) {
  return request("GET", `/conference-series/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Agenda van de reeks (iCalendar)
 * `GET /conference-series/{id}/calendar` (get_conference_series_calendar).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getConferenceSeriesCalendar(id, options = {}) {
  return request("GET", `/conference-series/${encodeURIComponent(id)}/calendar`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Eén bijeenkomst met agenda
 * `GET /sessions/{id}` (get_conference_session).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getConferenceSession(id, options = {}) {
  return request("GET", `/sessions/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Eén gepubliceerde versie
 * `GET /decision-trees/{id}` (get_decision_tree).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getDecisionTree(id, options = {}) {
  return request("GET", `/decision-trees/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Eén dilemma
 * `GET /dilemmas/{id}` (get_dilemma).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getDilemma(id, options = {}) {
  return request("GET", `/dilemmas/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Uitslag: na uw stem, of na sluiten; nooit onder de drempel
 * `GET /dilemmas/{id}/results` (get_dilemma_results).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getDilemmaResults(id, options = {}) {
  return request("GET", `/dilemmas/${encodeURIComponent(id)}/results`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Eén ontheffing
 * `GET /exemptions/{id}` (get_exemption).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getExemption(id, options = {}) {
  return request("GET", `/exemptions/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Eén handmatige telling
 * `GET /exemption-counts/{id}` (get_exemption_count).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getExemptionCount(id, options = {}) {
  return request("GET", `/exemption-counts/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Ontheffingendashboard: percentage, verloop, gronden, nieuwe uitkeringen
 * `GET /dashboard/exemptions` (get_exemption_dashboard).
 * @param {object} [options] query: {date, fromDate, interval, teamId, toDate}; headers; signal
 */
export async function getExemptionDashboard(options = {}) {
  return request("GET", `/dashboard/exemptions`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Gezondheid van de dienst
 * `GET /health` (get_health).
 * @param {object} [options] headers; signal
 */
export async function getHealth(options = {}) {
  return request("GET", `/health`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Eén import: wie, wanneer, de aantallen en de weigeringen
 * `GET /imports/{id}` (get_import).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getImport(id, options = {}) {
  return request("GET", `/imports/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Persoonlijke agenda (iCalendar) via de geheime link <geheim>.ics, zonder inloggen
 * `GET /calendar-feeds/{feed}` (get_member_calendar).
 * @param {string} feed
 * @param {object} [options] headers; signal
 */
export async function getMemberCalendar(feed, options = {}) {
  return request("GET", `/calendar-feeds/${encodeURIComponent(feed)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Notulen van een bijeenkomst
 * `GET /sessions/{id}/minutes` (get_minutes).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getMinutes(id, options = {}) {
  return request("GET", `/sessions/${encodeURIComponent(id)}/minutes`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Eén organisatie
 * `GET /organisations/{id}` (get_organisation).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getOrganisation(id, options = {}) {
  return request("GET", `/organisations/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Instellingen van de organisatie
 * `GET /organisations/{id}/settings` (get_organisation_settings).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getOrganisationSettings(id, options = {}) {
  return request("GET", `/organisations/${encodeURIComponent(id)}/settings`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Eén standpunt
 * `GET /standpoints/{id}` (get_standpoint).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getStandpoint(id, options = {}) {
  return request("GET", `/standpoints/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Eén team
 * `GET /teams/{id}` (get_team).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getTeam(id, options = {}) {
  return request("GET", `/teams/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Eén collega
 * `GET /users/{id}` (get_user).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function getUser(id, options = {}) {
  return request("GET", `/users/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Klantenbestand importeren (eerst met dryRun=true)
 * `POST /imports/caseload` (import_caseload).
 * @param {object} [options] body (multipart/form-data, required); headers: {idempotencyKey}; signal
 */
export async function importCaseload(options = {}) {
  return request("POST", `/imports/caseload`, {"accept": "application/json, application/problem+json", "bodyType": "multipart/form-data", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Afwezigheid
 * `GET /users/{id}/absences` (list_absences).
 * @param {string} id
 * @param {object} [options] query: {fromDate, limit, offset}; headers; signal
 */
export async function listAbsences(id, options = {}) {
  return request("GET", `/users/${encodeURIComponent(id)}/absences`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * API-clients
 * `GET /api-clients` (list_api_clients).
 * @param {object} [options] query: {active, limit, offset}; headers; signal
 */
export async function listApiClients(options = {}) {
  return request("GET", `/api-clients`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Beoordelingen van een afweging
 * `GET /assessments/{id}/reviews` (list_assessment_reviews).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function listAssessmentReviews(id, options = {}) {
  return request("GET", `/assessments/${encodeURIComponent(id)}/reviews`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Afwegingen
 * `GET /assessments` (list_assessments).
 * @param {object} [options] query: {authorId, clientId, completedFromDate, limit, offset, outcome, reviewDecision, reviewed, status, superseded, teamId, twijfel}; headers; signal
 */
export async function listAssessments(options = {}) {
  return request("GET", `/assessments`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Aandachtslijst (JSON, of CSV met Accept: text/csv)
 * `GET /dashboard/attention` (list_attention).
 * @param {object} [options] query: {limit, list, offset, sort, teamId, weeks}; headers; signal
 */
export async function listAttention(options = {}) {
  return request("GET", `/dashboard/attention`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Auditspoor (nieuwste eerst)
 * `GET /audit-events` (list_audit_events).
 * @param {object} [options] query: {action, actorId, actorType, cursor, limit, occurredFrom, occurredTo, organisationId, resourceId, resourceType}; headers; signal
 */
export async function listAuditEvents(options = {}) {
  return request("GET", `/audit-events`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Landelijke ontheffingspercentages per jaar
 * `GET /benchmarks` (list_benchmarks).
 * @param {object} [options] headers; signal
 */
export async function listBenchmarks(options = {}) {
  return request("GET", `/benchmarks`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Lijst met standaardzinnen
 * `GET /boilerplate-phrases` (list_boilerplate_phrases).
 * @param {object} [options] query: {limit, offset}; headers; signal
 */
export async function listBoilerplatePhrases(options = {}) {
  return request("GET", `/boilerplate-phrases`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Mijn persoonlijke agenda-links (zonder geheim)
 * `GET /calendar-feeds` (list_calendar_feeds).
 * @param {object} [options] headers; signal
 */
export async function listCalendarFeeds(options = {}) {
  return request("GET", `/calendar-feeds`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Casussen (met zoeken: q)
 * `GET /cases` (list_cases).
 * @param {object} [options] query: {clientId, kind, limit, offset, ownerId, q, status, targetSessionDate, teamId}; headers; signal
 */
export async function listCases(options = {}) {
  return request("GET", `/cases`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Ontheffingen van een klant (ook beëindigde)
 * `GET /clients/{id}/exemptions` (list_client_exemptions).
 * @param {string} id
 * @param {object} [options] query: {limit, offset}; headers; signal
 */
export async function listClientExemptions(id, options = {}) {
  return request("GET", `/clients/${encodeURIComponent(id)}/exemptions`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Klanten (pseudoniem; zoeken op nummer in het bronsysteem: q)
 * `GET /clients` (list_clients).
 * @param {object} [options] query: {basisDocumentExpired, conversationOverdue, exemptionGround, exemptionStatus, limit, offset, q, reexaminationDue, responsibleManagerId, teamId}; headers; signal
 */
export async function listClients(options = {}) {
  return request("GET", `/clients`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Reeksen casuïstiekoverleg
 * `GET /conference-series` (list_conference_series).
 * @param {object} [options] query: {active, limit, offset, teamId}; headers; signal
 */
export async function listConferenceSeries(options = {}) {
  return request("GET", `/conference-series`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Leden van een reeks
 * `GET /conference-series/{id}/members` (list_conference_series_members).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function listConferenceSeriesMembers(id, options = {}) {
  return request("GET", `/conference-series/${encodeURIComponent(id)}/members`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Bijeenkomsten, op datum
 * `GET /sessions` (list_conference_sessions).
 * @param {object} [options] query: {fromDate, limit, offset, seriesId, status, teamId, toDate}; headers; signal
 */
export async function listConferenceSessions(options = {}) {
  return request("GET", `/sessions`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Versies van de beslisboom
 * `GET /decision-trees` (list_decision_trees).
 * @param {object} [options] query: {limit, offset}; headers; signal
 */
export async function listDecisionTrees(options = {}) {
  return request("GET", `/decision-trees`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Dilemma's
 * `GET /dilemmas` (list_dilemmas).
 * @param {object} [options] query: {limit, offset, seriesId, sessionId}; headers; signal
 */
export async function listDilemmas(options = {}) {
  return request("GET", `/dilemmas`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Handmatige tellingen
 * `GET /exemption-counts` (list_exemption_counts).
 * @param {object} [options] query: {fromDate, limit, offset, teamId, toDate}; headers; signal
 */
export async function listExemptionCounts(options = {}) {
  return request("GET", `/exemption-counts`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Overdrachten bij een bijeenkomst
 * `GET /sessions/{id}/handovers` (list_handovers).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function listHandovers(id, options = {}) {
  return request("GET", `/sessions/${encodeURIComponent(id)}/handovers`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Uitgevoerde imports, nieuwste eerst
 * `GET /imports` (list_imports).
 * @param {object} [options] query: {limit, offset}; headers; signal
 */
export async function listImports(options = {}) {
  return request("GET", `/imports`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Organisaties
 * `GET /organisations` (list_organisations).
 * @param {object} [options] query: {limit, offset}; headers; signal
 */
export async function listOrganisations(options = {}) {
  return request("GET", `/organisations`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Standpunten van het team (met zoeken: q)
 * `GET /standpoints` (list_standpoints).
 * @param {object} [options] query: {dilemmaId, limit, offset, q, status, teamId}; headers; signal
 */
export async function listStandpoints(options = {}) {
  return request("GET", `/standpoints`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Leden van een team
 * `GET /teams/{id}/members` (list_team_members).
 * @param {string} id
 * @param {object} [options] query: {limit, offset}; headers; signal
 */
export async function listTeamMembers(id, options = {}) {
  return request("GET", `/teams/${encodeURIComponent(id)}/members`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Teams
 * `GET /teams` (list_teams).
 * @param {object} [options] query: {kind, limit, offset}; headers; signal
 */
export async function listTeams(options = {}) {
  return request("GET", `/teams`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Collega's (zoeken op naam of e-mailadres: q)
 * `GET /users` (list_users).
 * @param {object} [options] query: {active, limit, offset, q, role, teamId, withoutTeam}; headers; signal
 */
export async function listUsers(options = {}) {
  return request("GET", `/users`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Nieuwe versie publiceren (wordt direct de huidige)
 * `POST /decision-trees` (publish_decision_tree).
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function publishDecisionTree(options = {}) {
  return request("POST", `/decision-trees`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Antwoord met argument en bronnen vastleggen
 * `PUT /assessments/{id}/answers/{questionKey}` (put_assessment_answer).
 * @param {string} id
 * @param {string} questionKey
 * @param {object} [options] body (application/json, required); headers; signal
 */
export async function putAssessmentAnswer(id, questionKey, options = {}) {
  return request("PUT", `/assessments/${encodeURIComponent(id)}/answers/${encodeURIComponent(questionKey)}`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {}, "unexploded": []}, options);
}

/**
 * Landelijk ontheffingspercentage van een jaar vastleggen
 * `PUT /benchmarks/{year}` (put_benchmark).
 * @param {string} year
 * @param {object} [options] body (application/json, required); headers; signal
 */
export async function putBenchmark(year, options = {}) {
  return request("PUT", `/benchmarks/${encodeURIComponent(year)}`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {}, "unexploded": []}, options);
}

/**
 * De koppeling van kolommen bewaren voor de volgende import
 * `PUT /imports/caseload/mapping` (put_caseload_mapping).
 * @param {object} [options] body (application/json, required); headers; signal
 */
export async function putCaseloadMapping(options = {}) {
  return request("PUT", `/imports/caseload/mapping`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {}, "unexploded": []}, options);
}

/**
 * Diagnose (CompetenSYS-onderdelen) vervangen
 * `PUT /clients/{id}/diagnosis` (put_client_diagnosis).
 * @param {string} id
 * @param {object} [options] body (application/json, required); headers; signal
 */
export async function putClientDiagnosis(id, options = {}) {
  return request("PUT", `/clients/${encodeURIComponent(id)}/diagnosis`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {}, "unexploded": []}, options);
}

/**
 * Lid toevoegen aan een reeks (een lid van het team)
 * `PUT /conference-series/{id}/members/{userId}` (put_conference_series_member).
 * @param {string} id
 * @param {string} userId
 * @param {object} [options] headers; signal
 */
export async function putConferenceSeriesMember(id, userId, options = {}) {
  return request("PUT", `/conference-series/${encodeURIComponent(id)}/members/${encodeURIComponent(userId)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Notulen vastleggen (aanwezigheid, aantekeningen per punt, conclusie)
 * `PUT /sessions/{id}/minutes` (put_minutes).
 * @param {string} id
 * @param {object} [options] body (application/json, required); headers: {ifMatch}; signal
 */
export async function putMinutes(id, options = {}) {
  return request("PUT", `/sessions/${encodeURIComponent(id)}/minutes`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"ifMatch": "If-Match"}, "unexploded": []}, options);
}

/**
 * Lid toevoegen (beheerder) of werkdagen vastleggen
 * `PUT /teams/{id}/members/{userId}` (put_team_member).
 * @param {string} id
 * @param {string} userId
 * @param {object} [options] body (application/json, required); headers; signal
 */
export async function putTeamMember(id, userId, options = {}) {
  return request("PUT", `/teams/${encodeURIComponent(id)}/members/${encodeURIComponent(userId)}`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {}, "unexploded": []}, options);
}

/**
 * Kolommen van een exportbestand, met de voorgestelde koppeling (schrijft niets)
 * `POST /imports/caseload/columns` (read_caseload_columns).
 * @param {object} [options] body (multipart/form-data, required); headers: {idempotencyKey}; signal
 */
export async function readCaseloadColumns(options = {}) {
  return request("POST", `/imports/caseload/columns`, {"accept": "application/json, application/problem+json", "bodyType": "multipart/form-data", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Mijn profiel en wat ik mag
 * `GET /me` (read_me).
 * @param {object} [options] headers; signal
 */
export async function readMe(options = {}) {
  return request("GET", `/me`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Mijn werk: de aantallen op mijn startpagina
 * `GET /me/work` (read_my_work).
 * @param {object} [options] headers; signal
 */
export async function readMyWork(options = {}) {
  return request("GET", `/me/work`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Uitkomst vastleggen
 * `PUT /cases/{id}/outcome` (record_case_outcome).
 * @param {string} id
 * @param {object} [options] body (application/json, required); headers: {ifMatch}; signal
 */
export async function recordCaseOutcome(id, options = {}) {
  return request("PUT", `/cases/${encodeURIComponent(id)}/outcome`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"ifMatch": "If-Match"}, "unexploded": []}, options);
}

/**
 * API-sleutel intrekken
 * `DELETE /api-clients/{id}` (revoke_api_client).
 * @param {string} id
 * @param {object} [options] headers; signal
 */
export async function revokeApiClient(id, options = {}) {
  return request("DELETE", `/api-clients/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Het gebruikte token intrekken
 * `DELETE /auth/token` (revoke_token).
 * @param {object} [options] headers; signal
 */
export async function revokeToken(options = {}) {
  return request("DELETE", `/auth/token`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {}, "unexploded": []}, options);
}

/**
 * Casussen op de agenda zetten, eraf halen of in volgorde zetten
 * `POST /sessions/{id}/cases` (set_session_cases).
 * @param {string} id
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey, ifMatch}; signal
 */
export async function setSessionCases(id, options = {}) {
  return request("POST", `/sessions/${encodeURIComponent(id)}/cases`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key", "ifMatch": "If-Match"}, "unexploded": []}, options);
}

/**
 * Afweging starten op de huidige versie van de beslisboom
 * `POST /assessments` (start_assessment).
 * @param {object} [options] body (application/json, required); headers: {idempotencyKey}; signal
 */
export async function startAssessment(options = {}) {
  return request("POST", `/assessments`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Casus indienen
 * `POST /cases/{id}/submit` (submit_case).
 * @param {string} id
 * @param {object} [options] headers: {idempotencyKey}; signal
 */
export async function submitCase(id, options = {}) {
  return request("POST", `/cases/${encodeURIComponent(id)}/submit`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Twijfelgeval aan- of uitzetten
 * `PATCH /assessments/{id}` (update_assessment).
 * @param {string} id
 * @param {object} [options] body (application/merge-patch+json, required); headers: {ifMatch}; signal
 */
export async function updateAssessment(id, options = {}) {
  return request("PATCH", `/assessments/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": "application/merge-patch+json", "headers": {"ifMatch": "If-Match"}, "unexploded": []}, options);
}

/**
 * Casus wijzigen
 * `PATCH /cases/{id}` (update_case).
 * @param {string} id
 * @param {object} [options] body (application/merge-patch+json, required); headers: {ifMatch}; signal
 */
export async function updateCase(id, options = {}) {
  return request("PATCH", `/cases/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": "application/merge-patch+json", "headers": {"ifMatch": "If-Match"}, "unexploded": []}, options);
}

/**
 * Gegevens van een klant wijzigen
 * `PATCH /clients/{id}` (update_client).
 * @param {string} id
 * @param {object} [options] body (application/merge-patch+json, required); headers: {ifMatch}; signal
 */
export async function updateClient(id, options = {}) {
  return request("PATCH", `/clients/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": "application/merge-patch+json", "headers": {"ifMatch": "If-Match"}, "unexploded": []}, options);
}

/**
 * Reeks wijzigen (een nieuwe dag of tijd verzet alleen toekomstige bijeenkomsten)
 * `PATCH /conference-series/{id}` (update_conference_series).
 * @param {string} id
 * @param {object} [options] body (application/merge-patch+json, required); headers: {ifMatch}; signal
 */
export async function updateConferenceSeries(id, options = {}) {
  return request("PATCH", `/conference-series/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": "application/merge-patch+json", "headers": {"ifMatch": "If-Match"}, "unexploded": []}, options);
}

/**
 * Bijeenkomst verzetten of annuleren
 * `PATCH /sessions/{id}` (update_conference_session).
 * @param {string} id
 * @param {object} [options] body (application/merge-patch+json, required); headers: {ifMatch}; signal
 */
export async function updateConferenceSession(id, options = {}) {
  return request("PATCH", `/sessions/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": "application/merge-patch+json", "headers": {"ifMatch": "If-Match"}, "unexploded": []}, options);
}

/**
 * Handmatige telling verbeteren (alleen de twee aantallen)
 * `PUT /exemption-counts/{id}` (update_exemption_count).
 * @param {string} id
 * @param {object} [options] body (application/json, required); headers: {ifMatch}; signal
 */
export async function updateExemptionCount(id, options = {}) {
  return request("PUT", `/exemption-counts/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {"ifMatch": "If-Match"}, "unexploded": []}, options);
}

/**
 * Instellingen wijzigen (beheerder)
 * `PATCH /organisations/{id}/settings` (update_organisation_settings).
 * @param {string} id
 * @param {object} [options] body (application/merge-patch+json, required); headers: {ifMatch}; signal
 */
export async function updateOrganisationSettings(id, options = {}) {
  return request("PATCH", `/organisations/${encodeURIComponent(id)}/settings`, {"accept": "application/json, application/problem+json", "bodyType": "application/merge-patch+json", "headers": {"ifMatch": "If-Match"}, "unexploded": []}, options);
}

/**
 * Team wijzigen
 * `PATCH /teams/{id}` (update_team).
 * @param {string} id
 * @param {object} [options] body (application/merge-patch+json, required); headers: {ifMatch}; signal
 */
export async function updateTeam(id, options = {}) {
  return request("PATCH", `/teams/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": "application/merge-patch+json", "headers": {"ifMatch": "If-Match"}, "unexploded": []}, options);
}

/**
 * Gebruiker wijzigen of deactiveren
 * `PATCH /users/{id}` (update_user).
 * @param {string} id
 * @param {object} [options] body (application/merge-patch+json, required); headers: {ifMatch}; signal
 */
export async function updateUser(id, options = {}) {
  return request("PATCH", `/users/${encodeURIComponent(id)}`, {"accept": "application/json, application/problem+json", "bodyType": "application/merge-patch+json", "headers": {"ifMatch": "If-Match"}, "unexploded": []}, options);
}

/**
 * Klant aanmaken of bijwerken via de verwijzing van een bronsysteem (idempotent)
 * `PUT /clients/by-ref/{system}/{ref}` (upsert_client_by_ref).
 * @param {string} system
 * @param {string} ref
 * @param {object} [options] body (application/json, required); headers; signal
 */
export async function upsertClientByRef(system, ref, options = {}) {
  return request("PUT", `/clients/by-ref/${encodeURIComponent(system)}/${encodeURIComponent(ref)}`, {"accept": "application/json, application/problem+json", "bodyType": "application/json", "headers": {}, "unexploded": []}, options);
}

/**
 * Open afweging intrekken
 * `POST /assessments/{id}/withdraw` (withdraw_assessment).
 * @param {string} id
 * @param {object} [options] headers: {idempotencyKey}; signal
 */
export async function withdrawAssessment(id, options = {}) {
  return request("POST", `/assessments/${encodeURIComponent(id)}/withdraw`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Casus intrekken
 * `POST /cases/{id}/withdraw` (withdraw_case).
 * @param {string} id
 * @param {object} [options] headers: {idempotencyKey}; signal
 */
export async function withdrawCase(id, options = {}) {
  return request("POST", `/cases/${encodeURIComponent(id)}/withdraw`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}

/**
 * Standpunt intrekken (teamleider)
 * `POST /standpoints/{id}/withdraw` (withdraw_standpoint).
 * @param {string} id
 * @param {object} [options] headers: {idempotencyKey}; signal
 */
export async function withdrawStandpoint(id, options = {}) {
  return request("POST", `/standpoints/${encodeURIComponent(id)}/withdraw`, {"accept": "application/json, application/problem+json", "bodyType": null, "headers": {"idempotencyKey": "Idempotency-Key"}, "unexploded": []}, options);
}
