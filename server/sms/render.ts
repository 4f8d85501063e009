// Turns an outbox row of the SMS channel into its text, in the participant's language, at send
// time from the stored registration and meeting: title, local date and time, venue, private
// link and ticket code, as each kind needs.
import { MOROCCO_TZ, instantToWallTime } from '../../shared/time/zone';
import { derivedToken } from '../auth/secret';
import type { MeetingRow } from '../db/repositories/meetings';
import type { OutboxRow } from '../db/repositories/outbox';
import type { RegistrationRow } from '../db/repositories/registrations';
import type { Deps } from '../deps';
import { meetingInputOf } from '../domain/meetingView';
import { fill } from '../mail/messages/types';
import {
  ConfirmationPayloadSchema,
  SupportDecisionPayloadSchema,
  readPayload,
} from '../mail/payloads';
import { pickText } from '../mail/templates/details';
import { smsCatalogue, smsLocale, type SmsCatalogue } from './texts';
import { ticketCodeForSms } from './ticketCode';

/** Long titles and venue names are cut: an SMS says which meeting, the page says the rest. */
const MAX_NAME = 40;

function short(text: string): string {
  const chars = [...text.trim().replace(/\s+/g, ' ')];
  return chars.length <= MAX_NAME ? chars.join('') : `${chars.slice(0, MAX_NAME - 1).join('')}…`;
}

function when(meeting: MeetingRow, cat: SmsCatalogue): { date: string; time: string } {
  const wall = instantToWallTime(new Date(meeting.starts_at), meeting.timezone);
  const [y, m, d] = wall.slice(0, 10).split('-');
  const zone = meeting.timezone === MOROCCO_TZ ? '' : fill(cat.zone, { zone: meeting.timezone });
  return { date: `${d}/${m}/${y}`, time: `${wall.slice(11, 16)}${zone}` };
}

function supportText(cat: SmsCatalogue, payload: string | null): string {
  const decided = readPayload(SupportDecisionPayloadSchema, payload);
  const parts: string[] = [];
  for (const list of ['travel', 'lodging'] as const) {
    const decision = decided[list];
    if (decision) parts.push(fill(cat.supportPart[list], { decision: cat.decision[decision] }));
  }
  return parts.join(cat.supportJoin);
}

export interface SmsSubject {
  row: OutboxRow;
  registration: RegistrationRow;
  meeting: MeetingRow;
}

export async function renderSms(
  deps: Deps,
  { row, registration, meeting }: SmsSubject,
): Promise<string> {
  const cat = smsCatalogue(smsLocale(row.locale));
  const input = meetingInputOf(meeting);
  const link = `${deps.config.publicUrl}/r/${registration.id}#${await derivedToken(deps, 'manage', registration.id)}`;
  const code =
    registration.status === 'accepted' ? await ticketCodeForSms(deps, registration) : null;
  const values = {
    title: short(pickText(input.title, smsLocale(row.locale))),
    venue: short(input.venue.name),
    ...when(meeting, cat),
    link,
    code: code ? fill(cat.code, { code }) : '',
  };
  switch (row.kind) {
    case 'confirmation': {
      const promoted = readPayload(ConfirmationPayloadSchema, row.payload).promoted;
      return fill(promoted ? cat.promoted : cat.confirmation, values);
    }
    case 'waitlisted':
    case 'cancellation':
    case 'reminder':
    case 'recover':
      return fill(cat[row.kind], values);
    case 'support-decision':
      return fill(cat['support-decision'], { ...values, support: supportText(cat, row.payload) });
    default:
      throw new Error(`no SMS text for "${row.kind}"`);
  }
}
