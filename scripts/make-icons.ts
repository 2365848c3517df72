/**
 * Draws the add-in's icons (assets/icon-{16,32,64,80,128}.png): an Excel-green tile with a faint sheet grid and a
 * white check mark. Rendered with 4×4 supersampling and encoded by the small PNG writer below (zlib + CRC-32,
 * no image library needed). Run: npx tsx scripts/make-icons.ts
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { crc32 } from "./crc32";

type RGBA = [number, number, number, number];


function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** RGBA pixels (row-major) → PNG file bytes. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", new Uint8Array())]);
}

const GREEN: RGBA = [33, 115, 70, 255];
const WHITE: RGBA = [255, 255, 255, 255];

function inRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const CHECK: [number, number][] = [
  [0.27, 0.53],
  [0.44, 0.7],
  [0.76, 0.33],
];

/** The icon at one point of the unit square: transparent outside the tile. */
function sample(x: number, y: number, size: number): RGBA {
  if (!inRoundedRect(x, y, 0.04, 0.04, 0.96, 0.96, 0.18)) return [0, 0, 0, 0];
  const stroke = size <= 16 ? 0.075 : 0.06;
  for (let i = 0; i + 1 < CHECK.length; i++) {
    if (distToSegment(x, y, ...CHECK[i], ...CHECK[i + 1]) <= stroke) return WHITE;
  }
  // A faint sheet grid behind the check (dropped at 16 px, where it would only blur).
  if (size > 16) {
    const line = 0.012;
    const onRow = [0.3, 0.5, 0.7].some((v) => Math.abs(y - v) <= line) && x > 0.16 && x < 0.84;
    const onCol = [0.38, 0.62].some((v) => Math.abs(x - v) <= line) && y > 0.16 && y < 0.84;
    if (onRow || onCol) return [Math.round(GREEN[0] * 0.55 + 255 * 0.45), Math.round(GREEN[1] * 0.55 + 255 * 0.45), Math.round(GREEN[2] * 0.55 + 255 * 0.45), 255];
  }
  return GREEN;
}

export function renderIcon(size: number, ss = 4): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let j = 0; j < ss; j++) {
        for (let i = 0; i < ss; i++) {
          const c = sample((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size, size);
          // Premultiplied accumulation so edges blend against transparency correctly.
          acc[0] += c[0] * c[3];
          acc[1] += c[1] * c[3];
          acc[2] += c[2] * c[3];
          acc[3] += c[3];
        }
      }
      const o = (y * size + x) * 4;
      const a = acc[3] / (ss * ss);
      px[o + 3] = Math.round(a);
      for (let k = 0; k < 3; k++) px[o + k] = acc[3] ? Math.round(acc[k] / acc[3]) : 0;
    }
  }
  return px;
}

export const ICON_SIZES = [16, 32, 64, 80, 128];

if (require.main === module) {
  const dir = path.join(__dirname, "..", "assets");
  for (const size of ICON_SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
