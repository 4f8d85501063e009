// Who may register without an invitation code: people from the meeting's target regions (any
// region when it names none). The server refuses the others (`not-eligible`); the form offers
// them the invitation code field as soon as they pick their province.
import { regionOfProvince } from '../geo';

export function fromEligibleRegion(
  meeting: { eligibleRegions?: readonly string[] },
  provinceCode: string,
): boolean {
  const regions = meeting.eligibleRegions ?? [];
  if (regions.length === 0) return true;
  const region = regionOfProvince(provinceCode);
  return region !== undefined && regions.includes(region.code);
}
