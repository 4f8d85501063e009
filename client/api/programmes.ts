// Programmes: the public programme, its summed report and proposals (cached by the service
// worker for offline reading), and the organizers' dashboard and files (network only).
import type {
  DashboardMeeting,
  DashboardProposal,
  ProgrammeDashboard,
  ProgrammeProposal,
  ProgrammeReport,
  ProgrammeView,
  PublicProgrammeReport,
} from '../../shared/api/programmes';
import type { ReportBasis } from '../../shared/api/reports';
import { apiRequest } from './http';

export type { DashboardMeeting, DashboardProposal, ProgrammeDashboard };
export type { ProgrammeProposal, ProgrammeReport, PublicProgrammeReport };

const one = (slug: string) => `/api/programmes/${encodeURIComponent(slug)}`;

export function listProgrammes(signal?: AbortSignal): Promise<ProgrammeView[]> {
  return apiRequest<ProgrammeView[]>('/api/programmes', { signal });
}

export function getProgramme(slug: string, signal?: AbortSignal): Promise<ProgrammeView> {
  return apiRequest<ProgrammeView>(one(slug), { signal });
}

/** The public form, on the default basis (attended), as the page and its offline copy read it. */
export function getProgrammeReport(
  slug: string,
  signal?: AbortSignal,
): Promise<PublicProgrammeReport> {
  return apiRequest<PublicProgrammeReport>(`${one(slug)}/report`, { signal });
}

export function listProgrammeProposals(
  slug: string,
  signal?: AbortSignal,
): Promise<ProgrammeProposal[]> {
  return apiRequest<ProgrammeProposal[]>(`${one(slug)}/proposals`, { signal });
}

/** The proposals as an open-data file. */
export function proposalsFileUrl(slug: string, format: 'csv' | 'json'): string {
  return `${one(slug)}/proposals?format=${format}`;
}

export function publicReportFileUrl(slug: string, format: 'csv' | 'xlsx' | 'json'): string {
  return `${one(slug)}/report?format=${format}`;
}

export function getDashboard(slug: string, signal?: AbortSignal): Promise<ProgrammeDashboard> {
  return apiRequest<ProgrammeDashboard>(`${one(slug)}/dashboard`, { signal });
}

export function getStaffReport(
  slug: string,
  basis: ReportBasis,
  signal?: AbortSignal,
): Promise<ProgrammeReport | PublicProgrammeReport> {
  // In full when every meeting summed is on the organizer's team; else small cells hidden.
  return apiRequest<ProgrammeReport | PublicProgrammeReport>(
    `${one(slug)}/dashboard/report?basis=${basis}`,
    { signal },
  );
}

export function staffReportFileUrl(slug: string, basis: ReportBasis, format: 'csv' | 'xlsx') {
  return `${one(slug)}/dashboard/report?basis=${basis}&format=${format}`;
}

export function evidencePackUrl(slug: string, basis: ReportBasis): string {
  return `${one(slug)}/evidence?basis=${basis}`;
}
