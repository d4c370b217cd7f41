/**
 * The client side of the simulated Excel JavaScript API, with Office.js's rules: every object is a
 * proxy; `load` queues a read; `context.sync()` sends everything queued as one request, which is
 * counted and measured (a JSON serialisation of every call: object paths, names, arguments); a
 * request or a response over 5 MB fails whole; properties are readable only after the sync that
 * loaded them; `isNullObject` only after a sync; APIs above the configured ExcelApi version fail.
 * Anything the simulator does not implement throws NotSimulated, so a new call in the host shows up.
 */
import { Area, cellAddress } from '../../src/core/grid';
import {
  MAX_COLS,
  MAX_ROWS,
  cellCount,
  contains,
  fullAddress,
  intersection,
  intersects,
  localAddress,
  parseAddress,
} from './addresses';
import { ErrorCodes, SimulatorError, notLoaded, notSimulated } from './errors';
import { InvalidValueError, interpretInput } from './values';
import {
  BORDER_EDGES,
  BorderState,
  CellFormatState,
  CommentState,
  ConditionalFormatKind,
  ConditionalFormatState,
  SheetState,
  WorkbookState,
  cellAt,
  clearConditionalFormats,
  columnWidth,
  copyName,
  copySheetState,
  deleteSheetState,
  effectiveFormat,
  invalidSheetName,
  mergeAt,
  mergeFormat,
  renameSheetState,
  sheetNameTaken,
  sheetNamed,
  tidyCell,
  unmergeArea,
  usedArea,
  STANDARD_WIDTH_POINTS,
} from './workbookState';

/** Excel on the web refuses a request or a response over 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Reads are capped at 5,000,000 cells. */
const MAX_READ_CELLS = 5_000_000;

// ---------------------------------------------------------------------------------------------
// Requests and statistics

export interface CallRecord {
  /** The Office.js type the call was made on (Range, RangeFormat, Worksheet…). */
  object: string;
  name: string;
  kind: 'SetProperty' | 'Method' | 'Query' | 'Instantiate';
}

export interface RequestRecord {
  /** 1-based, over the simulator's life. */
  index: number;
  /** The request's serialised size in bytes (UTF-8 JSON of its object paths and actions). */
  bytes: number;
  /** The response's serialised size (what the loads and results brought back). */
  responseBytes: number;
  /** Calls queued: property sets, methods, loads, instantiations of *OrNullObject objects. */
  calls: number;
  callList: CallRecord[];
  /** Formatting calls (number formats, formats, merges, conditional formats, widths, copyFrom formats). */
  formatCalls: number;
  /** Formatting calls whose target was one cell (what a per-cell formatting loop makes). */
  singleCellFormatCalls: number;
  singleCellFormatAddresses: string[];
  /** Cells given formats one by one in a single call (setCellProperties, a 2D numberFormat array). */
  perCellFormatValues: number;
  /** Whether any formatting call worked cell by cell (either of the two counts above). */
  readonly perCellFormatting: boolean;
  /** Set by Excel.run's closing sync of work queued after the batch's last sync. */
  implicit: boolean;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
  /** The error code when the request failed. */
  error?: string;
}

export interface SimulatorStats {
  readonly requests: RequestRecord[];
  /** Requests sent (context.sync() calls, and Excel.run's closing sync when work was left queued). */
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  reset(): void;
}

export interface FailRule {
  /** Fail the request with this 1-based index (over the simulator's life; see stats.syncs). */
  at?: number;
  /** Fail the first request holding a call with this name (`values`, `merge`…) or type and name (`NoteCollection.add`). */
  withCall?: string;
  /** Or any test of the calls. */
  when?: (calls: CallRecord[], index: number) => boolean;
  /** Fail midway, as Excel does when one call of a request fails: the calls before it are applied. */
  afterCalls?: number;
  code?: string;
  message?: string;
}

export interface SimulatorOptions {
  /** The highest ExcelApi requirement set the simulated host supports (default 1.18). */
  apiVersion?: string;
  displayLanguage?: string;
  /** Defaults to Office on the web, where the 5 MB limits are documented. */
  platform?: string;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** What the simulator shares across Excel.run calls: the workbook, the options, the statistics. */
export class SimulatorCore {
  readonly requests: RequestRecord[] = [];
  readonly failRules: FailRule[] = [];
  nextObjectId = 1;

  constructor(
    readonly state: WorkbookState,
    readonly options: Required<SimulatorOptions>
  ) {}

  supports(version: string): boolean {
    return compareVersions(this.options.apiVersion, version) >= 0;
  }

  readonly stats: SimulatorStats = (() => {
    const core = this;
    return {
      get requests() {
        return core.requests;
      },
      get syncs() {
        return core.requests.length;
      },
      get maxRequestBytes() {
        return Math.max(0, ...core.requests.map((r) => r.bytes));
      },
      get maxResponseBytes() {
        return Math.max(0, ...core.requests.map((r) => r.responseBytes));
      },
      reset() {
        core.requests.length = 0;
      },
    };
  })();
}

// ---------------------------------------------------------------------------------------------
// Execution of one request

type Target = unknown;

interface Action {
  id: number;
  obj: SimObject;
  kind: CallRecord['kind'];
  name: string;
  args: unknown[];
  /** The ExcelApi set the call needs. */
  min: string;
  /** A formatting call; `perCell` counts cells given formats one by one. */
  format?: boolean;
  perCell?: (target: Target) => number;
  run?: (exec: Execution, target: Target) => unknown;
  /** Loads: what to do with the data once the request succeeded. */
  after?: (data: unknown) => void;
  /** Query select list, for the payload. */
  select?: string[];
}

export class Execution {
  private readonly cache = new Map<SimObject, Target | null>();
  constructor(readonly core: SimulatorCore) {}

  get state(): WorkbookState {
    return this.core.state;
  }

  resolve(obj: SimObject): Target | null {
    if (this.cache.has(obj)) return this.cache.get(obj)!;
    const parent = obj._parent ? this.resolve(obj._parent) : undefined;
    const target = parent === null ? null : obj._resolve(this, parent);
    this.cache.set(obj, target);
    return target;
  }

  /** Forgets resolutions that depend on the sheet's contents (the used range changes as calls run). */
  invalidate(): void {
    this.cache.clear();
  }
}

function fail(code: string, message: string): never {
  throw new SimulatorError(code, message);
}

// ---------------------------------------------------------------------------------------------
// Request context

export class SimRequestContext {
  _pending: Action[] = [];
  _closed = false;
  _nextActionId = 1;
  _calculationSuspended = false;
  _screenSuspended = false;
  readonly workbook: SimWorkbook;
  readonly application: SimApplication;
  readonly runtime: SimRuntime;

  constructor(readonly _core: SimulatorCore) {
    this.workbook = wrap(new SimWorkbook(this, null, { type: 'Global', name: 'workbook', args: [] }));
    this.application = wrap(new SimApplication(this, null, { type: 'Global', name: 'application', args: [] }));
    this.runtime = wrap(new SimRuntime(this, null, { type: 'Global', name: 'runtime', args: [] }));
  }

  _queue(action: Omit<Action, 'id'>): void {
    if (this._closed) {
      fail(ErrorCodes.invalidObjectPath, 'The object was created in an Excel.run that has ended; objects cannot be used across Excel.run calls.');
    }
    this._pending.push({ ...action, id: this._nextActionId++ });
  }

  _suspendCalculation(): void {
    this._calculationSuspended = true;
  }

  _suspendScreen(): void {
    this._screenSuspended = true;
  }

  sync(): Promise<void> {
    return this._sync(false);
  }

