/**
 * URL fetching from the server refuses private, loopback, link-local and other non-public addresses (SSRF), unless
 * `--allow-private-urls`. The check runs where the connection is made: a DNS lookup hook on the process's fetch
 * dispatcher (undici), so redirects and names that resolve to a private address are refused as well as literal IPs.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { Agent, buildConnector, setGlobalDispatcher } from 'undici';

const blocked = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) blocked.addSubnet(net, bits, 'ipv6');

/** Whether an IP address is one the server must not fetch from (IPv4-mapped IPv6 addresses as their IPv4 form). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return blocked.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

export class PrivateAddressError extends Error {
  code = 'EPRIVATE';
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup that fails for a name with any private address. */
function publicLookup(hostname: string, options: object, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad) return callback(new PrivateAddressError(`${hostname} is a private address (${bad.address}); ${REFUSED}`), []);
    const all = (options as { all?: boolean }).all === true;
    if (all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

const REFUSED = 'the server fetches public URLs only (start it with --allow-private-urls to allow)';

/** Makes every fetch() of this process refuse private addresses: names through the lookup, IP literals (also after a redirect) here. */
export function refusePrivateUrls(): void {
  const base = buildConnector({ lookup: publicLookup as never });
  const connect: buildConnector.connector = (opts, callback) => {
    const host = opts.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) !== 0 && isPrivateAddress(host)) {
      callback(new PrivateAddressError(`${host} is a private address; ${REFUSED}`), null);
      return;
    }
    base(opts, callback);
  };
  setGlobalDispatcher(new Agent({ connect }));
}

/** The literal-IP case, checked before fetching (the lookup hook is not called for an IP address). */
export function privateUrlProblem(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return null; // The reader says why the URL is invalid.
  }
  if (host === 'localhost' || host.endsWith('.localhost')) return `${url} is a loopback address; ${REFUSED}`;
  if (isIP(host) !== 0 && isPrivateAddress(host)) return `${url} is a private address; ${REFUSED}`;
  return null;
}

/** Undoes refusePrivateUrls: a plain dispatcher. */
export function allowPrivateUrls(): void {
  setGlobalDispatcher(new Agent());
}
