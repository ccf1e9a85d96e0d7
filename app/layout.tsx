import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { inter } from './fonts';
import { siteMetadata } from '@/lib/seo';
// The site's one stylesheet: tokens, utilities and the few component styles, for every route.
import './globals.css';

export const metadata: Metadata = siteMetadata();

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#121316' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body>
        <a href="#main" className="skip-link absolute left-2 -top-12 z-50 bg-raised px-3 py-2 focus:top-2">Skip to the story</a>
        {children}
      </body>
    </html>
  );
}
