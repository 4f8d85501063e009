// The registration behind a private link: meeting, status, the QR ticket once accepted,
// details and everything else the server holds, and what the person can do (change details,
// cancel, delete from this phone, erase on the server). Changes go through the write queue; focus
// goes where the result is said.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { RegistrationPatch } from '../../../shared/schemas/registration';
import { loadMeetingOrLastSeen } from '../../actions/meetings/loadMeetingOrLastSeen';
import { cancelRegistration } from '../../actions/privateLink/cancelRegistration';
import { dismissRefusal } from '../../actions/privateLink/dismissRefusal';
import { editDetails } from '../../actions/privateLink/editDetails';
import { eraseMyData } from '../../actions/privateLink/eraseMyData';
import { forgetOnThisPhone } from '../../actions/privateLink/forgetOnThisPhone';
import { syncDeviceRecord } from '../../actions/privateLink/localCopy';
import {
  actionToReport,
  isPending,
  withPendingEdits,
  type QueuedAction,
} from '../../actions/privateLink/pendingActions';
import type { ReadyCopy } from '../../actions/privateLink/readRegistration';
import { useOnline } from '../../actions/queue/useOnline';
import { refusalOf } from '../../actions/refusal';
import { useDraftWaiting } from '../../app/drafts';
import { useRemote } from '../../app/useRemote';
import Ticket from '../../components/Ticket';
import { errorsByField } from '../Register/form';
import Actions, { type ActionChoice } from './Actions';
import Confirm from './Confirm';
import Details from './Details';
import MyData from './MyData';
import EditForm from './EditForm';
import { valuesFrom } from './editValues';
import type { LinkAction } from './linkAddress';
import MeetingSummary from './MeetingSummary';
import StatusPanel, { problemOf } from './StatusPanel';
import styles from './PrivateLink.module.css';
import { t } from '../../i18n';

type Mode = 'view' | ActionChoice;

interface Props {
  copy: ReadyCopy;
  fresh: boolean;
  actions: QueuedAction[];
  locale: Locale;
  initialAction: LinkAction | null;
  onForgotten: () => void;
  onErased: () => void;
}

const INTL: Record<Locale, string> = { ar: 'ar-MA-u-nu-latn', fr: 'fr-MA', en: 'en-GB' };

/** When this phone last heard from the server: the phone's own clock, as it shows it. */
function savedAtText(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(
    ms,
  );
}

