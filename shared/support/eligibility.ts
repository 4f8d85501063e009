// Who may have travel and lodging covered, and why: the one rule the server answers with and
// the phone shows offline before sending. Budgets are not part of it (see `withinBudget`).
import type { Locale } from '../enums';
import { provinceByCode } from '../geo';
import type { SupportPolicy } from '../schemas/meeting';
import { DEFAULT_SUPPORT_POLICY, supportPolicyOf } from './defaultPolicy';
import { roadDistanceKm, type VenueLocation } from './distance';
import { reasonText, type Reason } from './reasons';

/**
 * Lodging is also covered when the meeting's start cannot be reached leaving home the same
 * morning: departure no earlier than 06:00 (the first buses and grands taxis), at 60 km/h on
 * average (national roads, stops and changes included). For a 09:00 start that is 180 km, so
 * the default 150 km threshold decides first; for an 08:00 start it is 120 km.
 */
export const EARLIEST_DEPARTURE = '06:00';
export const AVERAGE_ROAD_SPEED_KMH = 60;

export interface SupportSetting {
  policy?: SupportPolicy;
  venue: VenueLocation;
  /** The meeting's local start time, "09:00"; without it only the distance rule applies. */
  startClock?: string;
}

export interface ListEligibility {
  eligible: boolean;
  reason: string;
}

export interface SupportEligibility {
  /** Estimated road km; null when the departure province is unknown. */
  distanceKm: number | null;
  travel: ListEligibility;
  lodging: ListEligibility;
}

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** How far one can travel between 06:00 and the start; null without a usable start time. */
export function sameMorningReachKm(startClock: string | undefined): number | null {
  if (!startClock || !/^\d{2}:\d{2}$/.test(startClock)) return null;
  const hours = Math.max(0, minutesOf(startClock) - minutesOf(EARLIEST_DEPARTURE)) / 60;
  return Math.round(hours * AVERAGE_ROAD_SPEED_KMH);
}

/** The meeting's policy, or the defaults for a meeting that has none yet. */
export { supportPolicyOf };

/**
 * The setting of a meeting, as organizers write it ("2026-12-12T09:00") or as the API shows it
 * ("2026-12-12T09:00:00+00:00"): both carry the local start time at the same place.
 */
export function supportSettingOf(meeting: {
  support?: SupportPolicy;
  venue: VenueLocation;
  startsAt: string;
}): SupportSetting {
  return {
    policy: supportPolicyOf(meeting),
    venue: meeting.venue,
    startClock: meeting.startsAt.slice(11, 16),
  };
}

/** Whether this registration may ask at all (a policy may reserve support to accepted people). */
export function supportRequestAllowed(policy: SupportPolicy, registrationStatus: string): boolean {
  if (registrationStatus === 'cancelled' || registrationStatus === 'rejected') return false;
  return !policy.acceptedOnly || registrationStatus === 'accepted';
}

export function acceptedOnlyReason(locale: Locale): string {
  return reasonText({ key: 'acceptedOnly' }, locale);
}

function assess(setting: SupportSetting, provinceCode: string, placeOf: (code: string) => string) {
  const policy = setting.policy ?? DEFAULT_SUPPORT_POLICY;
  const km = roadDistanceKm(provinceCode, setting.venue);
  if (km === null) {
    const unknown: Reason = { key: 'unknownProvince' };
    return { km, travel: { ok: false, reason: unknown }, lodging: { ok: false, reason: unknown } };
  }
  const place = placeOf(provinceCode);
  const local = km === 0;

  const t = policy.travel;
  const travelOk = t.enabled && km >= t.minDistanceKm && !local;
  const travel: Reason = !t.enabled
    ? { key: 'travel.disabled' }
    : {
        key: travelOk ? 'travel.covered' : local ? 'travel.local' : 'travel.tooClose',
        params: { place, km, min: t.minDistanceKm },
      };

  const l = policy.lodging;
  const reach = sameMorningReachKm(setting.startClock);
  const byDistance = km >= l.minDistanceKm;
  const byClock = reach !== null && km > reach;
  const lodgingOk = l.enabled && !local && (byDistance || byClock);
  const lodging: Reason = !l.enabled
    ? { key: 'lodging.disabled' }
    : lodgingOk && !byDistance
      ? { key: 'lodging.unreachable', params: { place, km, start: setting.startClock ?? '' } }
      : {
          key: lodgingOk ? 'lodging.covered' : local ? 'lodging.local' : 'lodging.tooClose',
          params: { place, km, min: l.minDistanceKm },
        };

  return {
    km,
    travel: { ok: travelOk, reason: travel },
    lodging: { ok: lodgingOk, reason: lodging },
  };
}

/**
 * Travel: road distance ≥ travel.minDistanceKm. Lodging: road distance ≥ lodging.minDistanceKm,
 * or farther than the same-morning reach of the start time. The venue's own province is 0 km
 * and gets neither, whatever the thresholds. A list the policy turns off is never eligible.
 */
export function supportEligibility(
  setting: SupportSetting,
  departureProvinceCode: string,
  locale: Locale,
): SupportEligibility {
  const placeOf = (code: string) => {
    const province = provinceByCode(code);
    return province ? (locale === 'ar' ? province.name.ar : province.name.fr) : code;
  };
  const { km, travel, lodging } = assess(setting, departureProvinceCode, placeOf);
  return {
    distanceKm: km,
    travel: { eligible: travel.ok, reason: reasonText(travel.reason, locale) },
    lodging: { eligible: lodging.ok, reason: reasonText(lodging.reason, locale) },
  };
}
