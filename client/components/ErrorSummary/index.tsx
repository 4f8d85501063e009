// The list of what to fix after a failed submit; focused so it is read out, each item moves
// focus to its field.
import type { Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { fieldIds } from '../Field';
import styles from './ErrorSummary.module.css';

interface Props {
  title: string;
  /** Field path → message; paths with no field on screen are listed without a link. */
  errors: Record<string, string>;
  summaryRef?: Ref<HTMLDivElement>;
}

function fieldOf(path: string): HTMLElement | null {
  return document.getElementsByName(path)[0] ?? document.getElementById(fieldIds(path).id);
}

/** The words a person sees beside the field: its label, or its group's legend; a field of a
 * repeated row ("workshops.0.id") is prefixed with the row's legend ("Workshop 1"). */
function labelOf(path: string, el: HTMLElement): string {
  const inGroup =
    el instanceof HTMLInputElement &&
    (el.type === 'radio' || document.getElementsByName(path).length > 1);
  const own = inGroup ? null : (el as HTMLInputElement).labels?.[0];
  const legendOf = (node: Element | null | undefined) =>
    node?.querySelector('legend')?.textContent?.trim() ?? '';
  const text = own?.textContent?.trim() || legendOf(el.closest('fieldset'));
  const row = /\.\d+\./.test(path) ? legendOf(el.closest('fieldset')) : '';
  return row && row !== text ? `${row} — ${text}` : text;
}

interface Entry {
  path: string;
  message: string;
  label: string;
  onScreen: boolean;
}

/** Errors in the order their fields appear on screen; those with no field last. */
function entriesOf(errors: Record<string, string>): Entry[] {
  const located = Object.entries(errors).map(([path, message]) => ({
    path,
    message,
    el: fieldOf(path),
  }));
  located.sort((a, b) => {
    if (!a.el || !b.el) return a.el ? -1 : b.el ? 1 : 0;
    return a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
  return located.map(({ path, message, el }) => ({
    path,
    message,
    label: el ? labelOf(path, el) : '',
    onScreen: el !== null,
  }));
}

function focusField(path: string): boolean {
  const el = fieldOf(path);
  if (!el) return false;
  el.focus();
  el.scrollIntoView({ block: 'center' });
  return true;
}

export default function ErrorSummary({ title, errors, summaryRef }: Props) {
  const [entries, setEntries] = useState<Entry[]>([]);
  // Read from the form itself once it is on screen, so labels and order always match it.
  useEffect(() => setEntries(entriesOf(errors)), [errors]);
  if (Object.keys(errors).length === 0) return null;
  return (
    <div
      class={styles.summary}
      tabIndex={-1}
      ref={summaryRef}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" class={styles.title}>
        {title}
      </h2>
      <ul>
        {entries.map(({ path, message, label, onScreen }) => (
          <li key={path}>
            {onScreen ? (
              <a
                href={`#${fieldIds(path).id}`}
                onClick={(e) => {
                  if (focusField(path)) e.preventDefault();
                }}
              >
                {label ? `${label}: ${message}` : message}
              </a>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
