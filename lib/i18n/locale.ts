/**
 * The site's two editions. English keeps the URLs it always had; the Simplified Chinese edition
 * lives under /zh with the same slugs and step ids. Everything that prints words or numbers takes
 * a Locale; English is the default so a caller that does not care stays English.
 */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The value of <html lang> and of hreflang for each edition. */
export const HTML_LANG: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

/** The path prefix of an edition: '' for English, '/zh' for Chinese. */
export function localePrefix(locale: Locale): string {
  return locale === 'en' ? '' : `/${locale}`;
}

/** A site path in an edition: ('/the-bet', 'zh') gives '/zh/the-bet'; ('/', 'zh') gives '/zh'. */
export function localePath(path: string, locale: Locale): string {
  const prefix = localePrefix(locale);
  if (!prefix) return path;
  return path === '/' ? prefix : `${prefix}${path}`;
}

/** Which edition a site path belongs to, and the path without its prefix. */
export function splitLocalePath(path: string): { locale: Locale; path: string } {
  const m = /^\/zh(?=\/|$|#|\?)(.*)$/.exec(path);
  if (!m) return { locale: 'en', path };
  const rest = m[1];
  return { locale: 'zh', path: rest === '' || rest.startsWith('#') || rest.startsWith('?') ? `/${rest}` : rest };
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
