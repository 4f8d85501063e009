// The words of a result: headline, the line under the name, and what screen readers hear.
import type { Locale } from '../../../shared/enums';
import { t, pickText } from '../../i18n';
import type { MeetingView } from '../../../shared/api/meetings';
import type { Verdict } from '../../desk/arrival';
import { wallClock } from '../../desk/clock';
import { deskLabelOf } from '../../desk/deskIdentity';
import type { Shown } from './ResultOverlay';

/** The desk's name for a deviceId, or "another desk" while unknown. */
export function deskName(locale: Locale, deviceId: string | null): string {
  return deviceId ? deskLabelOf(deviceId) : t('staffDesk:result.otherDesk', undefined, locale);
}

/** "09:12" in the meeting's time (UTC offset of its start; Morocco's when the meeting is unknown). */
export function clockOf(instant: string, meeting: MeetingView | null): string {
  return wallClock(instant, meeting?.startsAt ?? 'Z');
}

function workshopLine(
  locale: Locale,
  meeting: MeetingView | null,
  workshopId: string | null,
): string {
  const workshop = meeting?.workshops?.find((w) => w.id === workshopId);
  return workshop
    ? `${t('staffDesk:workshop.label', undefined, locale)}: ${pickText(workshop.title, locale).value}`
    : '';
}

export function describe(
  locale: Locale,
  verdict: Verdict,
  meeting: MeetingView | null,
  desk: string | null = null,
): Shown {
  switch (verdict.kind) {
    case 'checked-in':
      return {
        verdict,
        headline: t('staffDesk:result.checkedIn', undefined, locale),
        detail: workshopLine(locale, meeting, verdict.person.workshopId),
      };
    case 'already-checked-in':
      return {
        verdict,
        headline: t('staffDesk:result.already', undefined, locale),
        detail: t(
          'staffDesk:result.alreadyAt',
          {
            time: clockOf(verdict.arrival.at, meeting),
            desk: desk ?? deskName(locale, verdict.arrival.deviceId),
          },
          locale,
        ),
      };
    case 'unknown':
      return {
        verdict,
        headline: t('staffDesk:result.unknown', undefined, locale),
        detail: t('staffDesk:result.unknownHint', undefined, locale),
      };
    case 'not-accepted': {
      const problem = verdict.person.walkIn?.problem;
      return {
        verdict,
        headline: t('staffDesk:result.notAccepted', undefined, locale),
        detail: problem ? t('staffDesk:result.walkInRefused', { reason: problem }, locale) : '',
      };
    }
  }
}

export function announcement(shown: Shown): string {
  const person = shown.verdict.kind === 'unknown' ? null : shown.verdict.person;
  return [shown.headline, person?.fullName, shown.detail].filter(Boolean).join('. ');
}
