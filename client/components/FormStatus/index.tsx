// What became of a form's last send, in a live region that is always on the page (one inserted
// with its text is often not read out), styled as good news or a problem.

export type FormMessage = { ok: boolean; text: string } | null;

export default function FormStatus({ message }: { message: FormMessage }) {
  return (
    <p class={message ? `notice ${message.ok ? '' : 'notice--error'}` : undefined} role="status">
      {message?.text ?? ''}
    </p>
  );
}
