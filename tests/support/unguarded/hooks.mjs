// Resolves the registration repository to its unguarded stand-in, except for the stand-in's
// own import of the real module.
const REAL = /\/server\/db\/repositories\/registrations\.ts(\?.*)?$/;
const STAND_IN = new URL('./registrations.ts', import.meta.url).href;

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  const fromStandIn = context.parentURL?.startsWith(STAND_IN) ?? false;
  if (REAL.test(resolved.url) && !fromStandIn) return { ...resolved, url: STAND_IN };
  return resolved;
}
