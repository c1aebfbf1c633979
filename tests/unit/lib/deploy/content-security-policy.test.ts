import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  astroCspConfig,
  CSP_DIRECTIVES,
  cspHash,
  HEADER_ONLY_DIRECTIVES,
  headerPolicy,
  parsePolicy,
} from '../../../../src/lib/deploy/content-security-policy';

describe('cspHash', () => {
  it('is the base64 SHA-256 of the exact text, as browsers compute it', () => {
    expect(cspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
    expect(cspHash('é')).toBe(`sha256-${createHash('sha256').update(Buffer.from('é', 'utf8')).digest('base64')}`);
    expect(cspHash('alert(1)\n')).not.toBe(cspHash('alert(1)'));
  });
});

describe('astroCspConfig', () => {
  it("hashes each inline script and keeps 'self', which naming resources would otherwise drop", () => {
    const config = astroCspConfig(['run()']);
    expect(config.scriptDirective.hashes).toEqual([cspHash('run()')]);
    expect(config.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(config.styleDirective.resources).toEqual(["'self'"]);
    expect(config.directives).toEqual([...CSP_DIRECTIVES]);
  });

  it('lets Pagefind run: WebAssembly, its worker, and fetching its index from the site', () => {
    const policy = parsePolicy(headerPolicy([]));
    expect(policy.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(policy.get('worker-src')).toContain("'self'");
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('puts no header-only directive into the <meta> directives', () => {
    const names = astroCspConfig([]).directives.map((d) => d.split(' ')[0]);
    for (const directive of HEADER_ONLY_DIRECTIVES) expect(names).not.toContain(directive.split(' ')[0]);
  });
});

describe('headerPolicy', () => {
  it('is the page policy with the inline scripts hashed and frame-ancestors added', () => {
    expect(headerPolicy(['run()'])).toBe(
      `default-src 'none'; base-uri 'none'; connect-src 'self'; form-action 'self'; img-src 'self'; worker-src 'self' blob:; script-src 'self' 'wasm-unsafe-eval' '${cspHash('run()')}'; style-src 'self'; frame-ancestors 'none'`,
    );
  });

  it('never allows inline code or eval wholesale', () => {
    expect(headerPolicy(['run()'])).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });
});

describe('parsePolicy', () => {
  it('reads directives by lowercased name, keeping the first of a repeated one, as browsers do', () => {
    const policy = parsePolicy("IMG-SRC 'self';  default-src 'none' ; img-src *;");
    expect([...policy]).toEqual([
      ['img-src', ["'self'"]],
      ['default-src', ["'none'"]],
    ]);
  });
});
