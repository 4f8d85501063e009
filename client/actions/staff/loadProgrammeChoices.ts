// The programmes (national processes) a meeting may join, for the meeting form's choice.
import type { ProgrammeView } from '../../../shared/api/programmes';
import { listProgrammes } from '../../api/programmes';

export function loadProgrammeChoices(signal?: AbortSignal): Promise<ProgrammeView[]> {
  return listProgrammes(signal);
}
