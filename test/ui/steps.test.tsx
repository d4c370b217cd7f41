import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderToString } from 'react-dom/server';
import { FluentProvider, SwitchProps, webLightTheme } from '@fluentui/react-components';
import { CheckResult, checkWorkbook } from '../../src/core/check';
import { compareChecks } from '../../src/core/compare/compare';
import { CompareReport } from '../../src/core/compare/compareReport';
import { TableOverride } from '../../src/core/detect/overrides';
import { Workbook } from '../../src/core/grid';
import { buildColumnPlan } from '../../src/core/report/columnPlan';
import { Lang } from '../../src/core/i18n';
import { readWorkbookFile } from '../../src/hosts/file/node';
import { HostCheck } from '../../src/ui/host';
import { hostCheckOf } from '../../src/ui/hostCheck';
import { CheckStep } from '../../src/ui/steps/CheckStep';
import { CompareStep } from '../../src/ui/steps/CompareStep';
import { DetectStep } from '../../src/ui/steps/DetectStep';
import { ProgressStep } from '../../src/ui/steps/ProgressStep';
import { WriteStep, WriteStepProps } from '../../src/ui/steps/WriteStep';
import { t } from '../../src/ui/strings';
import { TEST_TODAY } from '../helpers/check';
import { FIELD_DIR } from '../helpers/fieldCorpus';
import { WorkbookName, readShared } from '../helpers/workbooks';

/** The props of every Switch rendered, so a test can toggle one as the user would. */
const mockSwitches: SwitchProps[] = [];
jest.mock('@fluentui/react-components', () => {
  const actual = jest.requireActual<typeof import('@fluentui/react-components')>('@fluentui/react-components');
  const react = jest.requireActual<typeof import('react')>('react');
  return {
    ...actual,
    Switch: (props: SwitchProps) => {
      mockSwitches.push(props);
      return react.createElement(actual.Switch, props);
    },
  };
});

function hostCheck(name: WorkbookName, lang: Lang, asOf?: string): HostCheck {
  return hostCheckOfWorkbook(readShared(name), lang, asOf);
}

/** A table of the field corpus (test/fixtures/field) with its planted defects, checked with the user's corrections. */
function fieldCheck(id: string, lang: Lang, overrides: TableOverride[] = []): HostCheck {
  return hostCheckOfWorkbook(readWorkbookFile(path.join(FIELD_DIR, `${id}.planted.xlsx`)), lang, undefined, overrides);
}

function hostCheckOfWorkbook(workbook: Workbook, lang: Lang, asOf?: string, overrides: TableOverride[] = []): HostCheck {
  const result = checkWorkbook(workbook, { today: TEST_TODAY, asOf, lang, overrides });
  const plans = result.model.tables.filter((t) => t.items.length > 0).map((t) => buildColumnPlan(t, result.progress.items, result.findings, { lang }));
  return hostCheckOf(
    result,
    plans,
    workbook.sheets[0].name,
    workbook.sheets.map((s) => s.name)
  );
}

