// The e-mails and SMS of the meeting as a table: recipient, channel, kind, state, attempts,
// when, and why it failed; "Resend" on a failed one, "Read" on a sent one when the server keeps
// a copy.
// Failures come first; long lists show a hundred rows at a time.
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { formatPhone } from '../../../shared/phone';
import type { MailStatus, OutboxItem } from '../../../shared/api/outbox';
import { SelectField } from '../../components/Field';
import { STATUS_ORDER, countByStatus, listOrder } from './mailCounts';
import { meetingClock } from './format';
import styles from './StaffOutbox.module.css';
import TableScroll from '../../components/TableScroll';
import { hasWord, t, type WordOf } from '../../i18n';

const PAGE = 100;

interface Props {
  items: OutboxItem[];
  /** The messages can be read back (.eml files on the server). */
  readable: boolean;
  /** The SMS can be read back (.txt files on the server). */
  smsReadable: boolean;
  meetingStartsAt: string;
  locale: Locale;
  busyId: number | null;
  onResend: (item: OutboxItem) => void;
  onRead: (item: OutboxItem) => void;
}

type Filter = 'all' | MailStatus;

export default function OutboxTable(props: Props) {
  const { items, locale } = props;
  const [filter, setFilter] = useState<Filter>('all');
  const [limit, setLimit] = useState(PAGE);
  const counts = countByStatus(items);
  const shown = listOrder(filter === 'all' ? items : items.filter((i) => i.status === filter));
  const page = shown.slice(0, limit);
  const col = (key: string) =>
    t(`staffOutbox:${`col.${key}` as WordOf<'staffOutbox'>}`, undefined, locale);

  return (
    <section class="stack" aria-labelledby="outbox-list-title">
      <h2 id="outbox-list-title">{t('staffOutbox:listTitle', undefined, locale)}</h2>
      <SelectField
        name="status"
        label={t('staffOutbox:filter', undefined, locale)}
        value={filter}
        onValue={(value) => {
          setFilter(value as Filter);
          setLimit(PAGE);
        }}
        class={styles.filter}
      >
        <option value="all">{t('staffOutbox:filter.all', { n: items.length }, locale)}</option>
        {STATUS_ORDER.map((s) => (
          <option key={s} value={s}>
            {t(`staffOutbox:filter.${s}`, { n: counts[s] }, locale)}
          </option>
        ))}
      </SelectField>
      {items.length === 0 || shown.length === 0 ? (
        <p>
          {t(items.length === 0 ? 'staffOutbox:empty' : 'staffOutbox:noneShown', undefined, locale)}
        </p>
      ) : (
        <TableScroll
          label={t('staffOutbox:caption', { shown: page.length, total: shown.length }, locale)}
          locale={locale}
        >
          <table class="table stacked">
            <caption>
              {t('staffOutbox:caption', { shown: page.length, total: shown.length }, locale)}
            </caption>
            <thead>
              <tr>
                {['to', 'channel', 'kind', 'status', 'attempts', 'when', 'reason', 'actions'].map(
                  (key) => (
                    <th key={key} scope="col">
                      {col(key)}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {page.map((item) => (
                <Row key={item.id} item={item} {...props} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {shown.length > limit && (
        <p>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => setLimit(limit + PAGE)}
          >
            {t('staffOutbox:more', { n: Math.min(PAGE, shown.length - limit) }, locale)}
          </button>
        </p>
      )}
    </section>
  );
}

/** The kind's name; an unknown kind (a newer server) shows as the API names it. */
function kindName(locale: Locale, kind: string): string {
  const key = `staffOutbox:kind.${kind}`;
  return hasWord(key) ? t(key, undefined, locale) : kind;
}

function whenOf(item: OutboxItem): [WordOf<'staffOutbox'>, string] {
  if (item.status === 'sent' && item.sentAt) return ['when.sent', item.sentAt];
  if (item.status === 'queued' && item.nextAttemptAt) return ['when.queued', item.nextAttemptAt];
  return ['when.failed', item.createdAt];
}

function Row({
  item,
  readable,
  smsReadable,
  meetingStartsAt,
  locale,
  busyId,
  onResend,
  onRead,
}: Props & { item: OutboxItem }) {
  const [whenKey, instant] = whenOf(item);
  const who = `mail-${item.id}-to`;
  const col = (key: string) =>
    t(`staffOutbox:${`col.${key}` as WordOf<'staffOutbox'>}`, undefined, locale);
  return (
    <tr data-status={item.status} data-id={item.id}>
      <th scope="row" id={who} data-label={col('to')}>
        <span dir="ltr">{item.channel === 'sms' ? formatPhone(item.to) : item.to}</span>
      </th>
      <td data-label={col('channel')}>
        {t(`staffOutbox:channel.${item.channel}`, undefined, locale)}
      </td>
      <td data-label={col('kind')}>{kindName(locale, item.kind)}</td>
      <td data-label={col('status')}>
        <span class={styles.status} data-tone={item.status}>
          {t(`staffOutbox:status.${item.status}`, undefined, locale)}
        </span>
      </td>
      <td data-label={col('attempts')}>{item.attempts}</td>
      <td class={styles.when} data-label={col('when')}>
        {t(
          `staffOutbox:${whenKey}`,
          { time: meetingClock(instant, meetingStartsAt, locale) },
          locale,
        )}
      </td>
      <td dir="auto" class={styles.reason} data-label={item.lastError ? col('reason') : undefined}>
        {item.lastError ?? ''}
      </td>
      <td>
        {item.status === 'failed' && (
          <button
            type="button"
            class="button button--secondary"
            aria-describedby={who}
            disabled={busyId === item.id}
            onClick={() => onResend(item)}
          >
            {t('staffOutbox:resend', undefined, locale)}
          </button>
        )}
        {item.status === 'sent' && (item.channel === 'sms' ? smsReadable : readable) && (
          <button
            type="button"
            id={`mail-${item.id}-read`}
            class="button button--secondary"
            aria-describedby={who}
            onClick={() => onRead(item)}
          >
            {t('staffOutbox:read', undefined, locale)}
          </button>
        )}
      </td>
    </tr>
  );
}
