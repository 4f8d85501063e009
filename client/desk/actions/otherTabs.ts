// What a desk tells the desks open in the other tabs of this device (same meeting, same
// storage): a check-in recorded or answered, roster entries written. Each tab keeps the desk
// in memory; without this a second tab showed the first one's scans only after its own next
// roster refresh, and never as sent.
import { checkinsOf } from '../../store/checkins';
import { getMeta } from '../../store/meta';
import { rosterEntries, rosterOf } from '../../store/roster';
import { rosterCopyKey, type Desk, type RosterCopy } from './desk';

export const DESK_CHANNEL = 'liqa-desk';

/** Past this many people, the receiving tab reads the meeting's whole roster at once. */
const READ_ALL_ABOVE = 200;

export type DeskNews =
  { slug: string; checkins: true } | { slug: string; roster: { put: string[]; remove: string[] } };

// One object sends and receives: a BroadcastChannel does not hear its own messages, so a tab is
// not told what it did itself.
let channel: BroadcastChannel | null | undefined;

function getChannel(): BroadcastChannel | null {
  if (channel === undefined)
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(DESK_CHANNEL) : null;
  return channel;
}

export function tellOtherTabs(news: DeskNews): void {
  getChannel()?.postMessage(news);
}

/** After a write to the roster store: these people changed (or left the roster). */
export function tellRosterWritten(
  slug: string,
  put: ReadonlyArray<{ id: string }>,
  remove: readonly string[] = [],
): void {
  if (put.length || remove.length)
    tellOtherTabs({ slug, roster: { put: put.map((p) => p.id), remove: [...remove] } });
}

async function apply(desk: Desk, news: DeskNews): Promise<void> {
  if ('checkins' in news) {
    desk.setCheckins(await checkinsOf(desk.slug));
  } else {
    const { put, remove } = news.roster;
    desk.index.remove(remove);
    if (put.length > READ_ALL_ABOVE) desk.index.upsert(await rosterOf(desk.slug));
    else if (put.length) desk.index.upsert(await rosterEntries(put));
    desk.copy = (await getMeta<RosterCopy>(rosterCopyKey(desk.slug))) ?? desk.copy;
  }
  desk.changed();
}

/** Follows the other tabs' news for this desk's meeting, in the order it arrives. */
export function listenToOtherTabs(desk: Desk): () => void {
  const bc = getChannel();
  if (!bc) return () => undefined;
  let queue = Promise.resolve();
  const onMessage = (event: MessageEvent<DeskNews>) => {
    const news = event.data;
    if (news?.slug !== desk.slug) return;
    queue = queue
      .then(() => apply(desk, news))
      .catch((error: unknown) => console.error('desk: cannot follow another tab', error));
  };
  bc.addEventListener('message', onMessage);
  return () => bc.removeEventListener('message', onMessage);
}
