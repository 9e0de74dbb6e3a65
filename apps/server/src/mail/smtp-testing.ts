import { connect, createServer, type Server, type Socket } from 'node:net';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';

/** A message as the test SMTP server received it, its MIME parts decoded. */
export type ReceivedMail = { from: string; to: string[]; raw: string; headers: string; text: string; html: string };

function decodeQuotedPrintable(body: string): string {
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_whole, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function decodePart(part: string): { type: string; body: string } {
  const split = part.indexOf('\r\n\r\n');
  const head = part.slice(0, split);
  const body = part.slice(split + 4);
  const type = /content-type:\s*([^;\r\n]+)/i.exec(head)?.[1]?.trim() ?? '';
  const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(head)?.[1]?.toLowerCase();
  if (encoding === 'quoted-printable') return { type, body: decodeQuotedPrintable(body) };
  if (encoding === 'base64') return { type, body: Buffer.from(body, 'base64').toString('utf8') };
  return { type, body };
}

/** Splits a multipart/alternative message into its text and HTML parts. */
export function parseMail(raw: string, envelope: { from: string; to: string[] }): ReceivedMail {
  // Long headers are folded onto indented lines: unfolded, each is one line.
  const headers = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers)?.[1];
  const parts = boundary === undefined ? [raw] : raw.split(`--${boundary}`).slice(1, -1);
  const decoded = parts.map((p) => decodePart(p.replace(/^\r\n/, '')));
  const find = (type: string) => decoded.find((p) => p.type === type)?.body.replace(/\r\n/g, '\n') ?? '';
  return {
    ...envelope,
    raw,
    headers: headers.replace(/\r\n/g, '\n'),
    text: find('text/plain'),
    html: find('text/html'),
  };
}

/** What the next messages meet: accepted, refused with an SMTP code, or the connection dropped. */
export type Fault = { refuse: number } | 'drop';

/**
 * A real SMTP server on localhost (the smtp-server package) behind a TCP relay, so a test can
 * have a message refused (4xx/5xx at the end of DATA) or the connection dropped mid-message.
 */
export async function startTestSmtp(): Promise<{
  url: string;
  inbox: ReceivedMail[];
  faults: Fault[];
  close: () => Promise<void>;
}> {
  const inbox: ReceivedMail[] = [];
  const faults: Fault[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream: SMTPServerDataStream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const fault = faults[0];
        if (fault !== undefined && fault !== 'drop') {
          faults.shift();
          callback(Object.assign(new Error(`refused for the test (${fault.refuse})`), { responseCode: fault.refuse }));
          return;
        }
        const envelope = {
          from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((r) => r.address),
        };
        inbox.push(parseMail(Buffer.concat(chunks).toString('latin1'), envelope));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as { port: number }).port;

  const sockets = new Set<Socket>();
  const relay: Server = createServer((client) => {
    const upstream = connect(smtpPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    client.on('data', (chunk) => {
      if (faults[0] === 'drop' && chunk.toString('latin1').includes('DATA\r\n')) {
        faults.shift();
        client.destroy();
        upstream.destroy();
      }
    });
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const port = (relay.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    inbox,
    faults,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => relay.close(() => resolve()));
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    },
  };
}
