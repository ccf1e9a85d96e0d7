import fs from 'node:fs';
import path from 'node:path';
import type { MetadataRoute } from 'next';
import { chapterModels } from '@/lib/chapter-model';
import { sitemapEntries } from '@/lib/seo';

export const dynamic = 'force-static';

// The Chinese data room is listed once its route exists (app/zh/data).
const zhDataRoom = fs.existsSync(path.join(process.cwd(), 'app', 'zh', 'data', 'page.tsx'));

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries({ en: chapterModels('en'), zh: chapterModels('zh') }, zhDataRoom ? ['en', 'zh'] : ['en']);
}
