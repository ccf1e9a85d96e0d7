/** Types for subset-font (the package ships none): only the call the card fonts make. */
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2' },
  ): Promise<Buffer<ArrayBuffer>>;
}
