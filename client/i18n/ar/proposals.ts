// The public proposals page's words in Arabic, the reference: its keys type the French and English files.
export default {
  title: 'المقترحات ومآلها',
  intro:
    'تُنشر هنا الحلول التي اقترحها المشاركون، دون أسمائهم، ومآل كل منها. ويُوضَّح سبب عدم قبول أي مقترح.',
  count: 'عدد المقترحات: {n}',
  empty: 'لا توجد مقترحات منشورة بعد.',
  general: 'مقترحات عامة',
  explanation: 'التوضيح',
  institution: 'المؤسسة المعنية',
  status: 'المآل',
  giveFeedback: 'أضف رأيك ومقترحاتك',
  meetingPage: 'صفحة اللقاء',
  notFound: 'لم نجد هذا اللقاء. ربما لم يُنشر بعد أو تغير رابطه.',
  'status.received': 'توصلنا به',
  'status.under-study': 'قيد الدراسة',
  'status.retained': 'تم قبوله',
  'status.not-retained': 'لم يتم قبوله',
};
