// Places Morocco's provinces on a flat picture: an equirectangular projection scaled at the
// country's middle latitude, enough for "who comes from where" at the scale of a screen.
import type { GeoPoint } from '../../../shared/support';

/** The box the 75 provincial seats fall in (Aousserd 22.6°N to Tangier 35.8°N), with room for
 *  the distance rings around a northern venue. */
export const BOUNDS = { north: 37.6, south: 21.4, west: -17.4, east: -0.8 };
export const WIDTH = 400;

const KM_PER_DEGREE = 111.2;
const rad = (deg: number) => (deg * Math.PI) / 180;
const midCos = Math.cos(rad((BOUNDS.north + BOUNDS.south) / 2));
/** Picture units per degree of latitude. */
const scale = WIDTH / ((BOUNDS.east - BOUNDS.west) * midCos);

export const HEIGHT = Math.round((BOUNDS.north - BOUNDS.south) * scale);

export function project(point: GeoPoint): { x: number; y: number } {
  return {
    x: (point.lng - BOUNDS.west) * midCos * scale,
    y: (BOUNDS.north - point.lat) * scale,
  };
}

/**
 * A circle of `km` around `center` on the ground, as the ellipse it becomes in the picture
 * (east–west distances stretch with the latitude's distance from the middle one).
 */
export function groundCircle(center: GeoPoint, km: number): { rx: number; ry: number } {
  const ry = (km / KM_PER_DEGREE) * scale;
  return { rx: (ry * midCos) / Math.cos(rad(center.lat)), ry };
}

/** Parallels and meridians every 5°, for orientation. */
export function graticule(): Array<{
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  label: string;
}> {
  const lines = [];
  for (let lat = 25; lat <= 35; lat += 5) {
    const a = project({ lat, lng: BOUNDS.west });
    const b = project({ lat, lng: BOUNDS.east });
    lines.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, label: `${lat}°N` });
  }
  for (let lng = -15; lng <= -5; lng += 5) {
    const a = project({ lat: BOUNDS.north, lng });
    const b = project({ lat: BOUNDS.south, lng });
    lines.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, label: `${-lng}°W` });
  }
  return lines;
}
