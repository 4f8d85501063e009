// A counter bumped whenever this process writes something a public meeting view shows (its
// text, its seats): cached public answers made before the bump are not served again.
let generation = 0;

export function noteMeetingChange(): void {
  generation++;
}

export function meetingChangeGeneration(): number {
  return generation;
}
