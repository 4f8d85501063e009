// Whether the device is online, followed as it changes: screens word "waiting" differently when
// the network is there (it is on its way) and when it is not (it will go when it returns).
import { useEffect, useState } from 'preact/hooks';
import { isOnline, onConnectivityChange } from '../../sync/triggers';

export function useOnline(): boolean {
  const [online, setOnline] = useState(isOnline);
  useEffect(() => onConnectivityChange(setOnline), []);
  return online;
}