  async _sync(implicit: boolean): Promise<void> {
    if (this._closed) fail(ErrorCodes.invalidObjectPath, 'context.sync() after its Excel.run ended.');
    const actions = this._pending;
    this._pending = [];
    const core = this._core;
    const index = core.requests.length + 1;
    const callList: CallRecord[] = actions.map((a) => ({ object: a.obj._typeName, name: a.name, kind: a.kind }));
    const record: RequestRecord = {
      index,
      bytes: utf8Length(serialiseRequest(actions)),
      responseBytes: 0,
      calls: actions.length,
      callList,
      formatCalls: actions.filter((a) => a.format).length,
      singleCellFormatCalls: 0,
      singleCellFormatAddresses: [],
      perCellFormatValues: 0,
      get perCellFormatting() {
        return this.singleCellFormatCalls > 0 || this.perCellFormatValues > 0;
      },
      implicit,
      calculationSuspended: this._calculationSuspended,
      screenUpdatingSuspended: this._screenSuspended,
    };
    this._calculationSuspended = false;
    this._screenSuspended = false;
    core.requests.push(record);
    // Office.js answers asynchronously: nothing of the request is visible before the promise settles.
    await Promise.resolve();
    const rejected = (error: SimulatorError): never => {
      record.error = error.code;
      throw error;
    };
    const rule = core.failRules.find(
      (r) =>
        (r.at !== undefined && r.at === index) ||
        (r.withCall !== undefined && callList.some((c) => c.name === r.withCall || `${c.object}.${c.name}` === r.withCall)) ||
        (r.when !== undefined && r.when(callList, index))
    );
    const injected = rule && new SimulatorError(rule.code ?? ErrorCodes.generalException, rule.message ?? `request ${index} failed (injected)`);
    if (rule && injected) {
      core.failRules.splice(core.failRules.indexOf(rule), 1);
      if (rule.afterCalls === undefined) rejected(injected);
    }
    // past the request's last call, the last call is the one that fails
    const failAt = rule?.afterCalls === undefined ? -1 : Math.min(rule.afterCalls, Math.max(0, actions.length - 1));
    if (record.bytes > PAYLOAD_LIMIT_BYTES) {
      rejected(
        new SimulatorError(
          ErrorCodes.requestPayloadSizeLimitExceeded,
          `The request payload size has exceeded the limit (${record.bytes} bytes > ${PAYLOAD_LIMIT_BYTES}).`
        )
      );
    }
    const missing = actions.find((a) => !core.supports(a.min));
    if (missing) {
      rejected(
        new SimulatorError(
          ErrorCodes.apiNotFound,
          `${missing.obj._typeName}.${missing.name} needs ExcelApi ${missing.min}; the host supports ${core.options.apiVersion}.`
        )
      );
    }
    // Calls run in order; an error stops the request there, with the calls before it applied, as in Excel.
    const exec = new Execution(core);
    const results: { action: Action; data: unknown }[] = [];
    for (const [n, action] of actions.entries()) {
      if (n === failAt && injected) rejected(injected);
      let target: Target | null;
      try {
        target = exec.resolve(action.obj);
        if (action.format && target !== null && isRangeTarget(target)) {
          if (cellCount(target.area) === 1) {
            record.singleCellFormatCalls++;
            record.singleCellFormatAddresses.push(cellAddress(target.area.top, target.area.left));
          }
        }
        if (action.perCell && target !== null) record.perCellFormatValues += action.perCell(target);
        const data = target === null ? null : action.run ? action.run(exec, target) : undefined;
        if (action.kind === 'Query' || action.kind === 'Instantiate' || action.after) results.push({ action, data });
        if (action.kind === 'SetProperty' || action.kind === 'Method') exec.invalidate();
      } catch (error) {
        if (error instanceof SimulatorError) rejected(error);
        if (error instanceof InvalidValueError) rejected(new SimulatorError(ErrorCodes.invalidArgument, error.message));
        throw error;
      }
    }
    const response = results.map(({ action, data }) => ({ ActionId: action.id, Value: data === undefined ? null : stripTargets(data) }));
    record.responseBytes = utf8Length(JSON.stringify(response));
    if (record.responseBytes > PAYLOAD_LIMIT_BYTES) {
      rejected(
        new SimulatorError(
          ErrorCodes.responsePayloadSizeLimitExceeded,
          `The response payload size has exceeded the limit (${record.responseBytes} bytes > ${PAYLOAD_LIMIT_BYTES}).`
        )
      );
    }
    // Every object the request touched learns whether it exists.
    for (const action of actions) {
      for (let obj: SimObject | null = action.obj; obj; obj = obj._parent) {
        try {
          obj._isNull = exec.resolve(obj) === null;
        } catch {
          // an object that no longer resolves (deleted by the request) keeps what it knew
        }
      }
    }
    for (const { action, data } of results) action.after?.(data);
  }
}

function isRangeTarget(target: Target): target is RangeTarget {
  return typeof target === 'object' && target !== null && 'area' in target && 'sheet' in target;
}

/** Load results carry the targets of collection items so items can be built; the wire has only values. */
function stripTargets(data: unknown): unknown {
  return JSON.parse(JSON.stringify(data, (key, value) => (key === '__target' ? undefined : value)));
}

function serialiseRequest(actions: Action[]): string {
  const paths = new Map<number, unknown>();
  const addPath = (obj: SimObject): void => {
    for (let o: SimObject | null = obj; o && !paths.has(o._id); o = o._parent) {
      paths.set(o._id, {
        Id: o._id,
        ObjectPathType: o._path.type,
        Name: o._path.name,
        ParentObjectPathId: o._parent?._id,
        ArgumentInfo: { Arguments: o._path.args },
      });
      for (const arg of o._path.args) if (arg instanceof SimObject) addPath(arg);
    }
  };
  const replacer = (_key: string, value: unknown): unknown => {
    if (value instanceof SimObject) {
      addPath(value);
      return { ObjectPathId: value._id };
    }
    return value;
  };
  const wire = actions.map((a) => {
    addPath(a.obj);
    const base = { Id: a.id, ActionType: a.kind, Name: a.name, ObjectPathId: a.obj._id };
    return a.kind === 'Query' ? { ...base, QueryInfo: { Select: a.select ?? [] } } : { ...base, ArgumentInfo: { Arguments: a.args } };
  });
  const actionsJson = JSON.stringify(wire, replacer);
  const pathsJson = JSON.stringify(Object.fromEntries(paths), replacer);
  return `{"Actions":${actionsJson},"ObjectPaths":${pathsJson}}`;
}

// ---------------------------------------------------------------------------------------------
// Client objects

interface PathInfo {
  type: 'Global' | 'Method' | 'Property' | 'Indexer';
  name: string;
  args: unknown[];
}

interface LoadableScalar {
  min: string;
  get: (target: Target, exec: Execution) => unknown;
}
interface LoadableNav {
  min: string;
  nav: string;
}
interface LoadableItems {
  min: string;
  items: (target: Target, exec: Execution) => Target[];
  make: (parent: SimObject, index: number, target: Target) => SimObject;
  itemSchema: () => Schema;
}
type Loadable = LoadableScalar | LoadableNav | LoadableItems;
type Schema = Record<string, Loadable>;

type LoadTree = Map<string, LoadTree | true>;

/** Names a test runner or a debugger may probe on any object; they read as undefined. */
const PROBES = new Set(['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', 'constructor', '@@__IMMUTABLE_ITERABLE__@@', '@@__IMMUTABLE_RECORD__@@', 'inspect']);

/** Wraps a client object so touching a member the simulator lacks throws instead of reading undefined. */
export function wrap<T extends SimObject>(obj: T): T {
  return strict(obj, () => obj._typeName);
}

/** Any object of the API surface: members it lacks throw NotSimulated, read-only ones refuse writes. */
export function strict<T extends object>(obj: T, typeName: () => string): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (typeof prop === 'symbol' || prop in target) return Reflect.get(target, prop, receiver);
      if (PROBES.has(prop)) return undefined;
      throw notSimulated(`${typeName()}.${prop}`);
    },
    set(target, prop, value, receiver) {
      if (typeof prop === 'symbol' || prop.startsWith('_')) return Reflect.set(target, prop, value, receiver);
      let proto: object | null = target;
      while (proto) {
        const descriptor = Object.getOwnPropertyDescriptor(proto, prop);
        if (descriptor) {
          if (descriptor.set) return Reflect.set(target, prop, value, receiver);
          throw new SimulatorError(ErrorCodes.invalidArgument, `${typeName()}.${prop} cannot be set.`);
        }
        proto = Object.getPrototypeOf(proto) as object | null;
      }
      throw notSimulated(`setting ${typeName()}.${prop}`);
    },
  });
}

function parseLoad(spec: unknown): string[][] {
  if (spec === undefined) throw notSimulated('load() without property names (load only what is needed)');
  const list = typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec.flatMap((s) => String(s).split(',')) : null;
  if (!list) throw notSimulated('load() with an options object');
  return list.map((s) => s.trim()).filter((s) => s !== '').map((s) => s.split('/').map((p) => p.trim()));
}

export abstract class SimObject {
  abstract readonly _typeName: string;
  _loaded = new Map<string, unknown>();
  _isNull: boolean | undefined = undefined;
  /** Its target depends on the sheet's contents (a used range): resolved afresh after each write. */
  _volatile = false;
  /** Made by an *OrNullObject method (or under one). */
  _orNull: boolean;
  readonly _id: number;
  readonly _children = new Map<string, SimObject>();

  constructor(
    readonly _ctx: SimRequestContext,
    readonly _parent: SimObject | null,
    readonly _path: PathInfo
  ) {
    this._id = _ctx._core.nextObjectId++;
    this._orNull = _parent?._orNull ?? false;
  }

  get context(): SimRequestContext {
    return this._ctx;
  }

  abstract _resolve(exec: Execution, parentTarget: Target | undefined): Target | null;

  _schema(): Schema {
    return {};
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw notLoaded(this._typeName, 'isNullObject');
    return this._isNull;
  }

  /** A navigation property's object, made once. */
  protected _child<T extends SimObject>(name: string, make: () => T): T {
    let child = this._children.get(name);
    if (!child) {
      child = wrap(make());
      this._children.set(name, child);
    }
    return child as T;
  }

  _read<T>(name: string): T {
    if (this._isNull) {
      fail(ErrorCodes.invalidObjectPath, `${this._typeName}.${name}: the object is a null object (check isNullObject first).`);
    }
    if (!this._loaded.has(name)) throw notLoaded(this._typeName, name);
    return this._loaded.get(name) as T;
  }

  _call(
    name: string,
    args: unknown[],
    min: string,
    run: (exec: Execution, target: Target) => unknown,
    extra: Partial<Action> = {}
  ): void {
    this._ctx._queue({ obj: this, kind: 'Method', name, args, min, run, ...extra });
  }

