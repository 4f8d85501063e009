// The desk's intents: check someone in (scanned ticket, typed code, or picked from a search),
// register a walk-in, move someone to another workshop. Each answers from the device at once
// and queues the write for the server.
import * as v from 'valibot';
import { TicketTokenSchema, type CheckinMethod } from '../../../shared/schemas/checkin';
import { formatTicketCode, normalizeTicketCode } from '../../../shared/tickets/ticketCode';
import type { RegistrationInput } from '../../../shared/schemas/registration';
import { workshopUrl } from '../../api/checkin';
import { addCheckin } from '../../store/checkins';
import { updateRosterEntry, writeRoster } from '../../store/roster';
import type { LocalCheckin, RosterEntry } from '../../store/types';
import { enqueue } from '../../sync/writeQueue';
import { registrationUrl } from '../../api/registrations';
import { newId } from '../../sync/uuid';
import { arrivalOf, verdictFor, type Verdict } from '../arrival';
import { WORKSHOP_KIND, type CheckinEventBody } from '../batch';
import { ticketHash, tokenOf } from '../ticketHash';
import type { Desk } from './desk';
import { enqueueBehindEvents, enqueueEvent } from './eventQueue';
import { tellOtherTabs, tellRosterWritten } from './otherTabs';

/** The User Timing entry each ticket lookup leaves (hash + Map lookup; read by the benchmark). */
export const LOOKUP_MEASURE = 'liqa:desk:lookup';

/** The desk's answer at once, and the write to the device and the write queue still under way. */
export interface Recorded {
  verdict: Verdict;
  saved: Promise<void>;
}

async function persist(desk: Desk, local: LocalCheckin, event: CheckinEventBody): Promise<void> {
  await addCheckin(local);
  tellOtherTabs({ slug: desk.slug, checkins: true });
  await enqueueEvent(desk.slug, local.deviceId, event);
}

/**
 * Answers from memory and returns before IndexedDB has written anything: the person at the
 * desk hears the beep at once, and the screen says so if the write then fails.
 */
function record(
  desk: Desk,
  person: RosterEntry | undefined,
  method: CheckinMethod,
  who: { token: string } | { code: string } | { registrationId: string },
): Recorded {
  const verdict = verdictFor(
    person,
    person ? arrivalOf(person, desk.arrivals.get(person.id)) : null,
  );
  const event: CheckinEventBody = { id: newId(), ...who, at: new Date().toISOString(), method };
  const local: LocalCheckin = {
    id: event.id,
    meetingSlug: desk.slug,
    deviceId: desk.identity.deviceId,
    registrationId: person?.id ?? null,
    method,
    at: event.at,
    local: verdict.kind,
  };
  desk.addCheckin(local);
  desk.changed();
  return { verdict, saved: persist(desk, local, event) };
}

/**
 * A scanned or typed ticket: validated against the roster's hashes on the device. Still sent
 * when it matches nobody here: the roster copy may predate the person's acceptance.
 */
export async function checkInTicket(desk: Desk, text: string): Promise<Recorded | null> {
  const token = tokenOf(text);
  if (!token) return null;
  const code = normalizeTicketCode(token);
  if (code) return checkInCode(desk, code);
  const started = performance.now();
  const person = desk.index.byTicketHash(await ticketHash(token));
  performance.measure(LOOKUP_MEASURE, { start: started });
  // Something no ticket can be (another QR code's long URL) is answered here and not sent:
  // the server would refuse the whole batch it travelled in.
  if (!person && !v.is(TicketTokenSchema, token)) {
    return { verdict: { kind: 'unknown' }, saved: Promise.resolve() };
  }
  return record(desk, person, 'qr', { token });
}

/**
 * A ticket code typed at the desk (`7K3M-Q9TX`, any case): matched offline through the
 * roster's code hashes, and sent as typed-and-read so the server matches it the same way.
 */
async function checkInCode(desk: Desk, code: string): Promise<Recorded> {
  const started = performance.now();
  const person = desk.index.byCodeHash(await ticketHash(code));
  performance.measure(LOOKUP_MEASURE, { start: started });
  return record(desk, person, 'code', { code: formatTicketCode(code) });
}

/** Someone found by name at the desk. */
export async function checkInPerson(desk: Desk, id: string): Promise<Recorded> {
  return record(desk, desk.index.get(id), 'search', { registrationId: id });
}

/** A walk-in's registration id (its id on the server too): a new one for each form sent. */
export function newWalkInId(): string {
  return newId();
}

/**
 * A walk-in: on the desk's list at once, registered through the write queue (the staff session's
 * cookie goes with it), then checked in by an event queued after the registration.
 */
export async function registerWalkIn(desk: Desk, body: RegistrationInput): Promise<Recorded> {
  const person: RosterEntry = {
    id: body.id,
    meetingSlug: desk.slug,
    fullName: body.fullName,
    organization: body.organization ?? null,
    status: 'accepted',
    workshopId: body.workshopId ?? null,
    checkedInAt: null,
    ticketHash: null,
    walkIn: { state: 'waiting' },
  };
  await writeRoster([person]);
  tellRosterWritten(desk.slug, [person]);
  desk.index.upsert([person]);
  await enqueueBehindEvents(() =>
    enqueue({
      id: body.id,
      kind: 'registration',
      method: 'POST',
      url: registrationUrl(desk.slug),
      body: { ...body, source: 'walk-in' },
    }),
  );
  return record(desk, person, 'walk-in', { registrationId: body.id });
}

/** Moves someone to a workshop (or none): on the device at once, on the server via the write queue. */
export async function changeWorkshop(
  desk: Desk,
  id: string,
  workshopId: string | null,
): Promise<void> {
  const entryId = newId();
  const updated = await updateRosterEntry(id, (p) => ({
    ...p,
    workshopId,
    workshopChange: { workshopId, entryId },
  }));
  if (!updated) return;
  tellRosterWritten(desk.slug, [updated]);
  desk.index.upsert([updated]);
  desk.changed();
  await enqueue({
    id: entryId,
    kind: WORKSHOP_KIND,
    method: 'POST',
    url: workshopUrl(desk.slug, id),
    body: { workshopId },
  });
}
