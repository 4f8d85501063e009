// Taking the private link's token from the address: a link opened straight at the support
// page carries it after `#`; it is read once and taken off the address bar (and out of the
// history), after which it comes from this phone.

// The server's tokens are base64url (43 characters); anything else after `#` is not one.
const TOKEN = /^[A-Za-z0-9_-]{16,200}$/;

export function takeTokenFromAddress(): string | null {
  const raw = window.location.hash.slice(1);
  if (window.location.hash) history.replaceState(history.state, '', window.location.pathname);
  return TOKEN.test(raw) ? raw : null;
}
