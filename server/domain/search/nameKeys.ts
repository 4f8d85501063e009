// What a registration stores to be found by name (`registrations.name_keys`): the search terms
// of its name and organization (shared/search/terms.ts), derived once when they are written.
import { personTerms, serializeTerms } from '../../../shared/search/terms';

export function nameKeysOf(fullName: string, organization: string | null | undefined): string {
  return serializeTerms(personTerms(fullName, organization || null));
}
