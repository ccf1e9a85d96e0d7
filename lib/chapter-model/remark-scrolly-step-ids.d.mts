/** Types for remark-scrolly-step-ids.mjs (plain JavaScript so MDX's compiler can load it by path). */
import type { Root } from 'mdast';

export default function remarkScrollyStepIds(): (tree: Root) => void;
