// The messages a new registration queues for each status it may end in, as queueMail would
// queue them (the same channels, dedupe keys and per-address caps), for the one-statement
// write on PostgreSQL that learns its status only when it runs.
import type { MailIfStatus } from '../../db/repositories/registrationAtOnce';
import { counterKey } from '../../limits/limiter';
import { mailsPerAddress } from '../../limits/rules';
import { channelsFor, smsPolicyOfData } from '../../mail/channels';
import { mailForStatus } from '../../mail/kinds';

export interface Arrival {
  id: string;
  email: string | null;
  phone: string | null;
  /** The meeting's JSON (its SMS policy). */
  meetingData: string;
}

export function mailsOnArrival(arrival: Arrival, statuses: string[], now: Date): MailIfStatus[] {
  const policy = arrival.phone ? smsPolicyOfData(arrival.meetingData) : 'off';
  return statuses.flatMap((status) => {
    const kind = mailForStatus(status);
    if (!kind) return [];
    const rule = mailsPerAddress(kind);
    return channelsFor(arrival, policy, kind).flatMap((channel) => {
      const to = channel === 'sms' ? arrival.phone : arrival.email;
      if (!to) return [];
      const key = `${arrival.id}:${kind}`;
      return [
        {
          status,
          kind,
          channel,
          to,
          dedupeKey: channel === 'email' ? key : `${key}:${channel}`,
          counterKey: counterKey(rule, `${channel}:${to.trim().toLowerCase()}`),
          counterResetsAt: new Date(now.getTime() + rule.windowMs).toISOString(),
          limit: rule.limit,
          skipReason: `not sent: ${rule.limit} ${kind} messages to this address today already`,
        },
      ];
    });
  });
}
