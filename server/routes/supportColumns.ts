// The lists the support committee signs, as files: Arabic headings with French beside.
import { provinceByCode } from '../../shared/geo';
import type { SupportDecision, SupportList, SupportListItem } from '../../shared/schemas/support';
import type { Column } from '../http/exports';

export type SupportExportRow = SupportListItem & { list: SupportList };

const LIST_NAMES: Record<SupportList, string> = {
  travel: 'التنقل / Transport',
  lodging: 'الإيواء / Hébergement',
};

const DECISIONS: Record<SupportDecision, string> = {
  approved: 'موافق / Accordé',
  declined: 'مرفوض / Refusé',
  pending: 'قيد الدراسة / En attente',
};

const yesNo = (value: boolean) => (value ? 'نعم / Oui' : 'لا / Non');

function provinceName(code: string): string {
  const province = provinceByCode(code);
  return province ? `${province.name.ar} / ${province.name.fr}` : code;
}

export const SUPPORT_COLUMNS: Column<SupportExportRow>[] = [
  { heading: 'القائمة / Liste', value: (r) => LIST_NAMES[r.list] },
  { heading: 'الرتبة / Rang', value: (r) => r.rank },
  { heading: 'الاسم الكامل / Nom complet', value: (r) => r.fullName },
  { heading: 'الهيئة / Organisation', value: (r) => r.organization },
  { heading: 'إقليم الانطلاق / Province de départ', value: (r) => provinceName(r.provinceCode) },
  { heading: 'المسافة (كم) / Distance (km)', value: (r) => r.distanceKm },
  { heading: 'الليالي / Nuits', value: (r) => r.nights },
  { heading: 'الأولوية / Priorité', value: (r) => yesNo(r.priority) },
  { heading: 'مستوفٍ للشروط / Éligible', value: (r) => yesNo(r.eligible) },
  { heading: 'ضمن الميزانية / Dans le budget', value: (r) => yesNo(r.withinBudget) },
  { heading: 'القرار / Décision', value: (r) => DECISIONS[r.decision] },
  { heading: 'التوقيع / Signature', value: () => '' },
];
