// The participant report screen's words in Arabic, the reference: its keys type the French and English files.
export default {
  title: 'تقرير المشاركين',
  basis: 'من نحتسب؟',
  'basis.attended': 'الحاضرون (سُجّل حضورهم)',
  'basis.accepted': 'المقبولون',
  'basis.registered': 'كل المسجلين ما عدا الملغاة',
  print: 'طباعة / PDF',
  files: 'تحميل الجداول',
  csv: 'CSV',
  xlsx: 'Excel (XLSX)',
  hideSmall: 'إخفاء الخانات التي تقل عن 3 أشخاص (لنشر الجداول خارج فريق التنظيم)',
  updating: 'جارٍ التحديث…',
  back: 'العودة إلى اللقاء',
  notFound: 'لم نجد هذا اللقاء.',
};
