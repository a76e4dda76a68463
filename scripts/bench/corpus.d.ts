/** About `bytes` bytes of invented news articles separated by blank lines, the same for a given seed. */
export function corpus(bytes: number, seed?: number): string;
