/**
 * `npm run cards` (and the first half of `npm run build`): renders a 1200×630 PNG social card for
 * the cover and for every written chapter into public/og/, from the registry and the chapters'
 * chart data. Real .png files, so any static host serves them as image/png with no header rules.
 * Fonts come from @fontsource/inter as .woff (Satori cannot read woff2): no network. The Chinese
 * edition's cards go to public/og/zh/ with a CJK font subset made here from the cards' own text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import type { ReactElement } from 'react';
import { ChapterCard } from '@/components/social/ChapterCard';
import { CoverCard } from '@/components/social/CoverCard';
import { writtenChapters } from '@/lib/chapters';
import { CARD, COVER_CARD, cardPath } from '@/lib/seo';
import { chapterCard, coverCard } from '@/lib/social-card';
import { zhCardJobs } from './cards/zh-cards';

const OUT = path.join(process.cwd(), 'public');
const FONT_DIR = path.join(process.cwd(), 'node_modules', '@fontsource', 'inter', 'files');

function fonts() {
  const weights = [400, 700, 800] as const;
  // Latin first, then latin-ext for names with accents: Satori falls back along the list.
  return ['latin', 'latin-ext'].flatMap((subset) =>
    weights.map((weight) => ({
      name: 'Inter',
      weight,
      style: 'normal' as const,
      data: fs.readFileSync(path.join(FONT_DIR, `inter-${subset}-${weight}-normal.woff`)),
    })),
  );
}

async function render(element: ReactElement, file: string, options: { fonts: ReturnType<typeof fonts> }) {
  const response = new ImageResponse(element, { ...CARD, fonts: options.fonts });
  const png = Buffer.from(await response.arrayBuffer());
  const target = path.join(OUT, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, png);
  return png.length;
}

async function main() {
  const started = Date.now();
  const options = { fonts: fonts() };
  const chapters = writtenChapters();
  // Start clean so a renamed or removed chapter leaves no stale card behind.
  fs.rmSync(path.join(OUT, 'og'), { recursive: true, force: true });
  const jobs: [ReactElement, string][] = [
    [<CoverCard key="cover" card={coverCard(chapters)} />, cardPath(COVER_CARD)],
    ...chapters.map((c): [ReactElement, string] => [<ChapterCard key={c.slug} card={chapterCard(c)} />, cardPath(c.slug)]),
  ];
  let bytes = 0;
  for (const [element, file] of jobs) bytes += await render(element, file, options);
  const zh = await zhCardJobs(chapters);
  const zhOptions = { fonts: [...options.fonts, ...zh.font.fonts] };
  for (const [element, file] of zh.jobs) bytes += await render(element, file, zhOptions);
  const { characters, chunks, fonts: pieces, bytes: fontBytes } = zh.font;
  console.log(`Social cards: ${jobs.length + zh.jobs.length} PNGs (${Math.round(bytes / 1024)} KiB) in public/og/, ${Date.now() - started} ms.`);
  console.log(`  Chinese cards: CJK font cut to ${characters} characters from ${chunks} chunks, ${pieces.length} pieces, ${Math.round(fontBytes / 1024)} KiB.`);
}

main().catch((e) => {
  console.error(`Social cards failed: ${(e as Error).message}`);
  process.exit(1);
});
