// The meeting form's values (strings, as inputs hold them) and their conversions: from a
// meeting the API returned, and to the body the API wants.
import {
  DEFAULT_SMS_POLICY,
  type ApprovalMode,
  type MeetingStatus,
  type SmsPolicy,
} from '../../../shared/enums';
import { DEFAULT_RETENTION_DAYS } from '../../../shared/retention';
import { wallTimeOf } from '../../../shared/time/wallTime';
import type { MeetingView } from '../../../shared/api/meetings';

export interface WorkshopRow {
  key: number;
  id: string;
  titleAr: string;
  titleFr: string;
  /** Not edited here; kept so an edit does not drop it. */
  titleEn?: string;
  capacity: string;
}

export interface ProgrammeRow {
  key: number;
  time: string;
  titleAr: string;
  titleFr: string;
  titleEn?: string;
}

export interface MeetingFormValues {
  slug: string;
  titleAr: string;
  titleFr: string;
  titleEn: string;
  descriptionAr: string;
  descriptionFr: string;
  descriptionEn?: string;
  venueName: string;
  venueAddress: string;
  provinceCode: string;
  lat: string;
  lng: string;
  startsAt: string;
  endsAt: string;
  opensAt: string;
  closesAt: string;
  capacity: string;
  approval: ApprovalMode;
  waitlist: boolean;
  sms: SmsPolicy;
  eligibleRegions: string[];
  workshops: WorkshopRow[];
  programme: ProgrammeRow[];
  /** The programme the meeting joins; empty: none. */
  programmeSlug: string;
  contactEmail: string;
  contactPhone: string;
  /** Days after the meeting that personal data is kept; empty: the default. */
  retentionDays: string;
  status: MeetingStatus;
}

let nextKey = 1;
export const rowKey = (): number => nextKey++;

/** The values with the row keys left out: what the organizer typed, nothing more. */
function typed(values: MeetingFormValues): string {
  const rows = <T extends { key: number }>(list: T[]) => list.map(({ key: _key, ...row }) => row);
  return JSON.stringify({
    ...values,
    workshops: rows(values.workshops),
    programme: rows(values.programme),
  });
}

/** Whether two sets of values hold the same text and choices (row keys aside). */
export function sameTyping(a: MeetingFormValues, b: MeetingFormValues): boolean {
  return typed(a) === typed(b);
}

/** A draft kept from another visit, with row keys of this visit (keys must stay unique). */
export function withFreshKeys(values: MeetingFormValues): MeetingFormValues {
  return {
    ...values,
    workshops: values.workshops.map((row) => ({ ...row, key: rowKey() })),
    programme: values.programme.map((row) => ({ ...row, key: rowKey() })),
  };
}

export function emptyValues(): MeetingFormValues {
  return {
    slug: '',
    titleAr: '',
    titleFr: '',
    titleEn: '',
    descriptionAr: '',
    descriptionFr: '',
    venueName: '',
    venueAddress: '',
    provinceCode: '',
    lat: '',
    lng: '',
    startsAt: '',
    endsAt: '',
    opensAt: '',
    closesAt: '',
    capacity: '',
    approval: 'auto',
    waitlist: true,
    sms: DEFAULT_SMS_POLICY,
    eligibleRegions: [],
    workshops: [],
    programme: [],
    programmeSlug: '',
    contactEmail: '',
    contactPhone: '',
    retentionDays: String(DEFAULT_RETENTION_DAYS),
    status: 'draft',
  };
}

