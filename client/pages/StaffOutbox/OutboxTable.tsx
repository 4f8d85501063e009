// The e-mails and SMS of the meeting as a table: recipient, channel, kind, state, attempts,
// when, and why it failed; "Resend" on a failed one, "Read" on a sent one when the server keeps
// a copy.
// Failures come first; long lists show a hundred rows at a time.
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { formatPhone } from '../../../shared/phone';
import type { MailStatus, OutboxItem } from '../../api/outbox';
import { SelectField } from '../../components/Field';
import { STATUS_ORDER, countByStatus, listOrder } from './mailCounts';
import { meetingClock } from './format';
import { kindName, ot, type StaffOutboxWord } from './messages';
import styles from './StaffOutbox.module.css';
import TableScroll from '../../components/TableScroll';

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
  const col = (key: string) => ot(locale, `col.${key}` as StaffOutboxWord);

  return (
    <section class="stack" aria-labelledby="outbox-list-title">
      <h2 id="outbox-list-title">{ot(locale, 'listTitle')}</h2>
      <SelectField
        name="status"
        label={ot(locale, 'filter')}
        value={filter}
        onValue={(value) => {
          setFilter(value as Filter);
          setLimit(PAGE);
        }}
        class={styles.filter}
      >
        <option value="all">{ot(locale, 'filter.all', { n: items.length })}</option>
        {STATUS_ORDER.map((s) => (
          <option key={s} value={s}>
            {ot(locale, `filter.${s}`, { n: counts[s] })}
          </option>
        ))}
      </SelectField>
      {items.length === 0 || shown.length === 0 ? (
        <p>{ot(locale, items.length === 0 ? 'empty' : 'noneShown')}</p>
      ) : (
        <TableScroll
          label={ot(locale, 'caption', { shown: page.length, total: shown.length })}
          locale={locale}
        >
          <table class={`${styles.table} stacked`}>
            <caption>{ot(locale, 'caption', { shown: page.length, total: shown.length })}</caption>
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
            {ot(locale, 'more', { n: Math.min(PAGE, shown.length - limit) })}
          </button>
        </p>
      )}
    </section>
  );
}

function whenOf(item: OutboxItem): [StaffOutboxWord, string] {
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
  const col = (key: string) => ot(locale, `col.${key}` as StaffOutboxWord);
  return (
    <tr data-status={item.status} data-id={item.id}>
      <th scope="row" id={who} data-label={col('to')}>
        <span dir="ltr">{item.channel === 'sms' ? formatPhone(item.to) : item.to}</span>
      </th>
      <td data-label={col('channel')}>{ot(locale, `channel.${item.channel}`)}</td>
      <td data-label={col('kind')}>{kindName(locale, item.kind)}</td>
      <td data-label={col('status')}>
        <span class={styles.status} data-tone={item.status}>
          {ot(locale, `status.${item.status}`)}
        </span>
      </td>
      <td data-label={col('attempts')}>{item.attempts}</td>
      <td class={styles.when} data-label={col('when')}>
        {ot(locale, whenKey, { time: meetingClock(instant, meetingStartsAt, locale) })}
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
            {ot(locale, 'resend')}
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
            {ot(locale, 'read')}
          </button>
        )}
      </td>
    </tr>
  );
}
