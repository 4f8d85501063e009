// One sent SMS read back from its .txt file (embedded default): to whom, when, from which
// sender id, how many SMS it took, and the text as the phone shows it. Focus moves to it on
// opening; closing gives focus back to the row's "Read" button.
import { useEffect, useRef } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { formatPhone } from '../../../shared/phone';
import { readSmsText, smsUrl, type OutboxItem } from '../../api/outbox';
import { useRemote } from '../../app/useRemote';
import { failureReason } from './failureText';
import { readSms, type ReadableSms } from './readSms';
import styles from './StaffOutbox.module.css';
import { t } from '../../i18n';

interface Props {
  slug: string;
  item: OutboxItem;
  locale: Locale;
  onClose: () => void;
}

export default function SmsViewer({ slug, item, locale, onClose }: Props) {
  const [load, retry] = useRemote(
    (signal) => readSmsText(slug, item.id, locale, signal).then(readSms),
    [slug, item.id],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [item.id]);

  return (
    <section class={`${styles.viewer} stack`} aria-labelledby="mail-viewer-title">
      <h2 id="mail-viewer-title" tabIndex={-1} ref={heading}>
        {t('staffOutbox:smsViewerTitle', { to: formatPhone(item.to) }, locale)}
      </h2>
      {load.status === 'loading' && (
        <p role="status">{t('staffOutbox:reading', undefined, locale)}</p>
      )}
      {load.status === 'error' && (
        <div class="notice notice--error" role="alert">
          <p>
            {t('staffOutbox:readFailed', { reason: failureReason(load.error, locale) }, locale)}
          </p>
          <button type="button" class="button" onClick={retry}>
            {t('staffOutbox:retry', undefined, locale)}
          </button>
        </div>
      )}
      {load.status === 'done' && <Sms sms={load.data} locale={locale} />}
      <p class="row">
        <a class="button button--secondary" href={smsUrl(slug, item.id)} download>
          {t('staffOutbox:downloadSms', undefined, locale)}
        </a>
        <button type="button" class="button" onClick={onClose}>
          {t('staffOutbox:close', undefined, locale)}
        </button>
      </p>
    </section>
  );
}

function Sms({ sms, locale }: { sms: ReadableSms; locale: Locale }) {
  const rows = [
    ['header.from', sms.from],
    ['header.to', formatPhone(sms.to)],
    ['header.date', sms.date],
    ['header.parts', t('staffOutbox:smsParts', { n: sms.parts, encoding: sms.encoding }, locale)],
  ] as const;
  return (
    <>
      <dl class={styles.headers}>
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`staffOutbox:${key}`, undefined, locale)}</dt>
            <dd dir="auto">{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('staffOutbox:body', undefined, locale)}</h3>
      <pre class={styles.body} dir="auto" data-sms-text="">
        {sms.text}
      </pre>
    </>
  );
}
