// What a programme's public files carry besides its API shapes (those are in
// shared/api/programmes.ts): the smallest cell the public sees and the open-data licence.

/** Cells of fewer people than this are hidden in everything the public sees (law 09-08). */
export const PUBLIC_MIN_CELL = 3;

/** The licence the open-data files are published under, named in every file. */
export const OPEN_DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
