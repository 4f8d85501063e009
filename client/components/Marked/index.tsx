// Text with the ranges a search matched in <mark> (shared/search/highlight.ts), for the desk's
// results and the organizer's list.
import type { Ranges } from '../../../shared/search/highlight';

export default function Marked({ text, ranges }: { text: string; ranges?: Ranges }) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
