// What the device does when the server answers a queued write: one reaction per kind, the one
// place where an answer changes what the phone holds. The table is handed over explicitly at
// start (client/actions/reactions.ts, from the page's entry and from the service worker), and
// no write is sent before it is, so no answer can arrive with no one to take it.
import type { QueuedWrite } from '../store/types';

/** Runs once the write is settled (`sent` with the server's answer, or `refused` for good). */
export type Reaction = (write: QueuedWrite) => void | Promise<void>;

let table: Readonly<Record<string, Reaction>> | null = null;

export function setReactions(reactions: Readonly<Record<string, Reaction>>): void {
  table = reactions;
}

export function reactionsInstalled(): boolean {
  return table !== null;
}

/**
 * Runs the kind's reaction for a settled write. A failing reaction is logged, not thrown: the
 * write is already settled on the server, and one bad reaction must not block the queue behind
 * it. A kind with no reaction is a programming error the typed table rules out.
 */
export async function react(write: QueuedWrite): Promise<void> {
  if (write.state !== 'sent' && write.state !== 'refused') return;
  const reaction = table?.[write.kind];
  if (!reaction) {
    console.error(`write queue: no reaction for ${write.kind} (${write.id})`);
    return;
  }
  try {
    await reaction(write);
  } catch (error) {
    console.error(`write queue: ${write.kind} reaction failed for ${write.id}`, error);
  }
}