/** "2026-12-12T09:00:00+00:00" → "2026-12-12T09:00": the wall time the API wants back. */
export function wallInputValue(iso: string): string {
  const w = wallTimeOf(iso);
  if (!w) return '';
  const p = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${p(w.year, 4)}-${p(w.month)}-${p(w.day)}T${p(w.hour)}:${p(w.minute)}`;
}

const str = (n: number | undefined) => (n === undefined ? '' : String(n));

export function valuesFromMeeting(m: MeetingView): MeetingFormValues {
  const description = typeof m.description === 'string' ? { ar: m.description } : m.description;
  return {
    slug: m.slug,
    titleAr: m.title.ar,
    titleFr: m.title.fr ?? '',
    titleEn: m.title.en ?? '',
    descriptionAr: description?.ar ?? '',
    descriptionFr: description?.fr ?? '',
    descriptionEn: description?.en,
    venueName: m.venue.name,
    venueAddress: m.venue.address ?? '',
    provinceCode: m.venue.provinceCode,
    lat: str(m.venue.lat),
    lng: str(m.venue.lng),
    startsAt: wallInputValue(m.startsAt),
    endsAt: wallInputValue(m.endsAt),
    opensAt: wallInputValue(m.registration.opensAt),
    closesAt: wallInputValue(m.registration.closesAt),
    capacity: str(m.capacity),
    approval: m.approval,
    waitlist: m.waitlist,
    sms: m.sms ?? DEFAULT_SMS_POLICY,
    eligibleRegions: [...(m.eligibleRegions ?? [])],
    workshops: (m.workshops ?? []).map((w) => ({
      key: rowKey(),
      id: w.id,
      titleAr: w.title.ar,
      titleFr: w.title.fr ?? '',
      titleEn: w.title.en,
      capacity: str(w.capacity),
    })),
    programme: (m.programme ?? []).map((p) => ({
      key: rowKey(),
      time: p.time,
      titleAr: p.title.ar,
      titleFr: p.title.fr ?? '',
      titleEn: p.title.en,
    })),
    programmeSlug: m.programmeSlug ?? '',
    contactEmail: m.contact?.email ?? '',
    contactPhone: m.contact?.phone ?? '',
    retentionDays: str(m.retentionDays),
    status: m.status,
  };
}

/** A number typed by a person ("35,77" too); empty is "not given". */
function num(value: string): number | undefined {
  const s = value.trim().replace(',', '.');
  return s === '' ? undefined : Number(s);
}

function text(ar: string, fr: string, en?: string) {
  return { ar, ...(fr.trim() && { fr }), ...(en?.trim() && { en }) };
}

/** What the form says, in the shape of the API's body (validated afterwards, not here). */
export function inputFromValues(
  v: MeetingFormValues,
  carry: Record<string, unknown> = {},
): Record<string, unknown> {
  const hasDescription = [v.descriptionAr, v.descriptionFr, v.descriptionEn ?? ''].some((s) =>
    s.trim(),
  );
  const venue = {
    name: v.venueName,
    ...(v.venueAddress.trim() && { address: v.venueAddress }),
    provinceCode: v.provinceCode,
    ...(num(v.lat) !== undefined && { lat: num(v.lat) }),
    ...(num(v.lng) !== undefined && { lng: num(v.lng) }),
  };
  return {
    ...carry,
    slug: v.slug,
    title: text(v.titleAr, v.titleFr, v.titleEn),
    ...(hasDescription && { description: text(v.descriptionAr, v.descriptionFr, v.descriptionEn) }),
    ...(v.programme.length > 0 && {
      programme: v.programme.map((p) => ({
        time: p.time,
        title: text(p.titleAr, p.titleFr, p.titleEn),
      })),
    }),
    venue,
    startsAt: v.startsAt,
    endsAt: v.endsAt,
    registration: { opensAt: v.opensAt, closesAt: v.closesAt },
    capacity: num(v.capacity),
    approval: v.approval,
    waitlist: v.waitlist,
    sms: v.sms,
    ...(v.eligibleRegions.length > 0 && { eligibleRegions: [...v.eligibleRegions].sort() }),
    ...(v.workshops.length > 0 && {
      workshops: v.workshops.map((w) => ({
        id: w.id,
        title: text(w.titleAr, w.titleFr, w.titleEn),
        ...(num(w.capacity) !== undefined && { capacity: num(w.capacity) }),
      })),
    }),
    ...(v.programmeSlug && { programmeSlug: v.programmeSlug }),
    ...((v.contactEmail.trim() || v.contactPhone.trim()) && {
      contact: {
        ...(v.contactEmail.trim() && { email: v.contactEmail }),
        ...(v.contactPhone.trim() && { phone: v.contactPhone }),
      },
    }),
    ...(num(v.retentionDays) !== undefined && { retentionDays: num(v.retentionDays) }),
    status: v.status,
  };
}
