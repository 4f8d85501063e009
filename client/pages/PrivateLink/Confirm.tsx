// A step that asks before something that cannot be undone (cancelling, deleting from the
// phone), in plain words; focus moves to its question so it is read out first.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import styles from './PrivateLink.module.css';

interface Props {
  id: string;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  keepLabel: string;
  onConfirm: () => Promise<void>;
  onKeep: () => void;
}

export default function Confirm(props: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  useLayoutEffect(() => headingRef.current?.focus(), []); // before paint: shown means focused

  const confirm = () => {
    setBusy(true);
    void props.onConfirm().finally(() => setBusy(false));
  };

  return (
    <section class={`${styles.confirm} stack`} aria-labelledby={props.id}>
      <h2 id={props.id} tabIndex={-1} ref={headingRef}>
        {props.title}
      </h2>
      {props.children}
      <div class="row">
        <button type="button" class={`button ${styles.danger}`} disabled={busy} onClick={confirm}>
          {props.confirmLabel}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onKeep}>
          {props.keepLabel}
        </button>
      </div>
    </section>
  );
}
