// "Remove from this phone" (or, never sent, "withdraw"): the registration leaves this phone and
// its queued write with it. The server keeps what it has; the private link erases that.
import { deleteRegistration } from '../../store/registrations';
import { discard } from '../../sync/writeQueue';

export async function forgetRegistration(id: string): Promise<void> {
  await deleteRegistration(id);
  await discard(id);
}
