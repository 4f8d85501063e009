// Builds the PWA: Preact, then our service worker with the precache list of the build.
// The web app manifest is a static file (client/public/manifest.webmanifest).
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { serviceWorker } from './build/serviceWorkerPlugin.ts';

const SHARED = path.resolve(import.meta.dirname, 'shared');

/**
 * The shared schemas check phones with shared/phoneOnDevice.ts in the PWA: Moroccan numbers by our
 * own rule, libphonenumber fetched for a foreign one, so the forms do not carry it on 3G. The
 * server and the tests keep shared/phone.ts, the library for every number.
 */
function phoneOnDevice(): Plugin {
  return {
    name: 'liqa-phone-on-device',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== '../phone' || !importer?.startsWith(path.join(SHARED, 'schemas') + path.sep))
        return null;
      return path.join(SHARED, 'phoneOnDevice.ts');
    },
  };
}

const API_PORT = Number(process.env.LIQA_API_PORT ?? 8081);

/**
 * What a participant's forms (register, change of details, support, feedback) share beyond the
 * shell: the schemas with valibot, the fields and error summary, drafts and the participant's
 * registration intents. One chunk instead of eleven: on a 3G phone each file is a round trip of its own (6 at a time), and
 * small files compress worse.
 */
const PARTICIPANT_FORMS = [
  /node_modules[\\/]valibot[\\/]/,
  /shared[\\/]schemas[\\/](common|validate|registration)\.ts$/,
  /shared[\\/]registration[\\/]contact\.ts$/,
  /shared[\\/]i18n[\\/]validation[\\/](public|registry)\.ts$/,
  /shared[\\/]phone(Morocco|OnDevice)\.ts$/,
  /client[\\/]components[\\/](Field|ChoiceGroup|ErrorSummary)[\\/]/,
  /client[\\/](app|store)[\\/]drafts\.ts$/,
  /client[\\/]actions[\\/]meetings[\\/]loadMeetingOrLastSeen\.ts$/,
  /client[\\/]actions[\\/]registration[\\/](register|forgetRegistration|followMyRegistrations|registrationProgress|recoverMyLink)\.ts$/,
  /client[\\/]api[\\/]registrations\.ts$/,
];

/**
 * The registration form's page, with the parts the private link page (its edit form) and the
 * desk's walk-in form reuse: one chunk, which those pages load too, rather than the parts split
 * into a chunk of their own that the form's first load would wait for as well (its 15 KB budget,
 * a 3G round trip). "Lost your link?" stays apart: fetched when opened. What only the form
 * imports from outside its folder is listed too, or it would make a third file of its own (the
 * bench's "registration form … in N files" shows it).
 */
const REGISTER_FORM = [
  /client[\\/]pages[\\/]Register[\\/](?!RecoverForm\.tsx$)/,
  /client[\\/]actions[\\/]registration[\\/]openRegistrationForm\.ts$/,
  /shared[\\/]registrationWindow\.ts$/,
  /shared[\\/]registration[\\/]eligibleRegion\.ts$/,
];

/** The header's write-queue line, loaded beside every page: one file, not five. */
const SYNC_STATUS = [
  /client[\\/]components[\\/]SyncStatus[\\/]/,
  /client[\\/]sync[\\/](entryScope|writeQueue|uuid)\.ts$/,
  // What the queue holds and whether it can send: the line's own hooks, which screens use too.
  /client[\\/]actions[\\/]queue[\\/]/,
];

export default defineConfig({
  root: 'client',
  publicDir: 'public',
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    modulePreload: { polyfill: false },
    // Read by the service-worker step to split the precache by audience, then removed.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // Preact, its hooks and its JSX runtime: one file every page loads, not two or three
              // (which split as the chunks that share them change).
              name: 'preact',
              test: /node_modules[\\/]preact[\\/]/,
            },
            {
              name: 'syncStatus',
              test: (id) => SYNC_STATUS.some((path) => path.test(id)),
              includeDependenciesRecursively: false,
            },
            {
              // Named as the screen's own chunk would be (build/routePreloads.ts finds it so).
              name: 'Register',
              test: (id) => REGISTER_FORM.some((path) => path.test(id)),
              includeDependenciesRecursively: false,
            },
            {
              name: 'participantForms',
              test: (id) => PARTICIPANT_FORMS.some((path) => path.test(id)),
              // Only these modules: their own imports (the shell's) stay where they are.
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': `http://127.0.0.1:${API_PORT}` },
  },
  plugins: [phoneOnDevice(), preact(), serviceWorker('sw/sw.ts')],
});
