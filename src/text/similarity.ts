/**
 * String similarity from `natural`. Only its distance module is loaded: the package's main
 * entry also loads storage back-ends (Redis, MongoDB, Postgres) whose dotenv import prints
 * banners to stdout and costs startup time.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const distance = require('natural/lib/natural/distance/index.js') as {
  JaroWinklerDistance(a: string, b: string, options?: object): number;
  DamerauLevenshteinDistance(a: string, b: string, options?: object): number;
};

/** Jaro–Winkler similarity in [0, 1]; 1 is identical. */
export function jaroWinkler(a: string, b: string): number {
  return distance.JaroWinklerDistance(a, b, {});
}

/** Edit distance counting transpositions as one edit. */
export function editDistance(a: string, b: string): number {
  return distance.DamerauLevenshteinDistance(a, b, {});
}
