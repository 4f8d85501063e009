// Distances and the support rule, for a Tangier venue (Grand Mogador) as in the seeds.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUPPORT_POLICY, type SupportPolicy } from '../schemas/meeting';
import { PROVINCES } from '../geo';
import { greatCircleKm, roadDistanceKm, ROAD_FACTOR } from './distance';
import {
  sameMorningReachKm,
  supportEligibility,
  supportRequestAllowed,
  type SupportSetting,
} from './eligibility';

const venue = { provinceCode: 'tanger-assilah', lat: 35.78, lng: -5.81 };
const tangier: SupportSetting = { policy: DEFAULT_SUPPORT_POLICY, venue, startClock: '09:00' };

describe('distance to the venue', () => {
  it('measures the great circle: Rabat to Casablanca is about 87 km as the crow flies', () => {
    const km = greatCircleKm({ lat: 34.0209, lng: -6.8416 }, { lat: 33.5731, lng: -7.5898 });
    expect(km).toBeGreaterThan(84);
    expect(km).toBeLessThan(90);
  });

  it('stretches it by the road factor and rounds to the kilometre', () => {
    const straight = greatCircleKm({ lat: 35.5785, lng: -5.3684 }, venue);
    expect(roadDistanceKm('tetouan', venue)).toBe(Math.round(straight * ROAD_FACTOR));
    expect(roadDistanceKm('tetouan', venue)).toBe(59);
  });

  it("counts the venue's own province as 0 km, even with the venue away from its seat", () => {
    expect(roadDistanceKm('tanger-assilah', venue)).toBe(0);
    expect(
      roadDistanceKm('tanger-assilah', { provinceCode: 'tanger-assilah', lat: 35.5, lng: -6 }),
    ).toBe(0);
  });

  it("uses the venue province's seat when the venue has no coordinates", () => {
    expect(roadDistanceKm('tetouan', { provinceCode: 'tanger-assilah' })).toBe(61);
  });

  it('knows no distance from an unknown province', () => {
    expect(roadDistanceKm('atlantis', venue)).toBeNull();
  });

  it('gives every province a distance under 2,500 km from Tangier', () => {
    for (const p of PROVINCES) expect(roadDistanceKm(p.code, venue)).toBeLessThan(2500);
  });
});

describe('eligibility for a Tangier venue (defaults: travel from 30 km, lodging from 150 km)', () => {
  it('covers nothing for the venue province', () => {
    const answer = supportEligibility(tangier, 'tanger-assilah', 'en');
    expect(answer.distanceKm).toBe(0);
    expect(answer.travel.eligible).toBe(false);
    expect(answer.lodging.eligible).toBe(false);
    expect(answer.travel.reason).toBe(
      "Tanger-Assilah is the venue's own province (0 km); travel is only covered from 30 km.",
    );
  });

  it('covers travel only from Tétouan', () => {
    const answer = supportEligibility(tangier, 'tetouan', 'fr');
    expect([answer.travel.eligible, answer.lodging.eligible]).toEqual([true, false]);
    expect(answer.travel.reason).toBe(
      'Tétouan est à 59 km du lieu de la rencontre ; le transport est pris en charge à partir de 30 km.',
    );
    expect(answer.lodging.reason).toContain(
      "l'hébergement n'est pris en charge qu'à partir de 150 km",
    );
  });

  it('covers travel and lodging from Al Hoceïma', () => {
    const answer = supportEligibility(tangier, 'al-hoceima', 'ar');
    expect([answer.travel.eligible, answer.lodging.eligible]).toEqual([true, true]);
    expect(answer.distanceKm).toBeGreaterThanOrEqual(150);
    expect(answer.lodging.reason).toBe(
      `الحسيمة على بعد ${answer.distanceKm} كم من مكان اللقاء؛ يُتكفَّل بالإيواء ابتداءً من 150 كم.`,
    );
  });

  it('explains in Arabic, French and English', () => {
    const reasons = (['ar', 'fr', 'en'] as const).map(
      (l) => supportEligibility(tangier, 'tetouan', l).travel.reason,
    );
    expect(reasons[0]).toMatch(/^تطوان على بعد 59 كم/);
    expect(reasons[1]).toMatch(/^Tétouan est à 59 km/);
    expect(reasons[2]).toBe('Tétouan is 59 km from the venue; travel is covered from 30 km.');
  });

  it('follows the thresholds the organizers set', () => {
    const strict: SupportPolicy = {
      ...DEFAULT_SUPPORT_POLICY,
      travel: { enabled: true, minDistanceKm: 80 },
    };
    const answer = supportEligibility({ ...tangier, policy: strict }, 'tetouan', 'en');
    expect(answer.travel).toEqual({
      eligible: false,
      reason: 'Tétouan is 59 km from the venue; travel is only covered from 80 km.',
    });
  });

  it('never covers a list the policy turns off', () => {
    const off: SupportPolicy = {
      ...DEFAULT_SUPPORT_POLICY,
      lodging: { enabled: false, minDistanceKm: 150 },
    };
    const answer = supportEligibility({ ...tangier, policy: off }, 'al-hoceima', 'en');
    expect(answer.lodging).toEqual({
      eligible: false,
      reason: 'This meeting does not cover lodging.',
    });
  });

  it('asks for a province it does not know', () => {
    const answer = supportEligibility(tangier, '', 'en');
    expect(answer.distanceKm).toBeNull();
    expect(answer.travel.eligible).toBe(false);
    expect(answer.travel.reason).toMatch(/Choose your departure province/);
  });
});

describe('lodging when the start cannot be reached the same morning', () => {
  it('reaches 180 km by 09:00 and 120 km by 08:00, leaving at 06:00 at 60 km/h', () => {
    expect(sameMorningReachKm('09:00')).toBe(180);
    expect(sameMorningReachKm('08:00')).toBe(120);
    expect(sameMorningReachKm(undefined)).toBeNull();
  });

  it('covers lodging below the distance threshold when an early start is out of reach', () => {
    const early = { ...tangier, startClock: '07:00' }; // reach: 60 km
    const answer = supportEligibility(early, 'ouezzane', 'en');
    expect(answer.distanceKm).toBeLessThan(150);
    expect(answer.lodging.eligible).toBe(true);
    expect(answer.lodging.reason).toMatch(/a 07:00 start cannot be reached; lodging is covered\.$/);
  });
});

describe('who may ask', () => {
  it('reserves support to accepted registrations when the policy says so', () => {
    const policy = { ...DEFAULT_SUPPORT_POLICY, acceptedOnly: true };
    expect(supportRequestAllowed(policy, 'accepted')).toBe(true);
    expect(supportRequestAllowed(policy, 'pending')).toBe(false);
    expect(supportRequestAllowed({ ...policy, acceptedOnly: false }, 'pending')).toBe(true);
    expect(supportRequestAllowed({ ...policy, acceptedOnly: false }, 'cancelled')).toBe(false);
  });
});
