// The organizer's registrations of one meeting (on "/staff/m/:slug"): counts at a glance, search
// and filters, the list with bulk decisions, exports, and invitation codes. Personal data is
// shown here only, to organizers, and never stored on the device.
import { useMemo, useState } from 'preact/hooks';
import type { MeetingView } from '../../../shared/api/meetings';
import type { Locale } from '../../../shared/enums';
import type { RegistrationQuery } from '../../actions/staff/loadRegistrations';
import { t, pickText } from '../../i18n';
import { BulkActions } from './BulkActions';
import { ExportLinks } from './ExportLinks';
import { Filters, NO_FILTERS, type FilterValues } from './Filters';
import { Glance } from './Glance';
import { InvitationsPanel } from './InvitationsPanel';
import { RegistrationList } from './RegistrationList';
import { provinceName } from './RegistrationParts';
import { ResultCount } from './ResultCount';
import { searchMarks } from './searchMarks';
import { searchQuery } from './searchQuery';
import { SortChoice } from './SortChoice';
import { sortRows, type SortKey } from './sortRows';
import { useDebounced } from './useDebounced';
import { useDecisions } from './useDecisions';
import { useLiveMeeting } from './useLiveMeeting';
import { useRegistrationList } from './useRegistrationList';
import { useSelection } from './useSelection';

const SEARCH_PAUSE_MS = 300;

export default function StaffRegistrations({
  meeting,
  locale,
}: {
  meeting: MeetingView;
  locale: Locale;
}) {
  const slug = meeting.slug;
  const [live, refreshMeeting] = useLiveMeeting(meeting);
  // Bumped after each decision: the list, the counts and the seats are read again.
  const [version, setVersion] = useState(0);
  const [filters, setFilters] = useState<FilterValues>(NO_FILTERS);
  const typed = useDebounced(filters.q, SEARCH_PAUSE_MS);
  const query: RegistrationQuery = { ...filters, q: searchQuery(typed) };

  const [everyone] = useRegistrationList(slug, {}, version);
  const [shown, retry] = useRegistrationList(slug, query, version);
  const [sort, setSort] = useState<SortKey>('listed');
  const rows = useMemo(
    () => sortRows(shown.rows ?? [], sort, locale, (code) => provinceName(code, locale)),
    [shown.rows, sort, locale],
  );
  const workshopName = (id: string | null) => {
    const workshop = id ? live.workshops?.find((w) => w.id === id) : undefined;
    return workshop ? pickText(workshop.title, locale).value : '';
  };
  // Why each row matched the search it answers (kept while a newer answer is on its way).
  const marks = useMemo(() => searchMarks(rows, shown.answered), [rows, shown.answered]);
  const selection = useSelection(rows.map((r) => r.id));
  const decisions = useDecisions({
    slug,
    refreshMeeting,
    onAnswered: (decided) => {
      if (decided) selection.clear();
      setVersion((n) => n + 1);
      if (decided) void refreshMeeting();
    },
  });
  const selected = rows.filter((r) => selection.selected.has(r.id)).map((r) => r.id);

  return (
    <>
      <Glance meeting={live} rows={everyone.rows} locale={locale} />
      <section class="stack" aria-labelledby="registrations-title">
        <h2 id="registrations-title">{t('staff:reg.title', undefined, locale)}</h2>
        <Filters
          meeting={live}
          values={filters}
          onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))}
          locale={locale}
        />
        <ResultCount list={shown} searched={Boolean(query.q)} onRetry={retry} locale={locale} />
        <SortChoice value={sort} onChange={setSort} locale={locale} />
        <BulkActions selected={selected} decisions={decisions} locale={locale} />
        <RegistrationList
          rows={rows}
          selection={selection}
          busy={shown.loading}
          marks={marks}
          workshopName={workshopName}
          sort={sort}
          locale={locale}
        />
        <ExportLinks slug={slug} query={query} locale={locale} />
      </section>
      <InvitationsPanel slug={slug} locale={locale} />
    </>
  );
}
