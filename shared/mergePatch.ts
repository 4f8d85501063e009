// JSON Merge Patch (RFC 7396), both ways: the server applies an organizer's patch to a meeting,
// the meeting form computes the patch of an edit; one module, so the two cannot disagree.
// Objects merge, arrays and values replace, null removes. Applying loops over an explicit
// stack, not recursion: a hostile patch cannot exhaust the call stack.

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property even for "__proto__": a patch never reaches an object's prototype. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

export function mergePatch<T>(target: T, patch: unknown): T {
  if (!isObject(patch)) return patch as T;
  const root: Record<string, unknown> = isObject(target) ? { ...target } : {};
  const pending: Array<{ out: Record<string, unknown>; patch: Record<string, unknown> }> = [
    { out: root, patch },
  ];
  for (let step = pending.pop(); step; step = pending.pop()) {
    for (const [key, value] of Object.entries(step.patch)) {
      if (value === null) {
        delete step.out[key];
      } else if (isObject(value)) {
        const current = Object.hasOwn(step.out, key) ? step.out[key] : undefined;
        const merged: Record<string, unknown> = isObject(current) ? { ...current } : {};
        setOwn(step.out, key, merged);
        pending.push({ out: merged, patch: value });
      } else {
        setOwn(step.out, key, value);
      }
    }
  }
  return root as T;
}

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
