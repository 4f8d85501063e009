// This device as a desk: a key generated once and kept (meta store), and the label the staff
// give it ("مكتب 2"), both sent with every batch as its deviceId.
import { getMeta, setMeta } from '../../store/meta';
import { newId } from '../../sync/uuid';
import { cleanLabel, defaultLabel, deskLabelOf, deviceIdOf } from '../deskIdentity';

const KEY = 'desk:deviceKey';
const LABEL = 'desk:label';
/** Set when the key is made: a device without one may be a desk whose storage was wiped. */
export const ASK_IF_WIPED = 'desk:askIfWiped';

export interface DeskIdentity {
  deviceKey: string;
  /** "مكتب 2"; until the staff choose one, the desk word and the key's first letters. */
  label: string;
  deviceId: string;
}

/** `deskWord` ("مكتب", "Desk") names the desk until the staff choose a label. */
export async function loadIdentity(deskWord: string): Promise<DeskIdentity> {
  let deviceKey = await getMeta<string>(KEY);
  if (!deviceKey) {
    deviceKey = newId();
    await setMeta(KEY, deviceKey);
    await setMeta(ASK_IF_WIPED, true);
  }
  let label = await getMeta<string>(LABEL);
  if (!label) {
    label = defaultLabel(deskWord, deviceKey);
    await setMeta(LABEL, label);
  }
  return { deviceKey, label, deviceId: deviceIdOf(deviceKey, label) };
}

export async function saveLabel(identity: DeskIdentity, label: string): Promise<DeskIdentity> {
  const clean = cleanLabel(label) || identity.label;
  await setMeta(LABEL, clean);
  return { ...identity, label: clean, deviceId: deviceIdOf(identity.deviceKey, clean) };
}

/**
 * Becomes the desk this device was before its storage was wiped: the same deviceId (label and
 * key letters), so the server's counts and the other desks go on naming it as before.
 */
export async function adoptIdentity(deviceId: string): Promise<DeskIdentity> {
  const at = deviceId.lastIndexOf('~');
  const deviceKey = at > 0 ? deviceId.slice(at + 1) : deviceId;
  const label = deskLabelOf(deviceId);
  await setMeta(KEY, deviceKey);
  await setMeta(LABEL, label);
  return { deviceKey, label, deviceId: deviceIdOf(deviceKey, label) };
}
