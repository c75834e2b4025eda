/**
 * Runs @doyensec/electronegativity on the Electron entry points (electron/*.ts) and the page they
 * load (the built index.html), offline: the tool fetches translations and Electron's release list
 * from GitHub, which this machine (and a government PC) cannot reach, and crashes on the timeout.
 * Its network calls fail at once here instead, and the one check that needs them
 * (AvailableSecurityFixesGlobalCheck) is skipped: Electron's version is kept current in package.json.
 * Exits non-zero when a finding is not accepted in SECURITY.md ("Accepted electronegativity findings").
 *   node build/electronegativity.cjs
 */
const Module = require('node:module');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'got') {
    const offline = () => Promise.reject(new Error('offline'));
    offline.head = offline;
    return offline;
  }
  return load.call(this, request, ...rest);
};

const root = path.resolve(__dirname, '..');
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'tinhgon-electronegativity-'));
for (const f of fs.readdirSync(path.join(root, 'electron'))) {
  if (f.endsWith('.ts') && !f.endsWith('.test.ts'))
    fs.copyFileSync(path.join(root, 'electron', f), path.join(stage, f));
}
fs.copyFileSync(path.join(root, 'dist/renderer/index.html'), path.join(stage, 'index.html'));
const out = path.join(stage, 'findings.csv');
const accepted =
  (
    fs.readFileSync(path.join(root, 'SECURITY.md'), 'utf8').split('## Accepted electronegativity findings')[1] ?? ''
  ).match(/[A-Z_]+_CHECK/g) ?? [];

process.on('exit', () => {
  // One finding per row; a quoted field may hold a line break, so rows are cut before each check name.
  const rows = fs.existsSync(out)
    ? fs
        .readFileSync(out, 'utf8')
        .replace(/\r/g, '')
        .split(/\n(?=[A-Z_]+_CHECK,)/)
        .slice(1)
        .map((r) => r.replace(/\n/g, ' ').trim())
    : null;
  if (rows === null) {
    console.error('electronegativity: no report was written');
    process.exitCode = 1;
    return;
  }
  const open = rows.filter((r) => !accepted.includes(r.split(',')[0]));
  for (const r of rows) console.log(`${open.includes(r) ? 'FINDING ' : 'accepted'} ${r}`);
  fs.rmSync(stage, { recursive: true, force: true });
  if (open.length > 0) process.exitCode = 1;
  else console.log(`electronegativity: no findings beyond the ${rows.length} accepted in SECURITY.md`);
});

const electronVersion = require(path.join(root, 'node_modules/electron/package.json')).version;
process.argv = [
  process.argv[0],
  'electronegativity',
  '-i',
  stage,
  '-e',
  electronVersion,
  '-x',
  'AvailableSecurityFixesGlobalCheck',
  '-o',
  out,
  '-v',
  'false',
];
require('@doyensec/electronegativity/dist/index.js');
