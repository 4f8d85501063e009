// Travel and lodging support: distance to the venue and the eligibility rule, for both sides.
export {
  ROAD_FACTOR,
  greatCircleKm,
  roadDistanceKm,
  venuePoint,
  type GeoPoint,
  type VenueLocation,
} from './distance';
export {
  AVERAGE_ROAD_SPEED_KMH,
  EARLIEST_DEPARTURE,
  acceptedOnlyReason,
  sameMorningReachKm,
  supportEligibility,
  supportPolicyOf,
  supportSettingOf,
  supportRequestAllowed,
  type ListEligibility,
  type SupportEligibility,
  type SupportSetting,
} from './eligibility';
export { reasonText, type Reason, type ReasonKey } from './reasons';
