// "Lost your link? Get it again", below the form: the line that opens it, and its form fetched
// when opened (few need it; the service worker has it for offline use). Before the worker is
// installed, a phone with no network is told so, as the form itself would.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { Locale } from '../../../shared/enums';
import styles from './Register.module.css';
import { t } from '../../i18n';

type Form = ComponentType<{ slug: string; locale: Locale }>;

export default function RecoverLink({ slug, locale }: { slug: string; locale: Locale }) {
  // "Get my link" on My registrations comes here with #recover: the form is open at once.
  const [open] = useState(() => typeof location !== 'undefined' && location.hash === '#recover');
  const [wanted, setWanted] = useState(open);
  const [form, setForm] = useState<{ Form: Form } | 'failed' | null>(null);
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (open) details.current?.scrollIntoView({ block: 'start' });
  }, [open]);
  useEffect(() => {
    if (!wanted || form) return;
    let live = true;
    import('./RecoverForm').then(
      (m) => live && setForm({ Form: m.default }),
      () => live && setForm('failed'),
    );
    return () => void (live = false);
  }, [wanted, form]);

  return (
    <details
      id="recover"
      ref={details}
      class={styles.invitation}
      open={open}
      onToggle={(e) => {
        const opened = (e.currentTarget as HTMLDetailsElement).open;
        setWanted(opened);
        if (opened && form === 'failed') setForm(null); // try again
      }}
    >
      <summary>{t('register:recoverToggle', undefined, locale)}</summary>
      {form === 'failed' ? (
        <p class="notice notice--error" role="alert">
          {t('register:recoverOffline', undefined, locale)}
        </p>
      ) : (
        form && <form.Form slug={slug} locale={locale} />
      )}
    </details>
  );
}
