// Problems, solutions or expected results as short lines the person adds and removes; each
// input is named after its API path ("solutions.0") so errors and tests find it.
import { useEffect, useRef } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { ENTRY_MAX_LENGTH, MAX_ENTRIES } from '../../../shared/schemas/feedback';
import { FieldMessages, describedBy, fieldIds } from '../../components/Field';
import type { EntryList as ListName, FieldErrors } from './form';
import styles from './Feedback.module.css';
import { t } from '../../i18n';

interface Props {
  list: ListName;
  locale: Locale;
  entries: string[];
  onChange: (entries: string[]) => void;
  onBlur: (path: string) => void;
  errors: FieldErrors;
  hint?: string;
}

export default function EntryList({
  list,
  locale,
  entries,
  onChange,
  onBlur,
  errors,
  hint,
}: Props) {
  const label = t(`feedback:${list}`, undefined, locale);
  const listRef = useRef<HTMLOListElement>(null);
  const added = useRef(false);
  // A line just added gets the focus, so typing goes on without reaching for it.
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    const inputs = listRef.current?.querySelectorAll('input');
    inputs?.[inputs.length - 1]?.focus();
  }, [entries.length]);

  const set = (i: number, text: string) => onChange(entries.map((e, j) => (j === i ? text : e)));
  const remove = (i: number) =>
    onChange(entries.length > 1 ? entries.filter((_, j) => j !== i) : ['']);
  const add = () => {
    added.current = true;
    onChange([...entries, '']);
  };
  const hintId = `${list}-hint`;

  return (
    <fieldset class={styles.entries}>
      <legend>
        {label} ({t('feedback:optional', undefined, locale)})
      </legend>
      {hint && (
        <p id={hintId} class={styles.hint}>
          {hint}
        </p>
      )}
      <ol ref={listRef}>
        {entries.map((text, i) => {
          const path = `${list}.${i}`;
          const error = errors[path];
          return (
            <li key={i}>
              <label class="visually-hidden" for={fieldIds(path).id}>
                {label} {i + 1}
              </label>
              <input
                id={fieldIds(path).id}
                name={path}
                value={text}
                maxLength={ENTRY_MAX_LENGTH}
                aria-invalid={error ? true : undefined}
                aria-describedby={
                  [hint ? hintId : '', describedBy(path, undefined, error) ?? '']
                    .join(' ')
                    .trim() || undefined
                }
                onInput={(e) => set(i, e.currentTarget.value)}
                onBlur={() => onBlur(path)}
              />
              <button
                type="button"
                class={styles.remove}
                aria-label={t('feedback:removeEntry', { label, n: i + 1 }, locale)}
                onClick={() => remove(i)}
              >
                {t('feedback:remove', undefined, locale)}
              </button>
              <FieldMessages name={path} error={error} />
            </li>
          );
        })}
      </ol>
      {entries.length < MAX_ENTRIES && (
        <button type="button" class="button button--secondary" onClick={add}>
          {t(`feedback:add.${list}`, undefined, locale)}
        </button>
      )}
    </fieldset>
  );
}
