// The counts: expected and arrived, per workshop against its seats, per desk. The server's
// figures when every check-in of this desk has been sent; this device's own otherwise.
import type { Locale } from '../../../shared/enums';
import { pickText } from '../../i18n';
import type { Meeting } from '../../api/meetings';
import { NO_WORKSHOP, OTHER_DESKS, type DeskCounts } from '../../desk/counts';
import styles from './CheckinDesk.module.css';
import tables from './Counts.module.css';
import { dt } from './messages';
import { clockOf, deskName } from './verdictText';

interface Props {
  locale: Locale;
  meeting: Meeting | null;
  counts: DeskCounts;
  /** The server's `generatedAt` when these are its figures, null when they are the device's. */
  serverAt: string | null;
}

export default function CountsPanel({ locale, meeting, counts, serverAt }: Props) {
  const workshopName = (id: string) => {
    if (id === NO_WORKSHOP) return dt(locale, 'workshop.none');
    const w = meeting?.workshops?.find((x) => x.id === id);
    return w ? pickText(w.title, locale).value : id;
  };
  const desks = Object.entries(counts.byDevice).sort((a, b) => b[1] - a[1]);
  return (
    <section class="stack" aria-labelledby="desk-counts-title">
      <h2 id="desk-counts-title">{dt(locale, 'counts.title')}</h2>
      <p class={styles.hint}>
        {serverAt
          ? dt(locale, 'counts.server', { time: clockOf(serverAt, meeting) })
          : dt(locale, 'counts.local')}
      </p>
      <dl class={tables.totals}>
        <div data-count="arrived">
          <dt>{dt(locale, 'counts.arrived')}</dt>
          <dd>{counts.arrived}</dd>
        </div>
        <div data-count="expected">
          <dt>{dt(locale, 'counts.expected')}</dt>
          <dd>{counts.expected}</dd>
        </div>
      </dl>
      <table class={tables.table}>
        <caption>{dt(locale, 'counts.byWorkshop')}</caption>
        <thead>
          <tr>
            <th scope="col">{dt(locale, 'counts.workshop')}</th>
            <th scope="col">{dt(locale, 'counts.arrived')}</th>
            <th scope="col">{dt(locale, 'counts.expected')}</th>
            <th scope="col">{dt(locale, 'counts.seats')}</th>
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
        <table class={tables.table}>
          <caption>{dt(locale, 'counts.byDesk')}</caption>
          <thead>
            <tr>
              <th scope="col">{dt(locale, 'counts.desk')}</th>
              <th scope="col">{dt(locale, 'counts.arrived')}</th>
            </tr>
          </thead>
          <tbody>
            {desks.map(([deviceId, n]) => (
              <tr key={deviceId}>
                <th scope="row">
                  {deviceId === OTHER_DESKS
                    ? dt(locale, 'counts.otherDesks')
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
