/**
 * Plain-language definitions for the jargon the story uses, printed by <Term id="...">word</Term>
 * at a term's first use in a chapter. Words only: no figures here (figures live in the registry).
 */
export interface GlossaryEntry {
  /** The term as a heading would name it. */
  term: string;
  /** One or two sentences a reader with no accounting background can follow. */
  definition: string;
}

export const glossary = {
  'adjusted-net-loss': {
    term: 'Adjusted net loss',
    definition:
      'The loss after all costs, interest and tax, with some items taken out that the company treats as one-off or non-cash, such as share-based pay. Xiaomi used this measure for its car segment in 2024.',
  },
  'operating-result': {
    term: 'Operating profit or loss',
    definition:
      'What is left of sales after the costs of making the products and running the business, before interest and tax. Xiaomi reports its car segment on this measure from 2025.',
  },
  'non-gaap': {
    term: 'Non-GAAP',
    definition:
      'A figure a company adjusts away from the standard accounting rules (GAAP or IFRS), usually by leaving out items it calls one-off. Useful, but not comparable from company to company.',
  },
  h1: {
    term: 'H1',
    definition: 'The first half of a year: January to June.',
  },
  'production-licence': {
    term: 'Production licence',
    definition:
      'In China a company needs a government licence to build cars for sale. Newcomers often start by building under an existing maker’s licence; the SU7 first used that of the carmaker BAIC.',
  },
  nev: {
    term: 'New-energy vehicles',
    definition:
      'China’s official name for battery-electric, plug-in hybrid and fuel-cell cars, which qualify for tax breaks that ordinary petrol cars do not.',
  },
  segment: {
    term: 'Segment',
    definition:
      'A part of a company that it reports on separately in its accounts. Xiaomi reports its cars in one segment together with other new businesses, including AI, so a segment result is not a result for the cars alone.',
  },
  'gross-margin': {
    term: 'Gross margin',
    definition:
      'The share of sales left after the direct cost of making what was sold, before overheads such as research, marketing and administration.',
  },
  'locked-order': {
    term: 'Locked order',
    definition:
      'An order the buyer confirmed after the refund window closed, so the deposit can no longer be taken back. Firmer than a first-night order.',
  },
} as const satisfies Record<string, GlossaryEntry>;

export type TermId = keyof typeof glossary;

export function isTermId(id: string): id is TermId {
  return Object.hasOwn(glossary, id);
}
