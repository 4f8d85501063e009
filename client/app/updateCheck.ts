// An open tab learns of a new version without a navigation: the browser checks the service
// worker only when a page is loaded, so a tab left open all day (a desk, an organizer's screen)
// would never see the update banner. It asks again every half hour while visible, and when the
// person comes back to the tab or the network returns (at most once a minute).
const EVERY_MS = 30 * 60_000;
const AT_MOST_EVERY_MS = 60_000;

export function watchForUpdates(reg: ServiceWorkerRegistration): void {
  let lastCheck = Date.now(); // registering has just checked
  const check = () => {
    if (document.visibilityState !== 'visible' || !navigator.onLine) return;
    if (reg.installing || Date.now() - lastCheck < AT_MOST_EVERY_MS) return;
    lastCheck = Date.now();
    // Unreachable server: nothing to learn now, the next occasion asks again.
    reg.update().catch(() => undefined);
  };
  setInterval(check, EVERY_MS);
  document.addEventListener('visibilitychange', check);
  window.addEventListener('focus', check);
  window.addEventListener('online', check);
}
