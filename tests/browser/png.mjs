// A minimal PNG reader for screenshots (8-bit RGB/RGBA, not interlaced), so tests
// can check the colour of what was actually drawn without another dependency.
import zlib from 'node:zlib';

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export const PNG = {
  decode(buffer) {
    let offset = 8;
    let width = 0, height = 0, channels = 0;
    const idat = [];
    while (offset < buffer.length) {
      const length = buffer.readUInt32BE(offset);
      const type = buffer.toString('ascii', offset + 4, offset + 8);
      const data = buffer.subarray(offset + 8, offset + 8 + length);
      if (type === 'IHDR') {
        width = data.readUInt32BE(0);
        height = data.readUInt32BE(4);
        const depth = data[8], colour = data[9], interlace = data[12];
        if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) {
          throw new Error(`unsupported PNG: depth ${depth}, colour ${colour}, interlace ${interlace}`);
        }
        channels = colour === 6 ? 4 : 3;
      } else if (type === 'IDAT') {
        idat.push(data);
      }
      offset += 12 + length;
    }
    const raw = zlib.inflateSync(Buffer.concat(idat));
    const stride = width * channels;
    const pixels = Buffer.alloc(stride * height);
    for (let y = 0; y < height; y++) {
      const filter = raw[y * (stride + 1)];
      const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
      for (let x = 0; x < stride; x++) {
        const a = x >= channels ? pixels[y * stride + x - channels] : 0;
        const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
        const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
        const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
        pixels[y * stride + x] = (line[x] + predictor) & 0xff;
      }
    }
    return {
      width,
      height,
      pixel(x, y) {
        const i = y * stride + x * channels;
        return [...pixels.subarray(i, i + channels)];
      },
    };
  },
};
