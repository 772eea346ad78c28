// Raw bytes to text, refusing what is not an article: empty, binary, or too large. A file that is not valid
// UTF-8 is decoded as Windows-1252 (the usual Latin-1 superset of old French sites) and says so.

export const MAX_INPUT_BYTES = 2_000_000;

export class InputError extends Error {}

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

export function decodeInput(bytes: Uint8Array, label: string): Decoded {
  if (bytes.length === 0) throw new InputError(`${label}: the file is empty`);
  if (bytes.length > MAX_INPUT_BYTES)
    throw new InputError(
      `${label}: ${bytes.length} bytes is more than the ${MAX_INPUT_BYTES} bytes an article may have`,
    );
  let controls = 0;
  for (const b of bytes.subarray(0, 8192)) {
    if (b === 0) throw new InputError(`${label}: binary file (it contains NUL bytes), not an article text`);
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  if (controls > 8) throw new InputError(`${label}: binary file (control characters), not an article text`);
  let text: string;
  let encoding: Decoded['encoding'] = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    encoding = 'windows-1252';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim().length === 0) throw new InputError(`${label}: the file holds only white space`);
  return { text, encoding };
}
