// Shows staff screens to a signed-in staff member with the role they need; sends others to the
// sign-in page. Offline, the last known account on this device lets desk screens still open.
import type { VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Locale, StaffRole } from '../../../shared/enums';
import type { SignedInStaff } from '../../../shared/api/auth';
import { loadSignedInStaff } from '../../actions/staff/loadSignedInStaff';
import { t } from '../../i18n';
import { navigate } from '../../app/router';
import Loading from '../Loading';

const RANK: Record<StaffRole, number> = { checkin: 1, organizer: 2, admin: 3 };

export function loginAddress(next: string): string {
  return `/staff/login?next=${encodeURIComponent(next)}`;
}

interface Props {
  locale: Locale;
  role: StaffRole;
  children: (user: SignedInStaff) => VNode;
}

type State = { kind: 'loading' } | { kind: 'user'; user: SignedInStaff } | { kind: 'offline' };

export default function StaffGate({ locale, role, children }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    void loadSignedInStaff(abort.signal).then(
      (session) => {
        if (session.kind === 'signedOut')
          navigate(loginAddress(window.location.pathname), { replace: true });
        else setState(session);
      },
      // Only when the screen was left (the request aborted): nothing to show any more.
      () => undefined,
    );
    return () => abort.abort();
  }, [attempt]);

  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'offline') {
    return (
      <div class="notice notice--error" role="alert">
        <p>{t('shell.network', undefined, locale)}</p>
        <button type="button" class="button" onClick={() => setAttempt((n) => n + 1)}>
          {t('shell.retry', undefined, locale)}
        </button>
      </div>
    );
  }
  if (RANK[state.user.role] < RANK[role]) {
    return <p class="notice notice--error">{t('staff:forbidden', undefined, locale)}</p>;
  }
  return children(state.user);
}
