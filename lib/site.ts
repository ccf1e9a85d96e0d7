/**
 * Where the site lives. Every absolute URL (canonical, Open Graph, sitemap) is built from SITE_URL,
 * read once at build time; the default suits `npm start` on this machine.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

export function absolute(path: string): string {
  return `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}
