// What the viewer shows of each kind of sent message: an e-mail's sender, recipient, date,
// subject and attachments from its .eml file; an SMS's sender id, phone, date and how many SMS
// it took from its .txt file.
import { formatPhone } from '../../../shared/phone';
import { t } from '../../i18n';
import type { MessageKind } from './MessageViewer';
import { readEml } from './readEml';
import { readSms } from './readSms';

export const MAIL_COPY: MessageKind = {
  title: (item, locale) => t('staffOutbox:viewerTitle', { to: item.to }, locale),
  read(raw) {
    const mail = readEml(raw);
    return {
      headers: [
        { word: 'header.from', value: mail.from, dir: 'auto' },
        { word: 'header.to', value: mail.to, dir: 'auto' },
        { word: 'header.date', value: mail.date, dir: 'auto' },
        { word: 'header.subject', value: mail.subject, dir: 'auto' },
        ...(mail.attachments.length > 0
          ? [{ word: 'attachments', value: mail.attachments.join(', '), dir: 'ltr' } as const]
          : []),
      ],
      text: mail.text,
    };
  },
  download: 'download',
  mark: 'mail',
};

export const SMS_COPY: MessageKind = {
  title: (item, locale) => t('staffOutbox:smsViewerTitle', { to: formatPhone(item.to) }, locale),
  read(raw, locale) {
    const sms = readSms(raw);
    const parts = t('staffOutbox:smsParts', { n: sms.parts, encoding: sms.encoding }, locale);
    return {
      headers: [
        { word: 'header.from', value: sms.from, dir: 'auto' },
        { word: 'header.to', value: formatPhone(sms.to), dir: 'auto' },
        { word: 'header.date', value: sms.date, dir: 'auto' },
        { word: 'header.parts', value: parts, dir: 'auto' },
      ],
      text: sms.text,
    };
  },
  download: 'downloadSms',
  mark: 'sms',
};
