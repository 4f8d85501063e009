// The embedded transports keep a copy of every message sent (.eml, .txt in LIQA_DATA_DIR);
// an erased person's copies go with the rest of their data.
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { emlFileName } from '../../mail/delivery';
import { emlDirectory } from '../../mail/transport';
import { smsDirectory, smsFileName } from '../../sms/transport';
import type { Deps } from '../../deps';

export interface SentCopy {
  id: number | string;
  kind: string;
  channel: string;
}

export async function removeLocalCopies(deps: Deps, copies: SentCopy[]): Promise<void> {
  for (const copy of copies) {
    const row = { id: Number(copy.id), kind: copy.kind };
    const file =
      copy.channel === 'sms'
        ? deps.config.smsUrl
          ? null
          : path.join(smsDirectory(deps.config.dataDir), smsFileName(row))
        : deps.config.smtpUrl
          ? null
          : path.join(emlDirectory(deps.config.dataDir), emlFileName(row));
    // Best effort: a copy already gone (or never written) is what we want anyway.
    if (file) await unlink(file).catch(() => undefined);
  }
}
