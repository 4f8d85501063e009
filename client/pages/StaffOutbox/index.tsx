// "/staff/m/:slug/outbox": the organizer's view of a meeting's e-mails and SMS: who no channel
// reaches, sent / queued / failed counts, reminders to queue, every message with why it failed,
// resending a failed one, and (embedded defaults) reading a sent one. Results of actions are
// read out by one live region.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { ReminderRequest } from '../../../shared/schemas/outbox';
import type { OutboxItem, OutboxList } from '../../../shared/api/outbox';
import { loadMeeting } from '../../actions/staff/loadMeeting';
import { loadOutbox } from '../../actions/outbox/loadOutbox';
import { loadUnreachable } from '../../actions/outbox/loadUnreachable';
import { resendMessage } from '../../actions/outbox/resendMessage';
import { refusalOf } from '../../actions/refusal';
import { usePageTitle } from '../../app/pageTitle';
import { useRemote } from '../../app/useRemote';
import Loading from '../../components/Loading';
import LocalText from '../../components/LocalText';
import StaffGate from '../../components/StaffGate';
import Counts from './Counts';
import { countByStatus } from './mailCounts';
import { meetingClock } from './format';
import { MAIL_COPY, SMS_COPY } from './messageKinds';
import MessageViewer from './MessageViewer';
import OutboxTable from './OutboxTable';
import RemindersForm from './RemindersForm';
import Unreachable from './Unreachable';
import styles from './StaffOutbox.module.css';
import { t } from '../../i18n';

export default function StaffOutbox({ slug, locale }: { slug: string; locale: Locale }) {
  return (
    <StaffGate locale={locale} role="organizer">
      {() => <Screen slug={slug} locale={locale} />}
    </StaffGate>
  );
}

type Notice = { tone: 'ok' | 'error'; text: string } | null;

/** The list, read again after each action; a failed re-read keeps the last one on screen. */
function useOutbox(slug: string, locale: Locale) {
  const [list, setList] = useState<OutboxList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    loadOutbox(slug, locale, abort.signal).then(
      (next) => {
        setList(next);
        setError(null);
      },
      (err: unknown) => !abort.signal.aborted && setError(err),
    );
    return () => abort.abort();
  }, [slug, locale, version]);
  return { list, error, reload: () => setVersion((n) => n + 1) };
}

function Screen({ slug, locale }: { slug: string; locale: Locale }) {
  const [meeting, retryMeeting] = useRemote((signal) => loadMeeting(slug, signal), [slug]);
  const { list, error, reload } = useOutbox(slug, locale);
  const [unreachable] = useRemote((signal) => loadUnreachable(slug, locale, signal), [slug, list]);
  const [notice, setNotice] = useState<Notice>(null);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [reading, setReading] = useState<OutboxItem | null>(null);
  usePageTitle(t('staffOutbox:title', undefined, locale));
  const back = `/staff/m/${encodeURIComponent(slug)}`;

  const failed = meeting.status === 'error' ? meeting.error : list ? null : error;
  /** Why an intent failed: the server's own words, else the screen's fallback word. */
  const reasonOf = (err: unknown, fallback: 'network' | 'loadFailed' = 'network') => {
    const refusal = refusalOf(err, locale);
    return refusal.unreachable ? t(`staffOutbox:${fallback}`, undefined, locale) : refusal.text;
  };
  if (failed) {
    return (
      <section class="stack" aria-labelledby="outbox-title">
        <h1 id="outbox-title">{t('staffOutbox:title', undefined, locale)}</h1>
        <p class="notice notice--error" role="alert">
          {reasonOf(failed, 'loadFailed')}
        </p>
        <p class="row">
          <button
            type="button"
            class="button"
            onClick={() => {
              retryMeeting();
              reload();
            }}
          >
            {t('staffOutbox:retry', undefined, locale)}
          </button>
          <a href={back}>{t('staffOutbox:back', undefined, locale)}</a>
        </p>
      </section>
    );
  }
  if (meeting.status !== 'done' || !list) return <Loading />;
  const startsAt = meeting.data.startsAt;

  const resend = async (item: OutboxItem) => {
    setBusyId(item.id);
    try {
      await resendMessage(slug, item.id);
      setNotice({ tone: 'ok', text: t('staffOutbox:resent', { to: item.to }, locale) });
      reload();
    } catch (err) {
      setNotice({
        tone: 'error',
        text: t('staffOutbox:resendFailed', { reason: reasonOf(err) }, locale),
      });
    } finally {
      setBusyId(null);
    }
  };
  const reminded = (result: { queued: number; at: string }, request: ReminderRequest) => {
    const now = !request.at && !request.daysBefore;
    const when = now
      ? t('staffOutbox:now', undefined, locale)
      : meetingClock(result.at, startsAt, locale);
    const text =
      result.queued > 0
        ? t('staffOutbox:remindersQueued', { n: result.queued, when }, locale)
        : t('staffOutbox:remindersNone', undefined, locale);
    setNotice({ tone: 'ok', text });
    reload();
  };
  const closeViewer = () => {
    const id = reading?.id;
    setReading(null);
    // The row's button is drawn again by then: focus goes back where the person was.
    requestAnimationFrame(() => document.getElementById(`mail-${id}-read`)?.focus());
  };

  return (
    <article class={`${styles.page} stack`} aria-labelledby="outbox-title">
      <header>
        <LocalText as="p" text={meeting.data.title} locale={locale} class={styles.muted} />
        <h1 id="outbox-title">{t('staffOutbox:title', undefined, locale)}</h1>
        <a href={back}>{t('staffOutbox:back', undefined, locale)}</a>
      </header>
      <p>
        {t(list.readable ? 'staffOutbox:introEml' : 'staffOutbox:introSmtp', undefined, locale)}
      </p>
      <p>
        {t(list.smsReadable ? 'staffOutbox:introTxt' : 'staffOutbox:introSmpp', undefined, locale)}
      </p>
      <p
        role="status"
        class={notice ? `notice ${notice.tone === 'error' ? 'notice--error' : ''}` : undefined}
      >
        {notice?.text ?? ''}
      </p>
      {unreachable.status === 'done' && unreachable.data.length > 0 && (
        <Unreachable people={unreachable.data} slug={slug} locale={locale} />
      )}
      <Counts counts={countByStatus(list.items)} locale={locale} />
      <p>
        <button type="button" class="button button--secondary" onClick={reload}>
          {t('staffOutbox:refresh', undefined, locale)}
        </button>
      </p>
      <RemindersForm
        slug={slug}
        locale={locale}
        onQueued={reminded}
        onFailed={(text) => setNotice({ tone: 'error', text })}
      />
      {reading && (
        <MessageViewer
          slug={slug}
          item={reading}
          kind={reading.channel === 'sms' ? SMS_COPY : MAIL_COPY}
          locale={locale}
          onClose={closeViewer}
        />
      )}
      <OutboxTable
        items={list.items}
        readable={list.readable}
        smsReadable={list.smsReadable}
        meetingStartsAt={startsAt}
        locale={locale}
        busyId={busyId}
        onResend={(item) => void resend(item)}
        onRead={setReading}
      />
    </article>
  );
}
