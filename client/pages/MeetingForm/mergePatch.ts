// The JSON merge patch (RFC 7396) of an edit: what the server must change to hold the form's meeting.
const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The JSON merge patch that turns `before` into `after`: fields gone from `after` become null. */
export function mergePatchTo(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(before)) if (!(key in after)) patch[key] = null;
  for (const [key, value] of Object.entries(after)) {
    const old = before[key];
    patch[key] = isObject(old) && isObject(value) ? mergePatchTo(old, value) : value;
  }
  return patch;
}