export default function Manage({
  copy,
  fresh,
  actions,
  locale,
  initialAction,
  onForgotten,
  onErased,
}: Props) {
  const slug = copy.registration.meetingSlug;
  const [meetingLoad] = useRemote((signal) => loadMeetingOrLastSeen(slug, signal), [slug]);
  const meeting =
    meetingLoad.status === 'done' && 'meeting' in meetingLoad.data
      ? meetingLoad.data.meeting
      : null;
  const online = useOnline();
  // Actions this page saw waiting: once sent, "saved" is news worth saying.
  const seenPending = useRef(new Set<string>()).current;
  for (const action of actions) if (isPending(action)) seenPending.add(action.entry.id);
  const { registration, cancelPending } = withPendingEdits(copy.registration, actions);
  const report = actionToReport(actions, seenPending);
  const canChange =
    !cancelPending && ['pending', 'accepted', 'waitlisted'].includes(registration.status);
  const ticket = registration.status === 'accepted' && !cancelPending && registration.ticketToken;
  const [mode, setMode] = useState<Mode>(initialAction && canChange ? initialAction : 'view');
  const [fixing, setFixing] = useState<QueuedAction | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const [eraseProblem, setEraseProblem] = useState<'eraseOffline' | 'eraseFailed' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const progressRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<'heading' | 'progress' | null>(null);
  const access = { id: registration.id, token: copy.token, locale };
  // Changes left half typed (before a reload or an update) open the form again, filled.
  const editDraftWaiting = useDraftWaiting(`edit:${registration.id}`);
  const draftOpened = useRef(false); // once, on opening: "back" must stay back
  useEffect(() => {
    if (!editDraftWaiting || !canChange || draftOpened.current) return;
    draftOpened.current = true;
    setMode((now) => (now === 'view' ? 'edit' : now));
  }, [editDraftWaiting, canChange]);

  useEffect(() => {
    void syncDeviceRecord(copy.registration, copy.token, meeting?.title).catch(() => undefined);
  }, [copy.registration, copy.token, meeting]);

  useEffect(() => {
    if (mode !== 'view' || !focusNext.current) return;
    (focusNext.current === 'progress' ? progressRef : headingRef).current?.focus();
    focusNext.current = null;
  }, [mode]);

  const back = (focus: 'heading' | 'progress') => {
    focusNext.current = focus;
    setFixing(null);
    setMode('view');
  };
  const save = async (patch: RegistrationPatch) => {
    await editDetails(access, patch, fixing?.entry.id);
    back('progress');
  };
  const cancel = async () => {
    setSaveFailed(false);
    try {
      await cancelRegistration(access);
      back('progress');
    } catch (error) {
      console.error('registration cancel: cannot save on this device', error);
      setSaveFailed(true);
    }
  };
  const forget = async () => {
    try {
      await forgetOnThisPhone(registration.id, actions);
      onForgotten();
    } catch (error) {
      // Storage unavailable: the page stays as it is, so nothing claims a deletion that failed.
      console.error('registration: cannot delete from this device', error);
    }
  };
  const erase = async () => {
    setEraseProblem(null);
    try {
      await eraseMyData(access, actions);
      onErased();
    } catch (error) {
      console.error('registration: cannot erase', error);
      setEraseProblem(refusalOf(error, locale).code === 'network' ? 'eraseOffline' : 'eraseFailed');
    }
  };
  const fix = (action: QueuedAction) => {
    setFixing(action);
    setMode('edit');
  };

  return (
    <article class={`${styles.page} stack`} aria-labelledby="registration-title">
      <MeetingSummary meeting={meeting} locale={locale} />
      {!fresh && <p class="notice">{t('registration:cached', undefined, locale)}</p>}
      <p class={styles.muted}>
        {t('registration:lastUpdated', { time: savedAtText(copy.savedAt, locale) }, locale)}
      </p>
      <StatusPanel
        status={registration.status}
        cancelPending={cancelPending}
        report={mode === 'edit' && fixing ? undefined : report}
        online={online}
        locale={locale}
        headingRef={headingRef}
        progressRef={progressRef}
        onDismiss={(action) => void dismissRefusal(action.entry.id)}
        onFix={fix}
      />
      {saveFailed && (
        <p class="notice notice--error" role="alert">
          {t('registration:saveFailed', undefined, locale)}
        </p>
      )}
      {mode === 'edit' ? (
        <EditForm
          registration={registration}
          initial={valuesFrom({ ...registration, ...(fixing?.entry.body as object) })}
          meeting={meeting}
          locale={locale}
          serverErrors={fixing ? errorsByField(problemOf(fixing).errors ?? []) : {}}
          onSave={save}
          onClose={() => back('heading')}
        />
      ) : mode === 'cancel' ? (
        <Confirm
          id="cancel-title"
          title={t('registration:cancelTitle', undefined, locale)}
          confirmLabel={t('registration:cancelConfirm', undefined, locale)}
          keepLabel={t('registration:cancelKeep', undefined, locale)}
          onConfirm={cancel}
          onKeep={() => back('heading')}
        >
          <p>{t('registration:cancelBody', undefined, locale)}</p>
        </Confirm>
      ) : mode === 'erase' ? (
        <Confirm
          id="erase-title"
          title={t('registration:eraseTitle', undefined, locale)}
          confirmLabel={t('registration:eraseConfirm', undefined, locale)}
          keepLabel={t('registration:eraseKeep', undefined, locale)}
          onConfirm={erase}
          onKeep={() => back('heading')}
        >
          <p>{t('registration:eraseBody', undefined, locale)}</p>
          {eraseProblem && (
            <p class="notice notice--error" role="alert">
              {t(`registration:${eraseProblem}`, undefined, locale)}
            </p>
          )}
        </Confirm>
      ) : mode === 'forget' ? (
        <Confirm
          id="forget-title"
          title={t('registration:forgetTitle', undefined, locale)}
          confirmLabel={t('registration:forgetConfirm', undefined, locale)}
          keepLabel={t('registration:forgetKeep', undefined, locale)}
          onConfirm={forget}
          onKeep={() => back('heading')}
        >
          <p>{t('registration:forgetBody', undefined, locale)}</p>
          {actions.some(isPending) && (
            <p class="notice notice--error">{t('registration:forgetUnsent', undefined, locale)}</p>
          )}
        </Confirm>
      ) : (
        <>
          {ticket && (
            <Ticket
              token={ticket}
              code={registration.ticketCode}
              name={registration.fullName}
              locale={locale}
            />
          )}
          <Details registration={registration} meeting={meeting} locale={locale} />
          <MyData registration={registration} meeting={meeting} locale={locale} />
          <Actions id={registration.id} canChange={canChange} locale={locale} onChoose={setMode} />
        </>
      )}
      <p class={styles.muted}>{t('registration:keepPrivate', undefined, locale)}</p>
    </article>
  );
}
