// Changing one's details: validated as the person types (the server's own schema), what to
// fix listed on submit, and only what changed handed over to be sent. What is typed is kept on
// the phone as a draft until it is saved or dropped.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { RegistrationPatch } from '../../../shared/schemas/registration';
import type { MeetingView } from '../../../shared/api/meetings';
import type { RegistrationDetails } from '../../../shared/api/registrations';
import { useDraft } from '../../app/drafts';
import ErrorSummary from '../../components/ErrorSummary';
import type { FieldErrors, FormValues } from '../Register/form';
import formStyles from '../Register/Register.module.css';
import { useFieldState } from '../Register/useFieldState';
import EditFields from './EditFields';
import { checkEdit, sameEditable } from './editValues';
import { t } from '../../i18n';
import FormStatus from '../../components/FormStatus';

interface Props {
  registration: RegistrationDetails;
  /** Where the form starts: the registration, or a refused change being corrected. */
  initial: FormValues;
  meeting: MeetingView | null;
  locale: Locale;
  serverErrors: FieldErrors;
  onSave: (patch: RegistrationPatch) => Promise<void>;
  onClose: () => void;
}

export default function EditForm(props: Props) {
  const { registration, meeting, locale } = props;
  const [values, setValues] = useState<FormValues>(props.initial);
  const [note, setNote] = useState<'unchanged' | 'saveFailed' | null>(null);
  const [saving, setSaving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const draft = useDraft(`edit:${registration.id}`, values, setValues, (v) =>
    sameEditable(v, props.initial),
  );
  const check = useMemo(
    () => checkEdit(registration, values, locale, t('registration:cannotClear', undefined, locale)),
    [registration, values, locale],
  );
  const fields = useFieldState({
    values,
    onValues: (next) => {
      setValues(next);
      setNote(null);
    },
    errors: check.errors,
    serverErrors: props.serverErrors,
  });
  useEffect(() => headingRef.current?.focus(), []);

  async function onSubmit(event: Event) {
    event.preventDefault();
    fields.markSubmitted();
    if (!check.ok) {
      setTimeout(() => summaryRef.current?.focus()); // after the summary is drawn
      return;
    }
    if (!check.changed) return setNote('unchanged');
    setSaving(true);
    try {
      await props.onSave(check.patch);
      draft.discard();
    } catch (error) {
      console.error('registration edit: cannot save on this device', error);
      setNote('saveFailed');
      setSaving(false);
    }
  }

  return (
    <form
      class={`${formStyles.form} stack`}
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="edit-title"
    >
      <h2 id="edit-title" tabIndex={-1} ref={headingRef}>
        {t('registration:editTitle', undefined, locale)}
      </h2>
      {draft.restored && (
        <div class="notice row" role="status" data-draft-restored>
          <p>{t('registration:draftRestored', undefined, locale)}</p>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              draft.discard();
              setValues(props.initial);
            }}
          >
            {t('registration:draftClear', undefined, locale)}
          </button>
        </div>
      )}
      {fields.submitted && Object.keys(fields.visibleErrors).length > 0 && (
        <div role="alert">
          <ErrorSummary
            title={t('registration:summary', undefined, locale)}
            errors={fields.visibleErrors}
            summaryRef={summaryRef}
          />
        </div>
      )}
      <EditFields values={values} meeting={meeting} locale={locale} fields={fields} />
      <FormStatus
        message={
          note && { ok: note !== 'saveFailed', text: t(`registration:${note}`, undefined, locale) }
        }
      />
      <div class="row">
        <button type="submit" class="button" disabled={saving}>
          {saving
            ? t('registration:saving', undefined, locale)
            : t('registration:save', undefined, locale)}
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            draft.discard();
            props.onClose();
          }}
        >
          {t('registration:back', undefined, locale)}
        </button>
      </div>
    </form>
  );
}
