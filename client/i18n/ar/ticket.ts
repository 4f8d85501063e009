// The entry ticket's words in Arabic, the reference: its keys type the French and English files.
export default {
  title: 'تذكرة الدخول',
  show: 'اعرض هذا الرمز عند الاستقبال يوم اللقاء. يعمل حتى دون اتصال.',
  qrLabel: 'رمز QR لتذكرة دخول {name}',
  drawing: 'جارٍ رسم الرمز…',
  qrFailed: 'تعذر رسم رمز QR على هذا الهاتف. أعطِ الرمز المكتوب أسفله لموظف الاستقبال.',
  codeLabel: 'إن تعذر المسح، يكتب موظف الاستقبال هذا الرمز:',
  private: 'لا تشارك تذكرتك: هي خاصة بك وحدك.',
};
