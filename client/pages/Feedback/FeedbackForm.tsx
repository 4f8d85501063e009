// The feedback form: ratings as big boxes, the workshop, its outputs as short lines, a comment,
// and the choice to link it to one's registration. Validated as the person goes (the server's
// own schema), then handed to the write queue, which sends it whenever the network allows.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { RATING_KEYS, type FeedbackKind, type RatingKey } from '../../../shared/schemas/feedback';
import type { MeetingView } from '../../../shared/api/meetings';
import { sendFeedback } from '../../actions/feedback/sendFeedback';
import ChoiceGroup from '../../components/ChoiceGroup';
import ErrorSummary from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/Field';
import LocalText from '../../components/LocalText';
import EntryList from './EntryList';
import { ENTRY_LISTS, checkFeedback, type FeedbackValues, type FieldErrors } from './form';
import LinkChoice, { useLinkableRegistrations } from './LinkChoice';
import RatingScale from './RatingScale';
import styles from './Feedback.module.css';
import { t } from '../../i18n';

interface Props {
  meeting: MeetingView;
  locale: Locale;
  kind: FeedbackKind;
  /** The feedback's client UUID: its id on the server too. */
  id: string;
  values: FeedbackValues;
  onValues: (values: FeedbackValues) => void;
  /** What the server refused last time, per field, until the person edits that field. */
  serverErrors: FieldErrors;
  onSaved: (id: string) => void;
}

export default function FeedbackForm({
  meeting,
  locale,
  kind,
  id,
  values,
  onValues,
  serverErrors,
  onSaved,
}: Props) {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const linkable = useLinkableRegistrations(meeting.slug);
  const check = useMemo(() => checkFeedback(values, id, kind, locale), [values, id, kind, locale]);
  const errors: FieldErrors = check.ok ? {} : check.errors;

  const touch = (path: string) => !touched.has(path) && setTouched(new Set([...touched, path]));
  const errorOf = (path: string) =>
    (submitted || touched.has(path) ? errors[path] : undefined) ??
    (edited.has(path) ? undefined : serverErrors[path]);
  const change = (next: FeedbackValues, path: string, touchNow: boolean) => {
    onValues(next);
    if (touchNow) touch(path);
    if (serverErrors[path] && !edited.has(path)) setEdited(new Set([...edited, path]));
  };
  const rate = (key: RatingKey) => (score: string) =>
    change({ ...values, ratings: { ...values.ratings, [key]: score } }, `ratings.${key}`, true);
  const visible: FieldErrors = {};
  for (const path of new Set([...Object.keys(errors), ...Object.keys(serverErrors)])) {
    const message = errorOf(path);
    if (message) visible[path] = message;
  }
  const workshops = meeting.workshops ?? [];

  async function onSubmit(event: Event) {
    event.preventDefault();
    setSubmitted(true);
    setSaveFailed(false);
    if (!check.ok) {
      setTimeout(() => summaryRef.current?.focus()); // after the re-render that lists every error
      return;
    }
    setSaving(true);
    try {
      const token = linkable.find((r) => r.id === values.linkTo)?.manageToken;
      await sendFeedback(meeting.slug, check.body, token);
      onSaved(check.body.id);
    } catch (error) {
      console.error('feedback: cannot save on this device', error);
      setSaveFailed(true);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form class={`${styles.form} stack`} noValidate onSubmit={onSubmit}>
      {submitted && Object.keys(visible).length > 0 && (
        <div role="alert">
          <ErrorSummary
            title={t('feedback:summary', undefined, locale)}
            errors={visible}
            summaryRef={summaryRef}
          />
        </div>
      )}
      <RatingScale
        rating="overall"
        locale={locale}
        value={values.ratings.overall}
        onChange={rate('overall')}
        error={errorOf('ratings.overall')}
      />
      <section class="stack" aria-labelledby="details-title">
        <h2 id="details-title">{t('feedback:details', undefined, locale)}</h2>
        {RATING_KEYS.filter((k) => k !== 'overall').map((key) => (
          <RatingScale
            key={key}
            rating={key}
            locale={locale}
            value={values.ratings[key]}
            onChange={rate(key)}
            error={errorOf(`ratings.${key}`)}
            optional
          />
        ))}
      </section>
      {workshops.length > 0 && (
        <ChoiceGroup
          name="workshopId"
          type="radio"
          legend={`${t('feedback:workshopId', undefined, locale)} (${t('feedback:optional', undefined, locale)})`}
          choices={[
            ...workshops.map((w) => ({
              value: w.id,
              label: <LocalText text={w.title} locale={locale} />,
            })),
            { value: '', label: t('feedback:noWorkshop', undefined, locale) },
          ]}
          selected={values.workshopId}
          onChange={(v) => change({ ...values, workshopId: v as string }, 'workshopId', true)}
          error={errorOf('workshopId')}
        />
      )}
      <section class="stack" aria-labelledby="outputs-title">
        <h2 id="outputs-title">{t('feedback:outputs', undefined, locale)}</h2>
        <p class={styles.hint}>{t('feedback:outputsHint', undefined, locale)}</p>
        {ENTRY_LISTS.map((list) => (
          <EntryList
            key={list}
            list={list}
            locale={locale}
            entries={values[list]}
            onChange={(entries) => change({ ...values, [list]: entries }, list, false)}
            onBlur={touch}
            errors={Object.fromEntries(
              Object.keys(visible)
                .filter((p) => p.startsWith(`${list}.`))
                .map((p) => [p, visible[p] ?? '']),
            )}
            hint={list === 'solutions' ? t('feedback:solutionsHint', undefined, locale) : undefined}
          />
        ))}
      </section>
      <TextAreaField
        name="comment"
        label={`${t('feedback:comment', undefined, locale)} (${t('feedback:optional', undefined, locale)})`}
        value={values.comment}
        onValue={(comment) => change({ ...values, comment }, 'comment', false)}
        error={errorOf('comment')}
        rows={3}
      />
      <LinkChoice
        registrations={linkable}
        locale={locale}
        value={values.linkTo}
        onChange={(linkTo) => change({ ...values, linkTo }, 'linkTo', true)}
      />
      {saveFailed && (
        <p class="notice notice--error" role="alert">
          {t('feedback:saveFailed', undefined, locale)}
        </p>
      )}
      <button type="submit" class="button button--big" disabled={saving}>
        {saving ? t('feedback:saving', undefined, locale) : t('feedback:submit', undefined, locale)}
      </button>
    </form>
  );
}
