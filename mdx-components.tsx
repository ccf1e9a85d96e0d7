/** The components MDX chapters may use in reading mode. The deck passes its own set. */
import type { MDXComponents } from 'mdx/types';
import { Fact } from '@/components/story/Fact';
import { Notes } from '@/components/story/Notes';
import { Scrolly } from '@/components/story/Scrolly';
import { Step } from '@/components/story/Step';
import { Term } from '@/components/story/Term';

const components: MDXComponents = { Fact, Notes, Scrolly, Step, Term };

export function useMDXComponents(): MDXComponents {
  return components;
}
