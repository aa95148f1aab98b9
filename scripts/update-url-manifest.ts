// Adds every public URL of the current build (dist/) to the committed manifest. URLs are never removed:
// once published, a URL must keep resolving (to its page or a redirect), and the tests check that.
import { writeFileSync } from 'node:fs';
import { manifestFile, publicPaths, readManifest } from '../src/lib/url-manifest.ts';

const known = new Set(readManifest());
const added = publicPaths('dist').filter((path) => !known.has(path));
const all = [...known, ...added].sort();
const header = '# Elke URL die Modulewijzer ooit publiceerde (pad zonder basispad). Nooit regels weghalen: de tests controleren dat elk pad blijft werken.\n';
writeFileSync(manifestFile, header + all.join('\n') + '\n');
console.log(`${added.length} nieuwe URL's toegevoegd; het manifest telt er ${all.length}.`);
