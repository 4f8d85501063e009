// Places Morocco's provinces on a plane from their seats' latitude and longitude
// (equirectangular, corrected for the country's mean latitude): enough for proportional
// circles, with no map tiles to download.
import { PROVINCES } from '../../../shared/geo';

export const MAP_WIDTH = 300;
// Room for the largest circle (radius 18) around the outermost seats.
const PAD = 22;

const lats = PROVINCES.map((p) => p.lat);
const lngs = PROVINCES.map((p) => p.lng);
const north = Math.max(...lats);
const south = Math.min(...lats);
const west = Math.min(...lngs);
const east = Math.max(...lngs);
const squeeze = Math.cos((((north + south) / 2) * Math.PI) / 180);
const scale = (MAP_WIDTH - 2 * PAD) / ((east - west) * squeeze);

export const MAP_HEIGHT = Math.round((north - south) * scale + 2 * PAD);

export function project(lat: number, lng: number): { x: number; y: number } {
  return { x: PAD + (lng - west) * squeeze * scale, y: PAD + (north - lat) * scale };
}

/** Circle radius with the area proportional to the count; the largest count gets `max`. */
export function radius(n: number, largest: number, max = 18): number {
  return n > 0 && largest > 0 ? Math.max(2.5, max * Math.sqrt(n / largest)) : 0;
}
