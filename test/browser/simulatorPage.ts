/**
 * The Excel simulator as a page script: injected before the task pane's bundle, it stands in for
 * office.js. The test sets `window.__taizhangSimulator` (the workbook and the simulator's options)
 * in an earlier init script; this builds the simulator from it, installs it as the page's Office,
 * Excel and OfficeExtension globals, and leaves it at `window.__sim` for the test's assertions.
 */
import { Workbook } from '../../src/core/grid';
import { CreateOptions, ExcelSimulator, createExcelSimulator } from '../excelSimulator';

export interface SimulatorSetup {
  workbook: Workbook;
  options: CreateOptions;
}

const page = window as unknown as { __taizhangSimulator: SimulatorSetup; __sim: ExcelSimulator };
const setup = page.__taizhangSimulator;
const sim = createExcelSimulator(setup.workbook, setup.options);
sim.install(window);
page.__sim = sim;
