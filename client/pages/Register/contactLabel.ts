// The address a link was sent to, as the person reads it: the e-mail, or the phone as dialled
// at home (the form already carries the phone library, so this costs the page nothing).
import { formatPhone } from '../../../shared/phone';
import type { RecoverContact } from '../../sync/recoverLink';

export function contactLabel(contact: RecoverContact): string {
  return contact.email ?? (contact.phone ? formatPhone(contact.phone) : '');
}
