// A bare SMTP server in its own process (its own core, as a real relay would be): accepts and
// counts messages, reports the count over IPC. Started by bench/mail.ts.
import { SMTPServer } from 'smtp-server';

let received = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  size: 10 * 1024 * 1024,
  onData(stream, _session, callback) {
    stream.resume();
    stream.on('end', () => {
      received++;
      callback();
    });
  },
});

server.listen(0, '127.0.0.1', () => {
  const address = server.server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});

process.on('message', (message) => {
  if (message === 'count') process.send?.({ received });
  if (message === 'stop') server.close(() => process.exit(0));
});
