// The camera view: the back camera, a frame read a few times a second, each new code handed
// up. Scanning pauses while a result is on screen, and the same ticket held in front of the
// camera is read once, not every frame.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { unlockAudio } from './beep';
import styles from './CheckinDesk.module.css';
import { qrReader } from './qrDecoder';
import { t } from '../../i18n';

type CameraState = 'off' | 'starting' | 'on' | 'failed' | 'insecure';

const FRAME_EVERY_MS = 150;
const SAME_CODE_QUIET_MS = 4000;

interface Props {
  locale: Locale;
  paused: boolean;
  onCode: (text: string) => void;
}

export default function Camera({ locale, paused, onCode }: Props) {
  // Phones refuse the camera outside a secure context: say so at once rather than on a tap.
  const [state, setState] = useState<CameraState>(() =>
    window.isSecureContext ? 'off' : 'insecure',
  );
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const pausedRef = useRef(paused);
  const onCodeRef = useRef(onCode);
  pausedRef.current = paused;
  onCodeRef.current = onCode;

  const stop = () => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
  };

  useEffect(() => stop, []);

  useEffect(() => {
    if (state !== 'on') return;
    let alive = true;
    let last = { text: '', at: 0 };
    const tick = async () => {
      const el = video.current;
      if (!alive) return;
      if (el && !pausedRef.current && el.readyState >= 2 && el.videoWidth > 0) {
        try {
          const text = await (await qrReader()).read(el, el.videoWidth, el.videoHeight);
          const now = Date.now();
          if (text && alive && !(text === last.text && now - last.at < SAME_CODE_QUIET_MS)) {
            last = { text, at: now };
            onCodeRef.current(text);
          }
        } catch (error) {
          console.error('desk: cannot read the camera frame', error);
        }
      }
      if (alive) window.setTimeout(() => void tick(), FRAME_EVERY_MS);
    };
    void tick();
    return () => {
      alive = false;
    };
  }, [state]);

  async function start() {
    unlockAudio();
    if (!navigator.mediaDevices?.getUserMedia) return setState('failed');
    setState('starting');
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: 'environment' } },
        audio: false,
      });
      const el = video.current;
      if (!el) return stop();
      el.srcObject = stream.current;
      await el.play();
      void qrReader(); // the decoder loads while the staff aim
      setState('on');
    } catch {
      stop();
      setState('failed');
    }
  }

  function turnOff() {
    stop();
    setState('off');
  }

  const on = state === 'on' || state === 'starting';
  return (
    <div class={styles.camera}>
      <video
        ref={video}
        class={styles.video}
        hidden={!on}
        muted
        playsInline
        aria-label={t('staffDesk:scan.video', undefined, locale)}
      />
      {on && <p class={styles.hint}>{t('staffDesk:scan.aim', undefined, locale)}</p>}
      {(state === 'failed' || state === 'insecure') && (
        <p class="notice notice--error" role={state === 'failed' ? 'alert' : undefined}>
          {t(
            state === 'insecure' ? 'staffDesk:scan.insecure' : 'staffDesk:scan.noCamera',
            undefined,
            locale,
          )}
        </p>
      )}
      {state !== 'insecure' && (
        <button
          type="button"
          class={`button button--big ${on ? 'button--secondary' : ''}`}
          onClick={on ? turnOff : () => void start()}
        >
          {t(on ? 'staffDesk:scan.stop' : 'staffDesk:scan.start', undefined, locale)}
        </button>
      )}
    </div>
  );
}
