// The query strings of a programme's reports and open data.
import * as v from 'valibot';
import { msg } from '../schemas/validate';
import { DEFAULT_BASIS, REPORT_BASES } from '../reports/types';

const basis = v.optional(v.picklist(REPORT_BASES, msg('choice')), DEFAULT_BASIS);

/** `?basis=&format=csv|xlsx|json` (json: the same report as a file to keep). */
export const ProgrammeReportQuerySchema = v.object({
  basis,
  format: v.optional(v.picklist(['csv', 'xlsx', 'json'] as const, msg('choice'))),
});

/** The organizers' report and evidence pack: files are CSV or XLSX. */
export const StaffProgrammeReportQuerySchema = v.object({
  basis,
  format: v.optional(v.picklist(['csv', 'xlsx'] as const, msg('choice'))),
});

export const ProposalsQuerySchema = v.object({
  format: v.optional(v.picklist(['csv', 'json'] as const, msg('choice'))),
});
