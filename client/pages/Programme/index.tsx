// "/p/:slug": a national process seen whole by the public — its meetings on a timeline and a
// map, participation so far (the seed tables summed, small cells hidden), every proposal with
// its fate, and the open data to download. Read once, it opens again with no network.
import type { Locale } from '../../../shared/enums';
import {
  loadProgrammePage,
  type ProgrammePage as Loaded,
} from '../../actions/programmes/loadProgrammePage';
import { t, pickText } from '../../i18n';
import { usePageTitle } from '../../app/pageTitle';
import { useRemote } from '../../app/useRemote';
import LoadError from '../../components/LoadError';
import Loading from '../../components/Loading';
import LocalText from '../../components/LocalText';
import { Downloads } from './Downloads';
import { Participation } from './Participation';
import { ProposalList } from './ProposalList';
import { Timeline } from './Timeline';
import styles from './Programme.module.css';

export default function ProgrammePage({ slug, locale }: { slug: string; locale: Locale }) {
  const [load, retry] = useRemote((signal) => loadProgrammePage(slug, signal), [slug]);
  usePageTitle(load.status === 'done' ? pickText(load.data.programme.title, locale).value : null);
  if (load.status === 'loading') return <Loading />;
  if (load.status === 'error') {
    return (
      <LoadError
        error={load.error}
        locale={locale}
        onRetry={retry}
        notFound={t('programme:notFound', undefined, locale)}
      />
    );
  }
  return <ProgrammeSections {...load.data} locale={locale} />;
}

function ProgrammeSections({ programme, report, proposals, locale }: Loaded & { locale: Locale }) {
  return (
    <article class={`${styles.page} stack`} aria-labelledby="programme-title">
      <header class="stack">
        <LocalText as="h1" id="programme-title" text={programme.title} locale={locale} />
        {programme.description && (
          <LocalText as="p" class={styles.lead} text={programme.description} locale={locale} />
        )}
      </header>
      <Timeline programme={programme} report={report} locale={locale} />
      <Participation programme={programme} report={report} locale={locale} />
      <ProposalList programme={programme} proposals={proposals} locale={locale} />
      <Downloads slug={programme.slug} locale={locale} />
    </article>
  );
}
