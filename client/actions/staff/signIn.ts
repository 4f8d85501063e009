// Sign in with e-mail and password: the server sets the session cookie; the device remembers
// who signed in. Rejects with the server's refusal (read it with refusalOf).
import type { SignedInStaff } from '../../../shared/api/auth';
import { login } from '../../api/auth';
import { rememberStaff } from './rememberedStaff';

export async function signIn(email: string, password: string): Promise<SignedInStaff> {
  const { user } = await login(email, password);
  rememberStaff(user);
  return user;
}
