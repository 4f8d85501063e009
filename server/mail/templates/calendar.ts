// The .ics invitation: one VEVENT whose times are UTC instants ("…Z") taken from the stored
// schedule, so no calendar has to know Morocco's current offset.
import { createEvent } from 'ics';

export interface CalendarEvent {
  uid: string;
  title: string;
  description: string;
  location: string;
  url: string;
  startsAt: Date;
  endsAt: Date;
  lat: number;
  lng: number;
}

export function calendarInvitation(event: CalendarEvent): string {
  const { error, value } = createEvent({
    productId: 'liqa',
    method: 'PUBLISH',
    uid: event.uid,
    title: event.title,
    description: event.description,
    location: event.location,
    url: event.url,
    geo: { lat: event.lat, lon: event.lng },
    start: event.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: 'CONFIRMED',
    alarms: [{ action: 'display', description: event.title, trigger: { hours: 24, before: true } }],
  });
  if (error || !value) throw error ?? new Error('ics: no calendar produced');
  return value;
}
