import { readFileSync } from 'node:fs';
import { writeFileWhole } from './cache-dir';

/**
 * Texts made from other texts, kept in one file between builds and looked up by a key the caller gives: a digest of
 * what each was made from, so that a build makes only the ones whose source changed. `version` names the way they
 * are made; a file written under another version is set aside whole. The file is read once and written once, with
 * only the texts this build asked for, so it never holds those of deleted articles.
 */
export class KeptTexts {
  readonly #file: string;
  readonly #version: string;
  readonly #kept: Map<string, string>;
  readonly #used = new Map<string, string>();
  #made = 0;

  constructor(file: string, version: string) {
    this.#file = file;
    this.#version = version;
    this.#kept = readKept(file, version);
  }

  /**
   * The text kept under `key`, by this build or an earlier one, or else the one `make` gives, kept under `key` from
   * now on. `key` must change whenever what the text is made from does, and two sources must never share one.
   */
  get(key: string, make: () => string): string {
    let text = this.#used.get(key) ?? this.#kept.get(key);
    if (text === undefined) {
      text = make();
      this.#made++;
    }
    this.#used.set(key, text);
    return text;
  }

  /** How many texts this build had to make, for tests and reports. */
  get made(): number {
    return this.#made;
  }

  /** Writes the texts this build used, unless they are the ones the file already held. */
  save(): void {
    if (this.#made === 0 && this.#used.size === this.#kept.size) return;
    writeFileWhole(this.#file, JSON.stringify({ version: this.#version, texts: Object.fromEntries(this.#used) }));
  }
}

function readKept(file: string, version: string): Map<string, string> {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; texts?: Record<string, string> };
    if (kept.version === version && kept.texts) return new Map(Object.entries(kept.texts));
  } catch {
    // No file yet, or one left broken by a build stopped midway: every text is made afresh.
  }
  return new Map();
}
