/**
 * The Chinese edition's social cards in the built site: the cover's and one per chapter that has a
 * Chinese file, each a real 1200×630 PNG in out/og/zh/, none left over from a removed chapter, and
 * each drawn anew (not the English card under another name).
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { chapterSlugs, outDir } from './chapters';

const zhSlugs = chapterSlugs.filter((slug) => fs.existsSync(path.join(process.cwd(), 'content', 'zh', 'chapters', `${slug}.mdx`)));
const names = ['cover', ...zhSlugs];

/** Width and height from a PNG's IHDR chunk, after checking the PNG signature. */
function pngSize(body: Buffer) {
  expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(body.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

test('out/og/zh/ holds exactly the cover and the Chinese chapters\' cards', () => {
  const files = fs.readdirSync(path.join(outDir, 'og', 'zh')).sort();
  expect(files).toEqual(names.map((n) => `${n}.png`).sort());
});

for (const name of names) {
  test(`${name}: the Chinese card is a 1200×630 PNG, served as image/png, unlike the English one`, async ({ request }) => {
    const zh = fs.readFileSync(path.join(outDir, 'og', 'zh', `${name}.png`));
    expect(pngSize(zh)).toEqual({ width: 1200, height: 630 });
    expect(zh.equals(fs.readFileSync(path.join(outDir, 'og', `${name}.png`)))).toBe(false);
    const res = await request.get(`/og/zh/${name}.png`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
  });
}
