// Where the request is: saved on the phone (with the answer worked out here), sent (with the
// server's answer and, later, the committee's decision), or refused (with the server's reason).
import type { Locale } from '../../../shared/enums';
import type { SupportList, SupportRequestInput } from '../../../shared/schemas/support';
import type { SupportRequestView } from '../../../shared/api/support';
import { supportEligibility, type SupportSetting } from '../../../shared/support';
import type { QueuedWrite, ProblemBody } from '../../store/types';
import EligibilityAnswer from './EligibilityAnswer';
import styles from './Support.module.css';
import { t } from '../../i18n';

interface Props {
  locale: Locale;
  setting: SupportSetting;
  entry?: QueuedWrite;
  server: SupportRequestView | null;
  homeProvince?: string;
  onChange: () => void;
  onDismiss: (entryId: string) => void;
}

function asked(body: { travel: boolean; lodging: boolean }): SupportList[] {
  return (['travel', 'lodging'] as const).filter((list) => body[list]);
}

/** The newest of what the server said at page load and what it answered the last send. */
function latestServerCopy(
  entry: QueuedWrite | undefined,
  server: SupportRequestView | null,
): SupportRequestView | null {
  const answered =
    entry?.state === 'sent' ? (entry.response?.body as SupportRequestView | undefined) : undefined;
  if (!answered || typeof answered !== 'object' || !answered.eligibility) return server;
  return server && server.updatedAt > answered.updatedAt ? server : answered;
}

export default function RequestStatus({
  locale,
  setting,
  entry,
  server,
  homeProvince,
  onChange,
  onDismiss,
}: Props) {
  const pending = entry && (entry.state === 'waiting' || entry.state === 'sending');
  const refused = entry?.state === 'refused';
  const copy = pending || refused ? null : latestServerCopy(entry, server);
  if (!pending && !refused && !copy) return null;

  let message: string;
  let answers;
  let decisions;
  if (copy) {
    message = t(
      copy.status === 'withdrawn' ? 'support:withdrawn' : 'support:received',
      undefined,
      locale,
    );
    answers = Object.fromEntries(asked(copy).map((l) => [l, copy.eligibility[l]]));
    decisions = Object.fromEntries(asked(copy).map((l) => [l, copy.decision[l]]));
  } else {
    const body = (entry as QueuedWrite).body as SupportRequestInput;
    const local = supportEligibility(
      setting,
      body.departureProvinceCode ?? homeProvince ?? '',
      locale,
    );
    answers = Object.fromEntries(asked(body).map((l) => [l, local[l]]));
    const problem = (entry as QueuedWrite).response?.body as ProblemBody | undefined;
    message = refused
      ? `${t('support:refused', undefined, locale)}: ${problem?.detail ?? problem?.title ?? ''}`
      : t(entry?.state === 'sending' ? 'support:sending' : 'support:waiting', undefined, locale);
  }

  return (
    <section class={`${styles.status} stack`} aria-labelledby="support-status-title">
      <h2 id="support-status-title">{t('support:yourRequest', undefined, locale)}</h2>
      <p role="status" class={refused ? 'notice notice--error' : 'notice'}>
        {message}
      </p>
      <EligibilityAnswer answers={answers} decisions={decisions} locale={locale} />
      {Object.keys(answers).length > 0 && (
        <p class={styles.muted}>{t('support:budgetNote', undefined, locale)}</p>
      )}
      <div class="row">
        <button type="button" class="button button--secondary" onClick={onChange}>
          {t('support:change', undefined, locale)}
        </button>
        {refused && entry && (
          <button
            type="button"
            class="button button--secondary"
            onClick={() => onDismiss(entry.id)}
          >
            {t('support:dismiss', undefined, locale)}
          </button>
        )}
      </div>
    </section>
  );
}
