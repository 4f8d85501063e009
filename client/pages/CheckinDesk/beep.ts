// The desk's sounds, so staff need not look at the screen: one high beep for checked in, two
// middle ones for already checked in, one low buzz for a refusal. Web Audio, no sound files.
import type { Verdict } from '../../desk/arrival';

type Tone = [frequency: number, seconds: number, wave: OscillatorType];

const TONES: Record<Verdict['kind'], Tone[]> = {
  'checked-in': [[1046, 0.14, 'sine']],
  'already-checked-in': [
    [660, 0.12, 'triangle'],
    [660, 0.12, 'triangle'],
  ],
  unknown: [[196, 0.45, 'square']],
  'not-accepted': [[196, 0.45, 'square']],
};

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  try {
    context ??= new AudioContext();
  } catch {
    // No audio on this device: the screen and the screen reader still say it.
  }
  return context;
}

/**
 * Makes the audio context ahead, when the desk is idle: its creation takes tens of ms (63 in
 * headless Chromium), which the first scan's result would otherwise wait for. Made before any
 * tap, it starts suspended; `unlockAudio` on a tap resumes it.
 */
export function prepareAudio(): void {
  audio();
}

/** Browsers only let a page play sound after a tap: call from one (the camera button…). */
export function unlockAudio(): void {
  void audio()
    ?.resume()
    .catch(() => undefined);
}

export function beep(kind: Verdict['kind']): void {
  unlockAudio();
  if (!context) return;
  let at = context.currentTime + 0.01;
  for (const [frequency, seconds, wave] of TONES[kind]) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = wave;
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.25, at);
    gain.gain.exponentialRampToValueAtTime(0.001, at + seconds);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + seconds);
    at += seconds + 0.07;
  }
}
