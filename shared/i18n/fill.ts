// The one fill rule for words with `{name}` slots, run by the PWA's catalogues and by the
// sentences shared/ writes itself (the support reasons).

export type Params = Record<string, string | number>;

/** Puts the parameters in `{name}` slots; a slot without a value stays visible. */
export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
