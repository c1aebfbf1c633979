/** The system Chromium the benchmark and `npm run lighthouse` drive, and the flags it needs on a closed network. */
export { CHROMIUM_MISSING, findChromium } from '../chromium-path';

/**
 * Headless, no sandbox (root in a container), and none of Chromium's own network
 * traffic, which on a closed network only floods the log with refused connections.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
