// The organizer's registration list as a file: Arabic headings with French beside.
import type { RegistrationView } from '../domain/registration/view';
import type { Column } from '../http/exports';

export const REGISTRATION_COLUMNS: Column<RegistrationView>[] = [
  { heading: 'الاسم الكامل / Nom complet', value: (r) => r.fullName },
  { heading: 'الجنس / Genre', value: (r) => r.gender },
  { heading: 'الفئة العمرية / Âge', value: (r) => r.ageBand },
  { heading: 'الصفة / Qualité', value: (r) => r.role },
  { heading: 'الهيئة / Organisation', value: (r) => r.organization },
  { heading: 'الإقليم / Province', value: (r) => r.provinceCode },
  { heading: 'البريد الإلكتروني / E-mail', value: (r) => r.email },
  { heading: 'الهاتف / Téléphone', value: (r) => r.phone },
  { heading: 'الورشة / Atelier', value: (r) => r.workshopId },
  { heading: 'الحاجيات الخاصة / Accessibilité', value: (r) => r.accessibility.join(' ') },
  { heading: 'الحالة / Statut', value: (r) => r.status },
  { heading: 'المصدر / Source', value: (r) => r.source },
  { heading: 'تاريخ التسجيل / Inscrit le', value: (r) => r.createdAt },
  { heading: 'الحضور / Présent à', value: (r) => r.checkedInAt },
  { heading: 'المعرف / Id', value: (r) => r.id },
];
