// One of the committee's lists (travel or lodging): counts, the ranked requests with their
// reasons and budget line, decisions saved all at once, and the files to sign.
import { useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { SupportList, SupportListItem, SupportListSummary } from '../../../shared/api/support';
import { refusalOf } from '../../actions/refusal';
import { decideSupport } from '../../actions/support/decideSupport';
import { supportListFileUrl } from '../../actions/support/exportSupportList';
import ListTable from './ListTable';
import styles from './StaffSupport.module.css';
import { t } from '../../i18n';
import FormStatus from '../../components/FormStatus';

interface Props {
  slug: string;
  list: SupportList;
  items: SupportListItem[];
  summary: SupportListSummary;
  locale: Locale;
  onSaved: () => void;
}

function Counts({
  list,
  summary,
  locale,
}: {
  list: SupportList;
  summary: SupportListSummary;
  locale: Locale;
}) {
  const unit = t(
    list === 'travel' ? 'staffSupport:seatsUnit' : 'staffSupport:roomsUnit',
    undefined,
    locale,
  );
  const budget =
    summary.budget === null
      ? t('staffSupport:noBudget', undefined, locale)
      : `${summary.budget} ${unit}`;
  const cells: Array<[string, string | number]> = [
    [t('staffSupport:requested', undefined, locale), summary.requested],
    [t('staffSupport:eligible', undefined, locale), summary.eligible],
    [t('staffSupport:approved', undefined, locale), summary.approved],
    [t('staffSupport:pending', undefined, locale), summary.pending],
    [t('staffSupport:budget', undefined, locale), budget],
    [t('staffSupport:remaining', undefined, locale), summary.remaining ?? '—'],
  ];
  return (
    <dl class={styles.counts}>
      {cells.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>
            {/* Isolated, so "-1" reads as minus one in a right-to-left page. */}
            <bdi>{value}</bdi>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export default function ListPanel({ slug, list, items, summary, locale, onSaved }: Props) {
  const [changes, setChanges] = useState<Map<string, 'approved' | 'declined'>>(new Map());
  const [override, setOverride] = useState(false);
  const [problem, setProblem] = useState<{ text: string; budget: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const headingId = `support-${list}`;

  const save = async () => {
    setBusy(true);
    setSaved(false);
    try {
      const decisions = [...changes].map(([registrationId, decision]) => ({
        registrationId,
        [list]: decision,
      }));
      await decideSupport(slug, { decisions, override: override || undefined });
      setChanges(new Map());
      setOverride(false);
      setProblem(null);
      setSaved(true);
      onSaved();
    } catch (error) {
      const refusal = refusalOf(error, locale);
      setProblem({ text: refusal.text, budget: refusal.code === 'capacity-exceeded' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`staffSupport:${list}`, undefined, locale)}</h2>
      <Counts list={list} summary={summary} locale={locale} />
      {items.length === 0 ? (
        <p>{t('staffSupport:empty', undefined, locale)}</p>
      ) : (
        <ListTable
          list={list}
          items={items}
          changes={changes}
          locale={locale}
          onDecide={(id, decision) => setChanges((prev) => new Map(prev).set(id, decision))}
        />
      )}
      <FormStatus
        message={saved ? { ok: true, text: t('staffSupport:saved', undefined, locale) } : null}
      />
      {problem && (
        <p role="alert" class="notice notice--error">
          {problem.text}
        </p>
      )}
      {(problem?.budget || override) && (
        <label class={styles.checkbox}>
          <input
            type="checkbox"
            name="override"
            checked={override}
            onChange={(e) => setOverride(e.currentTarget.checked)}
          />
          <span>{t('staffSupport:override', undefined, locale)}</span>
        </label>
      )}
      <div class="row">
        {changes.size > 0 && (
          <button type="button" class="button" disabled={busy} onClick={() => void save()}>
            {t('staffSupport:saveDecisions', { n: changes.size }, locale)}
          </button>
        )}
        <a class="button button--secondary" href={supportListFileUrl(slug, list, 'csv')} download>
          {t('staffSupport:exportCsv', undefined, locale)}
        </a>
        <a class="button button--secondary" href={supportListFileUrl(slug, list, 'xlsx')} download>
          {t('staffSupport:exportXlsx', undefined, locale)}
        </a>
      </div>
    </section>
  );
}
