// The ticket tab: the camera, a photo of the ticket (decoded by the same reader: for phones
// whose camera the page cannot open), and the code typed by hand.
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { TextField } from '../../components/Field';
import Camera from './Camera';
import styles from './CheckinDesk.module.css';
import { readPhoto } from './qrDecoder';
import { t } from '../../i18n';

interface Props {
  locale: Locale;
  paused: boolean;
  onTicket: (text: string) => void;
}

export default function ScanPanel({ locale, paused, onTicket }: Props) {
  const [code, setCode] = useState('');
  const [photo, setPhoto] = useState<'idle' | 'reading' | 'none'>('idle');

  async function onPhoto(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same photo picked again is read again
    if (!file) return;
    setPhoto('reading');
    try {
      const text = await readPhoto(file);
      setPhoto(text ? 'idle' : 'none');
      if (text) onTicket(text);
    } catch {
      setPhoto('none');
    }
  }

  function onCode(e: Event) {
    e.preventDefault();
    if (!code.trim()) return;
    onTicket(code);
    setCode('');
  }

  return (
    <div class="stack">
      <Camera locale={locale} paused={paused} onCode={onTicket} />
      <div class={styles.photo}>
        <input
          id="desk-photo"
          class={`visually-hidden ${styles.photoInput}`}
          type="file"
          name="ticketPhoto"
          accept="image/*"
          capture="environment"
          aria-describedby="desk-photo-hint"
          onChange={(e) => void onPhoto(e)}
        />
        <label class="button button--secondary button--big" for="desk-photo">
          {t('staffDesk:scan.photo', undefined, locale)}
        </label>
        <p id="desk-photo-hint" class={styles.hint}>
          {t('staffDesk:scan.photoHint', undefined, locale)}
        </p>
        <p role="status" class={photo === 'none' ? styles.problem : styles.hint}>
          {photo === 'reading'
            ? t('staffDesk:scan.reading', undefined, locale)
            : photo === 'none'
              ? t('staffDesk:scan.noCode', undefined, locale)
              : ''}
        </p>
      </div>
      <form class={styles.codeForm} onSubmit={onCode}>
        <TextField
          name="ticketCode"
          label={t('staffDesk:scan.code', undefined, locale)}
          hint={t('staffDesk:scan.codeHint', undefined, locale)}
          value={code}
          onValue={setCode}
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          dir="ltr"
        />
        <button type="submit" class="button">
          {t('staffDesk:scan.check', undefined, locale)}
        </button>
      </form>
    </div>
  );
}
