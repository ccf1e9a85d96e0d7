/**
 * `npx tsx scripts/chapter-model.ts [slug | file.mdx ...] [--lang=en]`: prints the chapter model
 * (lib/chapter-model) as JSON, every written chapter in story order when no argument is given.
 * A file path prints what was read from it with its problems, and exits 1 if it has any.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chapterModel, chapterModels, LANGUAGES, readChapterFile, type Lang } from '@/lib/chapter-model';
import { story, type ChapterSlug } from '@/content/story';

const args = process.argv.slice(2);
const langArg = args.find((a) => a.startsWith('--lang='))?.slice('--lang='.length) ?? 'en';
if (!(langArg in LANGUAGES)) {
  console.error(`Unknown --lang "${langArg}" (known: ${Object.keys(LANGUAGES).join(', ')})`);
  process.exit(2);
}
const lang = langArg as Lang;
const names = args.filter((a) => !a.startsWith('--'));

let failed = false;
const out = names.length === 0
  ? chapterModels(lang)
  : names.map((name) => {
      if ((story.chapters as readonly string[]).includes(name)) return chapterModel(name as ChapterSlug, lang);
      if (!fs.existsSync(name)) throw new Error(`${name}: neither a chapter slug nor a file`);
      const { chapter, problems } = readChapterFile(path.resolve(name), path.basename(name, '.mdx'), lang);
      if (problems.length) failed = true;
      return { ...chapter, problems };
    });
console.log(JSON.stringify(out, null, 2));
if (failed) process.exit(1);
