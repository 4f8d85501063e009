// The desk once signed in: status, the four tabs (ticket, name, walk-in, counts), this desk's
// latest check-ins, and the full-screen result with its sound and spoken announcement.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../shared/enums';
import type { RegistrationInput } from '../../../shared/schemas/registration';
import {
  changeWorkshop,
  checkInPerson,
  checkInTicket,
  registerWalkIn,
  type Recorded,
} from '../../desk/actions/record';
import { learnDesk, refreshRoster } from '../../desk/actions/refresh';
import { saveLabel } from '../../desk/actions/identity';
import { sendRefusedAgain } from '../../desk/actions/start';
import { answerWiped } from '../../desk/actions/wipedStorage';
import type { Verdict } from '../../desk/arrival';
import { localCounts } from '../../desk/counts';
import { deskLabelOf } from '../../desk/deskIdentity';
import LocalText from '../../components/LocalText';
import styles from './CheckinDesk.module.css';
import { beep, prepareAudio } from './beep';
import CountsPanel from './CountsPanel';
import DeskStatus from './DeskStatus';
import RecentList from './RecentList';
import ResultOverlay, { type Shown } from './ResultOverlay';
import ScanPanel from './ScanPanel';
import SearchPanel from './SearchPanel';
import Tabs, { type Tab } from './Tabs';
import { useDesk, useMeeting } from './useDesk';
import { announcement, describe } from './verdictText';
import WalkInForm from './WalkInForm';
import { t } from '../../i18n';

type TabKey = 'scan' | 'search' | 'walk-in' | 'counts';

export default function DeskScreen({ slug, locale }: { slug: string; locale: Locale }) {
  const desk = useDesk(slug, t('staffDesk:desk.word', undefined, locale));
  const meeting = useMeeting(slug);
  const [tab, setTab] = useState<TabKey>('scan');
  const [shown, setShown] = useState<Shown | null>(null);
  const [spoken, setSpoken] = useState('');
  const [failed, setFailed] = useState(false);
  // After "Next" the name search starts again: a fresh, empty box with the focus in it.
  const [searchRound, setSearchRound] = useState(0);
  const tabsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = window.setTimeout(prepareAudio, 1000); // Safari
      return () => window.clearTimeout(timer);
    }
    const idle = requestIdleCallback(prepareAudio, { timeout: 3000 });
    return () => cancelIdleCallback(idle);
  }, []);
  useEffect(() => {
    if (searchRound === 0) return;
    tabsRef.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }, [searchRound]);

  const counts = useMemo(
    () => localCounts(desk.index.all(), desk.arrivals, meeting?.workshops ?? []),
    // The desk changes its index and arrivals in place: its version is what says they changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [desk.version, meeting],
  );
  const serverCounts = desk.summary !== null && desk.waiting === 0 && desk.problem === null;
  const shownCounts = serverCounts && desk.summary ? desk.summary : counts;

  function show(verdict: Verdict) {
    const next = describe(locale, verdict, meeting);
    setShown(next);
    setSpoken(announcement(next));
    beep(verdict.kind);
    // Which desk was first is looked up only when needed (and only online).
    if (verdict.kind === 'already-checked-in' && !verdict.arrival.deviceId) {
      void learnDesk(desk, verdict.person.id, verdict.arrival.at).then((deviceId) => {
        if (!deviceId) return;
        const better = describe(locale, verdict, meeting, deskLabelOf(deviceId));
        setShown((current) => (current?.verdict === verdict ? better : current));
      });
    }
  }

  async function act(work: () => Promise<Recorded | null>) {
    setFailed(false);
    try {
      const recorded = await work();
      if (!recorded) return;
      show(recorded.verdict);
      await recorded.saved;
    } catch (error) {
      console.error('desk: check-in not saved', error);
      setFailed(true);
    }
  }

  const tabs: Array<Tab<TabKey>> = [
    { key: 'scan', label: t('staffDesk:tab.scan', undefined, locale) },
    { key: 'search', label: t('staffDesk:tab.search', undefined, locale) },
    { key: 'walk-in', label: t('staffDesk:tab.walkIn', undefined, locale) },
    { key: 'counts', label: t('staffDesk:tab.counts', undefined, locale) },
  ];
  const person =
    shown && shown.verdict.kind !== 'unknown' ? desk.index.get(shown.verdict.person.id) : undefined;

  return (
    <div class="stack">
      {meeting && (
        <LocalText as="p" class={styles.meetingTitle} text={meeting.title} locale={locale} />
      )}
      <DeskStatus
        locale={locale}
        desk={desk}
        meeting={meeting}
        onRefresh={() => void refreshRoster(desk)}
        onRetry={() => void sendRefusedAgain(desk)}
        onWiped={(deviceId) => void answerWiped(desk, deviceId)}
        onRename={(label) =>
          void saveLabel(desk.identity, label).then((identity) => {
            desk.identity = identity;
            desk.changed();
          })
        }
      />
      {failed && (
        <p class="notice notice--error" role="alert">
          {t('staffDesk:scan.saveFailed', undefined, locale)}
        </p>
      )}
      <div ref={tabsRef}>
        <Tabs
          label={t('staffDesk:tabs.label', undefined, locale)}
          tabs={tabs}
          current={tab}
          onSelect={setTab}
        >
          {tab === 'scan' && (
            <ScanPanel
              locale={locale}
              paused={shown !== null}
              onTicket={(text) => void act(() => checkInTicket(desk, text))}
            />
          )}
          {tab === 'search' && (
            <SearchPanel
              key={searchRound}
              locale={locale}
              desk={desk}
              meeting={meeting}
              onPick={(id) => void act(() => checkInPerson(desk, id))}
            />
          )}
          {tab === 'walk-in' && (
            <WalkInForm
              locale={locale}
              meeting={meeting}
              onRegister={(body: RegistrationInput) => act(() => registerWalkIn(desk, body))}
            />
          )}
          {tab === 'counts' && (
            <CountsPanel
              locale={locale}
              meeting={meeting}
              counts={shownCounts}
              serverAt={serverCounts ? (desk.summary?.generatedAt ?? null) : null}
            />
          )}
        </Tabs>
      </div>
      {tab !== 'counts' && <RecentList locale={locale} desk={desk} meeting={meeting} />}
      <p class="visually-hidden" aria-live="assertive" aria-atomic="true">
        {spoken}
      </p>
      {shown && (
        <ResultOverlay
          locale={locale}
          shown={shown}
          meeting={meeting}
          workshopId={person?.workshopId ?? null}
          loads={counts.byWorkshop}
          onWorkshop={(workshopId) => person && void changeWorkshop(desk, person.id, workshopId)}
          onClose={() => {
            setShown(null);
            setSpoken('');
            if (tab === 'search') setSearchRound((n) => n + 1);
          }}
        />
      )}
    </div>
  );
}
