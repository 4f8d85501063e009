// The path the router sees: UUID segments in canonical lower case, so /api/registrations/<ID>
// typed or replayed in capitals reaches the same record as its lower-case form.
import { getPath } from 'hono/utils/url';

const UUID_SEGMENT = /\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=\/|$)/gi;

export function canonicalPath(request: Request): string {
  return getPath(request).replace(UUID_SEGMENT, (segment) => segment.toLowerCase());
}
