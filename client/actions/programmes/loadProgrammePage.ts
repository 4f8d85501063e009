// Opening a programme's public page: the programme with its meetings, the participation summed
// (small cells hidden) and every proposal, read together (the service worker keeps them for
// reading offline).
import type { ProgrammeView } from '../../../shared/api/programmes';
import type { ProgrammeProposal, PublicProgrammeReport } from '../../../shared/api/programmes';
import { getProgramme, getProgrammeReport, listProgrammeProposals } from '../../api/programmes';

export interface ProgrammePage {
  programme: ProgrammeView;
  report: PublicProgrammeReport;
  proposals: ProgrammeProposal[];
}

export async function loadProgrammePage(
  slug: string,
  signal?: AbortSignal,
): Promise<ProgrammePage> {
  const [programme, report, proposals] = await Promise.all([
    getProgramme(slug, signal),
    getProgrammeReport(slug, signal),
    listProgrammeProposals(slug, signal),
  ]);
  return { programme, report, proposals };
}
