// "The write queue (or what it feeds) changed": told to this context at once and to every other
// tab and the service worker through BroadcastChannel('liqa-outbox').

export type ChangeReason = 'enqueued' | 'retry' | 'changed';
export type ChangeListener = (reason: ChangeReason, fromElsewhere: boolean) => void;

export const CHANNEL_NAME = 'liqa-outbox';

const listeners = new Set<ChangeListener>();
let channel: BroadcastChannel | null | undefined;

function getChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
    channel?.addEventListener('message', (event: MessageEvent) => {
      const reason = (event.data as { reason?: ChangeReason } | null)?.reason ?? 'changed';
      for (const listener of [...listeners]) listener(reason, true);
    });
  }
  return channel;
}

export function announceChange(reason: ChangeReason = 'changed'): void {
  getChannel()?.postMessage({ reason });
  for (const listener of [...listeners]) listener(reason, false);
}

export function onChange(listener: ChangeListener): () => void {
  getChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
