// Turns an outbox row into a message: texts in the participant's language, the meeting's
// details, the private link, each kind's own blocks (templates/notices.ts), and for a
// confirmation the QR ticket (inline and attached) and the .ics invitation. Rendered at send
// time from the stored registration and meeting.
import type { SendMailOptions } from 'nodemailer';
import { formatPhone } from '../../shared/phone';
import { supportPolicyOf } from '../../shared/support/defaultPolicy';
import { derivedToken } from '../auth/secret';
import { ticketCodeOf } from '../auth/ticketCodes';
import { ticketToken } from '../auth/tickets';
import type { MeetingRow } from '../db/repositories/meetings';
import type { OutboxRow } from '../db/repositories/outbox';
import type { RegistrationRow } from '../db/repositories/registrations';
import type { Deps } from '../deps';
import { isMailKind } from './kinds';
import { fill, mailCatalogue, mailLocale } from './messages';
import { ConfirmationPayloadSchema, readPayload } from './payloads';
import { calendarInvitation } from './templates/calendar';
import { meetingDetails, workshopTitle } from './templates/details';
import { renderHtml, renderText, type MailBlock, type MailDocument } from './templates/layout';
import { layoutOf, noticeBlocks } from './templates/notices';
import { qrPng } from './templates/qrPng';

export const TICKET_CID = 'ticket@liqa';
const QR_SCALE = 8;

export interface MailSubject {
  row: OutboxRow;
  registration: RegistrationRow;
  meeting: MeetingRow;
}

export async function renderMail(
  deps: Deps,
  { row, registration, meeting }: MailSubject,
): Promise<SendMailOptions> {
  if (!isMailKind(row.kind)) throw new Error(`no template for "${row.kind}" e-mails`);
  const locale = mailLocale(row.locale);
  const cat = mailCatalogue(locale);
  const details = meetingDetails(meeting, locale, cat);
  const confirmation = row.kind === 'confirmation';
  const promoted = confirmation && readPayload(ConfirmationPayloadSchema, row.payload).promoted;
  const text = cat.kinds[promoted ? 'promoted' : row.kind];
  const layout = layoutOf(row.kind);
  const workshop = workshopTitle(details.input, registration.workshop_id, locale);
  const where = [details.venue.name, details.venue.address, details.venue.place].filter(
    (l): l is string => Boolean(l),
  );

  const blocks: MailBlock[] = [];
  const token = layout.privateLink ? await derivedToken(deps, 'manage', registration.id) : null;
  const registrationUrl = `${deps.config.publicUrl}/r/${registration.id}`;
  // The one link to act on, first after the ticket: a button, its address in the text part.
  if (token)
    blocks.push({
      label: cat.labels.privateLink,
      lines: [cat.linkNote],
      button: { href: `${registrationUrl}#${token}`, text: cat.openLink },
    });
  if (layout.when) blocks.push({ label: cat.labels.when, lines: [details.when] });
  if (layout.where)
    blocks.push({
      label: cat.labels.where,
      lines: where,
      link: { href: details.mapUrl, text: cat.labels.map },
    });
  const context = {
    cat,
    payload: row.payload,
    publicUrl: deps.config.publicUrl,
    slug: meeting.slug,
  };
  blocks.push(...noticeBlocks(row.kind, context));
  if (confirmation && details.programme.length > 0)
    blocks.push({ label: cat.labels.programme, lines: details.programme });
  if (workshop && layout.workshop) blocks.push({ label: cat.labels.workshop, lines: [workshop] });
  if (confirmation || row.kind === 'reminder')
    blocks.push({ label: cat.labels.bring, lines: [cat.bring] });
  // Travel and lodging support, where the meeting offers it, asked through the private link.
  const support = supportPolicyOf(details.input);
  if (token && confirmation && (support.travel.enabled || support.lodging.enabled))
    blocks.push({
      label: cat.labels.support,
      lines: [cat.supportNote],
      link: { href: `${registrationUrl}/support#${token}`, text: cat.supportLink },
    });
  const contact = details.input.contact;
  const contactLines = [contact?.email, contact?.phone && formatPhone(contact.phone)].filter(
    (l): l is string => Boolean(l),
  );
  if (contactLines.length > 0) blocks.push({ label: cat.labels.contact, lines: contactLines });
  // The link sent again carries the typeable code too (the QR stays the confirmation's).
  if (row.kind === 'recover' && registration.status === 'accepted') {
    const code = await ticketCodeOf(deps, registration);
    if (code) blocks.push({ label: cat.labels.ticketCode, lines: [code] });
  }

  const doc: MailDocument = {
    lang: locale,
    dir: cat.dir,
    subject: fill(text.subject, { title: details.title }),
    greeting: fill(cat.greeting, { name: registration.full_name }),
    heading: text.heading,
    intro: text.intro,
    title: details.title,
    blocks,
    footer: contact?.email ? cat.footerReply : cat.footer,
  };
  const attachments: NonNullable<SendMailOptions['attachments']> = [];
  if (confirmation) {
    const png = qrPng(await ticketToken(deps, registration.id), QR_SCALE);
    const code = await ticketCodeOf(deps, registration);
    if (!code) throw new Error('the registration has no ticket code');
    // The PNG's width, from its IHDR chunk.
    doc.ticket = {
      cid: TICKET_CID,
      caption: cat.ticket,
      size: png.readUInt32BE(16),
      codeLabel: cat.ticketCode,
      code,
    };
    attachments.push(
      {
        filename: cat.attachments.ticket,
        content: png,
        contentType: 'image/png',
        cid: TICKET_CID,
        contentDisposition: 'inline',
      },
      { filename: cat.attachments.ticket, content: png, contentType: 'image/png' },
      {
        filename: cat.attachments.calendar,
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        content: calendarInvitation({
          uid: `${registration.id}@liqa`,
          title: details.title,
          description: [details.when, ...details.programme].join('\n'),
          location: where.join(', '),
          // The public meeting page, not the private link: calendars get shared and synced.
          url: `${deps.config.publicUrl}/m/${meeting.slug}`,
          startsAt: details.startsAt,
          endsAt: details.endsAt,
          lat: details.venue.lat,
          lng: details.venue.lng,
        }),
      },
    );
  }
  return {
    subject: doc.subject,
    text: renderText(doc),
    html: renderHtml(doc),
    // Answers reach the organizers, not the no-reply sender.
    ...(contact?.email ? { replyTo: contact.email } : {}),
    attachments,
    headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': locale },
  };
}
