/**
 * An Excel JavaScript API simulator for tests: what `src/hosts/office` uses, with Office.js's own
 * rules (proxies, `load`, `context.sync`, reading an unloaded property throws, queued writes land only
 * on sync, a request or response over 5 MB fails whole), backed by a Workbook of grids plus formats.
 * It counts requests and their payload bytes, and can make a chosen request fail.
 *
 * Pure TypeScript without Node APIs, so a page can load it as its `Office`/`Excel` globals.
 *
 *   const sim = createExcelSimulator(readShared('lianshui'), { apiVersion: '1.18' });
 *   const restore = sim.install();           // globalThis.Office / Excel / OfficeExtension
 *   await Excel.run((context) => checkSheet(context, options));
 *   sim.stats.syncs; sim.stats.requests[0].bytes; sim.dumpSheet('项目表').cells.O5; sim.selection();
 *   sim.failSync({ withCall: 'values' });    // the next request writing values throws, applying nothing
 *   restore();
 */
import { Workbook, parseCellAddress } from '../../src/core/grid';
import { ErrorCodes, SimulatorError, notSimulated } from './errors';
import { FailRule, SimRequestContext, SimulatorCore, SimulatorOptions, SimulatorStats, compareVersions, strict } from './client';
import { CellDump, InitialState, SheetDump, WorkbookDump, WorkbookState, createWorkbookState, dumpCell, dumpSheet, dumpWorkbook, sheetNamed } from './workbookState';

export type { CallRecord, FailRule, RequestRecord, SimulatorOptions, SimulatorStats } from './client';
export { PAYLOAD_LIMIT_BYTES } from './client';
export { ErrorCodes, SimulatorError } from './errors';
export type { CellDump, CellFormatState, InitialState, SheetDump, SheetStyles, WorkbookDump, WorkbookState } from './workbookState';

export interface ExcelSimulator {
  Office: typeof Office;
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
  /** The live simulated workbook (tests may plant content in it between runs). */
  state: WorkbookState;
  stats: SimulatorStats;
  /** Excel.run. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Sets Office, Excel and OfficeExtension on `target` (globalThis by default); returns what puts the old ones back. */
  install(target?: object): () => void;
  /** Makes a request fail (once) without applying any of it. */
  failSync(rule: FailRule): void;
  /** Changes the ExcelApi version the host reports from now on. */
  setApiVersion(version: string): void;
  dump(): WorkbookDump;
  /** One sheet read back (the active sheet by default). */
  dumpSheet(name?: string): SheetDump;
  /** The range the add-in last selected, or null. */
  selection(): { sheet: string; address: string } | null;
  /** One cell read back, `A1` on the active sheet or `'Sheet'!A1`. */
  cell(address: string, sheet?: string): CellDump;
}

export type CreateOptions = SimulatorOptions & InitialState;

/** Enum objects as Office.js has them (string values); a member it lacks throws. */
function enumOf(name: string, members: Record<string, string>): Record<string, string> {
  return strict(members, () => `Excel.${name}`);
}

