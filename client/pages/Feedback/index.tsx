// "/m/:slug/feedback": the feedback form the venue's QR poster and the post-meeting e-mail open.
// No account; usable offline once the meeting was seen on this phone; kept here and sent by
// the write queue. On-site or post-meeting as the link says, else by the meeting's end.
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { MeetingView } from '../../../shared/api/meetings';
import { dropFeedback } from '../../actions/feedback/dropFeedback';
import { newFeedbackId } from '../../actions/feedback/sendFeedback';
import { loadMeetingOrLastSeen } from '../../actions/meetings/loadMeetingOrLastSeen';
import { useDraft } from '../../app/drafts';
import { t, pickText } from '../../i18n';
import { usePageTitle } from '../../app/pageTitle';
import { useRemote } from '../../app/useRemote';
import LoadError from '../../components/LoadError';
import RetryNotice from '../../components/RetryNotice';
import Loading from '../../components/Loading';
import LocalText from '../../components/LocalText';
import type { ProblemBody } from '../../store/types';
import FeedbackForm from './FeedbackForm';
import {
  emptyValues,
  errorsByField,
  isBlankFeedback,
  kindFor,
  type FeedbackValues,
  type FieldErrors,
} from './form';
import Sent from './Sent';
import styles from './Feedback.module.css';

export default function Feedback({ slug, locale }: { slug: string; locale: Locale }) {
  const [load, retry] = useRemote((signal) => loadMeetingOrLastSeen(slug, signal), [slug]);
  const meeting = load.status === 'done' && 'meeting' in load.data ? load.data.meeting : null;
  const title = t('feedback:pageTitle', undefined, locale);
  usePageTitle(
    meeting
      ? `${title} — ${pickText(meeting.title, locale).value}`
      : load.status === 'loading'
        ? null
        : title,
  );

  if (load.status === 'loading') return <Loading />;
  if (load.status === 'error')
    return <LoadError error={load.error} locale={locale} onRetry={retry} />;
  const result = load.data;
  if (result.kind === 'not-found')
    return <p class="notice notice--error">{t('feedback:notFound', undefined, locale)}</p>;
  if (result.kind === 'offline') {
    return (
      <RetryNotice
        text={t('feedback:offline', undefined, locale)}
        locale={locale}
        onRetry={retry}
      />
    );
  }
  return (
    <FeedbackScreen meeting={result.meeting} cached={result.kind === 'cached'} locale={locale} />
  );
}

function FeedbackScreen({
  meeting,
  cached,
  locale,
}: {
  meeting: MeetingView;
  cached: boolean;
  locale: Locale;
}) {
  const [kind] = useState(() => kindFor(window.location.search, meeting.endsAt, Date.now()));
  const [id, setId] = useState(newFeedbackId);
  const [values, setValues] = useState<FeedbackValues>(emptyValues);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [sentId, setSentId] = useState<string | null>(null);
  // What they type is kept on the phone until it is handed to the write queue: a reload or an update
  // loses nothing.
  const draft = useDraft(`feedback:${meeting.slug}`, values, setValues, isBlankFeedback);

  const startOver = (keep: FeedbackValues, errors: FieldErrors, refused = false) => {
    // A refusal that has been read leaves the queue; anything else stays until it is sent.
    if (sentId && refused) void dropFeedback(sentId);
    setValues(keep);
    setServerErrors(errors);
    setId(newFeedbackId()); // a new attempt is a new record: the refused id may be known to the server
    setSentId(null);
  };

  return (
    <article class={`${styles.page} stack`} aria-labelledby="feedback-title">
      <header>
        <p class={styles.kicker}>{t(`feedback:kind.${kind}`, undefined, locale)}</p>
        <h1 id="feedback-title">{t('feedback:pageTitle', undefined, locale)}</h1>
        <LocalText as="p" class={styles.meeting} text={meeting.title} locale={locale} />
      </header>
      {cached && <p class="notice">{t('feedback:cached', undefined, locale)}</p>}
      {sentId ? (
        <Sent
          id={sentId}
          slug={meeting.slug}
          locale={locale}
          onFix={(problem: ProblemBody) =>
            startOver(values, errorsByField(problem.errors ?? []), true)
          }
          onAnonymous={() => startOver({ ...values, linkTo: '' }, {}, true)}
          onAnother={() => startOver(emptyValues(), {})}
        />
      ) : (
        <>
          <p>{t('feedback:intro', undefined, locale)}</p>
          {draft.restored && (
            <div class="notice row" role="status" data-draft-restored>
              <p>{t('feedback:draftRestored', undefined, locale)}</p>
              <button
                type="button"
                class="button button--secondary"
                onClick={() => {
                  draft.discard();
                  startOver(emptyValues(), {});
                }}
              >
                {t('feedback:draftClear', undefined, locale)}
              </button>
            </div>
          )}
          <FeedbackForm
            key={id}
            meeting={meeting}
            locale={locale}
            kind={kind}
            id={id}
            values={values}
            onValues={setValues}
            serverErrors={serverErrors}
            onSaved={(saved) => {
              draft.discard();
              setSentId(saved);
            }}
          />
        </>
      )}
      <p class="row">
        <a href={`/m/${encodeURIComponent(meeting.slug)}/proposals`}>
          {t('feedback:seeProposals', undefined, locale)}
        </a>
        <a href={`/m/${encodeURIComponent(meeting.slug)}`}>
          {t('feedback:meetingPage', undefined, locale)}
        </a>
      </p>
    </article>
  );
}
