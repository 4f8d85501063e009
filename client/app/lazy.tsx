// Loads a screen's code the first time it is shown (one chunk per screen), and its words at the
// same time (client/i18n, in Arabic and the reader's language). A failed load (the network, or
// an old version's files gone after an update) goes to the error boundary.
import type { ComponentType, VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getLocale, loadWords, type Area } from '../i18n';

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;

export type LazyComponent<P> = ComponentType<P> & {
  /** Starts loading now (e.g. when a person starts filling a form); resolves once loaded. */
  preload(): Promise<ComponentType<P>>;
};

export function lazyComponent<P extends object>(
  load: Loader<P>,
  fallback: () => VNode | null,
  areas: readonly Area[] = [],
): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    pending ??= Promise.all([load(), loadWords(areas, getLocale())]).then(
      ([m]) => (loaded = m.default),
    );
    return pending;
  };

  function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [error, setError] = useState<unknown>(null);

    useEffect(() => {
      if (Component) return;
      let alive = true;
      preload().then(
        (c) => alive && setComponent(() => c),
        (err: unknown) => {
          pending = null; // the next visit tries again
          if (alive) setError(err);
        },
      );
      return () => {
        alive = false;
      };
    }, [Component]);

    if (error) throw error;
    return Component ? <Component {...props} /> : fallback();
  }
  return Object.assign(Lazy, { preload });
}
