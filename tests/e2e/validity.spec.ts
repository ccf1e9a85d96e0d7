/** Whole-site checks: valid HTML (Nu HTML Checker) and no broken internal link (linkinator). */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { LinkChecker } from 'linkinator';
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { outDir } from './chapters';
import { chapterSlugsZh } from './pages';

test('every page is valid HTML (vnu: 0 errors), the Chinese edition\'s too', () => {
  // vnu checks every file under out/: the /zh pages must be among them.
  for (const page of ['zh.html', ...chapterSlugsZh.map((s) => `zh/${s}.html`)]) expect(fs.existsSync(path.join(outDir, page)), page).toBe(true);
  const jar = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');
  let output = '';
  try {
    output = execFileSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'text', outDir], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    output = `${(e as { stdout?: string }).stdout ?? ''}${(e as { stderr?: string }).stderr ?? ''}`;
  }
  expect(output.trim()).toBe('');
});

test('no internal link is broken', async ({ baseURL }) => {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: baseURL!,
    recurse: true,
    // Only the site itself: source links go to the public web, which this machine cannot reach.
    linksToSkip: [`^(?!${baseURL!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`],
  });
  const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.status} ${l.url} (from ${l.parent})`);
  expect(result.links.filter((l) => l.state === 'OK').length).toBeGreaterThan(5);
  expect(broken).toEqual([]);
});
