// Shows staff screens to a signed-in staff member with the role they need; sends others to the
// sign-in page. Offline, the last known account on this device lets desk screens still open.
import type { VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Locale, StaffRole } from '../../../shared/enums';
import { ApiError } from '../../api/http';
import { me, type StaffUser } from '../../api/auth';
import { t } from '../../i18n';
import { navigate } from '../../app/router';
import { cacheStaffScreens } from '../../app/serviceWorker';
import Loading from '../Loading';

const REMEMBERED = 'liqa.staff';
const RANK: Record<StaffRole, number> = { checkin: 1, organizer: 2, admin: 3 };

export function rememberStaff(user: StaffUser | null): void {
  if (user) cacheStaffScreens();
  try {
    if (user) localStorage.setItem(REMEMBERED, JSON.stringify(user));
    else localStorage.removeItem(REMEMBERED);
  } catch {
    // Not remembered: offline desk screens will ask to sign in again.
  }
}

function remembered(): StaffUser | null {
  try {
    const raw = localStorage.getItem(REMEMBERED);
    return raw ? (JSON.parse(raw) as StaffUser) : null;
  } catch {
    return null;
  }
}

export function loginAddress(next: string): string {
  return `/staff/login?next=${encodeURIComponent(next)}`;
}

interface Props {
  locale: Locale;
  role: StaffRole;
  children: (user: StaffUser) => VNode;
}

type State = { kind: 'loading' } | { kind: 'user'; user: StaffUser } | { kind: 'offline' };

export default function StaffGate({ locale, role, children }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    me(abort.signal).then(
      (user) => {
        rememberStaff(user);
        if (user) setState({ kind: 'user', user });
        else navigate(loginAddress(window.location.pathname), { replace: true });
      },
      (err: unknown) => {
        if (abort.signal.aborted) return;
        const known = err instanceof ApiError && err.code === 'network' ? remembered() : null;
        setState(known ? { kind: 'user', user: known } : { kind: 'offline' });
      },
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
