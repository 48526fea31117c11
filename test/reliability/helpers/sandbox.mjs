// Preload (node --import this) for the safety tests: every way out of the process (sockets,
// servers, UDP, HTTP(S), DNS, fetch, child processes) and every file access naming "nl-canary"
// is written to $NEWSLENS_SANDBOX_LOG, one JSON line each, and then refused with an error.
import childProcess from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

const LOG = process.env.NEWSLENS_SANDBOX_LOG;
const append = fs.appendFileSync.bind(fs);
const CANARY = 'nl-canary';

function record(what, args) {
  const shown = args.map((a) => {
    try {
      return typeof a === 'function' ? 'fn' : JSON.stringify(a)?.slice(0, 200) ?? String(a);
    } catch {
      return String(a);
    }
  });
  if (LOG) append(LOG, `${JSON.stringify({ what, args: shown, stack: new Error().stack?.split('\n').slice(2, 6).join(' | ') })}\n`);
}

function refuse(target, name, label) {
  const original = target[name];
  if (typeof original !== 'function') return;
  target[name] = function refused(...args) {
    record(label, args);
    throw new Error(`sandbox: ${label} refused`);
  };
}

function watchPaths(target, name, label) {
  const original = target[name];
  if (typeof original !== 'function') return;
  target[name] = function watched(...args) {
    const p = args[0];
    const s = typeof p === 'string' ? p : p instanceof URL ? p.href : Buffer.isBuffer(p) ? p.toString() : '';
    if (s.includes(CANARY)) {
      record(label, args);
      throw Object.assign(new Error(`sandbox: ${label} ${s} refused`), { code: 'EACCES' });
    }
    return original.apply(this, args);
  };
}

refuse(net.Socket.prototype, 'connect', 'net.Socket#connect');
refuse(net, 'connect', 'net.connect');
refuse(net, 'createConnection', 'net.createConnection');
refuse(net, 'createServer', 'net.createServer');
refuse(net.Server.prototype, 'listen', 'net.Server#listen');
refuse(tls, 'connect', 'tls.connect');
refuse(dgram, 'createSocket', 'dgram.createSocket');
for (const [mod, label] of [[http, 'http'], [https, 'https']]) {
  refuse(mod, 'request', `${label}.request`);
  refuse(mod, 'get', `${label}.get`);
  refuse(mod, 'createServer', `${label}.createServer`);
}
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveTxt', 'reverse']) {
  refuse(dns, name, `dns.${name}`);
  refuse(dns.promises, name, `dns.promises.${name}`);
}
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) refuse(childProcess, name, `child_process.${name}`);
for (const name of ['open', 'openSync', 'readFile', 'readFileSync', 'stat', 'statSync', 'lstat', 'lstatSync', 'access', 'accessSync', 'existsSync',
  'createReadStream', 'readdir', 'readdirSync', 'realpath', 'realpathSync', 'opendir', 'opendirSync']) watchPaths(fs, name, `fs.${name}`);
for (const name of ['open', 'readFile', 'stat', 'lstat', 'access', 'readdir', 'realpath', 'opendir']) watchPaths(fs.promises, name, `fs.promises.${name}`);
syncBuiltinESMExports();
for (const name of ['fetch', 'WebSocket', 'EventSource']) {
  if (typeof globalThis[name] === 'function') {
    const label = name;
    globalThis[name] = function refused(...args) {
      record(label, args);
      throw new Error(`sandbox: ${label} refused`);
    };
  }
}
