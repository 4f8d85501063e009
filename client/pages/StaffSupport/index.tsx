// "/staff/m/:slug/support": the organizing committee's support screen: where registrants come
// from (map and table), the ranked travel and lodging lists with their decisions and files,
// and the criteria themselves.
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import { supportSettingOf } from '../../../shared/support';
import { refusalOf } from '../../actions/refusal';
import { loadSupportLists, type SupportScreen } from '../../actions/support/loadSupportLists';
import { usePageTitle } from '../../app/pageTitle';
import Loading from '../../components/Loading';
import LocalText from '../../components/LocalText';
import StaffGate from '../../components/StaffGate';
import Geography from './Geography';
import ListPanel from './ListPanel';
import PolicyForm from './PolicyForm';
import styles from './StaffSupport.module.css';
import { t } from '../../i18n';

export default function StaffSupport({ slug, locale }: { slug: string; locale: Locale }) {
  return (
    <StaffGate locale={locale} role="organizer">
      {() => <Screen slug={slug} locale={locale} />}
    </StaffGate>
  );
}

type Load =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'done'; data: SupportScreen };

/** Like useRemote, but a reload after a save keeps the screen (and its notices) in place. */
function useSupportData(slug: string, locale: Locale): [Load, () => void] {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const abort = new AbortController();
    loadSupportLists(slug, abort.signal).then(
      (data) => setLoad({ status: 'done', data }),
      (error: unknown) =>
        !abort.signal.aborted &&
        setLoad((prev) => (prev.status === 'done' ? prev : { status: 'error', error })),
    );
    return () => abort.abort();
  }, [slug, locale, attempt]);
  return [load, () => setAttempt((n) => n + 1)];
}

function Screen({ slug, locale }: { slug: string; locale: Locale }) {
  const [load, reload] = useSupportData(slug, locale);
  usePageTitle(load.status === 'loading' ? null : t('staffSupport:title', undefined, locale));
  const back = `/staff/m/${encodeURIComponent(slug)}`;

  if (load.status === 'loading') return <Loading />;
  if (load.status === 'error') {
    const refusal = refusalOf(load.error, locale);
    const message = refusal.unreachable
      ? t('staffSupport:loadFailed', undefined, locale)
      : refusal.text;
    return (
      <section class="stack" aria-labelledby="support-title">
        <h1 id="support-title">{t('staffSupport:title', undefined, locale)}</h1>
        <p class="notice notice--error">{message}</p>
        <div class="row">
          <button type="button" class="button" onClick={reload}>
            {t('staffSupport:retry', undefined, locale)}
          </button>
          <a href={back}>{t('staffSupport:back', undefined, locale)}</a>
        </div>
      </section>
    );
  }
  const { meeting, overview } = load.data;
  const setting = supportSettingOf(meeting);
  const policy = setting.policy;
  if (!policy) return <Loading />; // supportSettingOf always gives one: defaults at worst
  return (
    <article class={`${styles.page} stack`} aria-labelledby="support-title">
      <header>
        <LocalText as="p" text={meeting.title} locale={locale} class={styles.muted} />
        <h1 id="support-title">{t('staffSupport:title', undefined, locale)}</h1>
        <a href={back}>{t('staffSupport:back', undefined, locale)}</a>
      </header>
      <Geography
        counts={overview.summary.registrantsByProvince}
        venue={meeting.venue}
        policy={policy}
        locale={locale}
      />
      {(['travel', 'lodging'] as const).map((list) => (
        <ListPanel
          key={list}
          slug={slug}
          list={list}
          items={overview[list]}
          summary={overview.summary[list]}
          locale={locale}
          onSaved={reload}
        />
      ))}
      <section class="stack" aria-labelledby="support-policy">
        <h2 id="support-policy">{t('staffSupport:policyTitle', undefined, locale)}</h2>
        <PolicyForm
          slug={slug}
          policy={policy}
          startClock={setting.startClock ?? ''}
          locale={locale}
          onSaved={reload}
        />
      </section>
    </article>
  );
}
