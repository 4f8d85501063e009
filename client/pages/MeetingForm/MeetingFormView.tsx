// The form itself: checks with the shared schema before sending, then shows the server's
// per-field answers (422 errors[].path) beside the fields and in a summary. What the organizer
// types is kept on the device as a draft until it is saved: a reload or an update loses nothing.
import { useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { MeetingInputSchema } from '../../../shared/schemas/meeting';
import { validate } from '../../../shared/schemas/validate';
import type { MeetingView } from '../../../shared/api/meetings';
import { refusalOf } from '../../actions/refusal';
import { saveMeeting } from '../../actions/staff/saveMeeting';
import { useDraft } from '../../app/drafts';
import { t } from '../../i18n';
import { navigate } from '../../app/router';
import ChoiceGroup from '../../components/ChoiceGroup';
import ErrorSummary from '../../components/ErrorSummary';
import { inputFromValues, sameTyping, withFreshKeys, type MeetingFormValues } from './formValues';
import { GeneralSection } from './GeneralSection';
import { ProgrammeRows } from './ProgrammeRows';
import { ScheduleSection } from './ScheduleSection';
import { SeatsSection } from './SeatsSection';
import { ContactSection } from './ContactSection';
import { VenueSection } from './VenueSection';
import { WorkshopRows } from './WorkshopRows';
import styles from './MeetingForm.module.css';

interface Props {
  initial: MeetingFormValues;
  /** The meeting being edited; absent when creating one. */
  original?: MeetingView;
  locale: Locale;
}

export function MeetingFormView({ initial, original, locale }: Props) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = (patch: Partial<MeetingFormValues>) => setValues((v) => ({ ...v, ...patch }));
  // One draft per meeting edited, one for a new meeting; nothing kept while it is as it opened.
  const [start] = useState(initial);
  const draft = useDraft(
    `meeting:${original?.slug ?? 'new'}`,
    values,
    (kept) => setValues(withFreshKeys(kept)),
    (v) => sameTyping(v, start),
  );

  function showErrors(fields: Record<string, string>) {
    setErrors(fields);
    window.setTimeout(() => summaryRef.current?.focus(), 0);
  }

  async function submit(e: Event) {
    e.preventDefault();
    setFailure('');
    // Fields the form does not show (time zone, support policy) are kept as they were.
    const carry = original
      ? { timezone: original.timezone, ...(original.support && { support: original.support }) }
      : {};
    const checked = validate(MeetingInputSchema, inputFromValues(values, carry), locale);
    if (!checked.ok)
      return showErrors(
        Object.fromEntries(checked.errors.map((issue) => [issue.path, issue.message])),
      );
    setErrors({});
    setBusy(true);
    try {
      const saved = await saveMeeting(checked.value, original);
      draft.discard();
      navigate(`/staff/m/${encodeURIComponent(saved.slug)}?saved=1`);
    } catch (err) {
      setBusy(false);
      const refusal = refusalOf(err, locale);
      if (Object.keys(refusal.fields).length > 0) return showErrors(refusal.fields);
      setFailure(refusal.text);
    }
  }

  const sectionProps = { values, set, errors, locale };
  return (
    <form class={styles.form} method="post" noValidate onSubmit={submit}>
      {draft.restored && (
        <div class="notice row" role="status" data-draft-restored>
          <p>{t('staff:form.draftRestored', undefined, locale)}</p>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              draft.discard();
              setValues(start);
              setErrors({});
            }}
          >
            {t('staff:form.draftClear', undefined, locale)}
          </button>
        </div>
      )}
      <ErrorSummary
        title={t('staff:form.errorSummary', undefined, locale)}
        errors={errors}
        summaryRef={summaryRef}
      />
      <GeneralSection {...sectionProps} />
      <VenueSection {...sectionProps} />
      <ScheduleSection {...sectionProps} />
      <SeatsSection {...sectionProps} />
      <ContactSection {...sectionProps} />
      <WorkshopRows {...sectionProps} />
      <ProgrammeRows {...sectionProps} />
      <ChoiceGroup
        name="status"
        type="radio"
        legend={t('staff:form.status', undefined, locale)}
        choices={[
          { value: 'draft', label: t('staff:form.statusDraft', undefined, locale) },
          { value: 'published', label: t('staff:form.statusPublished', undefined, locale) },
        ]}
        selected={values.status}
        onChange={(status) => set({ status: status as MeetingFormValues['status'] })}
        error={errors.status}
      />
      {failure && (
        <p class="notice notice--error" role="alert">
          {failure}
        </p>
      )}
      <div class={styles.actions}>
        <button type="submit" class="button" disabled={busy}>
          {t(busy ? 'staff:form.saving' : 'staff:form.save', undefined, locale)}
        </button>
        <a href={original ? `/staff/m/${encodeURIComponent(original.slug)}` : '/staff'}>
          {t(original ? 'staff:manage' : 'staff:allMeetings', undefined, locale)}
        </a>
      </div>
    </form>
  );
}
