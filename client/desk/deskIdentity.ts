// Who posts an event: the device's stable key plus the desk's human label ("مكتب 2"). The API
// has one field for it, `deviceId`, so both travel in it ("مكتب 2~3f9a0c1d"): other desks and
// the counts can then say which desk checked someone in, in words the staff chose.

const SEPARATOR = '~';
const KEY_LENGTH = 8;
export const MAX_LABEL_LENGTH = 40;

/** The label as typed, tidied: one line, no separator, at most 40 characters. */
export function cleanLabel(label: string): string {
  return label.replaceAll(SEPARATOR, '-').replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL_LENGTH);
}

/** The deviceId posted with every batch; stable for as long as the label stays the same. */
export function deviceIdOf(deviceKey: string, label: string): string {
  const key = deviceKey.replace(/-/g, '').slice(0, KEY_LENGTH);
  const clean = cleanLabel(label);
  return clean ? `${clean}${SEPARATOR}${key}` : key;
}

/** The words to show for a deviceId: its label, or the id itself from another kind of client. */
export function deskLabelOf(deviceId: string): string {
  const at = deviceId.lastIndexOf(SEPARATOR);
  if (at <= 0 || !/^[0-9a-f]+$/i.test(deviceId.slice(at + 1))) return deviceId;
  return deviceId.slice(0, at);
}

/** A first label until the staff choose one: "مكتب" + the key's first letters, unique enough. */
export function defaultLabel(deskWord: string, deviceKey: string): string {
  return `${deskWord} ${deviceKey.slice(0, 4).toUpperCase()}`;
}
