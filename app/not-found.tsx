import type { Metadata } from 'next';
import { Document } from '@/components/pages/Document';
import { NotFoundPage } from '@/components/pages/NotFoundPage';
import { metaWords } from '@/content/ui/meta';
import { siteMetadata } from '@/lib/seo';

// The root not-found renders outside both editions' layouts, so it brings its own <html> and metadata.
export const metadata: Metadata = { ...siteMetadata('en'), title: metaWords.en['notFound.title'] };

export default function NotFound() {
  return (
    <Document locale="en">
      <NotFoundPage locale="en" />
    </Document>
  );
}
