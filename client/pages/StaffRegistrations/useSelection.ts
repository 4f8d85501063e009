// Which registrations are ticked for a bulk decision. Only rows on screen can stay ticked:
// a decision never applies to someone the organizer can no longer see.
import { useEffect, useState } from 'preact/hooks';

export interface Selection {
  selected: ReadonlySet<string>;
  toggle: (id: string, on: boolean) => void;
  setAll: (on: boolean) => void;
  clear: () => void;
}

export function useSelection(shownIds: readonly string[]): Selection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // The ids as one value, so the effect runs when they change, not when the array is rebuilt.
  const shownKey = shownIds.join('\n');

  useEffect(() => {
    const shown = new Set(shownKey.split('\n'));
    setSelected((current) => {
      const kept = [...current].filter((id) => shown.has(id));
      return kept.length === current.size ? current : new Set(kept);
    });
  }, [shownKey]);

  return {
    selected,
    toggle: (id, on) =>
      setSelected((current) => {
        const next = new Set(current);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    setAll: (on) => setSelected(new Set(on ? shownIds : [])),
    clear: () => setSelected(new Set()),
  };
}
