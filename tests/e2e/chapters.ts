/** The chapters that exist on disk, in story order, read the way the site reads them (tests run in node). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const storySource = fs.readFileSync(path.join(root, 'content', 'story.ts'), 'utf8');
const allSlugs: string[] = JSON.parse(/chapters:\s*(\[[^\]]*\])/.exec(storySource)![1].replace(/'/g, '"'));

export const chapterSlugs = allSlugs.filter((s) => fs.existsSync(path.join(root, 'content', 'chapters', `${s}.mdx`)));
export const outDir = path.join(root, 'out');