/** The text a screen shows, rendered on the server side of React (no DOM needed). */
function text(element: React.JSX.Element): string {
  const html = renderToString(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
  return html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const none = (): void => undefined;

/** The 写回 step over a check, written into the workbook unless said otherwise, nothing pressed. */
function writeStep(check: HostCheck, props: Partial<Pick<WriteStepProps, 'writesCopy' | 'refusal' | 'onNextPeriod' | 'comparedWith'>> = {}): React.JSX.Element {
  return (
    <WriteStep
      check={check}
      lang="zh"
      writesCopy={props.writesCopy ?? false}
      busy={false}
      canUndo={false}
      refusal={props.refusal ?? null}
      startColumn={null}
      onWrite={none}
      onUndo={none}
      onStartColumn={none}
      onApplyFixes={none}
      onNextPeriod={props.onNextPeriod}
      comparedWith={props.comparedWith}
    />
  );
}

describe('the four steps, rendered from a check alone', () => {
  it('识别: the table, its rows and counts, each role with its column and header', () => {
    const check = hostCheck('lianshui', 'zh', '2024-09-30');
    const shown = text(
      <DetectStep
        check={check}
        lang="zh"
        busy={false}
        overrides={[{ sheet: '项目表', roles: { remark: null } }]}
        onSheet={none}
        onAsOf={none}
        onOverrides={none}
      />
    );
    expect(shown).toContain('表 1「2024年县政府民生实事项目表」');
    expect(shown).toContain('表头 第 2–3 行 数据 第 5–54 行 合计行 第 4 行 事项 50 项目/任务 50');
    expect(shown).toContain('牵头单位');
    expect(shown).toContain('M · 责任单位');
    // the saved correction shows: 备注 set to no column
    expect(shown).toMatch(/备注 已更正/);
    expect(shown).toContain('（无此列）');
    expect(shown).toContain('恢复自动识别');
  });

  it('识别 in English, and a sheet without a table says what to do', () => {
    const check = hostCheck('lianshui', 'en', '2024-09-30');
    expect(text(<DetectStep check={check} lang="en" busy={false} overrides={[]} onSheet={none} onAsOf={none} onOverrides={none} />)).toContain(
      'Header rows 2–3 Data rows 5–54 Totals row 4'
    );
    const empty: HostCheck = { ...check, sheet: '说明', report: { ...check.report, tables: [] }, tableColumns: [] };
    expect(text(<DetectStep check={empty} lang="zh" busy={false} overrides={[]} onSheet={none} onAsOf={none} onOverrides={none} />)).toContain(
      '在「说明」上没有找到可识别的表格'
    );
  });

  it("识别: each column's role, how sure and why; the relations found in the figures, each with a switch", () => {
    const check = fieldCheck('jiaozuo-2018-funding', 'zh');
    mockSwitches.length = 0;
    const shown = text(<DetectStep check={check} lang="zh" busy={false} overrides={[]} onSheet={none} onAsOf={none} onOverrides={none} />);
    expect(shown).toContain('数据关系');
    expect(shown).toContain('B = C + D：6 / 8 行成立（第 3、10 行不成立）');
    expect(shown).toContain('识别依据');
    expect(shown).toContain('B「资金合计」：计划总投资 把握 85% 7 / 7 格是数字；参与 B = C + D');
    expect(shown).toContain('C「中央资金」：资金来源 把握 85% 表头「中央资金」；5 / 5 格是数字；参与 B = C + D');
    expect(mockSwitches.map((s) => [s.label, s.checked])).toEqual([['B = C + D：6 / 8 行成立（第 3、10 行不成立）', true]]);
    const english = text(
      <DetectStep check={fieldCheck('jiaozuo-2018-funding', 'en')} lang="en" busy={false} overrides={[]} onSheet={none} onAsOf={none} onOverrides={none} />
    );
    expect(english).toContain('B = C + D: holds on 6 of 8 rows (not on rows 3, 10)');
    expect(english).toContain('B “资金合计”: total investment 85% sure');
    // a totals row found in the figures counts the columns it sums
    const hunan = text(
      <DetectStep
        check={fieldCheck('hunan-2021-old-housing-renovation', 'zh')}
        lang="zh"
        busy={false}
        overrides={[]}
        onSheet={none}
        onAsOf={none}
        onOverrides={none}
      />
    );
    expect(hunan).toContain('19 = Σ 5–18：3 / 4 列成立（F 列不成立）');
    expect(hunan).toContain('H = G ÷ F：14 / 15 行成立（第 15 行不成立）');
  });

  it("识别: switching a relation off saves it in the table's correction; switching it on again removes it", () => {
    const sheet = '扶贫资金分配情况';
    const id = 'sum:B=C+D';
    const toggle = (overrides: TableOverride[], checked: boolean): jest.Mock => {
      const onOverrides = jest.fn();
      mockSwitches.length = 0;
      text(
        <DetectStep
          check={fieldCheck('jiaozuo-2018-funding', 'zh', overrides)}
          lang="zh"
          busy={false}
          overrides={overrides}
          onSheet={none}
          onAsOf={none}
          onOverrides={onOverrides}
        />
      );
      expect(mockSwitches).toHaveLength(1);
      expect(mockSwitches[0].checked).toBe(!checked);
      mockSwitches[0].onChange?.({} as React.ChangeEvent<HTMLInputElement>, { checked });
      return onOverrides;
    };
    expect(toggle([], false).mock.calls).toEqual([[[{ sheet, roles: {}, relationsOff: [id] }], 'saved']]);
    // kept beside the role corrections of the table, and those of other sheets untouched
    const other: TableOverride = { sheet: '说明', roles: { lead: 'B' } };
    expect(toggle([other, { sheet, roles: { remark: null } }], false).mock.calls).toEqual([
      [[other, { sheet, roles: { remark: null }, relationsOff: [id] }], 'saved'],
    ]);
    // switched off, the check leaves it out: the step shows it off, from the correction
    const off: TableOverride[] = [{ sheet, roles: {}, relationsOff: [id] }];
    const shown = text(
      <DetectStep
        check={fieldCheck('jiaozuo-2018-funding', 'zh', off)}
        lang="zh"
        busy={false}
        overrides={off}
        onSheet={none}
        onAsOf={none}
        onOverrides={none}
      />
    );
    expect(shown).toContain('B = C + D：已关闭，不校验');
    expect(toggle(off, true).mock.calls).toEqual([[[], 'saved']]);
    expect(toggle([{ sheet, roles: { remark: null }, relationsOff: [id] }], true).mock.calls).toEqual([[[{ sheet, roles: { remark: null } }], 'saved']]);
  });

  it('校验: severities and rules with counts, each finding with its cell', () => {
    const check = hostCheck('shanting', 'zh');
    const shown = text(<CheckStep check={check} lang="zh" onShowCell={none} />);
    const behind = check.report.findings.filter((f) => f.code === 'BEHIND_SCHEDULE');
    expect(shown).toContain(`警告 ${behind.length}`);
    expect(shown).toContain(`完成率落后序时进度超过设定幅度 ${behind.length}`);
    for (const f of behind) expect(shown).toContain(`${f.cell} ${f.message}`);
    const clean: HostCheck = { ...check, report: { ...check.report, findings: [] } };
    expect(text(<CheckStep check={clean} lang="en" onShowCell={none} />)).toContain('No problems found.');
  });

  it('进度: the count per status and per lead unit', () => {
    const check = hostCheck('shanting', 'zh');
    const shown = text(<ProgressStep check={check} lang="zh" busy={false} visible={false} onAsOf={none} />);
    expect(shown).toContain('已完成 1 超序时 2 正常推进 22 滞后 8 逾期未完成 0 未启动 0 无法判断 0');
    const first = check.report.progress.byLead[0];
    expect(shown).toContain(`${first.lead} ${first.items} ${first.behind} ${first.overdue}`);
  });

  it.each([
    [true, '未找到可识别的台账表格，未写入任何文件。'],
    [false, '没有可写回的事项。'],
  ])('写回 with no ledger table (writes a copy: %s) says nothing was written', (writesCopy, message) => {
    const check = hostCheckOfWorkbook(
      { name: 'empty.xlsx', sheets: [{ name: 'Sheet1', rowCount: 1, colCount: 1, cells: [[{ value: '备注' }]], merges: [] }] },
      'zh'
    );
    const shown = text(writeStep(check, { writesCopy: writesCopy }));
    expect(shown).toContain(message);
  });

  it('进度: each item’s status beside its basis, those behind first', () => {
    const check = hostCheck('lanling', 'zh', '2023-06-30');
    const shown = text(<ProgressStep check={check} lang="zh" busy={false} visible={false} onAsOf={none} />);
    expect(shown).toContain('各事项的判断');
    const behind = check.report.items.find((i) => i.status === '滞后' && i.basis);
    expect(behind?.basis).toBeTruthy();
    expect(shown).toContain(`${behind!.row} ${behind!.name} 滞后 ${behind!.basis}`);
    // the items that need action come before the rest
    expect(shown.indexOf('滞后', shown.indexOf('各事项的判断'))).toBeLessThan(shown.indexOf('正常推进', shown.indexOf('各事项的判断')));
  });

  it('写回 says which columns it leaves to the sheet’s own', () => {
    const check = hostCheck('shanting', 'zh');
    const shown = text(writeStep(check));
    expect(shown).toContain('不另写：下期计划（表中已有「4月份计划」，G 列）。台账助手改为核对表中已有的这些列。');
    expect(shown).toContain('写入：完成率（H）、序时进度（I）、进度状态（J）、本期计划（K）、校验提示（L）');
  });

  it('写回: the plan in words, the refusal with another place, the fixes', () => {
    const check = hostCheck('lianshui', 'zh', '2024-09-30');
    const shown = text(writeStep(check, { refusal: { sheet: '项目表', cells: ['O7'], suggestedColumn: 'V' } }));
    expect(shown).toContain('将在「项目表」O–T 列写入：完成率（O）、序时进度（P）、进度状态（Q）、本期计划（R）、下期计划（S）、校验提示（T），第 2–54 行。');
    expect(shown).toContain('「项目表」的 O7 已有内容（不是台账助手写入的）。为免覆盖，这次没有写入任何内容。可改为从 V 列起写入');
    expect(shown).toContain('改为从 V 列写入');
    expect(shown).toContain('F4（项目计划总投资）：手填 69911.5 → =SUM(F5:F54)（按现有明细为 69911.5）');
  });
});

const COMPARE_DIR = path.resolve(__dirname, '..', 'fixtures', 'compare');

interface Planted {
  code: string;
  cell: string;
}

/** shanting's first quarter (last period) against its planted second quarter (this period). */
function shantingComparison(lang: Lang): CompareReport {
  const checked = (workbook: Workbook): CheckResult => checkWorkbook(workbook, { today: TEST_TODAY, lang });
  const last = checked(readShared('shanting'));
  const current = checked(readWorkbookFile(path.join(COMPARE_DIR, 'shanting.next.xlsx')));
  return compareChecks(last, current, { lang }).report;
}

function compareStep(comparison: CompareReport | null, lang: Lang): React.JSX.Element {
  return <CompareStep sheet="二季度台账" lang={lang} busy={false} comparison={comparison} onPick={none} onShowCell={none} />;
}

describe('对比上期, rendered from a comparison alone', () => {
  const planted = (JSON.parse(fs.readFileSync(path.join(COMPARE_DIR, 'shanting.truth.json'), 'utf8')) as { planted: Planted[] }).planted;

  it('before a file is picked: what the step does and the button to pick one', () => {
    const shown = text(compareStep(null, 'zh'));
    expect(shown).toContain('选择上一期的台账文件');
    expect(shown).toContain('选择上期台账…');
    expect(shown).not.toContain('配对');
    expect(text(compareStep(null, 'en'))).toContain('Choose last period’s ledger…'.replace('’', "'"));
  });

  it('the file and its date, the counts, the findings by rule with their cells, the uncertain items and the changes', () => {
    const comparison = shantingComparison('zh');
    const shown = text(compareStep(comparison, 'zh'));
    expect(shown).toContain(`上期台账「${comparison.lastFile}」· 报告日期 ${comparison.lastAsOf}`);
    const { pairs, added, removed, uncertain } = comparison.summary;
    expect(shown).toContain(`配对 ${pairs} 项、新增 ${added}、减少 ${removed}、无法确定 ${uncertain}`);
    expect(shown).toContain('换一个上期台账…');
    for (const entry of planted.filter((p) => p.code === 'PROGRESS_UNCHANGED')) {
      const finding = comparison.findings.find((f) => f.code === 'PROGRESS_UNCHANGED' && f.cell === entry.cell);
      expect(finding).toBeDefined();
      expect(shown).toContain(`${entry.cell} ${finding?.message}`);
    }
    expect(shown).toContain('PROGRESS_UNCHANGED');
    for (const f of comparison.findings.filter((f) => f.code === 'ITEM_REMOVED')) expect(shown).toContain(`上期 ${f.cell} ${f.message}`);
    const ref = (row: number, name: string) => ({ sheet: '二季度台账', row, rowEnd: row, seq: '', name });
    const doubt = {
      period: 'current' as const,
      item: ref(40, '某事项'),
      candidates: [
        { item: ref(38, '某事项甲'), score: 0.71 },
        { item: ref(39, '某事项乙'), score: 0.7 },
      ],
    };
    const doubtful = text(compareStep({ ...comparison, matching: { ...comparison.matching, uncertain: [doubt] } }, 'zh'));
    expect(doubtful).toContain('无法确定对应的事项');
    expect(doubtful).toContain('本期第 40 行「某事项」可能是：第 38 行「某事项甲」（相似度 71%）、第 39 行「某事项乙」（相似度 70%）');
    expect(comparison.changes.length).toBeGreaterThan(0);
    for (const c of comparison.changes) expect(shown).toContain(`第 ${c.item.row} 行「${c.item.name}」：${c.change}`);
  });

  it('in English, and a comparison without changes says so', () => {
    const comparison = shantingComparison('en');
    const shown = text(compareStep(comparison, 'en'));
    const { pairs, added, removed, uncertain } = comparison.summary;
    expect(shown).toContain(`${pairs} paired, ${added} added, ${removed} removed, ${uncertain} unclear`);
    expect(shown).toContain(`Last period: “${comparison.lastFile}” · report date ${comparison.lastAsOf}`);
    const quiet: CompareReport = { ...comparison, findings: [], changes: [], matching: { ...comparison.matching, uncertain: [] } };
    expect(text(compareStep(quiet, 'zh'))).toContain('与上期相比没有需要注意的变化。');
  });

  it("写回 offers the next period's ledger only where the host makes one, saying where it goes", () => {
    const check = hostCheck('lianshui', 'zh', '2024-09-30');
    const page = text(writeStep(check, { writesCopy: true, onNextPeriod: none }));
    expect(page).toContain('生成下期台账');
    expect(page).toContain(t('zh', 'nextPeriodHint'));
    const pane = text(writeStep(check, { onNextPeriod: none }));
    expect(pane).toContain(t('zh', 'nextPeriodHintSheet'));
    expect(pane).not.toContain(t('zh', 'nextPeriodHint'));
    expect(text(writeStep(check))).not.toContain('生成下期台账');
  });

  it('写回 says the write adds 较上期 once 对比上期 has compared, and not before', () => {
    const check = hostCheck('lianshui', 'zh', '2024-09-30');
    expect(text(writeStep(check, { comparedWith: '3月台账.xlsx' }))).toContain('已与上期台账「3月台账.xlsx」对比：写入时在校验提示之后另加一列「较上期」');
    expect(text(writeStep(check))).not.toContain('较上期');
  });
});
