// The screens and areas that have words of their own, typed by their Arabic file: a key is
// `area:key` (`support:title`), or a bare key for the app's shared words (`shell.retry`).
import type common from './ar/common';
import type register from './ar/register';
import type registration from './ar/registration';
import type staffDesk from './ar/staffDesk';
import type feedback from './ar/feedback';
import type myRegistrations from './ar/myRegistrations';
import type programme from './ar/programme';
import type proposals from './ar/proposals';
import type staffReport from './ar/staffReport';
import type staffProgramme from './ar/staffProgramme';
import type staffOutbox from './ar/staffOutbox';
import type staffFeedback from './ar/staffFeedback';
import type staffSupport from './ar/staffSupport';
import type support from './ar/support';
import type staff from './ar/staff';
import type ticket from './ar/ticket';

/** One entry per file in client/i18n/ar/ (the French and English files are typed by it). */
export interface Areas {
  common: typeof common;
  register: typeof register;
  registration: typeof registration;
  staffDesk: typeof staffDesk;
  feedback: typeof feedback;
  myRegistrations: typeof myRegistrations;
  programme: typeof programme;
  proposals: typeof proposals;
  staffReport: typeof staffReport;
  staffProgramme: typeof staffProgramme;
  staffOutbox: typeof staffOutbox;
  staffFeedback: typeof staffFeedback;
  staffSupport: typeof staffSupport;
  support: typeof support;
  staff: typeof staff;
  ticket: typeof ticket;
}

export type Area = keyof Areas;
export type Catalogue = Record<string, string>;

export type WordOf<A extends Area> = keyof Areas[A] & string;

export type MessageKey =
  | WordOf<'common'>
  | { [A in Exclude<Area, 'common'>]: `${A}:${WordOf<A>}` }[Exclude<Area, 'common'>];
