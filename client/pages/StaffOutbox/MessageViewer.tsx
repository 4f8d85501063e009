// One sent message read back from the copy the server keeps (embedded defaults): its headers,
// its text as it went out, and the file itself to open elsewhere. What differs between an
// e-mail and an SMS (the heading, how the copy reads, the download's word) is the `kind`
// passed in (messageKinds.ts). Focus moves to it on opening; closing gives focus back to the
// row's "Read" button.
import { useEffect, useRef } from 'preact/hooks';
import type { OutboxItem } from '../../../shared/api/outbox';
import type { Locale } from '../../../shared/enums';
import { readSentMessage, sentMessageFileUrl } from '../../actions/outbox/readSentMessage';
import { refusalOf } from '../../actions/refusal';
import { useRemote } from '../../app/useRemote';
import styles from './StaffOutbox.module.css';
import { t, type WordOf } from '../../i18n';

/** A copy as the viewer shows it: header lines (the word and its value), then the text. */
export interface MessageCopy {
  headers: Array<{ word: WordOf<'staffOutbox'>; value: string; dir: 'auto' | 'ltr' }>;
  text: string;
}

export interface MessageKind {
  title: (item: OutboxItem, locale: Locale) => string;
  read: (raw: string, locale: Locale) => MessageCopy;
  download: WordOf<'staffOutbox'>;
  /** The text's mark (`data-mail-text`, `data-sms-text`) that tests find it by. */
  mark: 'mail' | 'sms';
}

interface Props {
  slug: string;
  item: OutboxItem;
  kind: MessageKind;
  locale: Locale;
  onClose: () => void;
}

export default function MessageViewer({ slug, item, kind, locale, onClose }: Props) {
  const [load, retry] = useRemote(
    (signal) => readSentMessage(slug, item, locale, signal).then((raw) => kind.read(raw, locale)),
    [slug, item.id],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [item.id]);
  const refusal = load.status === 'error' ? refusalOf(load.error, locale) : null;

  return (
    <section class={`${styles.viewer} stack`} aria-labelledby="mail-viewer-title">
      <h2 id="mail-viewer-title" tabIndex={-1} ref={heading}>
        {kind.title(item, locale)}
      </h2>
      {load.status === 'loading' && (
        <p role="status">{t('staffOutbox:reading', undefined, locale)}</p>
      )}
      {refusal && (
        <div class="notice notice--error" role="alert">
          <p>
            {t(
              'staffOutbox:readFailed',
              {
                reason: refusal.unreachable
                  ? t('staffOutbox:network', undefined, locale)
                  : refusal.text,
              },
              locale,
            )}
          </p>
          <button type="button" class="button" onClick={retry}>
            {t('staffOutbox:retry', undefined, locale)}
          </button>
        </div>
      )}
      {load.status === 'done' && <Copy copy={load.data} mark={kind.mark} locale={locale} />}
      <p class="row">
        <a class="button button--secondary" href={sentMessageFileUrl(slug, item)} download>
          {t(`staffOutbox:${kind.download}`, undefined, locale)}
        </a>
        <button type="button" class="button" onClick={onClose}>
          {t('staffOutbox:close', undefined, locale)}
        </button>
      </p>
    </section>
  );
}

function Copy({ copy, mark, locale }: { copy: MessageCopy; mark: string; locale: Locale }) {
  return (
    <>
      <dl class={styles.headers}>
        {copy.headers.map(({ word, value, dir }) => (
          <div key={word}>
            <dt>{t(`staffOutbox:${word}`, undefined, locale)}</dt>
            <dd dir={dir}>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('staffOutbox:body', undefined, locale)}</h3>
      <pre class={styles.body} dir="auto" {...{ [`data-${mark}-text`]: '' }}>
        {copy.text}
      </pre>
    </>
  );
}
