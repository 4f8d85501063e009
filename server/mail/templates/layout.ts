// One e-mail as HTML (right-to-left for Arabic) and plain text, from the same blocks in the same
// order: what the person needs first (the ticket, then the one link to act on as a button),
// then the details. Every string is escaped: names and organizations come from the public.
import type { Locale } from '../../../shared/enums';

export interface MailBlock {
  label: string;
  lines: string[];
  link?: { href: string; text: string };
  /** Shown as a button (the one thing to do), not as a raw address. */
  button?: { href: string; text: string };
}

export interface MailDocument {
  lang: Locale;
  dir: 'rtl' | 'ltr';
  subject: string;
  greeting: string;
  heading: string;
  intro: string;
  /** The meeting's title, shown above the details. */
  title: string;
  blocks: MailBlock[];
  /** The inline QR image, referenced by Content-ID, and the typeable code under it. */
  ticket?: { cid: string; caption: string; size: number; codeLabel: string; code: string };
  footer: string;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

function htmlBlock(block: MailBlock): string {
  const lines = block.lines.map(escapeHtml).join('<br>');
  const link = block.link
    ? `<p style="margin:4px 0 0"><a href="${escapeHtml(block.link.href)}" dir="ltr" style="color:#0b5cad;word-break:break-all">${escapeHtml(block.link.text)}</a></p>`
    : '';
  const button = block.button
    ? `<p style="margin:12px 0 0"><a href="${escapeHtml(block.button.href)}" style="display:inline-block;padding:12px 24px;background:#0b6b3a;color:#ffffff;border-radius:6px;font-weight:bold;text-decoration:none">${escapeHtml(block.button.text)}</a></p>`
    : '';
  // A block without a label is a link standing on its own.
  const heading = block.label
    ? `<h2 style="font-size:16px;margin:20px 0 4px">${escapeHtml(block.label)}</h2>`
    : '<div style="height:16px"></div>';
  return heading + button + (lines ? `<p style="margin:4px 0 0">${lines}</p>` : '') + link;
}

export function renderHtml(doc: MailDocument): string {
  const align = doc.dir === 'rtl' ? 'right' : 'left';
  const ticket = doc.ticket
    ? `<p style="margin:24px 0 4px">${escapeHtml(doc.ticket.caption)}</p>` +
      `<img src="cid:${escapeHtml(doc.ticket.cid)}" alt="QR" width="${doc.ticket.size}" height="${doc.ticket.size}" style="display:block">` +
      `<p style="margin:8px 0 0">${escapeHtml(doc.ticket.codeLabel)}</p>` +
      `<p dir="ltr" style="margin:0;font-family:Menlo,Consolas,monospace;font-size:26px;font-weight:bold;letter-spacing:3px" data-ticket-code>${escapeHtml(doc.ticket.code)}</p>`
    : '';
  return [
    '<!doctype html>',
    `<html lang="${doc.lang}" dir="${doc.dir}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.subject)}</title></head>`,
    `<body dir="${doc.dir}" style="margin:0;padding:24px;font-family:Tahoma,Arial,sans-serif;font-size:16px;line-height:1.6;color:#1a1a1a;background:#ffffff;text-align:${align}">`,
    `<p style="margin:0 0 8px">${escapeHtml(doc.greeting)}</p>`,
    `<h1 style="font-size:22px;margin:0 0 8px">${escapeHtml(doc.heading)}</h1>`,
    `<p style="margin:0">${escapeHtml(doc.intro)}</p>`,
    `<p style="margin:20px 0 0;font-size:18px;font-weight:bold">${escapeHtml(doc.title)}</p>`,
    ticket,
    ...doc.blocks.map(htmlBlock),
    `<p style="margin:32px 0 0;color:#555555;font-size:13px">${escapeHtml(doc.footer)}</p>`,
    '</body></html>',
  ].join('\n');
}

/** The same document in the same order: the ticket's code, then each block. */
export function renderText(doc: MailDocument): string {
  const parts = [doc.greeting, '', doc.heading, '', doc.intro, '', doc.title];
  if (doc.ticket) parts.push('', doc.ticket.caption, doc.ticket.codeLabel, doc.ticket.code);
  for (const block of doc.blocks) {
    parts.push('', ...(block.label ? [`${block.label}:`] : []));
    if (block.button) parts.push(`${block.button.text}: ${block.button.href}`);
    parts.push(...block.lines);
    if (block.link) parts.push(...(block.label ? [] : [`${block.link.text}:`]), block.link.href);
  }
  parts.push('', '--', doc.footer);
  return parts.join('\n') + '\n';
}
