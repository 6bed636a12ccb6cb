// The one way the UI talks to the server: the same JSON API anyone can call (see /docs).

export const FILTERS = ["since", "until", "actor", "country", "quad", "modality", "lang", "text", "place", "bbox"];

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function token() {
  return sessionStorage.getItem("dragoman-token") || "";
}

export function setToken(value) {
  if (value) sessionStorage.setItem("dragoman-token", value);
  else sessionStorage.removeItem("dragoman-token");
}

function headers() {
  const t = token();
  return t ? { Authorization: `Bearer ${t}` } : {};
}

async function answer(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body && body.error ? body.error : { code: "error", message: response.statusText };
    throw new ApiError(response.status, error.code, error.message);
  }
  return body;
}

export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const qs = query.toString();
  return answer(await fetch(`api/${path}${qs ? "?" + qs : ""}`, { headers: headers() }));
}

export async function post(path, body, contentType, params = {}) {
  const query = new URLSearchParams(params).toString();
  const init = { method: "POST", body, headers: headers() };
  if (contentType) init.headers["Content-Type"] = contentType;
  return answer(await fetch(`api/${path}${query ? "?" + query : ""}`, init));
}
