import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';

/**
 * `office-addin-manifest validate` needs Microsoft's web service, out of reach here: this checks
 * offline what Office requires of a task-pane manifest.
 */
const ROOT = path.resolve(__dirname, '..');
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

/** xmldom's elements, seen through the DOM's own types. */
type El = Element;

function parse(text: string): El {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') problems.push(message);
    },
  }).parseFromString(text, 'text/xml');
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return doc.documentElement as unknown as El;
}

function children(element: El): El[] {
  const out: El[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === 1) out.push(node as El);
  return out;
}

function child(element: El, name: string): El {
  const found = children(element).find((c) => c.localName === name);
  if (!found) throw new Error(`${element.localName} has no ${name}`);
  return found;
}

/** Every element below, or every one with this local name. */
function all(element: El, name?: string): El[] {
  const found: El[] = [];
  const walk = (e: El): void => {
    for (const c of children(e)) {
      if (name === undefined || c.localName === name) found.push(c);
      walk(c);
    }
  };
  walk(element);
  return found;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function assetFor(url: string): string {
  const match = /^https:\/\/localhost:3000\/(assets\/[\w.-]+\.png)$/.exec(url);
  if (!match) throw new Error(`not one of the add-in's assets: ${url}`);
  return path.join(ROOT, match[1]);
}

describe('manifest.xml', () => {
  const root = parse(xml);

  it('is a task-pane OfficeApp with the elements Office requires, in the schema’s order', () => {
    expect(root.localName).toBe('OfficeApp');
    expect(root.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(root.namespaceURI).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    const order = children(root).map((c) => c.localName);
    expect(order).toEqual([
      'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl',
      'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides',
    ]);
  });

  it('has a GUID id, a four-part version and a provider', () => {
    expect(child(root, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(root, 'Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(root, 'ProviderName').textContent?.trim()).not.toBe('');
  });

  it('speaks Chinese by default with an English override', () => {
    expect(child(root, 'DefaultLocale').textContent).toBe('zh-CN');
    for (const name of ['DisplayName', 'Description']) {
      const element = child(root, name);
      expect(element.getAttribute('DefaultValue')).toMatch(/[\u4e00-\u9fff]/);
      const override = child(element, 'Override');
      expect(override.getAttribute('Locale')).toBe('en-US');
      expect(override.getAttribute('Value')).toMatch(/[A-Za-z]/);
    }
    expect(child(root, 'DisplayName').getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(125);
  });

  it('declares icons that exist in assets/ at their sizes', () => {
    expect(pngSize(assetFor(child(root, 'IconUrl').getAttribute('DefaultValue')!))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetFor(child(root, 'HighResolutionIconUrl').getAttribute('DefaultValue')!))).toEqual({ width: 64, height: 64 });
    const images = all(root, 'Image').filter((i) => i.getAttribute('id'));
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const image of images) {
      const size = Number(/(\d+)x\1/.exec(image.getAttribute('id')!)?.[1]);
      expect(pngSize(assetFor(image.getAttribute('DefaultValue')!))).toEqual({ width: size, height: size });
    }
  });

  it('runs in workbooks, needs ExcelApi 1.9, reads and writes the document, loads over https', () => {
    expect(children(child(root, 'Hosts')).map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    const set = child(child(child(root, 'Requirements'), 'Sets'), 'Set');
    expect([set.getAttribute('Name'), set.getAttribute('MinVersion')]).toEqual(['ExcelApi', '1.9']);
    expect(child(child(root, 'DefaultSettings'), 'SourceLocation').getAttribute('DefaultValue')).toMatch(/^https:\/\//);
    expect(child(root, 'Permissions').textContent).toBe('ReadWriteDocument');
  });

  it('puts a ribbon button on the Home tab that opens the pane, with every resource it names', () => {
    const overrides = child(root, 'VersionOverrides');
    expect(overrides.getAttribute('xsi:type')).toBe('VersionOverridesV1_0');
    const host = child(child(overrides, 'Hosts'), 'Host');
    expect(host.getAttribute('xsi:type')).toBe('Workbook');
    const surface = all(host, 'ExtensionPoint').find((e) => e.getAttribute('xsi:type') === 'PrimaryCommandSurface')!;
    expect(child(surface, 'OfficeTab').getAttribute('id')).toBe('TabHome');
    const button = all(surface, 'Control').find((c) => c.getAttribute('xsi:type') === 'Button')!;
    const action = child(button, 'Action');
    expect(action.getAttribute('xsi:type')).toBe('ShowTaskpane');
    const resources = child(overrides, 'Resources');
    const ids = new Set(all(resources, 'Image').concat(all(resources, 'Url'), all(resources, 'String')).map((r) => r.getAttribute('id')));
    const referenced = all(overrides).flatMap((e) => (e.getAttribute('resid') ? [e.getAttribute('resid')] : []));
    expect(referenced.length).toBeGreaterThan(5);
    for (const id of referenced) expect(ids).toContain(id);
    for (const url of all(resources, 'Url')) expect(url.getAttribute('DefaultValue')).toMatch(/^https:\/\//);
  });

  it('points at pages the build produces', () => {
    const webpackConfig = fs.readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8');
    for (const page of ['taskpane.html', 'help.html']) {
      expect(xml).toContain(`https://localhost:3000/${page}`);
      expect(webpackConfig).toContain(`filename: "${page}"`.replace(/"/g, "'"));
    }
  });
});
