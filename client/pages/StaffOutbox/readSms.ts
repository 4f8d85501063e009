// Reads an SMS .txt file (as the embedded transport writes it): a few headers, a blank line,
// then the text exactly as the phone shows it.

export interface ReadableSms {
  to: string;
  from: string;
  date: string;
  /** "UCS-2, 2" — the encoding and how many SMS the text takes. */
  encoding: string;
  parts: number;
  text: string;
}

export function readSms(raw: string): ReadableSms {
  const cut = raw.indexOf('\n\n');
  const head = cut >= 0 ? raw.slice(0, cut) : '';
  const text = (cut >= 0 ? raw.slice(cut + 2) : raw).replace(/\n$/, '');
  const headers = new Map<string, string>();
  for (const line of head.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return {
    to: headers.get('to') ?? '',
    from: headers.get('from') ?? '',
    date: headers.get('date') ?? '',
    encoding: headers.get('encoding') ?? '',
    parts: Number(headers.get('parts') ?? 1) || 1,
    text,
  };
}
