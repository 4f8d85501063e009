// Writes shared/phoneNumberingPlans.json: libphonenumber-js's "min" metadata without the
// display formats, which reading and checking a number never use (only formatting does), but
// Morocco's (a Moroccan number is shown as dialled at home), and without other countries'
// international dialling prefixes (numbers are read as dialled from Morocco). Half the bytes a participant's
// phone downloads for it. Run again after upgrading
// libphonenumber-js (a test compares the file with what this makes):
//   npx tsx build/numberingPlans.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import metadata from 'libphonenumber-js/metadata.min.json';

/** Index of the international dialling prefix and of the formats in a country's metadata. */
const IDD_PREFIX = 1;
const FORMATS = 4;
const HOME_COUNTRY = 'MA';

type Plans = Record<string, unknown[]>;

export function numberingPlansOf(source: typeof metadata): typeof metadata {
  const withoutFormats = (plans: Plans) =>
    Object.fromEntries(
      Object.entries(plans).map(([key, plan]) => [
        key,
        // Numbers are read as dialled from Morocco, so other countries' dialling prefixes are unused.
        key === HOME_COUNTRY
          ? plan
          : plan.map((field, i) => (i === FORMATS || i === IDD_PREFIX ? null : field)),
      ]),
    );
  return {
    ...source,
    countries: withoutFormats(source.countries as Plans),
    ...(source.nonGeographic
      ? { nonGeographic: withoutFormats(source.nonGeographic as Plans) }
      : {}),
  } as typeof metadata;
}

export const NUMBERING_PLANS_FILE = path.join(
  import.meta.dirname,
  '../shared/phoneNumberingPlans.json',
);

if (process.argv[1]?.endsWith('numberingPlans.ts')) {
  writeFileSync(NUMBERING_PLANS_FILE, JSON.stringify(numberingPlansOf(metadata)) + '\n');
  console.log(`wrote ${NUMBERING_PLANS_FILE}`);
}
