import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { AddressInfo } from 'node:net';
import { Browser, Page, chromium } from 'playwright-core';

/** Debian's Chromium: test tools cannot download browsers here, so CI installs this one with apt-get. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium from reaching for the network it cannot have here. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export const DIST = path.resolve(__dirname, '..', '..', 'dist');
/** Where browser tests leave their screenshots, for people to look at. */
export const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'test-output', 'screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1 (a free port), as the dev server would, for one test file. */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Every request a page makes, to prove none leaves the machine. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Requests that went anywhere but the local server (data: and blob: URLs stay in the page). */
export function remoteRequests(urls: string[], origin: string): string[] {
  return urls.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
}

/**
 * Every Content-Security-Policy violation the page reports, from before its first script: the
 * `securitypolicyviolation` events (directive and blocked address) and Chromium's console lines
 * about the policy ("Refused to … because it violates the following Content Security Policy …").
 */
export async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('__taizhangCspViolation', (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    const report = (window as unknown as { __taizhangCspViolation(violation: string): void }).__taizhangCspViolation;
    window.addEventListener('securitypolicyviolation', (event) => void report(`${event.effectiveDirective} ${event.blockedURI}`), true);
  });
  return violations;
}

/** The origins of the page's network requests (data: and blob: URLs stay in the page), sorted. */
export function requestOrigins(urls: string[]): string[] {
  const origins = urls.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:')).map((url) => new URL(url).origin);
  return [...new Set(origins)].sort();
}

/** The Content-Security-Policy a built page carries in its meta tag, or null. */
export function metaPolicy(html: string): string | null {
  const meta = html.match(/<meta\b[^>]*\bhttp-equiv=["']?Content-Security-Policy["']?[^>]*>/i);
  return meta?.[0].match(/\bcontent=(?:"([^"]*)"|'([^']*)')/i)?.slice(1).find((v) => v !== undefined) ?? null;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
