// Files travel to the host as base64 inside JSON. String.fromCharCode(...bytes) over a whole file
// overflows the call stack past a few hundred KB, so the bytes are turned into characters in chunks.
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(at, at + CHUNK)));
  }
  return btoa(parts.join(''));
}
