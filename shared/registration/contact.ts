// A registration always keeps an e-mail or a phone: the only ways to send the person their
// ticket, a seat from the waiting list or the organizers' answer. The form, the "send my link
// again" request and an edit (the contacts the registration holds once the edit is applied)
// all ask it of this one rule.
export interface Contacts {
  email?: string | null;
  phone?: string | null;
}

export function hasContact(c: Contacts): boolean {
  return Boolean(c.email?.trim() || c.phone?.trim());
}

/** The contacts a registration holds once `patch` is applied (a field absent keeps its value). */
export function contactsAfter(current: Contacts, patch: Contacts): Contacts {
  return {
    email: patch.email !== undefined ? patch.email : current.email,
    phone: patch.phone !== undefined ? patch.phone : current.phone,
  };
}
