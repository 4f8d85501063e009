// "/staff/users" (admins): every staff account with its role, state and last sign-in; change a
// role, set a password, shut or reopen an account (the server ends its sessions), add one.
import { useState } from 'preact/hooks';
import { STAFF_ROLES, type Locale, type StaffRole } from '../../../shared/enums';
import type { UserView } from '../../../shared/api/users';
import { refusalLine, refusalOf } from '../../actions/refusal';
import { changeStaffUser, type UserPatch } from '../../actions/staff/changeStaffUser';
import { loadStaffUsers } from '../../actions/staff/loadStaffUsers';
import { t, moroccoDateTime, type WordOf } from '../../i18n';
import { usePageTitle } from '../../app/pageTitle';
import { useRemote } from '../../app/useRemote';
import LoadError from '../../components/LoadError';
import Loading from '../../components/Loading';
import StaffGate from '../../components/StaffGate';
import { NewUserForm } from './NewUserForm';
import styles from './StaffUsers.module.css';
import FormStatus, { type FormMessage } from '../../components/FormStatus';

export default function StaffUsers({ locale }: { locale: Locale }) {
  usePageTitle(t('staff:users.title', undefined, locale));
  return (
    <section class="stack" aria-labelledby="users-title">
      <h1 id="users-title">{t('staff:users.title', undefined, locale)}</h1>
      <StaffGate locale={locale} role="admin">
        {() => <Accounts locale={locale} />}
      </StaffGate>
      <p>
        <a href="/staff">{t('staff:allMeetings', undefined, locale)}</a>
      </p>
    </section>
  );
}

function Accounts({ locale }: { locale: Locale }) {
  const [version, setVersion] = useState(0);
  const [users, retry] = useRemote(loadStaffUsers, [version]);
  const [edited, setEdited] = useState<Record<string, UserView>>({});
  const [message, setMessage] = useState<FormMessage>(null);

  async function change(user: UserView, patch: UserPatch) {
    setMessage(null);
    try {
      const after = await changeStaffUser(user.id, patch);
      setEdited((all) => ({ ...all, [after.id]: after }));
      setMessage({ ok: true, text: t('staff:users.saved', { email: user.email }, locale) });
      return true;
    } catch (err) {
      setMessage({ ok: false, text: refusalLine(refusalOf(err, locale)) });
      return false;
    }
  }

  return (
    <div class="stack">
      {users.status === 'loading' && <Loading />}
      {users.status === 'error' && (
        <LoadError error={users.error} locale={locale} onRetry={retry} />
      )}
      {users.status === 'done' && (
        <ul class={styles.list} aria-label={t('staff:users.caption', undefined, locale)}>
          {users.data.map((u) => (
            <AccountRow key={u.id} user={edited[u.id] ?? u} locale={locale} onChange={change} />
          ))}
        </ul>
      )}
      <FormStatus message={message} />
      <NewUserForm locale={locale} onCreated={() => setVersion((n) => n + 1)} />
    </div>
  );
}

function AccountRow({
  user,
  locale,
  onChange,
}: {
  user: UserView;
  locale: Locale;
  onChange: (user: UserView, patch: UserPatch) => Promise<boolean>;
}) {
  const [password, setPassword] = useState('');
  const l = (key: WordOf<'staff'>) => t(`staff:${key}`, { email: user.email }, locale);
  const ids = `u-${user.id}`;
  return (
    <li class={styles.item}>
      <p class={styles.head}>
        <bdi dir="ltr" class={styles.email}>
          {user.email}
        </bdi>
        <span class={user.disabled ? styles.off : styles.on}>
          {l(user.disabled ? 'users.disabled' : 'users.active')}
        </span>
        <span>
          {l('users.lastLogin')}:{' '}
          {user.lastLoginAt ? moroccoDateTime(user.lastLoginAt, locale) : l('users.never')}
        </span>
      </p>
      <div class={styles.controls}>
        <label for={`${ids}-role`}>{l('users.roleOf')}</label>
        <select
          id={`${ids}-role`}
          name="role"
          value={user.role}
          onChange={(e) => void onChange(user, { role: e.currentTarget.value as StaffRole })}
        >
          {STAFF_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`staff:users.role.${r}`, undefined, locale)}
            </option>
          ))}
        </select>
        <form
          class={styles.password}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void onChange(user, { password }).then((ok) => ok && setPassword(''));
          }}
        >
          <label for={`${ids}-password`}>{l('users.passwordOf')}</label>
          <input
            id={`${ids}-password`}
            name="password"
            type="password"
            autocomplete="new-password"
            dir="ltr"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
          <button type="submit" class="button button--secondary">
            {l('users.setPassword')}
          </button>
        </form>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => void onChange(user, { disabled: !user.disabled })}
        >
          {l(user.disabled ? 'users.enable' : 'users.disable')}
        </button>
      </div>
    </li>
  );
}
