// Reads a QR code from a camera frame or a photo: the BarcodeDetector API where the browser
// has it for QR (Chrome on Android), else jsQR, a pure-JS decoder in its own chunk, loaded only
// by this screen (served by us and precached, never from a CDN).

export interface QrReader {
  /** The first QR code's text in the picture, or null. `thorough` for photos (slower). */
  read(
    source: CanvasImageSource,
    width: number,
    height: number,
    thorough?: boolean,
  ): Promise<string | null>;
}

interface Detector {
  detect(source: CanvasImageSource): Promise<Array<{ rawValue: string }>>;
}
interface DetectorClass {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
}

/** Frames are scaled down to this many pixels on their long side: plenty for a ticket held up. */
const FRAME_SIDE = 720;
const PHOTO_SIDE = 1280;

async function nativeReader(): Promise<QrReader | null> {
  const Detector = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  try {
    if (!(await Detector.getSupportedFormats()).includes('qr_code')) return null;
    const detector = new Detector({ formats: ['qr_code'] });
    return {
      async read(source) {
        const codes = await detector.detect(source);
        return codes[0]?.rawValue ?? null;
      },
    };
  } catch {
    return null;
  }
}

async function scriptReader(): Promise<QrReader> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('qr: no 2D canvas');
  return {
    async read(source, width, height, thorough = false) {
      const scale = Math.min(1, (thorough ? PHOTO_SIDE : FRAME_SIDE) / Math.max(width, height));
      const w = Math.max(1, Math.round(width * scale));
      const h = Math.max(1, Math.round(height * scale));
      canvas.width = w;
      canvas.height = h;
      context.drawImage(source, 0, 0, w, h);
      const pixels = context.getImageData(0, 0, w, h);
      const code = jsQR(pixels.data, w, h, {
        inversionAttempts: thorough ? 'attemptBoth' : 'dontInvert',
      });
      return code?.data || null;
    },
  };
}

let reader: Promise<QrReader> | null = null;

export function qrReader(): Promise<QrReader> {
  reader ??= nativeReader()
    .then((native) => native ?? scriptReader())
    .catch((error: unknown) => {
      reader = null; // a chunk that failed to load is tried again next time
      throw error;
    });
  return reader;
}

/** Decodes a photo (a file from the camera app or the gallery). */
export async function readPhoto(file: Blob): Promise<string | null> {
  const [qr, bitmap] = await Promise.all([qrReader(), createImageBitmap(file)]);
  try {
    return await qr.read(bitmap, bitmap.width, bitmap.height, true);
  } finally {
    bitmap.close();
  }
}
