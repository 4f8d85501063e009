// Starts Liqa: build the PWA if needed, migrate, create the first admin, serve PWA and API,
// send the outbox (e-mail and SMS) and erase data past its retention period in the background.
import { createApp } from './app';
import { backfillTicketCodes } from './auth/ticketCodes';
import { backfillTicketHashes } from './auth/tickets';
import { announceFirstAdmin, ensureClientBuilt, openAndMigrate } from './bootstrap';
import { loadConfig } from './config';
import { createRetentionJob } from './domain/erasure/retentionJob';
import { createMailTransport } from './mail/transport';
import { createMailWorker } from './mail/worker';
import { listen } from './serve';

const config = loadConfig();
await ensureClientBuilt(config);
const db = await openAndMigrate(config);
const deps = { db, config, now: () => new Date() };
await announceFirstAdmin(deps);
await backfillTicketHashes(deps);
await backfillTicketCodes(deps);
const server = await listen(createApp(deps, { clientDir: config.clientDir }), config);
const transport = createMailTransport(config);
const mailer = createMailWorker(deps, transport);
mailer.start();
const retention = createRetentionJob(deps);
retention.start();
console.log(
  `[liqa] serving ${config.publicUrl} (${db.dialect}); e-mail ${config.smtpUrl ? 'over SMTP' : 'as .eml files in the data directory'}; SMS ${config.smsUrl ? 'over SMPP' : 'as .txt files in the data directory'}`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void Promise.all([mailer.stop(), retention.stop()])
      .then(() => transport.close())
      .finally(() => db.close().finally(() => process.exit(0)));
  });
}
