/**
 * Remark plugin for MDX's compiler (next.config.mjs): gives every `<Scrolly>` a `stepIds` prop,
 * the ids of its steps in order, read from the syntax tree by the same rule the chapter model
 * uses (mdx-syntax.mjs). So <Scrolly> knows its steps without walking its React children.
 */
import { elementsIn, stepsOf, stringAttribute } from './mdx-syntax.mjs';

const literal = (value) => ({ type: 'Literal', value, raw: JSON.stringify(value) });

export default function remarkScrollyStepIds() {
  return (tree) => {
    for (const scrolly of elementsIn(tree, 'Scrolly')) {
      const ids = stepsOf(scrolly).map((s) => stringAttribute(s, 'id') ?? '');
      const expression = { type: 'ArrayExpression', elements: ids.map(literal) };
      scrolly.attributes = scrolly.attributes.filter((a) => !(a.type === 'mdxJsxAttribute' && a.name === 'stepIds'));
      scrolly.attributes.push({
        type: 'mdxJsxAttribute',
        name: 'stepIds',
        value: {
          type: 'mdxJsxAttributeValueExpression',
          value: JSON.stringify(ids),
          data: { estree: { type: 'Program', sourceType: 'module', comments: [], body: [{ type: 'ExpressionStatement', expression }] } },
        },
      });
    }
  };
}
