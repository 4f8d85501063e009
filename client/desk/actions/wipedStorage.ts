// A desk whose storage was wiped (site data cleared, a reinstall) starts with no key, no
// check-ins and no write queue: whatever it had not sent is gone, and only the server can say up to
// when it had sent. The desk asks it once, says so plainly, and may take its old name back.
import { getDeskDevices } from '../../api/checkin';
import { deleteMeta, getMeta } from '../../store/meta';
import type { Desk } from './desk';
import { ASK_IF_WIPED, adoptIdentity } from './identity';

/** After load: the desks this account ran for the meeting, if this device may be one of them. */
export async function findWipedDesk(desk: Desk): Promise<void> {
  if (!(await getMeta<boolean>(ASK_IF_WIPED).catch(() => false))) return;
  if (desk.checkins.length > 0) return void (await deleteMeta(ASK_IF_WIPED));
  let devices;
  try {
    devices = await getDeskDevices(desk.slug);
  } catch {
    return; // offline: asked again when the desk opens online
  }
  const candidates = devices.filter((d) => d.mine && d.deviceId !== desk.identity.deviceId);
  if (candidates.length === 0) return void (await deleteMeta(ASK_IF_WIPED));
  desk.wiped = candidates.sort((a, b) => (a.lastEventAt < b.lastEventAt ? 1 : -1));
  desk.changed();
}

/** The staff's answer: this device was `deviceId` (null: it is a new desk). */
export async function answerWiped(desk: Desk, deviceId: string | null): Promise<void> {
  if (deviceId) desk.identity = await adoptIdentity(deviceId);
  await deleteMeta(ASK_IF_WIPED);
  desk.wiped = [];
  desk.changed();
}
