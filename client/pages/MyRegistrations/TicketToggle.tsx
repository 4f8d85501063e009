// "Show my ticket" on "My registrations": the QR ticket kept on this phone, opened in place,
// so it shows at the door with no network (and no private link page to load).
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import Ticket from '../../components/Ticket';
import type { LocalRegistration } from '../../store/types';
import { t } from '../../i18n';

interface Props {
  record: LocalRegistration;
  locale: Locale;
  /** The meeting's title, which says whose ticket the button opens. */
  describedBy: string;
}

export default function TicketToggle({ record, locale, describedBy }: Props) {
  const [open, setOpen] = useState(false);
  if (record.status !== 'accepted' || !record.ticketToken) return null;
  const panelId = `ticket-${record.id}`;
  return (
    <>
      <p>
        <button
          type="button"
          class="button"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          aria-describedby={describedBy}
          onClick={() => setOpen(!open)}
        >
          {t(open ? 'myRegistrations:hideTicket' : 'myRegistrations:showTicket', undefined, locale)}
        </button>
      </p>
      {open && (
        <Ticket
          token={record.ticketToken}
          code={record.ticketCode}
          name={record.fullName}
          locale={locale}
          level={3}
          id={panelId}
        />
      )}
    </>
  );
}
