// One proposal's moderation form: fate, explanation (required to not retain), institution,
// merge into a duplicate, hide. Checked as the organizer types with the server's own schema.
import { useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import {
  PROPOSAL_STATUSES,
  ProposalPatchSchema,
  type ProposalStatus,
} from '../../../shared/schemas/feedback';
import { validate } from '../../../shared/schemas/validate';
import type { OrganizerProposal } from '../../../shared/api/feedback';
import { moderateProposal } from '../../actions/feedback/moderateProposal';
import { refusalOf } from '../../actions/refusal';
import ChoiceGroup from '../../components/ChoiceGroup';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { t } from '../../i18n';

interface Props {
  proposal: OrganizerProposal;
  /** Proposals it may be merged into: the others that are not themselves merged. */
  others: OrganizerProposal[];
  locale: Locale;
  onSaved: () => void;
}

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

export default function ProposalEditor({ proposal, others, locale, onSaved }: Props) {
  const [status, setStatus] = useState<ProposalStatus>(proposal.status);
  const [explanation, setExplanation] = useState(proposal.explanation ?? '');
  const [institution, setInstitution] = useState(proposal.institution ?? '');
  const [mergedInto, setMergedInto] = useState(proposal.mergedInto ?? '');
  const [hidden, setHidden] = useState(proposal.hidden);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const check = useMemo(
    () =>
      validate(
        ProposalPatchSchema,
        { status, explanation, institution, hidden, mergedInto: mergedInto || null },
        locale,
      ),
    [status, explanation, institution, hidden, mergedInto, locale],
  );
  const errors: Record<string, string> = { ...serverErrors };
  if (!check.ok) for (const e of check.errors) errors[e.path] ??= e.message;

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (!check.ok) return;
    setSaving(true);
    try {
      await moderateProposal(proposal.id, check.value);
      onSaved();
    } catch (error) {
      // A refusal that names no field (a lapsed session, no network) is said under the form.
      const refusal = refusalOf(error, locale);
      setServerErrors(
        Object.keys(refusal.fields).length > 0 ? refusal.fields : { '': refusal.text },
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <form class="stack" onSubmit={onSubmit} aria-label={short(proposal.text)}>
      <ChoiceGroup
        name="status"
        scope={proposal.id}
        type="radio"
        legend={t('staffFeedback:status', undefined, locale)}
        choices={PROPOSAL_STATUSES.map((value) => ({
          value,
          label: t(`proposals:status.${value}`, undefined, locale),
        }))}
        selected={status}
        onChange={(v) => setStatus(v as ProposalStatus)}
        columns
      />
      <TextAreaField
        name="explanation"
        scope={proposal.id}
        label={t('staffFeedback:explanation', undefined, locale)}
        value={explanation}
        onValue={setExplanation}
        error={errors.explanation}
        rows={3}
      />
      <TextField
        name="institution"
        scope={proposal.id}
        label={t('staffFeedback:institution', undefined, locale)}
        value={institution}
        onValue={setInstitution}
        error={errors.institution}
      />
      <SelectField
        name="mergedInto"
        scope={proposal.id}
        label={t('staffFeedback:mergeInto', undefined, locale)}
        value={mergedInto}
        onValue={setMergedInto}
        error={errors.mergedInto}
      >
        <option value="">{t('staffFeedback:notMerged', undefined, locale)}</option>
        {others.map((o) => (
          <option key={o.id} value={o.id}>
            {short(o.text)}
          </option>
        ))}
      </SelectField>
      <label class="row">
        <input
          type="checkbox"
          name="hidden"
          checked={hidden}
          onChange={(e) => setHidden(e.currentTarget.checked)}
        />
        <span>{t('staffFeedback:hidden', undefined, locale)}</span>
      </label>
      {errors[''] && <p class="notice notice--error">{errors['']}</p>}
      <p>
        <button type="submit" class="button" disabled={saving || !check.ok}>
          {saving
            ? t('staffFeedback:saving', undefined, locale)
            : t('staffFeedback:save', undefined, locale)}
        </button>
      </p>
    </form>
  );
}
