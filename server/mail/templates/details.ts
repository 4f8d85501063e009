// What every e-mail says about the meeting, in the reader's language: title, Morocco-time
// schedule (wall time from moment-timezone's data, never the runtime's ICU), venue, map link.
import type { Locale } from '../../../shared/enums';
import { provinceByCode } from '../../../shared/geo';
import type { MeetingInput } from '../../../shared/schemas/meeting';
import { MOROCCO_TZ, instantToWallTime } from '../../../shared/time/zone';
import type { MeetingRow } from '../../db/repositories/meetings';
import { meetingInputOf } from '../../domain/meetingView';
import { fill, type MailCatalogue } from '../messages';

type Text = { ar: string; fr?: string; en?: string };

/** The text in the reader's language, else Arabic (always present). */
export function pickText(text: Text | string | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale]?.trim() || text.ar;
}

export interface MeetingDetails {
  input: MeetingInput;
  title: string;
  when: string;
  venue: { name: string; address: string | null; place: string; lat: number; lng: number };
  mapUrl: string;
  programme: string[];
  startsAt: Date;
  endsAt: Date;
}

function formatWhen(row: MeetingRow, cat: MailCatalogue): string {
  const start = instantToWallTime(new Date(row.starts_at), row.timezone);
  const end = instantToWallTime(new Date(row.ends_at), row.timezone);
  const [y, m, d] = start.slice(0, 10).split('-').map(Number) as [number, number, number];
  const weekday = cat.weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
  // A meeting ending on another day names that day too.
  const endText =
    end.slice(0, 10) === start.slice(0, 10)
      ? end.slice(11)
      : `${end.slice(0, 10)} ${end.slice(11)}`;
  const template = row.timezone === MOROCCO_TZ ? cat.when : cat.whenElsewhere;
  return fill(template, {
    weekday,
    day: d,
    month: cat.months[m - 1] ?? '',
    year: y,
    start: start.slice(11),
    end: endText,
    zone: row.timezone,
  });
}

export function meetingDetails(
  row: MeetingRow,
  locale: Locale,
  cat: MailCatalogue,
): MeetingDetails {
  const input = meetingInputOf(row);
  const province = provinceByCode(input.venue.provinceCode);
  // A venue without coordinates is shown at its province's seat.
  const lat = input.venue.lat ?? province?.lat ?? 0;
  const lng = input.venue.lng ?? province?.lng ?? 0;
  const place = province ? (locale === 'ar' ? province.name.ar : province.name.fr) : '';
  return {
    input,
    title: pickText(input.title, locale),
    when: formatWhen(row, cat),
    venue: { name: input.venue.name, address: input.venue.address || null, place, lat, lng },
    mapUrl: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`,
    programme: (input.programme ?? []).map(
      (item) => `${item.time} — ${pickText(item.title, locale)}`,
    ),
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
  };
}

export function workshopTitle(
  input: MeetingInput,
  workshopId: string | null,
  locale: Locale,
): string | null {
  const workshop = workshopId
    ? (input.workshops ?? []).find((w) => w.id === workshopId)
    : undefined;
  return workshop ? pickText(workshop.title, locale) : null;
}
