// Which programme (national process) the meeting is part of: a native select of the existing
// programmes, "none" first. A meeting whose programme cannot be listed keeps it.
import { loadProgrammeChoices } from '../../actions/staff/loadProgrammeChoices';
import { t, pickText } from '../../i18n';
import { useRemote } from '../../app/useRemote';
import { SelectField } from '../../components/Field';
import type { SectionProps } from './Section';

export function ProgrammePicker({ values, set, errors, locale }: SectionProps) {
  const [programmes] = useRemote(loadProgrammeChoices, []);
  const known = programmes.status === 'done' ? programmes.data : [];
  const choices = known.map((p) => ({ slug: p.slug, title: pickText(p.title, locale).value }));
  if (values.programmeSlug && !choices.some((c) => c.slug === values.programmeSlug))
    choices.push({ slug: values.programmeSlug, title: values.programmeSlug });
  return (
    <SelectField
      name="programmeSlug"
      label={t('staff:form.partOf', undefined, locale)}
      hint={t('staff:form.partOfHint', undefined, locale)}
      value={values.programmeSlug}
      onValue={(programmeSlug) => set({ programmeSlug })}
      error={errors.programmeSlug}
    >
      <option value="">{t('staff:form.partOfNone', undefined, locale)}</option>
      {choices.map((c) => (
        <option key={c.slug} value={c.slug}>
          {c.title}
        </option>
      ))}
    </SelectField>
  );
}
