// The desk's state in a few lines: how fresh the roster is (and that the desk works offline),
// what waits to be sent, a refusal to act on (a lapsed session), and this desk's name.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { Meeting } from '../../api/meetings';
import { TextField } from '../../components/Field';
import { loginAddress } from '../../components/StaffGate';
import type { Desk } from '../../desk/actions/desk';
import { MAX_LABEL_LENGTH, deskLabelOf } from '../../desk/deskIdentity';
import styles from './CheckinDesk.module.css';
import { dt } from './messages';
import { clockOf } from './verdictText';

interface Props {
  locale: Locale;
  desk: Desk;
  meeting: Meeting | null;
  onRefresh: () => void;
  onRetry: () => void;
  onRename: (label: string) => void;
  onWiped: (deviceId: string | null) => void;
}

function rosterLine(locale: Locale, desk: Desk, meeting: Meeting | null): string {
  const time = desk.copy ? clockOf(desk.copy.generatedAt, meeting) : '';
  switch (desk.problem) {
    case 'signed-out':
      return dt(locale, 'roster.signedOut');
    case 'forbidden':
      return dt(locale, 'roster.forbidden');
    case 'not-found':
      return dt(locale, 'roster.notFound');
    case 'storage':
      return dt(locale, 'roster.storage');
    case 'network':
      return desk.copy ? dt(locale, 'roster.offline', { time }) : dt(locale, 'roster.offlineNone');
  }
  if (!desk.copy) return dt(locale, desk.refreshing ? 'roster.loading' : 'roster.none');
  return dt(locale, 'roster.fresh', { n: desk.index.size, time });
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
          {dt(locale, 'roster.refresh')}
        </button>
      </p>
      <p
        role="status"
        data-waiting={desk.waiting}
        class={desk.waiting > 0 ? styles.unsent : undefined}
      >
        {desk.waiting > 0
          ? dt(locale, 'sync.waiting', { n: desk.waiting })
          : desk.checkins.length > 0
            ? dt(locale, 'sync.allSent')
            : ''}
      </p>
      {desk.refusedIds.length > 0 && (
        <div class="notice notice--error" role="alert">
          <p>{dt(locale, 'sync.refused', { n: desk.refusedItems })}</p>
          <p class="row">
            <a href={loginAddress(window.location.pathname)}>{dt(locale, 'sync.signIn')}</a>
            <button type="button" class="button button--secondary" onClick={onRetry}>
              {dt(locale, 'sync.retry')}
            </button>
          </p>
        </div>
      )}
      {desk.wiped.length > 0 && (
        <div class="notice notice--error" role="alert" data-wiped>
          <p>
            <strong>{dt(locale, 'wiped.title')}</strong>
          </p>
          {desk.wiped.map((d) => (
            <div key={d.deviceId}>
              <p>
                {dt(locale, 'wiped.body', {
                  desk: deskLabelOf(d.deviceId),
                  time: clockOf(d.lastEventAt, meeting),
                  n: d.events,
                })}
              </p>
              <p>
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => onWiped(d.deviceId)}
                >
                  {dt(locale, 'wiped.same', { desk: deskLabelOf(d.deviceId) })}
                </button>
              </p>
            </div>
          ))}
          <p>
            <button type="button" class="button button--secondary" onClick={() => onWiped(null)}>
              {dt(locale, 'wiped.new')}
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
            label={dt(locale, 'desk.name')}
            hint={dt(locale, 'desk.nameHint')}
            value={label}
            onValue={setLabel}
            maxLength={MAX_LABEL_LENGTH}
            autocomplete="off"
          />
          <button type="submit" class="button button--secondary">
            {dt(locale, 'desk.save')}
          </button>
        </form>
      </details>
    </div>
  );
}
