// The private link's address: the token after `#` (read once, then taken out of the address
// bar so a screenshot, a bookmark or a shared tab does not carry it) and the optional
// `?action=edit|cancel` that "My registrations" opens the page with.

export type LinkAction = 'edit' | 'cancel';

export interface LinkParts {
  token: string | null;
  action: LinkAction | null;
}

// The server's tokens are base64url HMACs (43 characters); anything else after `#` is not
// one (the skip link's "#main", a truncated copy).
const TOKEN = /^[A-Za-z0-9_-]{16,200}$/;

export function tokenFromHash(hash: string): string | null {
  let raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    raw = decodeURIComponent(raw).trim();
  } catch {
    return null;
  }
  return TOKEN.test(raw) ? raw : null;
}

export function actionFromSearch(search: string): LinkAction | null {
  const action = new URLSearchParams(search).get('action');
  return action === 'edit' || action === 'cancel' ? action : null;
}

// A token read in this visit, in case the page is drawn again before it reached the store.
const taken = new Map<string, string>();

/** Reads the address once and leaves only the path in the bar (no new history entry). */
export function takeLinkParts(): LinkParts {
  const { pathname, hash, search } = window.location;
  const token = tokenFromHash(hash) ?? taken.get(pathname) ?? null;
  if (token) taken.set(pathname, token);
  if (hash || search) history.replaceState(history.state, '', pathname);
  return { token, action: actionFromSearch(search) };
}

/** After "delete my data from this phone": not even this visit remembers the token. */
export function forgetTakenToken(): void {
  taken.clear();
}
