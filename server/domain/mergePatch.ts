// JSON Merge Patch (RFC 7396): objects merge, arrays and values replace, null removes. A loop
// over an explicit stack, not recursion: a hostile patch cannot exhaust the call stack.

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
