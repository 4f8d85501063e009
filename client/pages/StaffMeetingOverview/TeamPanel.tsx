// The meeting's team: who may act on it (the ministry, the partner associations, the desk), an
// account added by its e-mail with a role, someone taken off. The server decides; this shows it.
import { useState } from 'preact/hooks';
import { TEAM_ROLES, type Locale, type TeamRole } from '../../../shared/enums';
import '../../../shared/i18n/validation/staff';
import type { TeamMember } from '../../../shared/api/team';
import { TeamAddSchema } from '../../../shared/schemas/team';
import { validate } from '../../../shared/schemas/validate';
import { refusalOf } from '../../actions/refusal';
import { addTeamMember } from '../../actions/staff/addTeamMember';
import { loadTeam } from '../../actions/staff/loadTeam';
import { removeTeamMember } from '../../actions/staff/removeTeamMember';
import { t } from '../../i18n';
import { useRemote } from '../../app/useRemote';
import ChoiceGroup from '../../components/ChoiceGroup';
import { TextField, fieldIds } from '../../components/Field';
import LoadError from '../../components/LoadError';
import Loading from '../../components/Loading';
import styles from './StaffMeetingOverview.module.css';
import FormStatus, { type FormMessage } from '../../components/FormStatus';

export function TeamPanel({ slug, locale }: { slug: string; locale: Locale }) {
  const [fresh, setFresh] = useState<TeamMember[] | null>(null);
  const [team, retry] = useRemote((signal) => loadTeam(slug, signal), [slug]);
  const [message, setMessage] = useState<FormMessage>(null);
  const members = fresh ?? (team.status === 'done' ? team.data : null);
  const changed = (next: TeamMember[], text: string) => {
    setFresh(next);
    setMessage({ ok: true, text });
  };

  async function remove(member: TeamMember) {
    setMessage(null);
    try {
      changed(
        await removeTeamMember(slug, member.userId),
        t('staff:team.removed', { email: member.email }, locale),
      );
    } catch (err) {
      setMessage({ ok: false, text: refusalOf(err, locale).text });
    }
  }

  return (
    <section class="stack" aria-labelledby="team-title">
      <h2 id="team-title">{t('staff:team.title', undefined, locale)}</h2>
      <p>{t('staff:team.intro', undefined, locale)}</p>
      {team.status === 'error' && !members && (
        <LoadError error={team.error} locale={locale} onRetry={retry} />
      )}
      {!members && team.status === 'loading' && <Loading />}
      {members && <MemberList members={members} locale={locale} onRemove={remove} />}
      <AddForm
        slug={slug}
        locale={locale}
        onAdded={(next, email) => changed(next, t('staff:team.added', { email }, locale))}
      />
      <FormStatus message={message} />
    </section>
  );
}

function MemberList({
  members,
  locale,
  onRemove,
}: {
  members: TeamMember[];
  locale: Locale;
  onRemove: (m: TeamMember) => void;
}) {
  if (members.length === 0) return <p class="notice">{t('staff:team.none', undefined, locale)}</p>;
  return (
    <ul class={styles.team} aria-label={t('staff:team.caption', undefined, locale)}>
      {members.map((m) => (
        <li key={m.userId} class={styles.member}>
          <bdi dir="ltr">{m.email}</bdi>
          <span>{t(`staff:team.role.${m.role}`, undefined, locale)}</span>
          <button
            type="button"
            class="button button--secondary"
            aria-label={t('staff:team.removeWho', { email: m.email }, locale)}
            onClick={() => onRemove(m)}
          >
            {t('staff:team.remove', undefined, locale)}
          </button>
        </li>
      ))}
    </ul>
  );
}

function AddForm({
  slug,
  locale,
  onAdded,
}: {
  slug: string;
  locale: Locale;
  onAdded: (team: TeamMember[], email: string) => void;
}) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<TeamRole>('organizer');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  function showErrors(fields: Record<string, string>) {
    setErrors(fields);
    const first = Object.keys(fields)[0];
    if (first) document.getElementById(fieldIds(first).id)?.focus();
  }

  async function submit(e: Event) {
    e.preventDefault();
    const checked = validate(TeamAddSchema, { email, role }, locale);
    if (!checked.ok)
      return showErrors(
        Object.fromEntries(checked.errors.map((issue) => [issue.path, issue.message])),
      );
    setErrors({});
    setBusy(true);
    try {
      onAdded(
        await addTeamMember(slug, checked.value.email, checked.value.role),
        checked.value.email,
      );
      setEmail('');
    } catch (err) {
      const refusal = refusalOf(err, locale);
      if (Object.keys(refusal.fields).length > 0) showErrors(refusal.fields);
      else setErrors({ email: refusal.text });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="stack" method="post" noValidate onSubmit={submit}>
      <TextField
        name="email"
        type="email"
        autocomplete="off"
        dir="ltr"
        required
        label={t('staff:team.email', undefined, locale)}
        value={email}
        onValue={setEmail}
        error={errors.email}
      />
      <ChoiceGroup
        name="role"
        type="radio"
        legend={t('staff:team.role', undefined, locale)}
        choices={TEAM_ROLES.map((r) => ({
          value: r,
          label: t(`staff:team.role.${r}`, undefined, locale),
        }))}
        selected={role}
        onChange={(v) => setRole(v as TeamRole)}
        error={errors.role}
      />
      <p>
        <button type="submit" class="button" disabled={busy}>
          {t(busy ? 'staff:team.adding' : 'staff:team.add', undefined, locale)}
        </button>
      </p>
    </form>
  );
}
