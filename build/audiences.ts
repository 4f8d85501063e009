// Which build files each audience needs, read from Vite's manifest: a participant's phone
// precaches the shell and every screen reachable from it without passing through a staff screen
// (their lazy chunks, styles and icons); the staff screens (support, outbox, report, meeting form,
// desk with its QR decoder) are fetched into the cache once a staff member signs in; the public
// programme page is read online and cached on its first visit.
export interface ManifestChunk {
  file: string;
  /** The chunk's name (its module's, or a code-splitting group's). */
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}

export type ViteManifest = Record<string, ManifestChunk>;

/**
 * Screens only staff open (source paths as the manifest names them, relative to client/), and
 * their words (client/i18n/<lang>/staff*.ts).
 */
export const STAFF_SCREENS =
  /^(pages\/(Staff[A-Za-z]*|MeetingForm|CheckinDesk|Report)\/|i18n\/[a-z]+\/staff[A-Za-z]*\.ts$)/;

/**
 * Public screens read online rather than carried to a meeting: a national programme's timeline,
 * summed report and proposals. Cached on the first visit (the service worker keeps build files
 * it served), so a phone that opened one has it offline too.
 */
export const ONLINE_SCREENS = /^(pages\/Programme\/|i18n\/[a-z]+\/programme\.ts$)/;

/** Words of one language other than Arabic (i18n/fr/support.ts, i18n/en/common.ts…). */
const LANGUAGE_FILE = /^i18n\/(fr|en)\//;

export interface ParticipantFiles {
  /** Every participant's phone: precached. */
  common: Set<string>;
  /** French and English words: cached when the page is in that language. */
  byLanguage: Record<'fr' | 'en', Set<string>>;
  /** The online screens' own files (not in `common`): cached when first served. */
  onVisit: Set<string>;
}

/** Build files (relative to the output folder) a participant's screens load. */
export function participantFiles(manifest: ViteManifest): ParticipantFiles {
  const byLanguage = { fr: new Set<string>(), en: new Set<string>() };
  const walk = (roots: string[], skip: RegExp) => {
    const files = new Set<string>();
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      const chunk = manifest[key];
      if (!chunk) return;
      if (chunk.isDynamicEntry && chunk.src && skip.test(chunk.src)) return;
      const language = chunk.isDynamicEntry ? LANGUAGE_FILE.exec(chunk.src ?? '')?.[1] : undefined;
      if (language === 'fr' || language === 'en') {
        byLanguage[language].add(chunk.file);
        return;
      }
      files.add(chunk.file);
      for (const f of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(f);
      for (const k of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(k);
    };
    roots.forEach(visit);
    return files;
  };
  const keys = Object.entries(manifest);
  const common = walk(
    keys.filter(([, c]) => c.isEntry).map(([k]) => k),
    new RegExp(`${STAFF_SCREENS.source}|${ONLINE_SCREENS.source}`),
  );
  const online = walk(
    keys.filter(([, c]) => c.isDynamicEntry && ONLINE_SCREENS.test(c.src ?? '')).map(([k]) => k),
    STAFF_SCREENS,
  );
  return { common, byLanguage, onVisit: new Set([...online].filter((f) => !common.has(f))) };
}
