// How to reach a meeting's organizers (its `contact`), as links a phone opens in its mail or
// phone app; nothing when the meeting has none.
import type { Locale } from '../../../shared/enums';
import type { MeetingContact as Contact } from '../../../shared/schemas/meeting';
import { t } from '../../i18n';

/**
 * A Moroccan number as dialled at home (05 39 94 00 00), others as stored (E.164). Not the
 * shared phone module: its numbering plans would weigh on the public pages.
 */
export function phoneText(e164: string): string {
  const ma = /^\+212(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(e164);
  return ma ? `0${ma.slice(1).join(' ')}` : e164;
}

export default function MeetingContact({
  contact,
  locale,
}: {
  contact: Contact | undefined;
  locale: Locale;
}) {
  if (!contact?.email && !contact?.phone) return null;
  return (
    <div data-meeting-contact>
      <dt>{t('meeting.contact', undefined, locale)}</dt>
      <dd>
        {contact.email && (
          <a class="ltr" href={`mailto:${contact.email}`}>
            {contact.email}
          </a>
        )}
        {contact.email && contact.phone && <br />}
        {contact.phone && (
          <a class="ltr" href={`tel:${contact.phone}`} dir="ltr">
            {phoneText(contact.phone)}
          </a>
        )}
      </dd>
    </div>
  );
}
