// Reads an .eml file (as the embedded transport writes it) for the organizer: the headers that
// matter, decoded (RFC 2047), the plain-text part decoded (base64 or quoted-printable, any
// charset the browser knows), and the attachments' names. Just enough MIME for this.

export interface ReadableMail {
  from: string;
  to: string;
  date: string;
  subject: string;
  text: string;
  attachments: string[];
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const cut = /\r?\n\r?\n/.exec(raw);
  const head = cut ? raw.slice(0, cut.index) : raw;
  const body = cut ? raw.slice(cut.index + cut[0].length) : '';
  const headers = new Map<string, string>();
  // Folded lines (starting with a space or tab) continue the header above.
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function param(value: string, name: string): string | null {
  const m = new RegExp(`;\\s*${name}\\*?=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function bytesOfLatin(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);
}

function decodeBytes(bytes: Uint8Array, charset: string | null): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // a charset this browser does not know
  }
}

function base64Bytes(text: string): Uint8Array {
  return bytesOfLatin(atob(text.replace(/[^A-Za-z0-9+/=]/g, '')));
}

function quotedPrintableBytes(text: string, underscoreIsSpace = false): Uint8Array {
  const soft = text.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const ch = soft[i] as string;
    const hex = ch === '=' ? soft.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else if (underscoreIsSpace && ch === '_') out.push(0x20);
    else out.push(...new TextEncoder().encode(ch));
  }
  return Uint8Array.from(out);
}

/** "=?UTF-8?B?…?= =?UTF-8?B?…?=" → text; the space between two encoded words is dropped. */
export function decodeHeader(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_whole, charset: string, enc: string, data) => {
      const bytes =
        enc.toUpperCase() === 'B' ? base64Bytes(data) : quotedPrintableBytes(data, true);
      return decodeBytes(bytes, charset.split('*')[0] ?? charset);
    });
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const charset = param(part.headers.get('content-type') ?? '', 'charset');
  if (encoding === 'base64') return decodeBytes(base64Bytes(part.body), charset);
  if (encoding === 'quoted-printable') return decodeBytes(quotedPrintableBytes(part.body), charset);
  return part.body;
}

function walk(part: Part, found: { text: string | null; attachments: string[] }): void {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const boundary = param(type, 'boundary');
  if (/^multipart\//i.test(type) && boundary) {
    const pieces = part.body.split(`--${boundary}`);
    // Before the first boundary is the preamble; from "--boundary--" on, the epilogue.
    for (const piece of pieces.slice(1)) {
      if (piece.startsWith('--')) break;
      walk(splitPart(piece.replace(/^\r?\n/, '')), found);
    }
    return;
  }
  const disposition = part.headers.get('content-disposition') ?? '';
  const name = param(disposition, 'filename') ?? param(type, 'name');
  if (name) found.attachments.push(decodeHeader(name));
  else if (/^text\/plain/i.test(type) && found.text === null) found.text = decodeBody(part);
}

export function readEml(raw: string): ReadableMail {
  const message = splitPart(raw);
  const found = { text: null as string | null, attachments: [] as string[] };
  walk(message, found);
  const header = (name: string) => decodeHeader(message.headers.get(name) ?? '');
  return {
    from: header('from'),
    to: header('to'),
    date: header('date'),
    subject: header('subject'),
    text: (found.text ?? '').replace(/\r\n/g, '\n').trimEnd(),
    attachments: found.attachments,
  };
}