  _setProp(name: string, value: unknown, min: string, run: (exec: Execution, target: Target) => void, extra: Partial<Action> = {}): void {
    this._ctx._queue({ obj: this, kind: 'SetProperty', name, args: [value], min, run, ...extra });
  }

  /** An *OrNullObject object: its existence is learnt at the next sync. */
  _instantiate(min: string): void {
    this._orNull = true;
    this._volatile = true;
    this._ctx._queue({ obj: this, kind: 'Instantiate', name: this._path.name, args: [], min });
  }

  load(spec?: string | string[]): this {
    const tree: LoadTree = new Map();
    for (const path of parseLoad(spec)) {
      let node = tree;
      path.forEach((segment, i) => {
        if (i === path.length - 1) {
          if (!node.has(segment)) node.set(segment, true);
        } else {
          let next = node.get(segment);
          if (next === undefined || next === true) {
            next = new Map();
            node.set(segment, next);
          }
          node = next;
        }
      });
    }
    const min = checkTree(this._typeName, this._schema(), tree);
    const self = this;
    this._ctx._queue({
      obj: this,
      kind: 'Query',
      name: 'load',
      args: [],
      min,
      select: parseLoad(spec).map((p) => p.join('/')),
      run: (exec, target) => loadData(self._schema(), target, tree, exec),
      after: (data) => {
        if (data !== null) applyData(self, data as LoadedData);
      },
    });
    return this;
  }
}

function checkTree(type: string, schema: Schema, tree: LoadTree): string {
  let min = '1.1';
  for (const [name, sub] of tree) {
    const spec = schema[name];
    if (!spec) throw notSimulated(`loading ${type}.${name}`);
    if (compareVersions(spec.min, min) > 0) min = spec.min;
    let subMin = '1.1';
    if ('get' in spec) {
      if (sub !== true) throw notSimulated(`loading ${type}.${name}/…`);
    } else if ('nav' in spec) {
      if (sub === true) throw notSimulated(`loading the navigation property ${type}.${name} whole (load its leaves)`);
      subMin = checkTree(spec.nav, NAV_SCHEMAS[spec.nav](), sub);
    } else {
      if (sub === true) throw notSimulated(`loading ${type}.items whole (name the properties)`);
      subMin = checkTree(`${type} item`, spec.itemSchema(), sub);
    }
    if (compareVersions(subMin, min) > 0) min = subMin;
  }
  return min;
}

interface LoadedData {
  [name: string]: unknown;
}

function loadData(schema: Schema, target: Target, tree: LoadTree, exec: Execution): LoadedData {
  const data: LoadedData = {};
  for (const [name, sub] of tree) {
    const spec = schema[name];
    if ('get' in spec) data[name] = clone(spec.get(target, exec));
    else if ('nav' in spec) data[name] = loadData(NAV_SCHEMAS[spec.nav](), target, sub as LoadTree, exec);
    else {
      data[name] = spec.items(target, exec).map((item) => ({ __target: item, ...loadData(spec.itemSchema(), item, sub as LoadTree, exec) }));
    }
  }
  return data;
}

function applyData(obj: SimObject, data: LoadedData): void {
  const schema = obj._schema();
  for (const [name, value] of Object.entries(data)) {
    const spec = schema[name];
    if ('get' in spec) obj._loaded.set(name, value);
    else if ('nav' in spec) applyData((obj as unknown as Record<string, SimObject>)[name], value as LoadedData);
    else {
      const items = (value as (LoadedData & { __target: Target })[]).map((itemData, i) => {
        const item = wrap(spec.make(obj, i, itemData.__target));
        item._isNull = false;
        const { __target: _ignored, ...rest } = itemData;
        applyData(item, rest);
        return item;
      });
      obj._loaded.set(name, items);
    }
  }
}

/** Schemas of navigation properties that are loaded through a path (`format/columnWidth`). */
const NAV_SCHEMAS: Record<string, () => Schema> = {
  RangeFormat: () => RANGE_FORMAT_SCHEMA,
  RangeCollection: () => RANGE_COLLECTION_SCHEMA,
};

// ---------------------------------------------------------------------------------------------
// Application, runtime

