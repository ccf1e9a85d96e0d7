import { CoverPage } from '@/components/pages/CoverPage';
import { coverMetadata } from '@/lib/seo';

export const metadata = coverMetadata('en');

export default function Cover() {
  return <CoverPage locale="en" />;
}
