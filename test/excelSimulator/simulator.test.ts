import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workbook } from '../../src/core/grid';
import { ledger } from '../helpers/ledger';
import { ErrorCodes, PAYLOAD_LIMIT_BYTES, createExcelSimulator } from './index';

function small(): Workbook {
  return ledger({
    sheet: '台账',
    title: '2024年民生实事',
    headers: ['序号', '项目名称', '目标'],
    rows: [
      [1, '改造老旧小区', { v: 10, z: '0.0' }],
      [2, '新建养老床位', { v: 20, f: 'C3*2' }],
    ],
  });
}

async function rejection(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected a rejection');
}

describe('the Excel simulator: Office.js rules', () => {
  it('throws PropertyNotLoaded for a property never loaded, and before the sync that loads it', async () => {
    const sim = createExcelSimulator(small());
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A2:C4');
      expect(() => range.values).toThrow(expect.objectContaining({ code: ErrorCodes.propertyNotLoaded }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: ErrorCodes.propertyNotLoaded }));
      await context.sync();
      expect(range.values).toEqual([
        ['序号', '项目名称', '目标'],
        [1, '改造老旧小区', 10],
        [2, '新建养老床位', 20],
      ]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: ErrorCodes.propertyNotLoaded }));
    });
  });

  it('reads formulas, number formats and addresses as Excel gives them', async () => {
    const sim = createExcelSimulator(small());
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem('台账').getRange('C3:C4');
      range.load(['formulas', 'numberFormat', 'address', 'rowIndex', 'columnCount']);
      await context.sync();
      expect(range.formulas).toEqual([[10], ['=C3*2']]);
      expect(range.numberFormat).toEqual([['0.0'], ['General']]);
      expect(range.address).toBe('台账!C3:C4');
      expect(range.rowIndex).toBe(2);
      expect(range.columnCount).toBe(1);
    });
  });

  it('makes isNullObject readable only after a sync', async () => {
    const sim = createExcelSimulator(small());
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const note = sheet.notes.getItemOrNullObject('A1');
      const used = sheet.getUsedRangeOrNullObject();
      used.load('address');
      expect(() => note.isNullObject).toThrow(expect.objectContaining({ code: ErrorCodes.propertyNotLoaded }));
      await context.sync();
      expect(note.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(false);
      expect(used.address).toBe('台账!A1:C4');
    });
  });

  it('applies queued writes only at sync, in order', async () => {
    const sim = createExcelSimulator(small());
    await sim.run(async (context) => {
      const cell = context.workbook.worksheets.getActiveWorksheet().getRange('D3');
      cell.values = [['甲']];
      cell.values = [['乙']];
      expect(sim.cell('D3').value).toBeNull();
      await context.sync();
      expect(sim.cell('D3').value).toBe('乙');
    });
    expect(sim.stats.syncs).toBe(1);
  });

  it('flushes work left queued when Excel.run ends, and refuses objects used after it', async () => {
    const sim = createExcelSimulator(small());
    let kept: Excel.Range | undefined;
    await sim.run(async (context) => {
      kept = context.workbook.worksheets.getActiveWorksheet().getRange('D3');
      kept.values = [['甲']];
    });
    expect(sim.cell('D3').value).toBe('甲');
    expect(sim.stats.requests[0].implicit).toBe(true);
    expect(() => {
      kept!.values = [['乙']];
    }).toThrow(expect.objectContaining({ code: ErrorCodes.invalidObjectPath }));
  });

  it('turns a string starting with = (or + and -) into a formula, unless the cell is formatted as text', async () => {
    const sim = createExcelSimulator(small());
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange('E3:E6').values = [['=SUM(C3:C4)'], ['-工作'], ['123'], ["'123"]];
      const text = sheet.getRange('F3');
      text.numberFormat = [['@']];
      text.values = [['=SUM(C3:C4)']];
      await context.sync();
    });
    expect(sim.cell('E3')).toMatchObject({ formula: '=SUM(C3:C4)', value: 30 });
    expect(sim.cell('E4')).toMatchObject({ formula: '=-工作', value: '#NAME?' });
    expect(sim.cell('E5').value).toBe(123);
    expect(sim.cell('E6').value).toBe('123');
    expect(sim.cell('F3')).toMatchObject({ value: '=SUM(C3:C4)', numberFormat: '@' });
    expect(sim.cell('F3').formula).toBeUndefined();
  });

  it('fails a request over 5 MB with RequestPayloadSizeLimitExceeded, applying none of it', async () => {
    const sim = createExcelSimulator(small());
    const rows = Array.from({ length: 20_000 }, (_, i) => [`第${i}行：${'很长的进展说明'.repeat(30)}`]);
    const error = await rejection(
      sim.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange('A1').values = [['改了']];
        sheet.getRange(`H1:H${rows.length}`).values = rows;
        await context.sync();
      })
    );
    expect(error.code).toBe(ErrorCodes.requestPayloadSizeLimitExceeded);
    expect(sim.stats.requests[0].bytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(sim.stats.requests[0].error).toBe(ErrorCodes.requestPayloadSizeLimitExceeded);
    expect(sim.cell('A1').value).toBe('2024年民生实事');
    expect(sim.cell('H1').value).toBeNull();
  });

  it('counts the full size of a values array in the payload', async () => {
    const sim = createExcelSimulator(small());
    const rows = Array.from({ length: 1000 }, () => ['测试'.repeat(50)]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('H1:H1000').values = rows;
      await context.sync();
    });
    const json = new TextEncoder().encode(JSON.stringify(rows)).length;
    expect(sim.stats.requests[0].bytes).toBeGreaterThan(json);
    expect(sim.stats.requests[0].bytes).toBeLessThan(json + 1000);
  });

  it('fails a response over 5 MB with ResponsePayloadSizeLimitExceeded', async () => {
    const sim = createExcelSimulator(small());
    await sim.run(async (context) => {
      const rows = Array.from({ length: 20_000 }, () => ['回'.repeat(100)]);
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      for (let i = 0; i < 20_000; i += 5000) {
        sheet.getRange(`H${i + 1}:H${i + 5000}`).values = rows.slice(i, i + 5000);
        await context.sync();
      }
    });
    sim.stats.reset();
    const error = await rejection(
      sim.run(async (context) => {
        const range = context.workbook.worksheets.getActiveWorksheet().getRange('H1:H20000');
        range.load(['values', 'formulas']);
        await context.sync();
      })
    );
    expect(error.code).toBe(ErrorCodes.responsePayloadSizeLimitExceeded);
    expect(sim.stats.requests[0].responseBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it('makes a chosen request fail without applying any of it', async () => {
    const sim = createExcelSimulator(small());
    sim.failSync({ withCall: 'merge' });
    const error = await rejection(
      sim.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange('H1').values = [['一']];
        await context.sync();
        sheet.getRange('H2').values = [['二']];
        sheet.getRange('H2:H3').merge(false);
        await context.sync();
      })
    );
    expect(error.code).toBe(ErrorCodes.generalException);
    expect(sim.cell('H1').value).toBe('一');
    expect(sim.cell('H2').value).toBeNull();
    expect(sim.state.sheets[0].merges).toHaveLength(1);
    sim.failSync({ at: sim.stats.syncs + 2, code: 'Busy' });
    await sim.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('H4').values = [['三']];
      await context.sync();
      context.workbook.worksheets.getActiveWorksheet().getRange('H5').values = [['四']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'Busy' });
    });
    expect(sim.cell('H4').value).toBe('三');
    expect(sim.cell('H5').value).toBeNull();
  });

  it('refuses APIs above the host requirement set, at sync', async () => {
    const sim = createExcelSimulator(small(), { apiVersion: '1.17' });
    expect(sim.Office.context.requirements.isSetSupported('ExcelApi', '1.17')).toBe(true);
    expect(sim.Office.context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(false);
    const error = await rejection(
      sim.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().notes.add('A1', 'x');
        await context.sync();
      })
    );
    expect(error.code).toBe(ErrorCodes.apiNotFound);
  });

  it('throws NotSimulated for a member it does not implement, so a new call in the host shows up', async () => {
    const sim = createExcelSimulator(small());
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1');
      expect(() => (range as unknown as { insert(shift: string): void }).insert('Down')).toThrow(expect.objectContaining({ code: ErrorCodes.notSimulated }));
      expect(() => range.format.fill).toThrow(expect.objectContaining({ code: ErrorCodes.notSimulated }));
      expect(() => (sim.Excel as unknown as Record<string, unknown>).ChartType).toThrow(expect.objectContaining({ code: ErrorCodes.notSimulated }));
      expect(() => range.load('text')).toThrow(expect.objectContaining({ code: ErrorCodes.notSimulated }));
    });
  });

  it('returns only merged areas whose top-left cell lies in the range (office-js #3611)', async () => {
    const sim = createExcelSimulator(small());
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const inner = sheet.getRange('B1:C4').getMergedAreasOrNullObject();
      inner.load('areas/items/address');
      const whole = sheet.getRange('A1:C4').getMergedAreasOrNullObject();
      whole.load('areas/items/address');
      await context.sync();
      expect(inner.isNullObject).toBe(true);
      expect(whole.areas.items.map((r) => r.address)).toEqual(['台账!A1:C1']);
    });
  });

  it('tiles formats with copyFrom, keeps settings as JSON values, and reports cell properties', async () => {
    const sim = createExcelSimulator(small(), {
      styles: { 台账: { formats: { C2: { fill: { color: '#D9D9D9' }, font: { bold: true } } } } },
    });
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange('D2:E3').copyFrom(sheet.getRange('C2'), sim.Excel.RangeCopyType.formats);
      context.workbook.settings.add('n', 3);
      await context.sync();
      const props = sheet.getRange('D3:E3').getCellProperties({ format: { fill: { color: true, pattern: true }, font: { bold: true } } });
      const settings = context.workbook.settings;
      settings.load('items/key,items/value');
      expect(() => props.value).toThrow(expect.objectContaining({ code: ErrorCodes.propertyNotLoaded }));
      await context.sync();
      expect(props.value[0][1]).toEqual({ format: { fill: { color: '#D9D9D9', pattern: 'Solid' }, font: { bold: true } } });
      expect(settings.items.map((s) => [s.key, s.value])).toEqual([['n', 3]]);
    }).catch((e) => {
      throw e;
    });
    expect(sim.dumpSheet().usedRange).toBe('A1:E4');
  });
});

