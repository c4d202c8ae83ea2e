import qrcode from 'qrcode-generator';

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** One SVG path of unit squares, in module units, for the dark modules. */
  path: string;
  isDark: (row: number, col: number) => boolean;
}

/** A QR code of `text` (error correction M, smallest version that fits), or null when it cannot hold it. */
export function qrMatrix(text: string): QrMatrix | null {
  try {
    const qr = qrcode(0, 'M');
    qr.addData(unescape(encodeURIComponent(text)), 'Byte');
    qr.make();
    const size = qr.getModuleCount();
    let path = '';
    for (let r = 0; r < size; r++) {
      for (let c = 0; c < size; c++) if (qr.isDark(r, c)) path += `M${c} ${r}h1v1h-1z`;
    }
    return { size, path, isDark: (r, c) => qr.isDark(r, c) };
  } catch {
    return null;
  }
}
