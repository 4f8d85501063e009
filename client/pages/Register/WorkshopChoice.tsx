// Which parallel workshop the person would join, when the meeting has several; "no
// preference" lets the organizers balance the groups.
import type { Locale } from '../../../shared/enums';
import type { MeetingView } from '../../../shared/api/meetings';
import ChoiceGroup from '../../components/ChoiceGroup';
import LocalText from '../../components/LocalText';
import { t } from '../../i18n';

interface Props {
  meeting: MeetingView;
  locale: Locale;
  value: string;
  onChange: (workshopId: string) => void;
  error?: string;
}

export default function WorkshopChoice({ meeting, locale, value, onChange, error }: Props) {
  const workshops = meeting.workshops ?? [];
  if (workshops.length === 0) return null;
  const choices = [
    ...workshops.map((w) => ({ value: w.id, label: <LocalText text={w.title} locale={locale} /> })),
    { value: '', label: t('register:noPreference', undefined, locale) },
  ];
  return (
    <ChoiceGroup
      name="workshopId"
      type="radio"
      legend={`${t('register:workshopId', undefined, locale)} (${t('register:optional', undefined, locale)})`}
      choices={choices}
      selected={value}
      onChange={(v) => onChange(v as string)}
      error={error}
    />
  );
}
