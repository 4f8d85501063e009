// "Loading…", shown only if the wait lasts: a fast screen should not flash a message.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';

export default function Loading({ delayMs = 300 }: { delayMs?: number }) {
  const [visible, setVisible] = useState(delayMs === 0);
  useEffect(() => {
    const timer = window.setTimeout(() => setVisible(true), delayMs);
    return () => window.clearTimeout(timer);
  }, [delayMs]);
  return (
    <p role="status" class="loading">
      {visible ? t('shell.loading') : ''}
    </p>
  );
}
