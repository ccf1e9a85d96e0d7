/** Every page of the built site a reader can reach, found from out/ so new routes are swept automatically. */
import fs from 'node:fs';
import path from 'node:path';
import { chapterSlugs, outDir, writtenChapters } from './chapters';

const exists = (route: string) => fs.existsSync(path.join(outDir, `${route.replace(/^\//, '') || 'index'}.html`));

export const readingPages = ['/', ...chapterSlugs.map((s) => `/${s}`), '/data'].filter(exists);
export const presentingPages = ['/present', ...chapterSlugs.map((s) => `/present/${s}`)].filter(exists);

/** The Chinese edition's chapters (content/zh/chapters), and its reading pages as built. */
export const chapterSlugsZh = writtenChapters('zh').map((c) => c.slug);
export const readingPagesZh = ['/zh', ...chapterSlugsZh.map((s) => `/zh/${s}`), '/zh/data'].filter(exists);
export const presentingPagesZh = ['/zh/present', ...chapterSlugsZh.map((s) => `/zh/present/${s}`)].filter(exists);
