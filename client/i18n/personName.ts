// The name staff screens show for a person: once their data is erased (on their own request or
// at the end of the retention period) the row stays, for the counts, with a name that says so.
import type { Locale } from '../../shared/enums';
import { loaded } from './load';
import { translate } from './translate';

export function personName(fullName: string, locale: Locale): string {
  return fullName.trim() ? fullName : translate(loaded, locale, 'staff:reg.erasedName');
}
