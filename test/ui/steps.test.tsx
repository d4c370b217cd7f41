import { renderToString } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { checkWorkbook } from '../../src/core/check';
import { buildColumnPlan } from '../../src/core/report/columnPlan';
import { Lang } from '../../src/core/i18n';
import { HostCheck } from '../../src/ui/host';
import { hostCheckOf } from '../../src/ui/hostCheck';
import { CheckStep } from '../../src/ui/steps/CheckStep';
import { DetectStep } from '../../src/ui/steps/DetectStep';
import { ProgressStep } from '../../src/ui/steps/ProgressStep';
import { WriteStep } from '../../src/ui/steps/WriteStep';
import { TEST_TODAY } from '../helpers/check';
import { WorkbookName, readShared } from '../helpers/workbooks';

function hostCheck(name: WorkbookName, lang: Lang, asOf?: string): HostCheck {
  const workbook = readShared(name);
  const result = checkWorkbook(workbook, { today: TEST_TODAY, asOf, lang });
  const plans = result.model.tables
    .filter((t) => t.items.length > 0)
    .map((t) => buildColumnPlan(t, result.progress.items, result.findings, { lang }));
  return hostCheckOf(result, plans, workbook.sheets[0].name, workbook.sheets.map((s) => s.name));
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

describe('the four steps, rendered from a check alone', () => {
  it('识别: the table, its rows and counts, each role with its column and header', () => {
    const check = hostCheck('lianshui', 'zh', '2024-09-30');
    const shown = text(<DetectStep check={check} lang="zh" busy={false} overrides={[{ sheet: '项目表', roles: { remark: null } }]} onSheet={none} onAsOf={none} onOverrides={none} />);
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
    expect(text(<DetectStep check={check} lang="en" busy={false} overrides={[]} onSheet={none} onAsOf={none} onOverrides={none} />)).toContain('Header rows 2–3 Data rows 5–54 Totals row 4');
    const empty: HostCheck = { ...check, sheet: '说明', report: { ...check.report, tables: [] }, tableColumns: [] };
    expect(text(<DetectStep check={empty} lang="zh" busy={false} overrides={[]} onSheet={none} onAsOf={none} onOverrides={none} />)).toContain(
      '在「说明」上没有找到可识别的表格',
    );
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
    expect(shown).toContain('已完成 1 超序时 3 正常推进 1 滞后 4 逾期未完成 0 未启动 0 无法判断 24');
    const first = check.report.progress.byLead[0];
    expect(shown).toContain(`${first.lead} ${first.items} ${first.behind} ${first.overdue}`);
  });

  it('写回: the plan in words, the refusal with another place, the fixes', () => {
    const check = hostCheck('lianshui', 'zh', '2024-09-30');
    const shown = text(
      <WriteStep
        check={check}
        lang="zh"
        busy={false}
        canUndo={false}
        refusal={{ sheet: '项目表', cells: ['O7'], suggestedColumn: 'V' }}
        startColumn={null}
        onWrite={none}
        onUndo={none}
        onStartColumn={none}
        onApplyFixes={none}
      />,
    );
    expect(shown).toContain('将在「项目表」O–T 列写入：完成率（O）、序时进度（P）、进度状态（Q）、本期计划（R）、下期计划（S）、校验提示（T），第 2–54 行。');
    expect(shown).toContain('「项目表」的 O7 已有内容（不是台账助手写入的）。为免覆盖，这次没有写入任何内容。可改为从 V 列起写入');
    expect(shown).toContain('改为从 V 列写入');
    expect(shown).toContain('F4（项目计划总投资）：手填 69911.5 → =SUM(F5:F54)（按现有明细为 69911.5）');
  });
});
