// One sent message read back from its .eml file (embedded default): who, when, subject, the
// attachments' names and the plain text, plus the file itself to open in a mail program.
// Focus moves to it on opening; closing gives focus back to the row's "Read" button.
import { useEffect, useRef } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { emlUrl, readEmlText, type OutboxItem } from '../../api/outbox';
import { useRemote } from '../../app/useRemote';
import { failureReason } from './failureText';
import { readEml, type ReadableMail } from './readEml';
import styles from './StaffOutbox.module.css';
import { t } from '../../i18n';

interface Props {
  slug: string;
  item: OutboxItem;
  locale: Locale;
  onClose: () => void;
}

export default function MessageViewer({ slug, item, locale, onClose }: Props) {
  const [load, retry] = useRemote(
    (signal) => readEmlText(slug, item.id, locale, signal).then(readEml),
    [slug, item.id],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [item.id]);

  return (
    <section class={`${styles.viewer} stack`} aria-labelledby="mail-viewer-title">
      <h2 id="mail-viewer-title" tabIndex={-1} ref={heading}>
        {t('staffOutbox:viewerTitle', { to: item.to }, locale)}
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
      {load.status === 'done' && <Mail mail={load.data} locale={locale} />}
      <p class="row">
        <a class="button button--secondary" href={emlUrl(slug, item.id)} download>
          {t('staffOutbox:download', undefined, locale)}
        </a>
        <button type="button" class="button" onClick={onClose}>
          {t('staffOutbox:close', undefined, locale)}
        </button>
      </p>
    </section>
  );
}

function Mail({ mail, locale }: { mail: ReadableMail; locale: Locale }) {
  const rows = [
    ['header.from', mail.from],
    ['header.to', mail.to],
    ['header.date', mail.date],
    ['header.subject', mail.subject],
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
        {mail.attachments.length > 0 && (
          <div>
            <dt>{t('staffOutbox:attachments', undefined, locale)}</dt>
            <dd dir="ltr">{mail.attachments.join(', ')}</dd>
          </div>
        )}
      </dl>
      <h3>{t('staffOutbox:body', undefined, locale)}</h3>
      <pre class={styles.body} dir="auto" data-mail-text="">
        {mail.text}
      </pre>
    </>
  );
}
