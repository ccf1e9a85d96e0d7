/** Types for mdx-syntax.mjs (plain JavaScript so MDX's compiler can load it; see there). */
import type { Root, Nodes } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
export function parseMdx(source: string): Root;
export function isElement(node: Nodes, name: string): node is JsxElement;
export function attribute(node: JsxElement, name: string): MdxJsxAttribute | undefined;
export function stringAttribute(node: JsxElement, name: string): string | undefined;
export function elementsIn(node: Nodes, name: string): JsxElement[];
export function stepsOf(scrolly: JsxElement): JsxElement[];
