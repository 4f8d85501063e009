// Catches what a page throws while rendering and shows a way out instead of a blank screen.
import { Component, type ComponentChildren } from 'preact';
import type { Locale } from '../../shared/enums';
import { t } from '../i18n';

interface Props {
  locale: Locale;
  /** A new value (the next address) clears the error. */
  resetKey: string;
  children: ComponentChildren;
}

interface State {
  error: unknown;
  resetKey: string;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static override getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  static override getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown') };
  }

  override componentDidCatch(error: unknown): void {
    console.error('[liqa] page failed', error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const { locale } = this.props;
    return (
      <section class="stack" aria-labelledby="error-title">
        <h1 id="error-title">{t('error.title', undefined, locale)}</h1>
        <p>{t('error.body', undefined, locale)}</p>
        <p class="row">
          <button type="button" class="button" onClick={() => window.location.reload()}>
            {t('error.reload', undefined, locale)}
          </button>
          <a class="button button--secondary" href="/">
            {t('shell.home', undefined, locale)}
          </a>
        </p>
      </section>
    );
  }
}
