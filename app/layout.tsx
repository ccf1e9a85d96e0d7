/**
 * The app's outer layout renders no <html>: each edition's layout does (app/(en)/layout.tsx with
 * lang="en", app/zh/layout.tsx with lang="zh-CN"), because a static page cannot change its <html
 * lang> after it is served. The one stylesheet is imported by that shared Document, beside the
 * font, so that Next puts both in one CSS file.
 */
import type { ReactNode } from 'react';

export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
