/** Structured data for search engines, rendered on the server into the page's HTML. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  // "<" escaped so that no string in the data can close the script element early.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
