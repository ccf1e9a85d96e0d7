import { CoverPage } from '@/components/pages/CoverPage';
import { coverMetadata } from '@/lib/seo';

export const metadata = coverMetadata('zh');

export default function CoverZh() {
  return <CoverPage locale="zh" />;
}