export function createExcelSimulator(workbook: Workbook, options: CreateOptions = {}): ExcelSimulator {
  const state = createWorkbookState(workbook, options);
  const core = new SimulatorCore(state, {
    apiVersion: options.apiVersion ?? '1.18',
    displayLanguage: options.displayLanguage ?? 'zh-CN',
    platform: options.platform ?? 'OfficeOnline',
  });

  const newContext = (): SimRequestContext => strict(new SimRequestContext(core), () => 'RequestContext');

  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1];
    if (typeof batch !== 'function') throw new SimulatorError(ErrorCodes.invalidArgument, 'Excel.run needs a batch function');
    if (args.length > 2 || (args.length === 2 && (typeof args[0] !== 'object' || args[0] === null || 'context' in (args[0] as object)))) {
      throw notSimulated('Excel.run with an object or a context to continue');
    }
    const context = newContext();
    try {
      const result = (await (batch as (c: SimRequestContext) => Promise<T>)(context)) as T;
      if (context._pending.length > 0) await context._sync(true);
      return result;
    } finally {
      context._closed = true;
    }
  }

  const ExcelNs = strict(
    {
      run,
      RequestContext: function RequestContext() {
        return newContext();
      },
      ConditionalFormatType: enumOf('ConditionalFormatType', {
        custom: 'Custom',
        dataBar: 'DataBar',
        colorScale: 'ColorScale',
        iconSet: 'IconSet',
        topBottom: 'TopBottom',
        presetCriteria: 'PresetCriteria',
        containsText: 'ContainsText',
        cellValue: 'CellValue',
      }),
      ConditionalFormatRuleType: enumOf('ConditionalFormatRuleType', {
        invalid: 'Invalid',
        automatic: 'Automatic',
        lowestValue: 'LowestValue',
        highestValue: 'HighestValue',
        number: 'Number',
        percent: 'Percent',
        formula: 'Formula',
        percentile: 'Percentile',
      }),
      ConditionalTextOperator: enumOf('ConditionalTextOperator', {
        invalid: 'Invalid',
        contains: 'Contains',
        notContains: 'NotContains',
        beginsWith: 'BeginsWith',
        endsWith: 'EndsWith',
      }),
      WorksheetPositionType: enumOf('WorksheetPositionType', { none: 'None', before: 'Before', after: 'After', beginning: 'Beginning', end: 'End' }),
      RangeCopyType: enumOf('RangeCopyType', { all: 'All', formulas: 'Formulas', values: 'Values', formats: 'Formats', link: 'Link' }),
      VerticalAlignment: enumOf('VerticalAlignment', {
        top: 'Top',
        center: 'Center',
        bottom: 'Bottom',
        justify: 'Justify',
        distributed: 'Distributed',
      }),
      HorizontalAlignment: enumOf('HorizontalAlignment', {
        general: 'General',
        left: 'Left',
        center: 'Center',
        right: 'Right',
        fill: 'Fill',
        justify: 'Justify',
        centerAcrossSelection: 'CenterAcrossSelection',
        distributed: 'Distributed',
      }),
      ClearApplyTo: enumOf('ClearApplyTo', {
        all: 'All',
        formats: 'Formats',
        contents: 'Contents',
        hyperlinks: 'Hyperlinks',
        removeHyperlinks: 'RemoveHyperlinks',
        resetContents: 'ResetContents',
      }),
      ErrorCodes: enumOf('ErrorCodes', { ...ErrorCodes }),
    },
    () => 'Excel'
  );

  const OfficeNs = strict(
    {
      context: strict(
        {
          get displayLanguage() {
            return core.options.displayLanguage;
          },
          requirements: strict(
            {
              isSetSupported(name: string, version?: string): boolean {
                if (name !== 'ExcelApi') return false;
                return compareVersions(core.options.apiVersion, version ?? '1.1') >= 0;
              },
            },
            () => 'Office.context.requirements'
          ),
          get platform() {
            return core.options.platform;
          },
          host: 'Excel',
        },
        () => 'Office.context'
      ),
      onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
        const info = { host: 'Excel', platform: core.options.platform };
        callback?.(info);
        return Promise.resolve(info);
      },
      HostType: enumOf('HostType', { Excel: 'Excel' }),
      PlatformType: enumOf('PlatformType', { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android' }),
    },
    () => 'Office'
  );

  const OfficeExtensionNs = strict({ Error: SimulatorError, ErrorCodes: { ...ErrorCodes } }, () => 'OfficeExtension');

  const activeName = (name?: string): string => name ?? state.activeSheet;

  return {
    Office: OfficeNs as unknown as typeof Office,
    Excel: ExcelNs as unknown as typeof Excel,
    OfficeExtension: OfficeExtensionNs as unknown as typeof OfficeExtension,
    state,
    stats: core.stats,
    run: run as ExcelSimulator['run'],
    install(target: object = globalThis) {
      const slots = target as Record<string, unknown>;
      const previous = { Office: slots.Office, Excel: slots.Excel, OfficeExtension: slots.OfficeExtension };
      slots.Office = OfficeNs;
      slots.Excel = ExcelNs;
      slots.OfficeExtension = OfficeExtensionNs;
      return () => {
        for (const [key, value] of Object.entries(previous)) {
          if (value === undefined) delete slots[key];
          else slots[key] = value;
        }
      };
    },
    failSync(rule) {
      core.failRules.push(rule);
    },
    setApiVersion(version) {
      core.options.apiVersion = version;
    },
    dump: () => dumpWorkbook(state),
    selection: () => (state.selection ? { ...state.selection } : null),
    dumpSheet: (name) => dumpSheet(state, activeName(name)),
    cell(address, sheetName) {
      const bang = address.lastIndexOf('!');
      const name = bang >= 0 ? address.slice(0, bang).replace(/^'|'$/g, '') : activeName(sheetName);
      const sheet = sheetNamed(state, name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      const { row, col } = parseCellAddress(bang >= 0 ? address.slice(bang + 1) : address);
      return dumpCell(sheet.cells[row]?.[col]);
    },
  };
}
