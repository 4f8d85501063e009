// Every proposal of the programme with its meeting, workshop, fate and explanation, narrowed by
// meeting, fate and institution and searched as one types.
import { useMemo, useState } from 'preact/hooks';
import { PROPOSAL_STATUSES, type Locale, type ProposalStatus } from '../../../shared/enums';
import type { ProgrammeView } from '../../../shared/api/programmes';
import type { ProgrammeProposal } from '../../../shared/api/programmes';
import { t, pickText } from '../../i18n';
import LocalText from '../../components/LocalText';
import { NO_FILTER, filterProposals, institutionsOf, type ProposalFilter } from './proposalFilter';
import styles from './Programme.module.css';

interface Props {
  programme: ProgrammeView;
  proposals: ProgrammeProposal[];
  locale: Locale;
}

export function ProposalList({ programme, proposals, locale }: Props) {
  const [filter, setFilter] = useState<ProposalFilter>(NO_FILTER);
  const shown = useMemo(() => filterProposals(proposals, filter), [proposals, filter]);
  const institutions = useMemo(() => institutionsOf(proposals, locale), [proposals, locale]);
  const meetings = new Map(programme.meetings.map((m) => [m.slug, m]));
  const set = (patch: Partial<ProposalFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const workshopTitle = (p: ProgrammeProposal) =>
    meetings.get(p.meetingSlug)?.workshops.find((w) => w.id === p.workshopId)?.title;

  return (
    <section class="stack" aria-labelledby="proposals-title">
      <h2 id="proposals-title">{t('programme:proposals', undefined, locale)}</h2>
      <p>{t('programme:proposalsIntro', undefined, locale)}</p>
      <form class={styles.filters} role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('programme:search', undefined, locale)}
          <input
            type="search"
            name="q"
            value={filter.query}
            onInput={(e) => set({ query: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('programme:filterMeeting', undefined, locale)}
          <select
            name="meeting"
            value={filter.meeting}
            onChange={(e) => set({ meeting: e.currentTarget.value })}
          >
            <option value="">{t('programme:all', undefined, locale)}</option>
            {programme.meetings.map((m) => (
              <option key={m.slug} value={m.slug}>
                {pickText(m.title, locale).value}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('programme:filterStatus', undefined, locale)}
          <select
            name="status"
            value={filter.status}
            onChange={(e) => set({ status: e.currentTarget.value as ProposalStatus | '' })}
          >
            <option value="">{t('programme:all', undefined, locale)}</option>
            {PROPOSAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`programme:status.${s}`, undefined, locale)}
              </option>
            ))}
          </select>
        </label>
        {institutions.length > 0 && (
          <label>
            {t('programme:filterInstitution', undefined, locale)}
            <select
              name="institution"
              value={filter.institution}
              onChange={(e) => set({ institution: e.currentTarget.value })}
            >
              <option value="">{t('programme:all', undefined, locale)}</option>
              {institutions.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
      </form>
      <p role="status" data-shown={shown.length}>
        {shown.length === 0
          ? t('programme:none', undefined, locale)
          : t('programme:shown', { n: shown.length, total: proposals.length }, locale)}
      </p>
      <ul class={styles.proposals}>
        {shown.map((p) => {
          const meeting = meetings.get(p.meetingSlug);
          const workshop = workshopTitle(p);
          return (
            <li key={p.id} class={styles.proposal} data-proposal={p.id}>
              <p class={styles.proposalText}>{p.text}</p>
              <p class={styles.origin}>
                {meeting && <LocalText text={meeting.title} locale={locale} />}
                {workshop && (
                  <>
                    {' — '}
                    {t('programme:workshop', undefined, locale)}:{' '}
                    <LocalText text={workshop} locale={locale} />
                  </>
                )}
              </p>
              <p>
                <span class={styles.status} data-status={p.status}>
                  {t(`programme:status.${p.status}`, undefined, locale)}
                </span>
                {p.institution && (
                  <span>
                    {' '}
                    — {t('programme:institution', undefined, locale)}: {p.institution}
                  </span>
                )}
              </p>
              {p.explanation && (
                <p>
                  <strong>{t('programme:explanation', undefined, locale)}:</strong> {p.explanation}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
