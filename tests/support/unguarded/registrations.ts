// Stands in for server/db/repositories/registrations in server processes started with the
// loader beside it (control runs only): the real module with its transitions unguarded.
import * as real from '../../../server/db/repositories/registrations';
import { unguardedTransitions } from './transitions';

export * from '../../../server/db/repositories/registrations';
const unguarded = unguardedTransitions(real);
export const lockRegistration = unguarded.lockRegistration;
export const lockRegistrations = unguarded.lockRegistrations;
export const claimFirstWaitlisted = unguarded.claimFirstWaitlisted;
export const moveStatus = unguarded.moveStatus;
export const releaseSeats = unguarded.releaseSeats;
