// A registration refused as a duplicate: the person is registered already (from another phone,
// or long ago), so instead of "register again" they get their link sent again to the address
// they typed, or, when this phone no longer has it, the form that asks for it.
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import {
  askForLinkAgain,
  type RecoverContact,
  type RecoverOutcome,
} from '../../actions/registration/recoverMyLink';
import { t, type WordOf } from '../../i18n';

const OUTCOME_TEXT: Record<RecoverOutcome, WordOf<'myRegistrations'>> = {
  sent: 'linkSent',
  offline: 'linkOffline',
  busy: 'linkBusy',
  failed: 'linkFailed',
};

/**
 * The phone as dialled at home. The phone library is fetched only now (the list itself does not
 * need it); should that fail, the number reads in its international form.
 */
async function labelOf(contact: RecoverContact): Promise<string> {
  if (contact.email) return contact.email;
  const phone = contact.phone ?? '';
  try {
    return (await import('../../../shared/phone')).formatPhone(phone);
  } catch {
    return phone;
  }
}

interface Props {
  slug: string;
  contact: RecoverContact | null;
  locale: Locale;
  describedBy: string;
}

export default function GetMyLink({ slug, contact, locale, describedBy }: Props) {
  const [state, setState] = useState<'idle' | 'sending' | RecoverOutcome>('idle');
  const [sentTo, setSentTo] = useState('');
  if (!contact)
    return (
      <a
        class="button button--secondary"
        href={`/m/${encodeURIComponent(slug)}/register#recover`}
        aria-describedby={describedBy}
      >
        {t('myRegistrations:getLink', undefined, locale)}
      </a>
    );
  const ask = async () => {
    setState('sending');
    const [outcome, label] = await Promise.all([askForLinkAgain(slug, contact), labelOf(contact)]);
    setSentTo(label);
    setState(outcome);
  };
  const message =
    state === 'idle' || state === 'sending'
      ? ''
      : t(`myRegistrations:${OUTCOME_TEXT[state]}`, { contact: sentTo }, locale);
  return (
    <>
      <button
        type="button"
        class="button button--secondary"
        disabled={state === 'sending'}
        aria-describedby={describedBy}
        onClick={() => void ask()}
      >
        {t('myRegistrations:getLink', undefined, locale)}
      </button>
      <p role="status" class={message ? 'notice' : undefined} data-get-link-status>
        {message}
      </p>
    </>
  );
}
