#!/usr/bin/env node
/* global console, URL */
/**
 * Completes package-lock.json for `npm ci` (npm 11), which refuses a lock that lacks an entry for any
 * optional platform package a dependency names (e.g. rollup's @rollup/rollup-darwin-arm64), even one
 * that can never install here. The registry reachable from our machines serves only some platforms'
 * packages (the others are 404), so `npm install` leaves them out of the lock, and `npm ci` then fails
 * with "Missing: @rollup/rollup-… from lock file".
 *
 * For each such missing package this adds a lock entry with its version and its os/cpu/libc (read from
 * the package name, e.g. linux-arm64-musl), marked optional: npm skips it on every other platform, so
 * it is never fetched. Idempotent; entries npm already has are left alone. npm install keeps them.
 *
 * Run it after a dependency change that touches platform packages (e.g. a vite/rollup upgrade):
 *   node scripts/lock-platform-stubs.mjs && npm ci
 */
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const OSES = [
  'aix',
  'android',
  'darwin',
  'freebsd',
  'linux',
  'netbsd',
  'openbsd',
  'openharmony',
  'sunos',
  'win32',
];
const CPUS = ['arm', 'arm64', 'ia32', 'loong64', 'mips64el', 'ppc64', 'riscv64', 's390x', 'x64'];
const LIBC = { gnu: 'glibc', gnueabihf: 'glibc', musl: 'musl', musleabihf: 'musl' };

/** os, cpu and libc of a platform package such as @rollup/rollup-linux-arm-gnueabihf, or null. */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  for (let i = 0; i < parts.length - 1; i++) {
    if (!OSES.includes(parts[i]) || !CPUS.includes(parts[i + 1])) continue;
    const abi = parts.slice(i + 2).join('-');
    const known = abi === '' || abi in LIBC || abi === 'msvc' || abi === 'eabi';
    if (!known) return null;
    return { os: parts[i], cpu: parts[i + 1], libc: LIBC[abi] };
  }
  return null;
}

const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const added = [];
for (const [key, entry] of Object.entries(lock.packages)) {
  if (!key.startsWith('node_modules/') || !entry.optionalDependencies) continue;
  for (const [name, version] of Object.entries(entry.optionalDependencies)) {
    const target = `node_modules/${name}`;
    // Nested entries are rare for platform packages; only the hoisted position is completed.
    if (lock.packages[target] || key.slice('node_modules/'.length).includes('node_modules/')) continue;
    const platform = platformOf(name);
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue;
    lock.packages[target] = {
      version,
      cpu: [platform.cpu],
      ...(entry.dev ? { dev: true } : {}),
      ...(platform.libc ? { libc: [platform.libc] } : {}),
      optional: true,
      os: [platform.os],
    };
    added.push(`${name}@${version}`);
  }
}

if (added.length === 0) {
  console.log('lock-platform-stubs: nothing to add');
} else {
  const packages = {};
  const keys = Object.keys(lock.packages).sort((a, b) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'),
  );
  for (const key of keys) packages[key] = lock.packages[key];
  lock.packages = packages;
  writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`lock-platform-stubs: added ${added.length} entries:\n  ${added.join('\n  ')}`);
}
