// The server speaks plain HTTP and WebSocket. On a loopback address only this machine (a TLS reverse
// proxy on it, say) can reach it; anywhere else passwords and texts would cross the network in clear.
import { isIP } from 'node:net';

export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || /^::ffff:127\./i.test(bare);
  return false;
}
