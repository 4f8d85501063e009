// "/m/:slug/proposals": what became of the proposals collected at a meeting, grouped by the
// workshop where they were born: plain lists, readable on any phone, explanations in full.
import type { Locale } from '../../../shared/enums';
import { listProposals, type PublicProposal } from '../../api/feedback';
import { getMeeting, type Meeting } from '../../api/meetings';
import { usePageTitle } from '../../app/pageTitle';
import { useRemote } from '../../app/useRemote';
import LoadError from '../../components/LoadError';
import Loading from '../../components/Loading';
import LocalText from '../../components/LocalText';
import { pt, statusText } from './messages';
import styles from './Proposals.module.css';

export default function Proposals({ slug, locale }: { slug: string; locale: Locale }) {
  const [load, retry] = useRemote(
    (signal) => Promise.all([getMeeting(slug, signal), listProposals(slug, signal)]),
    [slug],
  );
  usePageTitle(load.status === 'loading' ? null : pt(locale, 'title'));
  if (load.status === 'loading') return <Loading />;
  if (load.status === 'error') {
    return (
      <LoadError
        error={load.error}
        locale={locale}
        onRetry={retry}
        notFound={pt(locale, 'notFound')}
      />
    );
  }
  const [meeting, proposals] = load.data;
  return <ProposalsPage meeting={meeting} proposals={proposals} locale={locale} />;
}

interface Group {
  id: string;
  title: Meeting['title'] | string;
  items: PublicProposal[];
}

/** The meeting's workshops in their order, then proposals tied to no workshop. */
function groupsOf(meeting: Meeting, proposals: PublicProposal[], locale: Locale): Group[] {
  const workshops = meeting.workshops ?? [];
  const known = new Set(workshops.map((w) => w.id));
  const groups: Group[] = workshops.map((w) => ({
    id: w.id,
    title: w.title,
    items: proposals.filter((p) => p.workshopId === w.id),
  }));
  groups.push({
    id: '',
    title: pt(locale, 'general'),
    items: proposals.filter((p) => !p.workshopId || !known.has(p.workshopId)),
  });
  return groups.filter((g) => g.items.length > 0);
}

function ProposalsPage({
  meeting,
  proposals,
  locale,
}: {
  meeting: Meeting;
  proposals: PublicProposal[];
  locale: Locale;
}) {
  const base = `/m/${encodeURIComponent(meeting.slug)}`;
  return (
    <article class={`${styles.page} stack`} aria-labelledby="proposals-title">
      <header>
        <h1 id="proposals-title">{pt(locale, 'title')}</h1>
        <LocalText as="p" class={styles.meeting} text={meeting.title} locale={locale} />
      </header>
      <p>{pt(locale, 'intro')}</p>
      <p>
        {proposals.length === 0
          ? pt(locale, 'empty')
          : pt(locale, 'count', { n: proposals.length })}
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
                  <span class="visually-hidden">{pt(locale, 'status')}: </span>
                  <span class={styles.status} data-status={p.status}>
                    {statusText(locale, p.status)}
                  </span>
                  {p.institution && (
                    <span>
                      {' '}
                      — {pt(locale, 'institution')}: {p.institution}
                    </span>
                  )}
                </p>
                {p.explanation && (
                  <p class={styles.explanation}>
                    <strong>{pt(locale, 'explanation')}:</strong> {p.explanation}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p class="row">
        <a class="button" href={`${base}/feedback`}>
          {pt(locale, 'giveFeedback')}
        </a>
        <a href={base}>{pt(locale, 'meetingPage')}</a>
      </p>
    </article>
  );
}