describe('the Excel simulator: the workbook it keeps', () => {
  it('counts formatting calls on a single cell and formats given cell by cell', async () => {
    const sim = createExcelSimulator(small());
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange('D2:D4').format.wrapText = true;
      sheet.getRange('E2').format.wrapText = true;
      sheet.getRange('E3:E4').numberFormat = [['0%'], ['@']];
      sheet.getRange('F3:F4').setCellProperties([[{ format: { wrapText: true } }], [{ format: { wrapText: false } }]]);
      await context.sync();
    });
    expect(sim.stats.requests[0]).toMatchObject({
      formatCalls: 4,
      singleCellFormatCalls: 1,
      singleCellFormatAddresses: ['E2'],
      perCellFormatValues: 4,
    });
  });

  it('puts formats back through getCellProperties and setCellProperties, a missing fill left missing', async () => {
    const sim = createExcelSimulator(small(), {
      styles: { 台账: { formats: { B3: { fill: { color: '#FFEB9C' }, borders: { top: { style: 'Dash', color: '#FF0000', weight: 'Thin' } } } } } },
    });
    const before = sim.dumpSheet();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('B3:B4');
      const props = range.getCellProperties({ format: { fill: { color: true, pattern: true }, borders: { style: true, color: true, weight: true } } });
      await context.sync();
      range.clear(sim.Excel.ClearApplyTo.formats);
      range.setCellProperties(props.value.map((row) => row.map((cell) => {
        const format = { ...cell.format };
        if (format.fill?.pattern === 'None') delete format.fill;
        return { format };
      })));
      await context.sync();
    });
    expect(sim.dumpSheet().cells.B3).toEqual(before.cells.B3);
    expect(sim.dumpSheet().cells.B4.format.fill).toEqual({ color: '#FFFFFF', pattern: 'None' });
  });

  it('clears contents, formats, merges and conditional formats with clear("All"), shrinking the used range', async () => {
    const sim = createExcelSimulator(small());
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      (sheet.getRange('E2:F5') as unknown as { numberFormat: string }).numberFormat = '@';
      sheet.getRange('E2:E3').merge(false);
      sheet.getRange('E2:F5').conditionalFormats.add(sim.Excel.ConditionalFormatType.dataBar);
      sheet.getRange('A2:F5').conditionalFormats.add(sim.Excel.ConditionalFormatType.containsText).textComparison.rule = { operator: 'Contains', text: '甲' };
      await context.sync();
      expect(sim.dumpSheet().usedRange).toBe('A1:F5');
      sheet.getRange('E2:F5').clear(sim.Excel.ClearApplyTo.all);
      await context.sync();
    });
    const dump = sim.dumpSheet();
    expect(dump.usedRange).toBe('A1:C4');
    expect(dump.merges).toEqual(['A1:C1']);
    expect(dump.conditionalFormats.map((cf) => [cf.type, cf.areas])).toEqual([['ContainsText', ['A2:D5']]]);
  });

  it('refuses a second note on a cell, a write into the hidden part of a merge and arrays of the wrong size', async () => {
    const sim = createExcelSimulator(small(), { styles: { 台账: { notes: { B2: '用户的批注' } } } });
    const codes: string[] = [];
    for (const step of [
      (s: Excel.Worksheet) => s.notes.add('B2', 'x'),
      (s: Excel.Worksheet) => (s.getRange('B1').values = [['x']]),
      (s: Excel.Worksheet) => (s.getRange('A2:B2').values = [['x']]),
    ]) {
      await sim
        .run(async (context) => {
          step(context.workbook.worksheets.getActiveWorksheet());
          await context.sync();
        })
        .catch((error: { code: string }) => codes.push(error.code));
    }
    expect(codes).toEqual([ErrorCodes.invalidArgument, ErrorCodes.invalidOperation, ErrorCodes.invalidArgument]);
    expect(sim.dumpSheet().notes).toEqual({ B2: '用户的批注' });
  });

  it('ignores calls on a null object, as Office does', async () => {
    const sim = createExcelSimulator(small());
    await sim.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().notes.getItemOrNullObject('C3').delete();
      context.workbook.settings.getItemOrNullObject('none').delete();
      await context.sync();
    });
    expect(sim.stats.requests[0].error).toBeUndefined();
  });

  it('reads comments, their locations, and settings one by one', async () => {
    const sim = createExcelSimulator(small(), {
      apiVersion: '1.14',
      settings: { a: 'x' },
      comments: [{ sheet: '台账', address: 'C3', content: '核实' }],
    });
    await sim.run(async (context) => {
      const comments = context.workbook.comments;
      comments.load('items/id,items/content');
      const setting = context.workbook.settings.getItemOrNullObject('a');
      setting.load('value');
      await context.sync();
      expect(comments.items.map((c) => c.content)).toEqual(['核实']);
      expect(setting.value).toBe('x');
      const location = comments.getItem(comments.items[0].id).getLocation();
      location.load('address');
      context.workbook.comments.add("'台账'!D3", '新的');
      await context.sync();
      expect(location.address).toBe('台账!C3');
    });
    expect(sim.dumpSheet().comments).toEqual({ C3: '核实', D3: '新的' });
  });

  it('lists the worksheets, activates one and selects a range on it, but not on a sheet in the background', async () => {
    const book = small();
    const sim = createExcelSimulator({ ...book, sheets: [...book.sheets, { ...book.sheets[0], name: '汇总' }] });
    await sim.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['台账', '汇总']);
      const summary = sheets.getItem('汇总');
      summary.activate();
      summary.getRange('B3').select();
      await context.sync();
    });
    expect(sim.dump().activeSheet).toBe('汇总');
    expect(sim.selection()).toEqual({ sheet: '汇总', address: 'B3' });
    const refused = await rejection(sim.run(async (context) => {
      context.workbook.worksheets.getItem('台账').getRange('C4').select();
      await context.sync();
    }));
    expect(refused.code).toBe(ErrorCodes.invalidOperation);
    expect(sim.selection()).toEqual({ sheet: '汇总', address: 'B3' });
  });

  it('copies a worksheet where it is told, named as Excel names copies, with everything on it', async () => {
    const book = small();
    const sim = createExcelSimulator(
      { ...book, sheets: [...book.sheets, { ...book.sheets[0], name: '汇总' }] },
      {
        apiVersion: '1.7',
        styles: {
          台账: {
            formats: { A2: { fill: { color: '#FFFF00' } } },
            columnWidths: { B: 120 },
            notes: { C3: '核实' },
            conditionalFormats: [{ type: 'ContainsText', areas: ['B3:B4'], textComparison: { rule: { operator: 'Contains', text: '改造' } } }],
          },
        },
        comments: [{ sheet: '台账', address: 'B3', content: '请看' }],
      }
    );
    const names = await sim.run(async (context) => {
      const source = context.workbook.worksheets.getItem('台账');
      const after = source.copy(sim.Excel.WorksheetPositionType.after, source);
      const first = source.copy();
      const last = source.copy('End');
      after.load('name');
      first.load('name');
      last.load('name');
      await context.sync();
      return [after.name, first.name, last.name];
    });
    expect(names).toEqual(['台账 (2)', '台账 (3)', '台账 (4)']);
    const dump = sim.dump();
    expect(dump.sheets.map((s) => s.name)).toEqual(['台账 (3)', '台账', '台账 (2)', '汇总', '台账 (4)']);
    expect(dump.activeSheet).toBe('台账');
    const { name: original, ...copied } = dump.sheets[1];
    const { name: copy, comments, ...copyRest } = dump.sheets[2];
    const { comments: originalComments, ...originalRest } = copied;
    expect([original, copy]).toEqual(['台账', '台账 (2)']);
    expect(copyRest).toEqual(originalRest);
    expect(comments).toEqual({ B3: '请看' });
    expect(originalComments).toEqual({ B3: '请看' });
    expect(sim.cell('A2', '台账 (2)').format.fill.color).toBe('#FFFF00');
    expect(copyRest.notes).toEqual({ C3: '核实' });
    // the copy is a sheet of its own: writing it leaves the original as it was
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem('台账 (2)').getRange('B3').values = [['新项目']];
      await context.sync();
    });
    expect(sim.cell('B3', '台账').value).toBe('改造老旧小区');
    expect(sim.stats.requests[0].callList.filter((c) => c.name === 'copy')).toHaveLength(3);
    // below ExcelApi 1.7 there is no copy
    sim.setApiVersion('1.6');
    const refused = await rejection(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem('台账').copy('End');
        await context.sync();
      })
    );
    expect(refused.code).toBe(ErrorCodes.apiNotFound);
  });

  it('names a copy by the object copy returned, refusing names Excel refuses, and deletes sheets but the last', async () => {
    const sim = createExcelSimulator(small(), { comments: [{ sheet: '台账', address: 'C3', content: '核实' }] });
    const nameRefused = async (name: string): Promise<string | undefined> =>
      (
        await rejection(
          sim.run(async (context) => {
            context.workbook.worksheets.getItem('台账 (2)').name = name;
            await context.sync();
          })
        )
      ).code;
    await sim.run(async (context) => {
      const source = context.workbook.worksheets.getActiveWorksheet();
      const copy = source.copy('After', source);
      copy.name = '二季度';
      // the object stands for the new sheet whatever its name: it takes writes and activates it
      copy.getRange('A1').values = [['二季度民生实事']];
      copy.activate();
      await context.sync();
    });
    expect(sim.dump().sheets.map((s) => s.name)).toEqual(['台账', '二季度']);
    expect(sim.dump().activeSheet).toBe('二季度');
    expect(sim.cell('A1').value).toBe('二季度民生实事');
    expect(sim.dumpSheet('二季度').comments).toEqual({ C3: '核实' });
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem('二季度').name = '台账 (2)';
      context.workbook.worksheets.getItem('台账 (2)').copy('End').name = 'Q3';
      await context.sync();
    });
    expect(sim.dump().sheets.map((s) => s.name)).toEqual(['台账', '台账 (2)', 'Q3']);
    expect(await nameRefused('台账')).toBe(ErrorCodes.itemAlreadyExists);
    // Excel's sheet names ignore case
    expect(await nameRefused('q3')).toBe(ErrorCodes.itemAlreadyExists);
    expect(await nameRefused('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二')).toBe(ErrorCodes.invalidArgument);
    expect(await nameRefused('3/4月')).toBe(ErrorCodes.invalidArgument);
    expect(await nameRefused("'台账")).toBe(ErrorCodes.invalidArgument);
    // deleting the active sheet makes the one beside it active; a sheet not there is a null object
    await sim.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject('没有的表').delete();
      context.workbook.worksheets.getItem('台账 (2)').activate();
      context.workbook.worksheets.getItemOrNullObject('台账 (2)').delete();
      await context.sync();
    });
    expect(sim.dump().sheets.map((s) => s.name)).toEqual(['台账', 'Q3']);
    expect(sim.dump().activeSheet).toBe('Q3');
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem('Q3').delete();
      await context.sync();
    });
    expect(sim.dump().activeSheet).toBe('台账');
    expect(sim.dumpSheet('台账').comments).toEqual({ C3: '核实' });
    expect(sim.state.comments).toHaveLength(1);
    const last = await rejection(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem('台账').delete();
        await context.sync();
      })
    );
    expect(last.code).toBe(ErrorCodes.invalidOperation);
  });

  it('is pure TypeScript for a browser: its sources touch no Node API', () => {
    // the task pane tests inject it into headless Chromium as the Office/Excel globals
    const dir = path.join(__dirname);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(files.sort()).toEqual(['addresses.ts', 'client.ts', 'errors.ts', 'index.ts', 'values.ts', 'workbookState.ts']);
    for (const file of files) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      expect({ file, node: /\bBuffer\b|\brequire\(|from 'node:|from '(fs|path|os|util)'|\bprocess\.|__dirname/.test(source) }).toEqual({ file, node: false });
      for (const [, spec] of source.matchAll(/from '([^']+)'/g)) expect(spec.startsWith('.')).toBe(true);
    }
  });
});
