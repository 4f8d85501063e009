// The participant report as the API answers it: the seed tables (age band, capacity, gender)
// plus geography, accessibility needs and source, every key of each enumeration present.
import {
  ACCESSIBILITY_NEEDS,
  AGE_BANDS,
  GENDERS,
  REGISTRATION_SOURCES,
  ROLES,
  type AccessibilityNeed,
  type AgeBand,
  type Gender,
  type RegistrationSource,
  type Role,
} from '../enums';
import { PROVINCE_CODES, REGION_CODES, type RegionCode } from '../geo';
import type { Text } from '../schemas/common';

/** Who is counted: checked in (as the seeds count participants), accepted, or all but cancelled. */
export const REPORT_BASES = ['attended', 'accepted', 'registered'] as const;
export type ReportBasis = (typeof REPORT_BASES)[number];
export const DEFAULT_BASIS: ReportBasis = 'attended';

/** People who asked for none of the accessibility needs. */
export const NO_NEED = 'none';
export const ACCESSIBILITY_KEYS = [...ACCESSIBILITY_NEEDS, NO_NEED] as const;
export type AccessibilityKey = AccessibilityNeed | typeof NO_NEED;

export interface ReportTables<C = number> {
  byAgeBand: Record<AgeBand, C>;
  byRole: Record<Role, C>;
  byGender: Record<Gender, C>;
  byRegion: Record<RegionCode, C>;
  byProvince: Record<string, C>;
  /** A person may have several needs: this table does not add up to the total. */
  byAccessibility: Record<AccessibilityKey, C>;
  bySource: Record<RegistrationSource, C>;
}

export type TableName = keyof ReportTables;

/** The tables in the order a report prints them: the seeds' three first, as they print them. */
export const TABLE_NAMES = [
  'byAgeBand',
  'byRole',
  'byGender',
  'bySource',
  'byAccessibility',
  'byRegion',
  'byProvince',
] as const satisfies readonly TableName[];

export const SEED_TABLES = [
  'byAgeBand',
  'byRole',
  'byGender',
] as const satisfies readonly TableName[];

/** Each table's keys, in the order of its enumeration. */
export const TABLE_KEYS: Record<TableName, readonly string[]> = {
  byAgeBand: AGE_BANDS,
  byRole: ROLES,
  byGender: GENDERS,
  byRegion: REGION_CODES,
  byProvince: PROVINCE_CODES,
  byAccessibility: ACCESSIBILITY_KEYS,
  bySource: REGISTRATION_SOURCES,
};

/**
 * A table's keys in enumeration order (not Object.keys: "10", "11", "12" would come before
 * "01"), then any other key a table holds.
 */
export function orderedKeys(table: TableName, cells: Record<string, unknown>): string[] {
  const known = TABLE_KEYS[table];
  return [...known, ...Object.keys(cells).filter((key) => !known.includes(key))];
}

/** Tables whose cells add up to the total (each person is in exactly one cell). */
export function addsUpToTotal(table: TableName): boolean {
  return table !== 'byAccessibility';
}

export interface ParticipantReport<C = number> extends ReportTables<C> {
  basis: ReportBasis;
  total: number;
  /** Accepted but not checked in, whatever the basis. */
  noShows: number;
}

/** With `?minCell=k`: cells of 1 to k-1 people are null here and flagged in `suppressed`. */
export interface SuppressedReport extends ParticipantReport<number | null> {
  minCell: number;
  suppressed: Partial<Record<TableName, Record<string, true>>>;
}

export interface ProgrammeMeeting {
  slug: string;
  title: Text;
  /** The meeting's start with its offset, e.g. "2026-12-12T09:00:00+00:00". */
  startsAt: string;
  total: number;
}

/** `GET /api/reports`: the same sums across the meetings that start in a date range. */
export interface ProgrammeReport extends ParticipantReport {
  from: string | null;
  to: string | null;
  meetings: ProgrammeMeeting[];
}
