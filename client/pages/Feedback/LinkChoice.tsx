// "Link to my registration": offered only when this phone holds a registration for the meeting
// (its private-link token proves it). Anonymous is the default; linking is the person's choice.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { followLinkableRegistrations } from '../../actions/feedback/followLinkableRegistrations';
import ChoiceGroup from '../../components/ChoiceGroup';
import type { LocalRegistration } from '../../store/types';
import { t } from '../../i18n';

/** The registrations on this phone for the meeting that a token can link feedback to. */
export function useLinkableRegistrations(slug: string): LocalRegistration[] {
  const [mine, setMine] = useState<LocalRegistration[]>([]);
  useEffect(() => followLinkableRegistrations(slug, setMine), [slug]);
  return mine;
}

interface Props {
  registrations: LocalRegistration[];
  locale: Locale;
  value: string;
  onChange: (registrationId: string) => void;
}

export default function LinkChoice({ registrations, locale, value, onChange }: Props) {
  if (registrations.length === 0) return null;
  const choices = [
    { value: '', label: t('feedback:anonymous', undefined, locale) },
    ...registrations.map((r) => ({
      value: r.id,
      label: t('feedback:linkedAs', { name: r.fullName }, locale),
    })),
  ];
  return (
    <ChoiceGroup
      name="linkTo"
      type="radio"
      legend={t('feedback:linkLegend', undefined, locale)}
      hint={t('feedback:linkHint', undefined, locale)}
      choices={choices}
      selected={value}
      onChange={(v) => onChange(v as string)}
    />
  );
}
