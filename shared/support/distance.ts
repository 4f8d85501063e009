// How far a participant travels to the venue: great-circle kilometres between the departure
// province's seat and the venue, stretched by a road factor. Pure, so the phone computes
// offline exactly what the server computes.
import { provinceByCode } from '../geo';

export interface GeoPoint {
  lat: number;
  lng: number;
}

/** Where the meeting happens, as the meeting stores it. */
export interface VenueLocation {
  provinceCode: string;
  lat?: number;
  lng?: number;
}

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * Road kilometres per straight-line kilometre. Studies of route circuity put the ratio at
 * 1.2–1.4 for most countries; Morocco spans both ends of that: Rabat–Casablanca by motorway is
 * ~1.1 times the straight line, Tangier–Tétouan ~1.3, and the Rif and Atlas roads (Tangier–
 * Al Hoceïma, Marrakech–Ouarzazate) 1.5 or more. 1.3 is the middle that neither promises
 * support to a neighbour town nor refuses it to a mountain one; the threshold, not the factor,
 * is the organizers' lever. Changing it changes every answer already given, so it is fixed here.
 */
export const ROAD_FACTOR = 1.3;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance (haversine), km. */
export function greatCircleKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The venue's own coordinates, or its province's seat when the organizer gave none. */
export function venuePoint(venue: VenueLocation): GeoPoint | null {
  if (typeof venue.lat === 'number' && typeof venue.lng === 'number')
    return { lat: venue.lat, lng: venue.lng };
  const province = provinceByCode(venue.provinceCode);
  return province ? { lat: province.lat, lng: province.lng } : null;
}

/**
 * Estimated road km from a province to the venue, rounded to the kilometre; 0 for the venue's
 * own province (its people are local, wherever in the province the venue is). Null for an
 * unknown province.
 */
export function roadDistanceKm(departureProvinceCode: string, venue: VenueLocation): number | null {
  const from = provinceByCode(departureProvinceCode);
  const to = venuePoint(venue);
  if (!from || !to) return null;
  if (from.code === venue.provinceCode) return 0;
  return Math.round(greatCircleKm(from, to) * ROAD_FACTOR);
}
