// The counts: expected and arrived, per workshop against its seats, per desk. The server's
// figures when every check-in of this desk has been sent; this device's own otherwise.
import type { Locale } from '../../../shared/enums';
import { t, pickText } from '../../i18n';
import type { MeetingView } from '../../../shared/api/meetings';
import { NO_WORKSHOP, OTHER_DESKS, type DeskCounts } from '../../desk/counts';
import styles from './CheckinDesk.module.css';
import tables from './Counts.module.css';
import { clockOf, deskName } from './verdictText';

interface Props {
  locale: Locale;
  meeting: MeetingView | null;
  counts: DeskCounts;
  /** The server's `generatedAt` when these are its figures, null when they are the device's. */
  serverAt: string | null;
}

export default function CountsPanel({ locale, meeting, counts, serverAt }: Props) {
  const workshopName = (id: string) => {
    if (id === NO_WORKSHOP) return t('staffDesk:workshop.none', undefined, locale);
    const w = meeting?.workshops?.find((x) => x.id === id);
    return w ? pickText(w.title, locale).value : id;
  };
  const desks = Object.entries(counts.byDevice).sort((a, b) => b[1] - a[1]);
  return (
    <section class="stack" aria-labelledby="desk-counts-title">
      <h2 id="desk-counts-title">{t('staffDesk:counts.title', undefined, locale)}</h2>
      <p class={styles.hint}>
        {serverAt
          ? t('staffDesk:counts.server', { time: clockOf(serverAt, meeting) }, locale)
          : t('staffDesk:counts.local', undefined, locale)}
      </p>
      <dl class={tables.totals}>
        <div data-count="arrived">
          <dt>{t('staffDesk:counts.arrived', undefined, locale)}</dt>
          <dd>{counts.arrived}</dd>
        </div>
        <div data-count="expected">
          <dt>{t('staffDesk:counts.expected', undefined, locale)}</dt>
          <dd>{counts.expected}</dd>
        </div>
      </dl>
      <table class={`table ${tables.table}`}>
        <caption>{t('staffDesk:counts.byWorkshop', undefined, locale)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('staffDesk:counts.workshop', undefined, locale)}</th>
            <th scope="col">{t('staffDesk:counts.arrived', undefined, locale)}</th>
            <th scope="col">{t('staffDesk:counts.expected', undefined, locale)}</th>
            <th scope="col">{t('staffDesk:counts.seats', undefined, locale)}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(counts.byWorkshop).map(([id, load]) => (
            <tr
              key={id}
              data-over={
                load.capacity !== null && load.arrived > load.capacity ? 'true' : undefined
              }
            >
              <th scope="row">{workshopName(id)}</th>
              <td>{load.arrived}</td>
              <td>{load.expected}</td>
              <td>{load.capacity ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {desks.length > 0 && (
        <table class={`table ${tables.table}`}>
          <caption>{t('staffDesk:counts.byDesk', undefined, locale)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staffDesk:counts.desk', undefined, locale)}</th>
              <th scope="col">{t('staffDesk:counts.arrived', undefined, locale)}</th>
            </tr>
          </thead>
          <tbody>
            {desks.map(([deviceId, n]) => (
              <tr key={deviceId}>
                <th scope="row">
                  {deviceId === OTHER_DESKS
                    ? t('staffDesk:counts.otherDesks', undefined, locale)
                    : deskName(locale, deviceId)}
                </th>
                <td>{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
