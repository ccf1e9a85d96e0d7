// `npm run dev [-- --port N]`: `next dev` (Turbopack) for authors, with the content gate beside it.
// Next reloads the open page when a chapter's MDX, a fact file or any other imported module changes
// (docs/toolchain.md, "Writing with npm run dev"). The gate (scripts/check-content.ts, the same check
// `npm run build` runs) runs once at start and again after every change under content/: it prints the
// problems and leaves the server running, so an author sees both the page and what the build would
// refuse. The social cards and the post-build steps are build-only.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONTENT = path.join(ROOT, 'content');
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

let checking = null;
let again = false;

/** Runs the gate and prints one summary line (plus its problems when it fails); never throws. */
function checkContent() {
  if (checking) return void (again = true);
  const started = Date.now();
  let output = '';
  checking = spawn(bin('tsx'), ['scripts/check-content.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  checking.stdout.on('data', (d) => (output += d));
  checking.stderr.on('data', (d) => (output += d));
  checking.on('close', (code) => {
    const ms = Date.now() - started;
    if (code === 0) console.log(`[content] ${output.trim().split('\n').pop()} (${ms} ms)`);
    else console.log(`[content] the build would stop here; the dev server keeps running:\n${output.trim()}\n`);
    checking = null;
    if (again) {
      again = false;
      checkContent();
    }
  });
}

let timer;
const watched = new Set();
/**
 * Watches content/ and each folder below it (a new folder is picked up when it appears). One watch a
 * folder, not `recursive: true`: on Linux Node's recursive watch loses a file that an editor saves
 * by writing a new file and renaming it over the old one, and then reports no further change.
 */
function watchTree(dir) {
  if (watched.has(dir)) return;
  watched.add(dir);
  fs.watch(dir, (_event, file) => {
    if (!file || /^\.|~$/.test(file)) return; // editors' swap and backup files
    const full = path.join(dir, file);
    if (fs.existsSync(full) && fs.statSync(full).isDirectory()) watchTree(full);
    clearTimeout(timer);
    timer = setTimeout(checkContent, 150);
  });
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) watchTree(path.join(dir, e.name));
}
watchTree(CONTENT);

checkContent();
const next = spawn(bin('next'), ['dev', ...process.argv.slice(2)], { cwd: ROOT, env, stdio: 'inherit' });
next.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => next.kill(signal));
