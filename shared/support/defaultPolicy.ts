// The support a meeting offers when its organizers set none, apart from the schemas so the
// public meeting page can say it without loading the validators.
import type { SupportPolicy } from '../schemas/meeting';

export const DEFAULT_SUPPORT_POLICY: SupportPolicy = {
  travel: { enabled: true, minDistanceKm: 30 },
  lodging: { enabled: true, minDistanceKm: 150, nights: 1 },
  priorityAccessibility: true,
  acceptedOnly: true,
};

export function supportPolicyOf(meeting: { support?: SupportPolicy }): SupportPolicy {
  return meeting.support ?? DEFAULT_SUPPORT_POLICY;
}
