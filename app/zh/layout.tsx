import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { Document } from '@/components/pages/Document';
import { siteMetadata } from '@/lib/seo';
import { viewport as englishViewport } from '../(en)/layout';

export const metadata: Metadata = siteMetadata('zh');
export const viewport: Viewport = englishViewport;

/** The Chinese edition's root: every URL under /zh, with <html lang="zh-CN">. */
export default function ChineseLayout({ children }: { children: ReactNode }) {
  return <Document locale="zh">{children}</Document>;
}
