// "/m/:slug/proposals": what became of the proposals collected at a meeting, grouped by the
// workshop where they were born: plain lists, readable on any phone, explanations in full.
import type { Locale } from '../../../shared/enums';
import type { PublicProposal } from '../../../shared/api/feedback';
import type { MeetingView } from '../../../shared/api/meetings';
import { loadMeetingProposals } from '../../actions/meetings/loadMeetingProposals';
import { usePageTitle } from '../../app/pageTitle';
import { useRemote } from '../../app/useRemote';
import LoadError from '../../components/LoadError';
import Loading from '../../components/Loading';
import LocalText from '../../components/LocalText';
import styles from './Proposals.module.css';
import { t } from '../../i18n';

export default function Proposals({ slug, locale }: { slug: string; locale: Locale }) {
  const [load, retry] = useRemote((signal) => loadMeetingProposals(slug, signal), [slug]);
  usePageTitle(load.status === 'loading' ? null : t('proposals:title', undefined, locale));
  if (load.status === 'loading') return <Loading />;
  if (load.status === 'error') {
    return (
      <LoadError
        error={load.error}
        locale={locale}
        onRetry={retry}
        notFound={t('proposals:notFound', undefined, locale)}
      />
    );
  }
  const { meeting, proposals } = load.data;
  return <ProposalsPage meeting={meeting} proposals={proposals} locale={locale} />;
}

interface Group {
  id: string;
  title: MeetingView['title'] | string;
  items: PublicProposal[];
}

/** The meeting's workshops in their order, then proposals tied to no workshop. */
function groupsOf(meeting: MeetingView, proposals: PublicProposal[], locale: Locale): Group[] {
  const workshops = meeting.workshops ?? [];
  const known = new Set(workshops.map((w) => w.id));
  const groups: Group[] = workshops.map((w) => ({
    id: w.id,
    title: w.title,
    items: proposals.filter((p) => p.workshopId === w.id),
  }));
  groups.push({
    id: '',
    title: t('proposals:general', undefined, locale),
    items: proposals.filter((p) => !p.workshopId || !known.has(p.workshopId)),
  });
  return groups.filter((g) => g.items.length > 0);
}

function ProposalsPage({
  meeting,
  proposals,
  locale,
}: {
  meeting: MeetingView;
  proposals: PublicProposal[];
  locale: Locale;
}) {
  const base = `/m/${encodeURIComponent(meeting.slug)}`;
  return (
    <article class={`${styles.page} stack`} aria-labelledby="proposals-title">
      <header>
        <h1 id="proposals-title">{t('proposals:title', undefined, locale)}</h1>
        <LocalText as="p" class={styles.meeting} text={meeting.title} locale={locale} />
      </header>
      <p>{t('proposals:intro', undefined, locale)}</p>
      <p>
        {proposals.length === 0
          ? t('proposals:empty', undefined, locale)
          : t('proposals:count', { n: proposals.length }, locale)}
      </p>
      {groupsOf(meeting, proposals, locale).map((group) => (
        <section key={group.id} class="stack" aria-labelledby={`group-${group.id || 'general'}`}>
          <LocalText
            as="h2"
            id={`group-${group.id || 'general'}`}
            text={group.title}
            locale={locale}
          />
          <ul class={styles.list}>
            {group.items.map((p) => (
              <li key={p.id} class={styles.item}>
                <p class={styles.text}>{p.text}</p>
                <p class={styles.fate}>
                  <span class="visually-hidden">{t('proposals:status', undefined, locale)}: </span>
                  <span class={styles.status} data-status={p.status}>
                    {t(`proposals:status.${p.status}`, undefined, locale)}
                  </span>
                  {p.institution && (
                    <span>
                      {' '}
                      — {t('proposals:institution', undefined, locale)}: {p.institution}
                    </span>
                  )}
                </p>
                {p.explanation && (
                  <p class={styles.explanation}>
                    <strong>{t('proposals:explanation', undefined, locale)}:</strong>{' '}
                    {p.explanation}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p class="row">
        <a class="button" href={`${base}/feedback`}>
          {t('proposals:giveFeedback', undefined, locale)}
        </a>
        <a href={base}>{t('proposals:meetingPage', undefined, locale)}</a>
      </p>
    </article>
  );
}
