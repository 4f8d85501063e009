// Small formatting shared by the screen's parts: averages with a decimal comma (as in Morocco,
// except in English) and workshop names from the meeting.
import type { Locale } from '../../../shared/enums';
import type { MeetingView } from '../../../shared/api/meetings';
import { t, pickText } from '../../i18n';

export function formatAverage(value: number, locale: Locale): string {
  const text = String(value);
  return locale === 'en' ? text : text.replace('.', ',');
}

export function workshopName(meeting: MeetingView, id: string | null, locale: Locale): string {
  const workshop = id ? meeting.workshops?.find((w) => w.id === id) : undefined;
  if (workshop) return pickText(workshop.title, locale).value;
  return id ?? t('staffFeedback:general', undefined, locale);
}

/** Workshop ids in the meeting's order, then "" for feedback tied to none (or to an unknown one). */
export function workshopOrder(meeting: MeetingView): string[] {
  return [...(meeting.workshops ?? []).map((w) => w.id), ''];
}
