// The part of `qrcode` the phone uses: its encoder (lib/core/qrcode), no canvas, no streams.
// @types/qrcode pulls in Node's types, which would let Node globals slip into page code unnoticed.
export interface QRCodeSegment {
  data: Uint8Array | string;
  mode: 'byte' | 'alphanumeric' | 'numeric' | 'kanji';
}

export interface BitMatrix {
  size: number;
  get(row: number, col: number): boolean | number;
}

export function create(
  segments: string | QRCodeSegment[],
  options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' },
): { modules: BitMatrix };
