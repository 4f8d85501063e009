// Invitation codes of the meeting: create a batch for an institution, see each code's use.
import { useRef, useState } from 'preact/hooks';
import type { Invitation } from '../../../shared/api/invitations';
import type { Locale } from '../../../shared/enums';
import { loadInvitations } from '../../actions/staff/loadInvitations';
import { t } from '../../i18n';
import { useRemote } from '../../app/useRemote';
import LoadError from '../../components/LoadError';
import Loading from '../../components/Loading';
import { InvitationForm } from './InvitationForm';
import { InvitationList } from './InvitationList';

export function InvitationsPanel({ slug, locale }: { slug: string; locale: Locale }) {
  const [version, setVersion] = useState(0);
  const [codes, retry] = useRemote((signal) => loadInvitations(slug, signal), [slug, version]);
  // While the list is read again after a creation, the previous one stays on screen.
  const last = useRef<Invitation[] | null>(null);
  if (codes.status === 'done') last.current = codes.data;
  const shown = codes.status === 'done' ? codes.data : last.current;

  return (
    <section class="stack" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('staff:reg.inv.title', undefined, locale)}</h2>
      <p>{t('staff:reg.inv.intro', undefined, locale)}</p>
      <InvitationForm slug={slug} locale={locale} onCreated={() => setVersion((n) => n + 1)} />
      {codes.status === 'error' && (
        <LoadError error={codes.error} locale={locale} onRetry={retry} />
      )}
      {shown ? (
        <InvitationList codes={shown} locale={locale} />
      ) : (
        codes.status === 'loading' && <Loading />
      )}
    </section>
  );
}
