// The participant's QR ticket, drawn on the phone from the token kept on it, so it shows at
// the door with no network; and under it the short ticket code for the desk to type. The QR
// encoder is loaded on first show, in its own chunk: the pages that may show a ticket stay light.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { QrImage } from './qrImage';
import styles from './Ticket.module.css';
import { t } from '../../i18n';

interface Props {
  token: string;
  /** The typeable code (`XXXX-XXXX`); absent on a copy kept before codes existed. */
  code?: string | null;
  /** Whose ticket it is, for the image's accessible name. */
  name: string;
  locale: Locale;
  /** The heading level where the ticket sits in the page. */
  level?: 2 | 3;
  id?: string;
}

type Drawing = { kind: 'drawing' } | { kind: 'failed' } | { kind: 'ready'; image: QrImage };

function useQrImage(token: string): Drawing {
  const [drawing, setDrawing] = useState<Drawing>({ kind: 'drawing' });
  useEffect(() => {
    let alive = true;
    setDrawing({ kind: 'drawing' });
    // Precached with the app: this import works offline once the app has been installed.
    import('./qrImage')
      .then((m) => m.qrImage(token))
      .then(
        (image) => alive && setDrawing({ kind: 'ready', image }),
        () => alive && setDrawing({ kind: 'failed' }),
      );
    return () => {
      alive = false;
    };
  }, [token]);
  return drawing;
}

export default function Ticket({ token, code, name, locale, level = 2, id = 'ticket' }: Props) {
  const drawing = useQrImage(token);
  const Heading = level === 2 ? 'h2' : 'h3';
  const titleId = `${id}-title`;
  return (
    <section class={styles.ticket} aria-labelledby={titleId} id={id}>
      <Heading id={titleId} tabIndex={-1}>
        {t('ticket:title', undefined, locale)}
      </Heading>
      <p>{t('ticket:show', undefined, locale)}</p>
      <div class={styles.qr}>
        {drawing.kind === 'ready' ? (
          <svg
            viewBox={`0 0 ${drawing.image.side} ${drawing.image.side}`}
            role="img"
            aria-label={t('ticket:qrLabel', { name }, locale)}
            shape-rendering="crispEdges"
            data-ticket-qr=""
          >
            <rect width={drawing.image.side} height={drawing.image.side} fill="#fff" />
            <path d={drawing.image.path} fill="#000" />
          </svg>
        ) : (
          <p class={styles.placeholder} role={drawing.kind === 'failed' ? 'alert' : 'status'}>
            {t(drawing.kind === 'failed' ? 'ticket:qrFailed' : 'ticket:drawing', undefined, locale)}
          </p>
        )}
      </div>
      {code && (
        <>
          <p>{t('ticket:codeLabel', undefined, locale)}</p>
          <p class={styles.code} dir="ltr" lang="en" translate={false} data-ticket-code="">
            {code}
          </p>
        </>
      )}
      <p class={styles.muted}>{t('ticket:private', undefined, locale)}</p>
    </section>
  );
}
