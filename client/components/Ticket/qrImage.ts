// The QR ticket as one SVG path (dark modules, row runs merged), computed on the phone from the
// token kept on it. Loaded on its own (the QR encoder is the bulk of it), only by ticket views.
// The encoder alone: the package's entry point adds canvas and SVG-string renderers we never use.
import { create } from 'qrcode/lib/core/qrcode';

/** Light modules around the code: 4 is the standard's minimum for a reliable scan. */
export const QUIET_ZONE = 4;

export interface QrImage {
  /** Width and height in modules, quiet zone included (the SVG's viewBox). */
  side: number;
  /** `M x y h n v 1 h -n z` per run of dark modules. */
  path: string;
}

export function qrImage(text: string): QrImage {
  // One byte-mode segment and level M, as the e-mailed ticket: the same code on paper and screen.
  const { modules } = create([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
  });
  const count = modules.size;
  let path = '';
  for (let y = 0; y < count; y++) {
    let x = 0;
    while (x < count) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < count && modules.get(y, x)) x++;
      const run = x - start;
      path += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`;
    }
  }
  return { side: count + 2 * QUIET_ZONE, path };
}
