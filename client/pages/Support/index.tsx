// "/r/:id/support": a participant asks for travel and/or lodging support. Works offline: the
// answer is worked out on the phone with the shared rule, the request waits in the write queue.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { SupportRequestInput } from '../../../shared/schemas/support';
import {
  acceptedOnlyReason,
  supportRequestAllowed,
  supportSettingOf,
} from '../../../shared/support';
import { useDraftWaiting } from '../../app/drafts';
import { usePageTitle } from '../../app/pageTitle';
import { useRemote } from '../../app/useRemote';
import Loading from '../../components/Loading';
import LocalText from '../../components/LocalText';
import type { QueuedWrite } from '../../store/types';
import { dismissRefusal } from '../../actions/support/dismissRefusal';
import { followMyRequest } from '../../actions/support/followMyRequest';
import { loadSupportScreen, type SupportContext } from '../../actions/support/loadSupportScreen';
import { requestSupport } from '../../actions/support/requestSupport';
import { takeTokenFromAddress } from '../../actions/support/takeTokenFromAddress';
import RequestForm, { type FormStart } from './RequestForm';
import RequestStatus from './RequestStatus';
import styles from './Support.module.css';
import { t } from '../../i18n';

export default function SupportPage({ id, locale }: { id: string; locale: Locale }) {
  const [hashToken] = useState(takeTokenFromAddress);
  const [load, retry] = useRemote(
    (signal) => loadSupportScreen(id, hashToken, locale, signal),
    [id, locale],
  );
  usePageTitle(load.status === 'loading' ? null : t('support:title', undefined, locale));

  if (load.status === 'loading') return <Loading />;
  const ctx: SupportContext = load.status === 'done' ? load.data : { kind: 'offline' };
  if (ctx.kind !== 'ready') {
    const key = ctx.kind === 'no-link' ? 'noLink' : ctx.kind === 'invalid' ? 'invalid' : 'offline';
    return (
      <section class={`${styles.page} stack`} aria-labelledby="support-title">
        <h1 id="support-title">{t('support:title', undefined, locale)}</h1>
        <p class="notice notice--error">{t(`support:${key}`, undefined, locale)}</p>
        <div class="row">
          {key === 'offline' && (
            <button type="button" class="button" onClick={retry}>
              {t('support:retry', undefined, locale)}
            </button>
          )}
          <a href="/me">{t('support:back', undefined, locale)}</a>
        </div>
      </section>
    );
  }
  return <SupportScreen ctx={ctx} locale={locale} />;
}

function SupportScreen({
  ctx,
  locale,
}: {
  ctx: Extract<SupportContext, { kind: 'ready' }>;
  locale: Locale;
}) {
  // null until the write queue has been read once.
  const [mine, setMine] = useState<{ entry: QueuedWrite | undefined } | null>(null);
  const [editing, setEditing] = useState(false);
  useEffect(() => followMyRequest(ctx.id, (entry) => setMine({ entry })), [ctx.id]);
  const draftKey = `support:${ctx.id}`;
  // A change left half typed (before a reload or an update) opens the form again, filled.
  const draftWaiting = useDraftWaiting(draftKey);
  useEffect(() => {
    if (draftWaiting) setEditing(true);
  }, [draftWaiting]);
  const setting = supportSettingOf(ctx.meeting);
  const policy = setting.policy;
  const entry = mine?.entry;
  const hasRequest = Boolean(entry || ctx.request);
  const offered = Boolean(policy?.travel.enabled || policy?.lodging.enabled);
  const allowed = policy ? supportRequestAllowed(policy, ctx.registration.status) : false;

  const last = (entry?.body as SupportRequestInput | undefined) ?? ctx.request ?? undefined;
  const start: FormStart = {
    travel: last?.travel ?? false,
    lodging: last?.lodging ?? false,
    departureProvinceCode: last?.departureProvinceCode ?? ctx.registration.provinceCode ?? '',
    nights: last?.nights ?? policy?.lodging.nights ?? 1,
    note: last?.note ?? '',
  };
  const submit = (body: SupportRequestInput) => {
    const replaces = entry?.state === 'refused' ? entry.id : undefined;
    void requestSupport({ id: ctx.id, token: ctx.token, locale }, body, replaces).then(() =>
      setEditing(false),
    );
  };

  return (
    <article class={`${styles.page} stack`} aria-labelledby="support-title">
      <header>
        {ctx.registration.fullName && <p class={styles.kicker}>{ctx.registration.fullName}</p>}
        <h1 id="support-title">{t('support:title', undefined, locale)}</h1>
        <LocalText as="p" text={ctx.meeting.title} locale={locale} />
      </header>
      {!ctx.fresh && <p class="notice">{t('support:cached', undefined, locale)}</p>}
      {!offered ? (
        <p class="notice">{t('support:noSupport', undefined, locale)}</p>
      ) : !allowed ? (
        <p class="notice">{acceptedOnlyReason(locale)}</p>
      ) : (
        <>
          <p>{t('support:intro', undefined, locale)}</p>
          <p>
            {t(
              'support:policy',
              {
                travel: policy?.travel.minDistanceKm ?? 0,
                lodging: policy?.lodging.minDistanceKm ?? 0,
              },
              locale,
            )}
          </p>
          {mine === null ? (
            <Loading />
          ) : hasRequest && !editing ? (
            <RequestStatus
              locale={locale}
              setting={setting}
              entry={entry}
              server={ctx.request}
              homeProvince={ctx.registration.provinceCode}
              onChange={() => setEditing(true)}
              onDismiss={(entryId) => void dismissRefusal(entryId)}
            />
          ) : (
            <RequestForm
              locale={locale}
              setting={setting}
              start={start}
              canWithdraw={hasRequest}
              draftKey={draftKey}
              onSubmit={submit}
            />
          )}
        </>
      )}
      <p>
        <a href="/me">{t('support:back', undefined, locale)}</a>
      </p>
    </article>
  );
}
