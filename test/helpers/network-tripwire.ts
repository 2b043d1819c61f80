// A tripwire for network use: replaces every way Node code can reach the network (and, since a child
// process could do so for it, the ways to start one) with stubs that record the call and throw. Stubs
// sit both on the module functions (http.request, net.connect, dns.lookup, fetch…) and on the socket
// prototypes underneath them, so a reference taken before installation is caught at the socket.
// `uninstall()` puts every original back.
import { syncBuiltinESMExports } from 'node:module';

// The real module objects: `import * as http` would give a copy of their properties (the interop
// namespace), and replacing a function on a copy changes nothing for anyone else.
const childProcess = require('node:child_process') as typeof import('node:child_process');
const dgram = require('node:dgram') as typeof import('node:dgram');
const dns = require('node:dns') as typeof import('node:dns');
const http = require('node:http') as typeof import('node:http');
const http2 = require('node:http2') as typeof import('node:http2');
const https = require('node:https') as typeof import('node:https');
const net = require('node:net') as typeof import('node:net');
const tls = require('node:tls') as typeof import('node:tls');

type Target = Record<string, unknown>;

const DNS_FUNCTIONS = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];

/** [label, object, function names] for every entry point replaced. */
function entryPoints(): [string, Target, string[]][] {
  const points: [string, Target, string[]][] = [
    ['http', http as unknown as Target, ['request', 'get']],
    ['https', https as unknown as Target, ['request', 'get']],
    ['http2', http2 as unknown as Target, ['connect']],
    ['net', net as unknown as Target, ['connect', 'createConnection']],
    ['net.Socket.prototype', net.Socket.prototype as unknown as Target, ['connect']],
    ['tls', tls as unknown as Target, ['connect']],
    ['dgram', dgram as unknown as Target, ['createSocket']],
    ['dgram.Socket.prototype', dgram.Socket.prototype as unknown as Target, ['bind', 'connect', 'send']],
    ['dns', dns as unknown as Target, DNS_FUNCTIONS],
    ['dns.promises', dns.promises as unknown as Target, DNS_FUNCTIONS],
    ['dns.Resolver.prototype', dns.Resolver.prototype as unknown as Target, DNS_FUNCTIONS.filter((f) => f !== 'lookup')],
    ['globalThis', globalThis as unknown as Target, ['fetch', 'WebSocket', 'EventSource']],
    ['child_process', childProcess as unknown as Target, ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']],
  ];
  // The npm undici (a separate copy from Node's built-in fetch), when something has loaded it.
  for (const id of Object.keys(require.cache)) {
    if (/[\\/]node_modules[\\/]undici[\\/]index\.js$/.test(id)) {
      points.push([`undici (${id})`, require.cache[id]!.exports as Target, ['request', 'stream', 'pipeline', 'connect', 'upgrade', 'fetch']]);
    }
  }
  return points;
}

export interface Tripwire {
  /** One line per attempted call: "http.request", "dns.lookup example.com", … */
  readonly calls: string[];
  /** Labels of every function replaced (to show the coverage). */
  readonly stubbed: string[];
  uninstall(): void;
}

export class NetworkUseError extends Error {}

const describeArg = (arg: unknown) => (typeof arg === 'string' ? arg : arg instanceof URL ? arg.href : typeof arg === 'object' && arg ? JSON.stringify(arg).slice(0, 80) : String(arg));

export function installTripwire(): Tripwire {
  const calls: string[] = [];
  const stubbed: string[] = [];
  const restore: (() => void)[] = [];
  for (const [label, target, names] of entryPoints()) {
    for (const name of names) {
      if (typeof target[name] !== 'function') continue;
      const own = Object.getOwnPropertyDescriptor(target, name);
      const stub = function networkTripwire(...args: unknown[]): never {
        const call = `${label}.${name}${args.length ? ` ${describeArg(args[0])}` : ''}`;
        calls.push(call);
        throw new NetworkUseError(`Network or process use during an offline feature: ${call}`);
      };
      Object.defineProperty(target, name, { value: stub, writable: true, configurable: true, enumerable: own?.enumerable ?? true });
      stubbed.push(`${label}.${name}`);
      restore.push(() => {
        if (own) Object.defineProperty(target, name, own);
        else delete target[name];
      });
    }
  }
  // ES modules that imported these names (`import { request } from 'node:http'`) see the stubs too.
  syncBuiltinESMExports();
  return {
    calls,
    stubbed,
    uninstall() {
      for (const undo of restore.reverse()) undo();
      restore.length = 0;
      syncBuiltinESMExports();
    },
  };
}
