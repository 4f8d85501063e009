// The desk's state in a few lines: how fresh the roster is (and that the desk works offline),
// what waits to be sent, a refusal to act on (a lapsed session), and this desk's name.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { MeetingView } from '../../../shared/api/meetings';
import { TextField } from '../../components/Field';
import { loginAddress } from '../../components/StaffGate';
import type { Desk } from '../../desk/actions/desk';
import { MAX_LABEL_LENGTH, deskLabelOf } from '../../desk/deskIdentity';
import styles from './CheckinDesk.module.css';
import { clockOf } from './verdictText';
import { t } from '../../i18n';

interface Props {
  locale: Locale;
  desk: Desk;
  meeting: MeetingView | null;
  onRefresh: () => void;
  onRetry: () => void;
  onRename: (label: string) => void;
  onWiped: (deviceId: string | null) => void;
}

function rosterLine(locale: Locale, desk: Desk, meeting: MeetingView | null): string {
  const time = desk.copy ? clockOf(desk.copy.generatedAt, meeting) : '';
  switch (desk.problem) {
    case 'signed-out':
      return t('staffDesk:roster.signedOut', undefined, locale);
    case 'forbidden':
      return t('staffDesk:roster.forbidden', undefined, locale);
    case 'not-found':
      return t('staffDesk:roster.notFound', undefined, locale);
    case 'storage':
      return t('staffDesk:roster.storage', undefined, locale);
    case 'network':
      return desk.copy
        ? t('staffDesk:roster.offline', { time }, locale)
        : t('staffDesk:roster.offlineNone', undefined, locale);
  }
  if (!desk.copy)
    return t(
      desk.refreshing ? 'staffDesk:roster.loading' : 'staffDesk:roster.none',
      undefined,
      locale,
    );
  return t('staffDesk:roster.fresh', { n: desk.index.size, time }, locale);
}

export default function DeskStatus(props: Props) {
  const { locale, desk, meeting, onRefresh, onRetry, onRename, onWiped } = props;
  const [label, setLabel] = useState(desk.identity.label);
  // The desk's identity is read from the device after the first paint.
  useEffect(() => setLabel(desk.identity.label), [desk.identity.label]);
  const warn = desk.problem !== null && desk.problem !== 'network';
  return (
    <div class={styles.status}>
      <p class={warn ? styles.problem : undefined} data-roster={desk.copy ? 'stored' : 'none'}>
        {rosterLine(locale, desk, meeting)}{' '}
        <button
          type="button"
          class={styles.linkButton}
          onClick={onRefresh}
          disabled={desk.refreshing}
        >
          {t('staffDesk:roster.refresh', undefined, locale)}
        </button>
      </p>
      <p
        role="status"
        data-waiting={desk.waiting}
        class={desk.waiting > 0 ? styles.unsent : undefined}
      >
        {desk.waiting > 0
          ? t('staffDesk:sync.waiting', { n: desk.waiting }, locale)
          : desk.checkins.length > 0
            ? t('staffDesk:sync.allSent', undefined, locale)
            : ''}
      </p>
      {desk.refusedIds.length > 0 && (
        <div class="notice notice--error" role="alert">
          <p>{t('staffDesk:sync.refused', { n: desk.refusedItems }, locale)}</p>
          <p class="row">
            <a href={loginAddress(window.location.pathname)}>
              {t('staffDesk:sync.signIn', undefined, locale)}
            </a>
            <button type="button" class="button button--secondary" onClick={onRetry}>
              {t('staffDesk:sync.retry', undefined, locale)}
            </button>
          </p>
        </div>
      )}
      {desk.wiped.length > 0 && (
        <div class="notice notice--error" role="alert" data-wiped>
          <p>
            <strong>{t('staffDesk:wiped.title', undefined, locale)}</strong>
          </p>
          {desk.wiped.map((d) => (
            <div key={d.deviceId}>
              <p>
                {t(
                  'staffDesk:wiped.body',
                  {
                    desk: deskLabelOf(d.deviceId),
                    time: clockOf(d.lastEventAt, meeting),
                    n: d.events,
                  },
                  locale,
                )}
              </p>
              <p>
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => onWiped(d.deviceId)}
                >
                  {t('staffDesk:wiped.same', { desk: deskLabelOf(d.deviceId) }, locale)}
                </button>
              </p>
            </div>
          ))}
          <p>
            <button type="button" class="button button--secondary" onClick={() => onWiped(null)}>
              {t('staffDesk:wiped.new', undefined, locale)}
            </button>
          </p>
        </div>
      )}
      <details class={styles.deskName}>
        <summary>{desk.identity.label}</summary>
        <form
          class={styles.codeForm}
          onSubmit={(e) => {
            e.preventDefault();
            onRename(label);
          }}
        >
          <TextField
            name="deskLabel"
            label={t('staffDesk:desk.name', undefined, locale)}
            hint={t('staffDesk:desk.nameHint', undefined, locale)}
            value={label}
            onValue={setLabel}
            maxLength={MAX_LABEL_LENGTH}
            autocomplete="off"
          />
          <button type="submit" class="button button--secondary">
            {t('staffDesk:desk.save', undefined, locale)}
          </button>
        </form>
      </details>
    </div>
  );
}
