// The orders the organizer may put the list in. "As listed" keeps the server's order: the order
// of registration, or the best matches first when searching.
import type { RegistrationView } from '../../../shared/api/registrations';
import type { Locale, RegistrationStatus } from '../../../shared/enums';

export const SORT_KEYS = ['listed', 'name', 'newest', 'status', 'province', 'arrival'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Those waiting for a decision first: what the organizer acts on. */
const STATUS_ORDER: Record<RegistrationStatus, number> = {
  pending: 0,
  waitlisted: 1,
  accepted: 2,
  rejected: 3,
  cancelled: 4,
};

export function sortRows(
  rows: RegistrationView[],
  key: SortKey,
  locale: Locale,
  provinceName: (code: string) => string,
): RegistrationView[] {
  if (key === 'listed') return rows;
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const by: Record<
    Exclude<SortKey, 'listed'>,
    (a: RegistrationView, b: RegistrationView) => number
  > = {
    name: (a, b) => collator.compare(a.fullName, b.fullName),
    newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
    status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
    province: (a, b) =>
      collator.compare(provinceName(a.provinceCode), provinceName(b.provinceCode)),
    // The latest arrivals first; those not arrived after.
    arrival: (a, b) => (b.checkedInAt ?? '').localeCompare(a.checkedInAt ?? ''),
  };
  // Array.prototype.sort is stable: ties keep the listed order.
  return [...rows].sort(by[key]);
}
