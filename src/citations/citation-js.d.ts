// citation-js ships no type declarations; these cover the few calls the archive makes.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: { config: { get(name: string): unknown } };
}

declare module '@citation-js/name' {
  export function parse(name: string): Record<string, string>;
}
