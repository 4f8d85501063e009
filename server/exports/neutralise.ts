// A spreadsheet runs a cell that starts with = + - @ (or a tab / carriage return before one) as
// a formula: `=HYPERLINK(…)` from a registrant's name would reach the organizer's machine. The
// one rule every export applies to text it did not write itself.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as it is safe to put in a CSV cell: a leading apostrophe when it could run. */
export function neutraliseCsv(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
