/** <Notes> in MDX: speaker notes. Readers never see them; the deck swaps in its own Notes. */
export function Notes(): null {
  return null;
}
