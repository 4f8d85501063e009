// After "Send": where the feedback is (saved on the phone → sent), kept up to date by the write queue,
// with what to do if the server refused it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { FeedbackAnswer } from '../../../shared/api/feedback';
import { followFeedback } from '../../actions/feedback/followFeedback';
import { useOnline } from '../../actions/queue/useOnline';
import type { QueuedWrite, ProblemBody } from '../../store/types';
import styles from './Feedback.module.css';
import { t, type WordOf } from '../../i18n';

interface Props {
  id: string;
  slug: string;
  locale: Locale;
  onFix: (problem: ProblemBody) => void;
  onAnonymous: () => void;
  onAnother: () => void;
}

function stateKey(entry: QueuedWrite | undefined, online: boolean): WordOf<'feedback'> {
  if (!entry || entry.state === 'waiting')
    return online && (entry?.attempts ?? 0) === 0 ? 'result.waiting' : 'result.waitingOffline';
  return `result.${entry.state}`;
}

export default function Sent({ id, slug, locale, onFix, onAnonymous, onAnother }: Props) {
  const [entry, setEntry] = useState<QueuedWrite | undefined>();
  const online = useOnline();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => followFeedback(id, setEntry), [id]);
  useEffect(() => headingRef.current?.focus(), []);

  const refused = entry?.state === 'refused';
  const problem = (refused ? entry.response?.body : undefined) as ProblemBody | undefined;
  const answer =
    entry?.state === 'sent' ? (entry.response?.body as FeedbackAnswer | undefined) : undefined;
  const published = answer?.proposals.length ?? 0;
  const proposalsPage = `/m/${encodeURIComponent(slug)}/proposals`;

  return (
    <section class={`${styles.result} stack`} aria-labelledby="result-title">
      <h2 id="result-title" tabIndex={-1} ref={headingRef}>
        {t('feedback:thanks', undefined, locale)}
      </h2>
      {/* One polite live region: "sent" is read out when it happens. */}
      <p
        role="status"
        class={refused ? 'notice notice--error' : 'notice'}
        data-state={entry?.state ?? 'waiting'}
      >
        {t(`feedback:${stateKey(entry, online)}`, undefined, locale)}
        {refused && problem?.title && <> {problem.title}</>}
      </p>
      {refused && problem?.errors && problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((e) => (
            <li key={e.path}>{e.message}</li>
          ))}
        </ul>
      )}
      {published > 0 && <p>{t('feedback:proposalsPublished', { n: published }, locale)}</p>}
      <div class="row">
        {refused && problem?.code === 'unauthorized' && (
          <button type="button" class="button" onClick={onAnonymous}>
            {t('feedback:sendAnonymously', undefined, locale)}
          </button>
        )}
        {refused && problem?.code !== 'unauthorized' && (
          <button type="button" class="button" onClick={() => onFix(problem ?? {})}>
            {t('feedback:fixAndResend', undefined, locale)}
          </button>
        )}
        <button type="button" class="button button--secondary" onClick={onAnother}>
          {t('feedback:another', undefined, locale)}
        </button>
        <a href={proposalsPage}>{t('feedback:seeProposals', undefined, locale)}</a>
      </div>
    </section>
  );
}
