// The address a link was sent to, as the person reads it: the e-mail, or the phone as dialled
// at home (by the form's own phone rule: a foreign number is grouped once its plan is loaded).
import { formatPhone } from '../../../shared/phoneOnDevice';
import type { RecoverContact } from '../../actions/registration/recoverMyLink';

export function contactLabel(contact: RecoverContact): string {
  return contact.email ?? (contact.phone ? formatPhone(contact.phone) : '');
}