export class SimApplication extends SimObject {
  readonly _typeName = 'Application';
  _resolve(exec: Execution): Target {
    return exec.state;
  }
  suspendApiCalculationUntilNextSync(): void {
    this._ctx._suspendCalculation();
    this._call('suspendApiCalculationUntilNextSync', [], '1.6', () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._ctx._suspendScreen();
    this._call('suspendScreenUpdatingUntilNextSync', [], '1.9', () => undefined);
  }
}

export class SimRuntime extends SimObject {
  readonly _typeName = 'Runtime';
  _resolve(exec: Execution): Target {
    return exec.state;
  }
  override _schema(): Schema {
    return { enableEvents: { min: '1.8', get: (t) => (t as WorkbookState).enableEvents } };
  }
  get enableEvents(): boolean {
    return this._read('enableEvents');
  }
  set enableEvents(value: boolean) {
    this._setProp('enableEvents', value, '1.8', (_exec, t) => {
      (t as WorkbookState).enableEvents = Boolean(value);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook, settings, comments

export class SimWorkbook extends SimObject {
  readonly _typeName = 'Workbook';
  _resolve(exec: Execution): Target {
    return exec.state;
  }
  get worksheets(): SimWorksheetCollection {
    return this._child('worksheets', () => new SimWorksheetCollection(this._ctx, this, { type: 'Property', name: 'worksheets', args: [] }));
  }
  get settings(): SimSettingCollection {
    return this._child('settings', () => new SimSettingCollection(this._ctx, this, { type: 'Property', name: 'settings', args: [] }));
  }
  get comments(): SimCommentCollection {
    return this._child('comments', () => new SimCommentCollection(this._ctx, this, { type: 'Property', name: 'comments', args: [] }));
  }
}

export class SimWorksheetCollection extends SimObject {
  readonly _typeName = 'WorksheetCollection';
  _resolve(exec: Execution): Target {
    return exec.state;
  }
  override _schema(): Schema {
    return {
      items: {
        min: '1.1',
        items: (t) => (t as WorkbookState).sheets,
        make: (parent, _i, target) =>
          new SimWorksheet(this._ctx, parent, { type: 'Method', name: 'getItem', args: [(target as SheetState).name] }, (target as SheetState).name),
        itemSchema: () => WORKSHEET_SCHEMA,
      },
    };
  }
  get items(): SimWorksheet[] {
    return this._read('items');
  }
  getActiveWorksheet(): SimWorksheet {
    return wrap(new SimWorksheet(this._ctx, this, { type: 'Method', name: 'getActiveWorksheet', args: [] }, null));
  }
  getItem(key: string): SimWorksheet {
    if (typeof key !== 'string') throw new SimulatorError(ErrorCodes.invalidArgument, 'getItem needs a sheet name');
    return wrap(new SimWorksheet(this._ctx, this, { type: 'Method', name: 'getItem', args: [key] }, key));
  }
  getItemOrNullObject(key: string): SimWorksheet {
    if (typeof key !== 'string') throw new SimulatorError(ErrorCodes.invalidArgument, 'getItemOrNullObject needs a sheet name');
    const sheet = wrap(new SimWorksheet(this._ctx, this, { type: 'Method', name: 'getItemOrNullObject', args: [key] }, key, true));
    sheet._instantiate('1.4');
    return sheet;
  }
}

interface SettingTarget {
  key: string;
}

export class SimSettingCollection extends SimObject {
  readonly _typeName = 'SettingCollection';
  _resolve(exec: Execution): Target {
    return exec.state;
  }
  override _schema(): Schema {
    return {
      items: {
        min: '1.4',
        items: (t) => [...(t as WorkbookState).settings.keys()].map((key): SettingTarget => ({ key })),
        make: (parent, i, target) => new SimSetting(this._ctx, parent, { type: 'Indexer', name: '_Item', args: [i] }, (target as SettingTarget).key),
        itemSchema: () => SETTING_SCHEMA,
      },
    };
  }
  get items(): SimSetting[] {
    return this._read('items');
  }
  add(key: string, value: unknown): SimSetting {
    if (typeof key !== 'string' || key === '') throw new SimulatorError(ErrorCodes.invalidArgument, 'a setting needs a key');
    const stored = clone(value);
    this._call('add', [key, value], '1.4', (exec) => {
      exec.state.settings.set(key, stored);
    });
    return wrap(new SimSetting(this._ctx, this, { type: 'Method', name: 'getItem', args: [key] }, key));
  }
  getItemOrNullObject(key: string): SimSetting {
    const setting = wrap(new SimSetting(this._ctx, this, { type: 'Method', name: 'getItemOrNullObject', args: [key] }, key, true));
    setting._instantiate('1.4');
    return setting;
  }
}

const SETTING_SCHEMA: Schema = {
  key: { min: '1.4', get: (t) => (t as SettingTarget).key },
  value: { min: '1.4', get: (t, exec) => exec.state.settings.get((t as SettingTarget).key) },
};

export class SimSetting extends SimObject {
  readonly _typeName = 'Setting';
  constructor(
    ctx: SimRequestContext,
    parent: SimObject,
    path: PathInfo,
    readonly _key: string,
    readonly _nullable = false
  ) {
    super(ctx, parent, path);
  }
  _resolve(exec: Execution): Target | null {
    if (exec.state.settings.has(this._key)) return { key: this._key };
    if (this._nullable) return null;
    return fail(ErrorCodes.itemNotFound, `no setting ${this._key}`);
  }
  override _schema(): Schema {
    return SETTING_SCHEMA;
  }
  get key(): string {
    return this._read('key');
  }
  get value(): unknown {
    return this._read('value');
  }
  delete(): void {
    this._call('delete', [], '1.4', (exec, t) => {
      exec.state.settings.delete((t as SettingTarget).key);
    });
  }
}

function singleCell(address: string, what: string): { sheet?: string; area: Area } {
  let parsed;
  try {
    parsed = parseAddress(address);
  } catch {
    return fail(ErrorCodes.invalidArgument, `${what}: not a cell address: ${address}`);
  }
  if (cellCount(parsed.area) !== 1) fail(ErrorCodes.invalidArgument, `${what}: ${address} is not a single cell`);
  return parsed;
}

export class SimCommentCollection extends SimObject {
  readonly _typeName = 'CommentCollection';
  _resolve(exec: Execution): Target {
    return exec.state;
  }
  override _schema(): Schema {
    return {
      items: {
        min: '1.10',
        items: (t) => (t as WorkbookState).comments,
        make: (parent, _i, target) =>
          new SimComment(this._ctx, parent, { type: 'Method', name: 'getItem', args: [(target as CommentState).id] }, { id: (target as CommentState).id! }),
        itemSchema: () => COMMENT_SCHEMA,
      },
    };
  }
  get items(): SimComment[] {
    return this._read('items');
  }
  getItem(commentId: string): SimComment {
    return wrap(new SimComment(this._ctx, this, { type: 'Method', name: 'getItem', args: [commentId] }, { id: commentId }));
  }
  add(cellAddress: string, content: string): SimComment {
    if (typeof cellAddress !== 'string') throw notSimulated('CommentCollection.add with a Range');
    this._call('add', [cellAddress, content], '1.10', (exec) => {
      const { sheet, area } = singleCell(cellAddress, 'CommentCollection.add');
      if (!sheet || !sheetNamed(exec.state, sheet)) fail(ErrorCodes.invalidArgument, `CommentCollection.add needs the sheet in the address: ${cellAddress}`);
      const address = cellAddressOf(area);
      if (exec.state.comments.some((c) => c.sheet === sheet && c.address === address)) {
        fail(ErrorCodes.invalidArgument, `${cellAddress} already has a comment`);
      }
      exec.state.comments.push({ id: `comment-${exec.state.nextCommentId++}`, sheet, address, content: String(content) });
    });
    return wrap(new SimComment(this._ctx, this, { type: 'Method', name: 'getItemByCell', args: [cellAddress] }, { cell: cellAddress }));
  }
  getItemByCell(cellAddress: string): SimComment {
    if (typeof cellAddress !== 'string') throw notSimulated('CommentCollection.getItemByCell with a Range');
    return wrap(new SimComment(this._ctx, this, { type: 'Method', name: 'getItemByCell', args: [cellAddress] }, { cell: cellAddress }));
  }
}

function parseCellAddressStrict(address: string): { row: number; col: number } {
  const { area } = parseAddress(address);
  return { row: area.top, col: area.left };
}

function cellAddressOf(area: Area): string {
  return cellAddress(area.top, area.left);
}

const COMMENT_SCHEMA: Schema = {
  id: { min: '1.10', get: (t) => (t as CommentState).id },
  content: { min: '1.10', get: (t) => (t as CommentState).content },
};

export class SimComment extends SimObject {
  readonly _typeName = 'Comment';
  constructor(
    ctx: SimRequestContext,
    parent: SimObject,
    path: PathInfo,
    readonly _by: { cell: string } | { id: string }
  ) {
    super(ctx, parent, path);
  }
  _resolve(exec: Execution): Target {
    if ('id' in this._by) {
      const id = this._by.id;
      return exec.state.comments.find((c) => c.id === id) ?? fail(ErrorCodes.itemNotFound, `no comment ${id}`);
    }
    const { sheet, area } = singleCell(this._by.cell, 'CommentCollection.getItemByCell');
    const address = cellAddressOf(area);
    const comment = exec.state.comments.find((c) => c.sheet === sheet && c.address === address);
    return comment ?? fail(ErrorCodes.itemNotFound, `no comment on ${this._by.cell}`);
  }
  override _schema(): Schema {
    return COMMENT_SCHEMA;
  }
  get id(): string {
    return this._read('id');
  }
  get content(): string {
    return this._read('content');
  }
  getLocation(): SimRange {
    return wrap(
      new SimRange(this._ctx, this, { type: 'Method', name: 'getLocation', args: [] }, (exec, t) => {
        const comment = t as CommentState;
        const sheet = sheetNamed(exec.state, comment.sheet);
        if (!sheet) return fail(ErrorCodes.itemNotFound, `no sheet ${comment.sheet}`);
        const { row, col } = parseCellAddressStrict(comment.address);
        return { sheet, area: { top: row, left: col, bottom: row, right: col } };
      })
    );
  }
  delete(): void {
    this._call('delete', [], '1.10', (exec, t) => {
      exec.state.comments = exec.state.comments.filter((c) => c !== t);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheet, notes

const WORKSHEET_SCHEMA: Schema = {
  name: { min: '1.1', get: (t) => (t as SheetState).name },
  standardWidth: { min: '1.7', get: (t) => (t as SheetState).standardWidth },
};

const WORKSHEET_POSITIONS = ['None', 'Before', 'After', 'Beginning', 'End'];

export class SimWorksheet extends SimObject {
  readonly _typeName = 'Worksheet';
  /** A sheet `copy` returned stands for the sheet the copy made, whatever its name: unknown until the copy ran. */
  _copied: { sheet: SheetState | null } | null = null;
  constructor(
    ctx: SimRequestContext,
    parent: SimObject,
    path: PathInfo,
    readonly _sheetName: string | null,
    readonly _nullable = false
  ) {
    super(ctx, parent, path);
  }
  _resolve(exec: Execution): Target | null {
    if (this._copied) {
      const copied = this._copied.sheet;
      if (!copied) return fail(ErrorCodes.invalidObjectPath, 'the worksheet was never made (its copy() failed or did not run)');
      return exec.state.sheets.includes(copied) ? copied : fail(ErrorCodes.itemNotFound, `the worksheet ${copied.name} was deleted`);
    }
    const name = this._sheetName ?? exec.state.activeSheet;
    const sheet = sheetNamed(exec.state, name);
    if (sheet) return sheet;
    return this._nullable ? null : fail(ErrorCodes.itemNotFound, `no worksheet named ${name}`);
  }
  override _schema(): Schema {
    return WORKSHEET_SCHEMA;
  }
  get name(): string {
    return this._read('name');
  }
  /** Renames the sheet; Excel refuses a name over 31 characters, with `[]:*?/\`, or another sheet's (in any case). */
  set name(value: string) {
    const name = String(value);
    this._setProp('name', value, '1.1', (exec, t) => {
      const sheet = t as SheetState;
      const invalid = invalidSheetName(name);
      if (invalid) fail(ErrorCodes.invalidArgument, invalid);
      if (sheetNameTaken(exec.state, name, sheet)) fail(ErrorCodes.itemAlreadyExists, `a worksheet named ${name} already exists`);
      renameSheetState(exec.state, sheet, name);
    });
  }
  /**
   * Copies the sheet (ExcelApi 1.7): values, formulas, formats, merges, conditional formats, notes,
   * comments and widths, named as Excel names copies (`Sheet1 (2)`), placed by `positionType`
   * ("None", the default, puts it first) and, for "Before" and "After", `relativeTo`.
   */
  copy(positionType?: string, relativeTo?: SimWorksheet): SimWorksheet {
    const position = positionType ?? 'None';
    if (!WORKSHEET_POSITIONS.includes(position)) throw new SimulatorError(ErrorCodes.invalidArgument, `not a worksheet position: ${position}`);
    if (relativeTo !== undefined && !(relativeTo instanceof SimWorksheet)) throw notSimulated('Worksheet.copy relative to anything but a worksheet');
    const args = [position, relativeTo ?? null];
    const copy = wrap(new SimWorksheet(this._ctx, this, { type: 'Method', name: 'copy', args }, null));
    copy._copied = { sheet: null };
    this._call('copy', args, '1.7', (exec, t) => {
      const sheets = exec.state.sheets;
      let index = position === 'End' ? sheets.length : 0;
      if (position === 'Before' || position === 'After') {
        if (!relativeTo) return fail(ErrorCodes.invalidArgument, `Worksheet.copy("${position}") needs the sheet to place it by`);
        index = sheets.indexOf(exec.resolve(relativeTo) as SheetState) + (position === 'After' ? 1 : 0);
      }
      const source = t as SheetState;
      const sheet = copySheetState(exec.state, source, copyName(exec.state, source.name));
      sheets.splice(index, 0, sheet);
      copy._copied = { sheet };
    });
    return copy;
  }
  /** Deletes the sheet; the last one cannot go. */
  delete(): void {
    this._call('delete', [], '1.1', (exec, t) => {
      if (exec.state.sheets.length === 1) fail(ErrorCodes.invalidOperation, 'a workbook keeps at least one worksheet');
      deleteSheetState(exec.state, t as SheetState);
    });
  }
  get standardWidth(): number {
    return this._read('standardWidth');
  }
  /** Makes the sheet the active one, as the user switching to its tab would. */
  activate(): void {
    this._call('activate', [], '1.1', (exec, t) => {
      exec.state.activeSheet = (t as SheetState).name;
    });
  }
  get notes(): SimNoteCollection {
    return this._child('notes', () => new SimNoteCollection(this._ctx, this, { type: 'Property', name: 'notes', args: [] }));
  }
  getRange(address?: string): SimRange {
    if (address === undefined) throw notSimulated('Worksheet.getRange() without an address');
    let parsed: Area | Error;
    try {
      const p = parseAddress(address);
      parsed = p.sheet === undefined ? p.area : new Error(`getRange takes an address without a sheet: ${address}`);
    } catch (error) {
      parsed = error as Error;
    }
    const area = parsed;
    return wrap(
      new SimRange(this._ctx, this, { type: 'Method', name: 'getRange', args: [address] }, (_exec, sheet) => {
        if (area instanceof Error) return fail(ErrorCodes.invalidArgument, area.message);
        return { sheet: sheet as SheetState, area };
      })
    );
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    const area: Area = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
    const valid =
      [startRow, startColumn, rowCount, columnCount].every((n) => Number.isInteger(n)) &&
      startRow >= 0 && startColumn >= 0 && rowCount >= 1 && columnCount >= 1 &&
      area.bottom < MAX_ROWS && area.right < MAX_COLS;
    return wrap(
      new SimRange(this._ctx, this, { type: 'Method', name: 'getRangeByIndexes', args: [startRow, startColumn, rowCount, columnCount] }, (_exec, sheet) =>
        valid ? { sheet: sheet as SheetState, area } : fail(ErrorCodes.invalidArgument, `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`)
      )
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    if (valuesOnly) throw notSimulated('getUsedRangeOrNullObject(valuesOnly)');
    const range = wrap(
      new SimRange(this._ctx, this, { type: 'Method', name: 'getUsedRangeOrNullObject', args: [] }, (_exec, sheet) => {
        const area = usedArea(sheet as SheetState);
        return area ? { sheet: sheet as SheetState, area } : null;
      })
    );
    range._instantiate('1.4');
    return range;
  }
}

interface NoteTarget {
  sheet: SheetState;
  address: string;
}

export class SimNoteCollection extends SimObject {
  readonly _typeName = 'NoteCollection';
  _resolve(_exec: Execution, sheet: Target): Target {
    return sheet;
  }
  add(cellAddress: string, content: string): SimNote {
    if (typeof cellAddress !== 'string') throw notSimulated('NoteCollection.add with a Range');
    this._call('add', [cellAddress, content], '1.18', (_exec, t) => {
      const sheet = t as SheetState;
      const parsed = singleCell(cellAddress, 'NoteCollection.add');
      if (parsed.sheet !== undefined && parsed.sheet !== sheet.name) fail(ErrorCodes.invalidArgument, `${cellAddress} is not on ${sheet.name}`);
      const address = cellAddressOf(parsed.area);
      if (sheet.notes.has(address)) fail(ErrorCodes.invalidArgument, `${address} already has a note`);
      sheet.notes.set(address, String(content));
    });
    return wrap(new SimNote(this._ctx, this, { type: 'Method', name: 'getItem', args: [cellAddress] }, cellAddress, false));
  }
  getItemOrNullObject(key: string): SimNote {
    const note = wrap(new SimNote(this._ctx, this, { type: 'Method', name: 'getItemOrNullObject', args: [key] }, key, true));
    note._instantiate('1.18');
    return note;
  }
}

export class SimNote extends SimObject {
  readonly _typeName = 'Note';
  constructor(
    ctx: SimRequestContext,
    parent: SimObject,
    path: PathInfo,
    readonly _key: string,
    readonly _nullable: boolean
  ) {
    super(ctx, parent, path);
  }
  _resolve(_exec: Execution, sheet: Target): Target | null {
    const address = cellAddressOf(singleCell(this._key, 'NoteCollection.getItem').area);
    if ((sheet as SheetState).notes.has(address)) return { sheet: sheet as SheetState, address } satisfies NoteTarget;
    return this._nullable ? null : fail(ErrorCodes.itemNotFound, `no note on ${this._key}`);
  }
  override _schema(): Schema {
    return { content: { min: '1.18', get: (t) => (t as NoteTarget).sheet.notes.get((t as NoteTarget).address) } };
  }
  get content(): string {
    return this._read('content');
  }
  delete(): void {
    this._call('delete', [], '1.18', (_exec, t) => {
      (t as NoteTarget).sheet.notes.delete((t as NoteTarget).address);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Range

export interface RangeTarget {
  sheet: SheetState;
  area: Area;
}

function rows<T>(area: Area, cell: (row: number, col: number) => T): T[][] {
  if (cellCount(area) > MAX_READ_CELLS) fail(ErrorCodes.invalidArgument, `reading ${cellCount(area)} cells is over Excel's 5,000,000-cell cap`);
  const out: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row: T[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(cell(r, c));
    out.push(row);
  }
  return out;
}

function displayValue(t: RangeTarget, r: number, c: number): unknown {
  const cell = t.sheet.cells[r]?.[c];
  return cell?.value ?? '';
}

function formulaOrValue(t: RangeTarget, r: number, c: number): unknown {
  const cell = t.sheet.cells[r]?.[c];
  return cell?.formula ?? cell?.value ?? '';
}

const RANGE_SCHEMA: Schema = {
  values: { min: '1.1', get: (t) => rows((t as RangeTarget).area, (r, c) => displayValue(t as RangeTarget, r, c)) },
  formulas: { min: '1.1', get: (t) => rows((t as RangeTarget).area, (r, c) => formulaOrValue(t as RangeTarget, r, c)) },
  numberFormat: {
    min: '1.1',
    get: (t) => rows((t as RangeTarget).area, (r, c) => (t as RangeTarget).sheet.cells[r]?.[c]?.numberFormat ?? 'General'),
  },
  address: { min: '1.1', get: (t) => fullAddress((t as RangeTarget).sheet.name, (t as RangeTarget).area) },
  rowIndex: { min: '1.1', get: (t) => (t as RangeTarget).area.top },
  columnIndex: { min: '1.1', get: (t) => (t as RangeTarget).area.left },
  rowCount: { min: '1.1', get: (t) => (t as RangeTarget).area.bottom - (t as RangeTarget).area.top + 1 },
  columnCount: { min: '1.1', get: (t) => (t as RangeTarget).area.right - (t as RangeTarget).area.left + 1 },
  format: { min: '1.1', nav: 'RangeFormat' },
};

function columnsOf(area: Area): number[] {
  return Array.from({ length: area.right - area.left + 1 }, (_, i) => area.left + i);
}

const RANGE_FORMAT_SCHEMA: Schema = {
  columnWidth: {
    min: '1.2',
    get: (t) => {
      const widths = new Set(columnsOf((t as RangeTarget).area).map((c) => columnWidth((t as RangeTarget).sheet, c)));
      return widths.size === 1 ? [...widths][0] : null;
    },
  },
  useStandardWidth: {
    min: '1.2',
    get: (t) =>
      columnsOf((t as RangeTarget).area).every((c) => {
        const w = (t as RangeTarget).sheet.columnWidths.get(c);
        return w === undefined || w === STANDARD_WIDTH_POINTS;
      }),
  },
  wrapText: { min: '1.1', get: (t) => uniform(t as RangeTarget, (f) => f.wrapText) },
  verticalAlignment: { min: '1.1', get: (t) => uniform(t as RangeTarget, (f) => f.verticalAlignment) },
  horizontalAlignment: { min: '1.1', get: (t) => uniform(t as RangeTarget, (f) => f.horizontalAlignment) },
};

function uniform<T>(t: RangeTarget, pick: (f: ReturnType<typeof effectiveFormat>) => T): T | null {
  if (cellCount(t.area) > MAX_READ_CELLS) throw notSimulated('reading a format of a whole column');
  const seen = new Set<string>();
  let first: T | null = null;
  for (let r = t.area.top; r <= t.area.bottom; r++) {
    for (let c = t.area.left; c <= t.area.right; c++) {
      const v = pick(effectiveFormat(t.sheet.cells[r]?.[c]));
      if (seen.size === 0) first = v;
      seen.add(JSON.stringify(v));
    }
  }
  return seen.size === 1 ? first : null;
}

const RANGE_COLLECTION_SCHEMA: Schema = {
  items: {
    min: '1.9',
    items: (t) => (t as RangeAreasTarget).areas.map((area): RangeTarget => ({ sheet: (t as RangeAreasTarget).sheet, area })),
    make: (parent, i, target) => new SimRange(parent._ctx, parent, { type: 'Indexer', name: '_Item', args: [i] }, () => target as RangeTarget),
    itemSchema: () => RANGE_SCHEMA,
  },
};

/** A write over the cells of an area: refuses areas that are whole columns or rows (not simulated). */
function eachCell(area: Area, what: string, fn: (row: number, col: number, i: number, j: number) => void): void {
  if (area.bottom === MAX_ROWS - 1 || area.right === MAX_COLS - 1) throw notSimulated(`${what} over whole columns or rows`);
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) fn(r, c, r - area.top, c - area.left);
  }
}

function checkDimensions(area: Area, input: unknown, what: string): (i: number, j: number) => unknown {
  const height = area.bottom - area.top + 1;
  const width = area.right - area.left + 1;
  if (!Array.isArray(input)) return () => input;
  if (input.length !== height || input.some((row) => !Array.isArray(row) || row.length !== width)) {
    fail(
      ErrorCodes.invalidArgument,
      `${what}: the number of rows or columns in the input array doesn't match the size or dimensions of the range (${height}×${width}).`
    );
  }
  return (i, j) => (input as unknown[][])[i][j];
}

function writeCells(t: RangeTarget, input: unknown, what: 'values' | 'formulas'): void {
  const at = checkDimensions(t.area, input, what);
  eachCell(t.area, what, (r, c, i, j) => {
    const raw = at(i, j);
    const written = interpretInput(raw, t.sheet.cells[r]?.[c]?.numberFormat, t.sheet);
    if (written === 'unchanged') return;
    const merge = mergeAt(t.sheet, r, c);
    if (merge && (merge.top !== r || merge.left !== c) && (written.value !== null || written.formula)) {
      fail(ErrorCodes.invalidOperation, `${what}: ${cellAddress(r, c)} is inside the merged area ${localAddress(merge)} but not its top-left cell`);
    }
    const cell = cellAt(t.sheet, r, c, true);
    cell.value = written.value;
    if (written.formula) cell.formula = written.formula;
    else delete cell.formula;
    if (written.error) cell.error = true;
    else delete cell.error;
    if (written.impliedFormat && cell.numberFormat === undefined) cell.numberFormat = written.impliedFormat;
    tidyCell(t.sheet, r, c);
  });
}

function setNumberFormats(t: RangeTarget, input: unknown): void {
  const at = checkDimensions(t.area, input, 'numberFormat');
  eachCell(t.area, 'numberFormat', (r, c, i, j) => {
    const format = at(i, j);
    if (format === null || format === undefined) return;
    if (typeof format !== 'string') fail(ErrorCodes.invalidArgument, `numberFormat: not a format: ${JSON.stringify(format)}`);
    const cell = cellAt(t.sheet, r, c, true);
    if (format === 'General') delete cell.numberFormat;
    else cell.numberFormat = format;
    tidyCell(t.sheet, r, c);
  });
}

function setFormat(t: RangeTarget, what: string, change: CellFormatState): void {
  eachCell(t.area, what, (r, c) => {
    const cell = cellAt(t.sheet, r, c, true);
    cell.format = mergeFormat(cell.format, change);
  });
}

function clearArea(t: RangeTarget, applyTo: string): void {
  if (!['All', 'Formats', 'Contents'].includes(applyTo)) throw notSimulated(`Range.clear("${applyTo}")`);
  const contents = applyTo !== 'Formats';
  const formats = applyTo !== 'Contents';
  const area = t.area;
  const lastRow = Math.min(area.bottom, t.sheet.cells.length - 1);
  for (let r = area.top; r <= lastRow; r++) {
    const row = t.sheet.cells[r];
    if (!row) continue;
    for (let c = area.left; c <= Math.min(area.right, row.length - 1); c++) {
      const cell = row[c];
      if (!cell) continue;
      if (contents) {
        cell.value = null;
        delete cell.formula;
        delete cell.error;
      }
      if (formats) {
        delete cell.numberFormat;
        delete cell.format;
      }
      tidyCell(t.sheet, r, c);
    }
  }
  if (formats) {
    // Clearing formats unmerges and removes conditional formats, as in Excel.
    unmergeArea(t.sheet, area);
    clearConditionalFormats(t.sheet, area);
  }
}

function copyFormats(target: RangeTarget, source: RangeTarget): void {
  const sh = source.area.bottom - source.area.top + 1;
  const sw = source.area.right - source.area.left + 1;
  let th = target.area.bottom - target.area.top + 1;
  let tw = target.area.right - target.area.left + 1;
  // Excel tiles the source when the target is a multiple of it; else it pastes it once (growing a smaller target).
  if (th % sh !== 0 || th < sh) th = sh;
  if (tw % sw !== 0 || tw < sw) tw = sw;
  const area: Area = { top: target.area.top, left: target.area.left, bottom: target.area.top + th - 1, right: target.area.left + tw - 1 };
  const snapshot = rows(source.area, (r, c) => {
    const cell = source.sheet.cells[r]?.[c];
    return { numberFormat: cell?.numberFormat, format: clone(cell?.format) };
  });
  const sourceMerges = source.sheet.merges.filter((m) => contains(source.area, m));
  const sourceCfs = source.sheet.conditionalFormats.filter((cf) => cf.areas.some((a) => intersects(a, source.area)));
  eachCell(area, 'copyFrom', (r, c, i, j) => {
    const from = snapshot[i % sh][j % sw];
    const cell = cellAt(target.sheet, r, c, true);
    if (from.numberFormat === undefined) delete cell.numberFormat;
    else cell.numberFormat = from.numberFormat;
    if (from.format === undefined) delete cell.format;
    else cell.format = clone(from.format);
    tidyCell(target.sheet, r, c);
  });
  unmergeArea(target.sheet, area);
  for (let r = 0; r < th; r += sh) {
    for (let c = 0; c < tw; c += sw) {
      const dr = area.top + r - source.area.top;
      const dc = area.left + c - source.area.left;
      for (const m of sourceMerges) target.sheet.merges.push({ top: m.top + dr, bottom: m.bottom + dr, left: m.left + dc, right: m.right + dc });
      for (const cf of sourceCfs) {
        for (const a of cf.areas) {
          const part = intersection(a, source.area);
          if (part) cf.areas.push({ top: part.top + dr, bottom: part.bottom + dr, left: part.left + dc, right: part.right + dc });
        }
      }
    }
  }
}

function pick(value: Record<string, unknown>, options: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, want] of Object.entries(options)) {
    if (!want) continue;
    if (!(key in value)) throw notSimulated(`getCellProperties option ${key}`);
    out[key] = typeof want === 'object' ? pick(value[key] as Record<string, unknown>, want as Record<string, unknown>) : value[key];
  }
  return out;
}

function cellProperties(t: RangeTarget, options: Record<string, unknown>): unknown[][] {
  return rows(t.area, (r, c) => {
    const format = effectiveFormat(t.sheet.cells[r]?.[c]);
    const full: Record<string, unknown> = {
      address: fullAddress(t.sheet.name, { top: r, left: c, bottom: r, right: c }),
      format: {
        ...format,
        // `borders` in getCellProperties' options picks the same fields on every edge
        borders: format.borders,
      },
    };
    const wanted: Record<string, unknown> = { ...options };
    if (wanted.format && typeof wanted.format === 'object') {
      const f = { ...(wanted.format as Record<string, unknown>) };
      if (f.borders && typeof f.borders === 'object') {
        f.borders = Object.fromEntries(BORDER_EDGES.map((edge) => [edge, f.borders]));
      }
      wanted.format = f;
    }
    return pick(full, wanted);
  });
}

const CELL_FORMAT_KEYS = new Set(['fill', 'font', 'borders', 'horizontalAlignment', 'verticalAlignment', 'wrapText']);

function setCellProperties(t: RangeTarget, input: unknown): void {
  const at = checkDimensions(t.area, input, 'setCellProperties');
  if (!Array.isArray(input)) fail(ErrorCodes.invalidArgument, 'setCellProperties takes a 2D array');
  eachCell(t.area, 'setCellProperties', (r, c, i, j) => {
    const props = at(i, j) as Record<string, unknown> | null;
    if (!props) return;
    for (const key of Object.keys(props)) if (key !== 'format' && key !== 'address') throw notSimulated(`setCellProperties ${key}`);
    const format = props.format as Record<string, unknown> | undefined;
    if (!format) return;
    for (const key of Object.keys(format)) if (!CELL_FORMAT_KEYS.has(key)) throw notSimulated(`setCellProperties format.${key}`);
    const cell = cellAt(t.sheet, r, c, true);
    const change: CellFormatState = {};
    const fill = format.fill as { color?: string; pattern?: string } | undefined;
    if (fill) {
      if (fill.pattern === 'None') {
        if (cell.format) delete cell.format.fill;
      } else if (fill.color !== undefined) {
        change.fill = { color: String(fill.color).toUpperCase() };
      }
    }
    if (format.font) change.font = { ...(format.font as object) };
    if (format.borders) {
      change.borders = {};
      for (const [edge, border] of Object.entries(format.borders as Record<string, BorderState>)) {
        if (!(BORDER_EDGES as readonly string[]).includes(edge)) throw notSimulated(`setCellProperties borders.${edge}`);
        change.borders[edge as (typeof BORDER_EDGES)[number]] = { ...border };
      }
    }
    if (format.horizontalAlignment !== undefined) change.horizontalAlignment = String(format.horizontalAlignment);
    if (format.verticalAlignment !== undefined) change.verticalAlignment = String(format.verticalAlignment);
    if (format.wrapText !== undefined) change.wrapText = Boolean(format.wrapText);
    cell.format = mergeFormat(cell.format, change);
    tidyCell(t.sheet, r, c);
  });
}

type RangeResolver = (exec: Execution, parent: Target) => RangeTarget | null;

export class SimRange extends SimObject {
  readonly _typeName: string = 'Range';
  constructor(
    ctx: SimRequestContext,
    parent: SimObject,
    path: PathInfo,
    readonly _resolver: RangeResolver
  ) {
    super(ctx, parent, path);
  }
  _resolve(exec: Execution, parent: Target): Target | null {
    return this._resolver(exec, parent);
  }
  override _schema(): Schema {
    return RANGE_SCHEMA;
  }

  get values(): unknown[][] {
    return this._read('values');
  }
  set values(input: unknown[][]) {
    const data = clone(input);
    this._setProp('values', input, '1.1', (_exec, t) => writeCells(t as RangeTarget, data, 'values'));
  }
  get formulas(): unknown[][] {
    return this._read('formulas');
  }
  set formulas(input: unknown[][]) {
    const data = clone(input);
    this._setProp('formulas', input, '1.1', (_exec, t) => writeCells(t as RangeTarget, data, 'formulas'));
  }
  get numberFormat(): unknown[][] {
    return this._read('numberFormat');
  }
  set numberFormat(input: unknown[][] | string) {
    const data = clone(input);
    this._setProp('numberFormat', input, '1.1', (_exec, t) => setNumberFormats(t as RangeTarget, data), {
      format: true,
      perCell: (t) => (Array.isArray(data) && cellCount((t as RangeTarget).area) > 1 ? cellCount((t as RangeTarget).area) : 0),
    });
  }
  get address(): string {
    return this._read('address');
  }
  get rowIndex(): number {
    return this._read('rowIndex');
  }
  get columnIndex(): number {
    return this._read('columnIndex');
  }
  get rowCount(): number {
    return this._read('rowCount');
  }
  get columnCount(): number {
    return this._read('columnCount');
  }
  get format(): SimRangeFormat {
    return this._child('format', () => new SimRangeFormat(this._ctx, this, { type: 'Property', name: 'format', args: [] }));
  }
  get conditionalFormats(): SimConditionalFormatCollection {
    return this._child(
      'conditionalFormats',
      () => new SimConditionalFormatCollection(this._ctx, this, { type: 'Property', name: 'conditionalFormats', args: [] })
    );
  }

  getIntersectionOrNullObject(another: SimRange | string): SimRange {
    const other = typeof another === 'string' ? null : another;
    if (other && !(other instanceof SimRange)) throw notSimulated('Range.getIntersectionOrNullObject with a RangeAreas');
    const range = wrap(
      new SimRange(this._ctx, this, { type: 'Method', name: 'getIntersectionOrNullObject', args: [another] }, (exec, target) => {
        const t = target as RangeTarget;
        let area: Area;
        if (other) {
          const o = exec.resolve(other) as RangeTarget | null;
          if (!o) return null;
          if (o.sheet !== t.sheet) return fail(ErrorCodes.invalidArgument, 'getIntersectionOrNullObject: ranges on different sheets');
          area = o.area;
        } else {
          const parsed = parseAddress(another as string);
          if (parsed.sheet !== undefined && parsed.sheet !== t.sheet.name) return fail(ErrorCodes.invalidArgument, `not on ${t.sheet.name}: ${another}`);
          area = parsed.area;
        }
        const cut = intersection(t.area, area);
        return cut ? { sheet: t.sheet, area: cut } : null;
      })
    );
    range._instantiate('1.4');
    return range;
  }
  getMergedAreasOrNullObject(): SimRangeAreas {
    const areas = wrap(new SimRangeAreas(this._ctx, this, { type: 'Method', name: 'getMergedAreasOrNullObject', args: [] }));
    areas._instantiate('1.13');
    return areas;
  }
  merge(across?: boolean): void {
    if (across) throw notSimulated('Range.merge(true)');
    this._call(
      'merge',
      [Boolean(across)],
      '1.2',
      (_exec, target) => {
        const t = target as RangeTarget;
        if (cellCount(t.area) === 1) return;
        if (t.sheet.merges.some((m) => intersects(m, t.area))) {
          fail(ErrorCodes.invalidOperation, `merge: ${localAddress(t.area)} overlaps a merged area`);
        }
        // Excel keeps the top-left value of a merged area and drops the others.
        eachCell(t.area, 'merge', (r, c) => {
          if (r === t.area.top && c === t.area.left) return;
          const cell = t.sheet.cells[r]?.[c];
          if (cell) {
            cell.value = null;
            delete cell.formula;
            delete cell.error;
            tidyCell(t.sheet, r, c);
          }
        });
        t.sheet.merges.push({ ...t.area });
      },
      { format: true }
    );
  }
  unmerge(): void {
    this._call('unmerge', [], '1.2', (_exec, t) => unmergeArea((t as RangeTarget).sheet, (t as RangeTarget).area), { format: true });
  }
  clear(applyTo?: string): void {
    const kind = applyTo ?? 'All';
    this._call('clear', [kind], '1.1', (_exec, t) => clearArea(t as RangeTarget, kind), { format: kind !== 'Contents' });
  }
  copyFrom(source: SimRange | string, copyType?: string, skipBlanks?: boolean, transpose?: boolean): void {
    if (copyType !== 'Formats') throw notSimulated(`Range.copyFrom(…, "${copyType ?? 'All'}")`);
    if (skipBlanks || transpose) throw notSimulated('Range.copyFrom with skipBlanks or transpose');
    const sourceRange = typeof source === 'string' ? null : source;
    if (sourceRange && !(sourceRange instanceof SimRange)) throw notSimulated('Range.copyFrom from a RangeAreas');
    this._call(
      'copyFrom',
      [source, copyType, false, false],
      '1.9',
      (exec, target) => {
        let from: RangeTarget;
        if (sourceRange) {
          const resolved = exec.resolve(sourceRange);
          if (!resolved) return fail(ErrorCodes.invalidArgument, 'copyFrom: the source is a null object');
          from = resolved as RangeTarget;
        } else {
          const parsed = parseAddress(source as string);
          const sheet = parsed.sheet ? sheetNamed(exec.state, parsed.sheet) : (target as RangeTarget).sheet;
          if (!sheet) return fail(ErrorCodes.invalidArgument, `copyFrom: no sheet in ${String(source)}`);
          from = { sheet, area: parsed.area };
        }
        copyFormats(target as RangeTarget, from);
      },
      { format: true }
    );
  }
  /** Selects the range. Hosts activate its sheet first, as Microsoft's samples do; the simulator insists on it. */
  select(): void {
    this._call('select', [], '1.1', (exec, t) => {
      const { sheet, area } = t as RangeTarget;
      if (sheet.name !== exec.state.activeSheet) fail(ErrorCodes.invalidOperation, `select: ${sheet.name} is not the active sheet`);
      exec.state.selection = { sheet: sheet.name, address: localAddress(area) };
    });
  }
  getCellProperties(options: Record<string, unknown>): SimClientResult<unknown[][]> {
    const result = strict(new SimClientResult<unknown[][]>(), () => 'ClientResult');
    const opts = clone(options);
    this._ctx._queue({
      obj: this,
      kind: 'Method',
      name: 'getCellProperties',
      args: [options],
      min: '1.9',
      run: (_exec, t) => cellProperties(t as RangeTarget, opts),
      after: (data) => result._set(data as unknown[][]),
    });
    return result;
  }
  setCellProperties(input: unknown[][]): void {
    const data = clone(input);
    this._call('setCellProperties', [input], '1.9', (_exec, t) => setCellProperties(t as RangeTarget, data), {
      format: true,
      perCell: (t) => cellCount((t as RangeTarget).area),
    });
  }
}

export class SimClientResult<T> {
  _loadedValue = false;
  _data: T | undefined;
  _set(value: T): void {
    this._data = value;
    this._loadedValue = true;
  }
  get value(): T {
    if (!this._loadedValue) {
      throw new SimulatorError(
        ErrorCodes.propertyNotLoaded,
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.'
      );
    }
    return this._data as T;
  }
}

export class SimRangeFormat extends SimObject {
  readonly _typeName = 'RangeFormat';
  _resolve(_exec: Execution, range: Target): Target {
    return range;
  }
  override _schema(): Schema {
    return RANGE_FORMAT_SCHEMA;
  }
  get columnWidth(): number {
    return this._read('columnWidth');
  }
  set columnWidth(points: number) {
    if (typeof points !== 'number' || !(points >= 0)) throw new SimulatorError(ErrorCodes.invalidArgument, `not a width: ${points}`);
    this._setProp(
      'columnWidth',
      points,
      '1.2',
      (_exec, t) => {
        for (const c of columnsOf((t as RangeTarget).area)) (t as RangeTarget).sheet.columnWidths.set(c, points);
      },
      { format: true }
    );
  }
  get useStandardWidth(): boolean {
    return this._read('useStandardWidth');
  }
  set useStandardWidth(value: boolean) {
    this._setProp(
      'useStandardWidth',
      value,
      '1.2',
      (_exec, t) => {
        if (value) for (const c of columnsOf((t as RangeTarget).area)) (t as RangeTarget).sheet.columnWidths.delete(c);
      },
      { format: true }
    );
  }
  get wrapText(): boolean {
    return this._read('wrapText');
  }
  set wrapText(value: boolean) {
    this._setProp('wrapText', value, '1.1', (_exec, t) => setFormat(t as RangeTarget, 'format.wrapText', { wrapText: Boolean(value) }), {
      format: true,
    });
  }
  get verticalAlignment(): string {
    return this._read('verticalAlignment');
  }
  set verticalAlignment(value: string) {
    this._setProp(
      'verticalAlignment',
      value,
      '1.1',
      (_exec, t) => setFormat(t as RangeTarget, 'format.verticalAlignment', { verticalAlignment: String(value) }),
      { format: true }
    );
  }
  get horizontalAlignment(): string {
    return this._read('horizontalAlignment');
  }
}

interface RangeAreasTarget {
  sheet: SheetState;
  areas: Area[];
}

export class SimRangeAreas extends SimObject {
  readonly _typeName = 'RangeAreas';
  _resolve(_exec: Execution, range: Target): Target | null {
    const t = range as RangeTarget;
    // Only areas whose top-left cell lies in the range (office-js #3611).
    const areas = t.sheet.merges.filter((m) => m.top >= t.area.top && m.top <= t.area.bottom && m.left >= t.area.left && m.left <= t.area.right);
    return areas.length === 0 ? null : ({ sheet: t.sheet, areas: areas.map((a) => ({ ...a })) } satisfies RangeAreasTarget);
  }
  override _schema(): Schema {
    return { areas: { min: '1.9', nav: 'RangeCollection' } };
  }
  get areas(): SimRangeCollection {
    return this._child('areas', () => new SimRangeCollection(this._ctx, this, { type: 'Property', name: 'areas', args: [] }));
  }
}

export class SimRangeCollection extends SimObject {
  readonly _typeName = 'RangeCollection';
  _resolve(_exec: Execution, areas: Target): Target {
    return areas;
  }
  override _schema(): Schema {
    return RANGE_COLLECTION_SCHEMA;
  }
  get items(): SimRange[] {
    return this._read('items');
  }
}

// ---------------------------------------------------------------------------------------------
// Conditional formats

export class SimConditionalFormatCollection extends SimObject {
  readonly _typeName = 'ConditionalFormatCollection';
  _resolve(_exec: Execution, range: Target): Target {
    return range;
  }
  add(type: string): SimConditionalFormat {
    if (type !== 'DataBar' && type !== 'ContainsText') throw notSimulated(`conditionalFormats.add("${type}")`);
    const cf = wrap(new SimConditionalFormat(this._ctx, this, { type: 'Method', name: 'add', args: [type] }));
    this._call(
      'add',
      [type],
      '1.6',
      (exec, target) => {
        const t = target as RangeTarget;
        if (t.area.bottom === MAX_ROWS - 1) throw notSimulated('conditional formats over whole columns (bound them to the rows used)');
        const state: ConditionalFormatState = { id: exec.state.nextConditionalFormatId++, type: type as ConditionalFormatKind, areas: [{ ...t.area }] };
        if (type === 'DataBar') state.dataBar = {};
        else state.textComparison = {};
        t.sheet.conditionalFormats.push(state);
        cf._bound = { sheet: t.sheet, cf: state };
      },
      { format: true }
    );
    return cf;
  }
  clearAll(): void {
    this._call(
      'clearAll',
      [],
      '1.6',
      (_exec, t) => clearConditionalFormats((t as RangeTarget).sheet, (t as RangeTarget).area),
      { format: true }
    );
  }
}

interface BoundConditionalFormat {
  sheet: SheetState;
  cf: ConditionalFormatState;
}

export class SimConditionalFormat extends SimObject {
  readonly _typeName = 'ConditionalFormat';
  _bound: BoundConditionalFormat | null = null;
  _resolve(): Target {
    if (!this._bound) return fail(ErrorCodes.invalidObjectPath, 'the conditional format was never added (its add() failed or did not run)');
    if (!this._bound.sheet.conditionalFormats.includes(this._bound.cf)) return fail(ErrorCodes.itemNotFound, 'the conditional format was deleted');
    return this._bound.cf;
  }
  get dataBar(): SimDataBar {
    return this._child('dataBar', () => new SimDataBar(this._ctx, this, { type: 'Property', name: 'dataBar', args: [] }));
  }
  get textComparison(): SimTextComparison {
    return this._child('textComparison', () => new SimTextComparison(this._ctx, this, { type: 'Property', name: 'textComparison', args: [] }));
  }
}

function cfPart<K extends 'dataBar' | 'textComparison'>(cf: Target, part: K): NonNullable<ConditionalFormatState[K]> {
  const state = cf as ConditionalFormatState;
  const value = state[part];
  if (!value) return fail(ErrorCodes.invalidArgument, `a ${state.type} conditional format has no ${part}`);
  return value as NonNullable<ConditionalFormatState[K]>;
}

function ruleOf(value: unknown): { type: string; formula?: string } {
  const rule = value as { type?: unknown; formula?: unknown };
  if (!rule || typeof rule.type !== 'string') fail(ErrorCodes.invalidArgument, 'a data bar rule needs a type');
  return rule.formula === undefined ? { type: rule.type as string } : { type: rule.type as string, formula: String(rule.formula) };
}

export class SimDataBar extends SimObject {
  readonly _typeName = 'DataBarConditionalFormat';
  _resolve(_exec: Execution, cf: Target): Target {
    return cf;
  }
  set lowerBoundRule(value: { type: string; formula?: string }) {
    const rule = ruleOf(value);
    this._setProp('lowerBoundRule', value, '1.6', (_exec, cf) => void (cfPart(cf, 'dataBar').lowerBoundRule = rule), { format: true });
  }
  get lowerBoundRule(): { type: string; formula?: string } {
    return this._read('lowerBoundRule');
  }
  set upperBoundRule(value: { type: string; formula?: string }) {
    const rule = ruleOf(value);
    this._setProp('upperBoundRule', value, '1.6', (_exec, cf) => void (cfPart(cf, 'dataBar').upperBoundRule = rule), { format: true });
  }
  get upperBoundRule(): { type: string; formula?: string } {
    return this._read('upperBoundRule');
  }
  get positiveFormat(): SimDataBarPositiveFormat {
    return this._child('positiveFormat', () => new SimDataBarPositiveFormat(this._ctx, this, { type: 'Property', name: 'positiveFormat', args: [] }));
  }
}

export class SimDataBarPositiveFormat extends SimObject {
  readonly _typeName = 'ConditionalDataBarPositiveFormat';
  _resolve(_exec: Execution, cf: Target): Target {
    return cf;
  }
  set fillColor(value: string) {
    this._setProp('fillColor', value, '1.6', (_exec, cf) => void (cfPart(cf, 'dataBar').positiveFillColor = String(value).toUpperCase()), {
      format: true,
    });
  }
  get fillColor(): string {
    return this._read('fillColor');
  }
}

export class SimTextComparison extends SimObject {
  readonly _typeName = 'TextConditionalFormat';
  _resolve(_exec: Execution, cf: Target): Target {
    return cf;
  }
  set rule(value: { operator: string; text: string }) {
    if (!value || typeof value.operator !== 'string' || typeof value.text !== 'string') {
      throw new SimulatorError(ErrorCodes.invalidArgument, 'a text rule needs an operator and a text');
    }
    const rule = { operator: value.operator, text: value.text };
    this._setProp('rule', value, '1.6', (_exec, cf) => void (cfPart(cf, 'textComparison').rule = rule), { format: true });
  }
  get rule(): { operator: string; text: string } {
    return this._read('rule');
  }
  get format(): SimConditionalRangeFormat {
    return this._child('format', () => new SimConditionalRangeFormat(this._ctx, this, { type: 'Property', name: 'format', args: [] }));
  }
}

export class SimConditionalRangeFormat extends SimObject {
  readonly _typeName = 'ConditionalRangeFormat';
  _resolve(_exec: Execution, cf: Target): Target {
    return cf;
  }
  get fill(): SimConditionalColor {
    return this._child('fill', () => new SimConditionalColor(this._ctx, this, { type: 'Property', name: 'fill', args: [] }, 'fillColor'));
  }
  get font(): SimConditionalColor {
    return this._child('font', () => new SimConditionalColor(this._ctx, this, { type: 'Property', name: 'font', args: [] }, 'fontColor'));
  }
}

export class SimConditionalColor extends SimObject {
  readonly _typeName: string;
  constructor(
    ctx: SimRequestContext,
    parent: SimObject,
    path: PathInfo,
    readonly _slot: 'fillColor' | 'fontColor'
  ) {
    super(ctx, parent, path);
    this._typeName = _slot === 'fillColor' ? 'ConditionalRangeFill' : 'ConditionalRangeFont';
  }
  _resolve(_exec: Execution, cf: Target): Target {
    return cf;
  }
  set color(value: string) {
    const slot = this._slot;
    this._setProp('color', value, '1.6', (_exec, cf) => void (cfPart(cf, 'textComparison')[slot] = String(value).toUpperCase()), {
      format: true,
    });
  }
  get color(): string {
    return this._read('color');
  }
}
