/** The components MDX chapters may use in reading mode: English unless a page passes its own set. */
import type { MDXComponents } from 'mdx/types';
import { mdxComponents } from '@/components/story/mdx-components';

export function useMDXComponents(): MDXComponents {
  return mdxComponents('en');
}
