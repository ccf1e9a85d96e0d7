import fs from 'node:fs';
import path from 'node:path';

/** Every file below `dir`, as '/'-separated paths relative to it (the form URLs and lib/precache.ts use). */
export function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    // `parentPath` from Node 20.12; `path`, its older name, in the 20.9 package.json allows.
    .map((e) => path.relative(dir, path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).split(path.sep).join('/'))
    .sort();
}

export const isPage = (file: string) => file.endsWith('.html');
