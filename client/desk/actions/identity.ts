// This device as a desk: a key generated once and kept (meta store), and the label the staff
// give it ("مكتب 2"), both sent with every batch as its deviceId.
import { getMeta, setMeta } from '../../store/meta';
import { newId } from '../../sync/uuid';
import { cleanLabel, defaultLabel, deviceIdOf } from '../deskIdentity';

const KEY = 'desk:deviceKey';
const LABEL = 'desk:label';

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
