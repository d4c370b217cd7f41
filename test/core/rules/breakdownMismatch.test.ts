import { breakdownMismatchRule } from '../../../src/core/rules/breakdownMismatch';
import { LedgerSpec } from '../../helpers/ledger';
import { testRule } from '../../helpers/ruleTester';

/** An annual project list as lianshui keeps it (task and quarterly plan), rows from sheet row 3. */
function projects(...rows: [string, string][]): LedgerSpec {
  return {
    title: '2024年涟水县民生实事项目表',
    headers: ['序号', '项目名称', '任务明细', '进度计划', '责任单位'],
    rows: rows.map(([target, plan], i) => [String(i + 1), `项目${i + 1}`, target, plan, '县体育局']),
  };
}

/** A progress report as lanling and linyi keep it (target and monthly plan), rows from sheet row 3. */
function progress(year: number, ...rows: [string, string][]): LedgerSpec {
  return {
    title: `${year}年民生实事推进情况`,
    headers: ['编号', '项目名称', '任务目标', '项目月度计划', '项目推进情况', '牵头单位'],
    rows: rows.map(([target, plan], i) => [String(i + 1), `项目${i + 1}`, target, plan, '', '县住建局']),
  };
}

const LIANSHUI_32_TARGET =
  '开展乒乓球、羽毛球、广场舞、大运河自行车赛等全民健身品牌赛事（培训）20场；开展广场舞、太极拳等项目进乡镇培训，培训三级社会体育指导员300名。' +
  '在滨河新城改扩建体育公园1个，在红日路两侧等地新建健身步道5千米，维修乡村室外健身器材，更新健身路径30套，改造“小游园”健身设施6个。';
const LIANSHUI_32_PLAN =
  '一季度：制定赛事活动实施方案；完成体育公园、健身步道、小游园选址。\n' +
  '二季度：开展全民健身赛事（培训）4场，培训三级社会指导员150名；体育公园、健身步道、健身路径更新项目完成招标；小游园开工建设。\n' +
  '三季度：开展全民健身赛事（培训）15场，培训三级社会体育指导员300名；体育公园、健身步道进场施工，更新健身路径15套，维修10个镇街室外健身器材，改造3个“小游园”健身设施。\n' +
  '四季度：开展全民健身赛事（培训）20场。体育公园、健身步道项目竣工，更新健身路径15套，维修6个镇街室外健身器材，改造3个“小游园”健身设施。';
const LIANSHUI_13_TARGET = '为2万名城乡适龄妇女宫颈癌和乳腺癌检查。实现孕妇产前筛查和新生儿疾病筛查全覆盖。';
const LIANSHUI_13_PLAN =
  '一季度：完成3000名城乡妇女宫颈癌和乳腺癌筛查；常态化开展产前筛查和新生儿疾病筛查，对查出的高危人群，进行早期干预。\n' +
  '二季度：完成9000名城乡妇女宫颈癌和乳腺癌筛查；常态化开展产前筛查和新生儿疾病筛查，根据实际情况做好经费分配。\n' +
  '三季度：完成8000名城乡妇女宫颈癌和乳腺癌筛查，常态化开展产前筛查和新生儿疾病筛查，并强化随访干预。\n' +
  '四季度：常态化开展产前筛查和新生儿疾病筛查，做好宫颈癌和乳腺癌筛查、产前筛查和新生儿疾病筛查总结评估。';
const LIANSHUI_33_TARGET = '提档升级农村道路10公里。\n建设农村村内道路80公里、田间道路30公里。';
const LIANSHUI_33_PLAN =
  '农村道路提档升级;\n一季度：完成财承、立项、招标，进场施工。\n二季度：完成路基施工、基层施工。\n三季度：完成路面浇筑，通车。\n' +
  '农村村内和田间道路：\n一季度：田间道路10千米。\n\n二季度：完成建设村内道路24千米、田间道路10千米。\n\n' +
  '三季度：完成建设村内道路32千米、田间道路10千米。\n\n四季度：完成建设村内道路24千米。';
const LANLING_6_PLAN =
  '1、2 月份完成滨河东片区 24 个无人管理小区接管任务 2、3 月份完成老区北片区 42 个无人管理小区接管任务 ' +
  '3、4 月份完成老区中片区 49 个无人管理小区接管任务 4、5 月份完成老区西片区 34 个无人管理小区接管任务 ' +
  '5、6 月份完成老区东片区 38 个无人管理小区接管任务';
const LINYI_51_PLAN = (months: number[]): string =>
  months
    .map((n, i) => `${'①②③④⑤⑥⑦'[i]}${5 + i}月，累计完成新建改建农村公路${n}公里；累计完成存量危桥${Math.round(n / 12.5)}座。`)
    .join('\n');

testRule(breakdownMismatchRule, {
  valid: [
    {
      name: 'lianshui 32: cumulative 赛事 and 指导员 beside incremental 健身路径 and 小游园',
      ledger: projects([LIANSHUI_32_TARGET, LIANSHUI_32_PLAN]),
    },
    {
      name: 'lianshui 13: 3000 + 9000 + 8000 = 2万名',
      ledger: projects([LIANSHUI_13_TARGET, LIANSHUI_13_PLAN]),
    },
    {
      name: 'lianshui 19 and 8: 人 and 人次 do not compare',
      ledger: projects(
        ['为符合条件的就业困难人员落实社会保险补贴政策约5500人次。', '一季度：完成社保补贴1300人。\n二季度：完成社保补贴1400人。\n三季度：完成社保补贴1500人。\n四季度：完成社保补贴1300人。'],
        ['应急救护普及培训1.9万人次。', '一季度：完成2850人员培训。\n二季度：完成3800人员培训。\n三季度：完成8550人员培训。\n四季度：完成3800人员培训。']
      ),
    },
    {
      name: 'lianshui 35: 消火栓 62 = 8+23+23+8 by subject; 训练塔 3个 takes none of them; 套 and 个 do not compare',
      ledger: projects([
        '新建薛行、红窑、五港3个政府专职队训练塔；新建62个市政消火栓；新建70套电动自行车智能充电系统。',
        '一季度：完成训练塔选址设计；完成市政消火栓建设8个；完成电动自行车智能充电系统建设10个。\n二季度：完成训练塔施工并验收；完成市政消火栓建设23个；完成电动自行车智能充电系统建设25个。\n' +
          '三季度：完成市政消火栓建设23个；完成电动自行车智能充电系统建设25个。\n四季度：完成市政消火栓建设8个；完成电动自行车智能充电系统建设10个。',
      ]),
    },
    {
      name: 'topics compared apart: 村内道路 24+32+24 = 80, 田间道路 10+10+10 = 30',
      ledger: projects([LIANSHUI_33_TARGET, LIANSHUI_33_PLAN]),
    },
    {
      name: 'lanling 6: 24 + 42 + 49 + 34 + 38 = 187 小区',
      ledger: progress(2023, ['分期分批接管全县 187 个无人管理小区，实行专业化物业服务。', LANLING_6_PLAN]),
    },
    {
      name: 'lanling 两癌, 14 and 19: running totals that end at the target',
      ledger: progress(
        2023,
        [
          '2023年为48800名适龄妇女提供宫颈癌、乳腺癌免费检查服务。',
          '3-4月:筹备阶段; 5月:检查2440人,完成年度计划的5%; 6月:检查4880人,完成年度计划的10%; 9月:检查29280人,完成年度计划的60%; 12月:检查48800人,完成年度计划的100%。',
        ],
        [
          '开发城乡公益性岗位 9370 人。',
          '①3 月，摸底调查。 ②4 月，第一批先安排 2 个乡镇，到月底完成上岗 1000 人。 ③5-6 月，第二批安排 7 个乡镇，到 6 月底完成上岗 3600 人。 ④7-10 月，到 10 月底实现 9370 人全部上岗。',
        ],
        [
          '新增3岁以下婴幼儿照护服务托位620个,每千人口托位数达到3.5个。',
          '3月,组织填报 6-7月,实地检查验收,新增托位数达到200个 10-11月,备案托育机构达到8家,新增托位数达到500个。 12月,新增托位数达到620个。',
        ]
      ),
    },
    {
      name: 'a plan from May lists what remains: increments are not held to the year (linyi 停车位)',
      ledger: progress(2022, [
        '增加公共停车位 10000 个。',
        '①5月，建设停车位 282 个。\n②6月，人防工程停车位 2000 个。\n③7月，建设停车位 350 个。\n④8月，配建停车位 300 个。',
      ]),
    },
    {
      name: 'a restated part is no running total (linyi 口袋公园 117处 of 143处, from October)',
      ledger: progress(2022, [
        '在五区各建1处不低于100亩的综合公园，新建街角游园、口袋公园143处。',
        '10月，①直管绿地26处：养护。②五区117处：督导。\n11月，①直管绿地26处：施工。②五区117处：督导。\n12月，①直管绿地26处：建设完成。②五区117处：督导。',
      ]),
    },
    {
      name: 'a modifier is no subject: 路面施工 is not 路面状况改善工程 (lanling 四好农村路)',
      ledger: progress(2023, [
        '延伸通达工程32公里;改造提升工程83公里;安保工程32公里;路面状况改善工程195公里。',
        '1-3月份完成10公里路面施工。 4-6月份完成55公里路面施工。 7-9月完成35公里路面施工。 10-12月完成15公里路面施工。',
      ]),
    },
    {
      name: 'figures about another target of the text are not given to the only one of their unit (lanling 城市书房)',
      ledger: progress(2023, [
        '新建城市书房1处,提档升级村(社区)综合性文化服务中心、文化小广场各145个。',
        '①一季度完成村(社区)综合性文化服务中心升级30处,文化小广场30处。 ②二季度完成村(社区)综合性文化服务中心升级40处,文化小广场40处。 ③三季度完成村(社区)综合性文化服务中心升级40处。',
      ]),
    },
    {
      name: 'qualifiers: 约 within the tolerance, 以上 reached, 不超过 kept',
      ledger: projects(
        ['组织约1000名青年参加就业见习。', '一季度：组织300名青年见习。\n二季度：组织300名青年见习。\n三季度：组织420名青年见习。'],
        ['培训养老护理员不少于400名。', '一季度：培训养老护理员200名。\n二季度：培训养老护理员250名。'],
        ['改造老旧管网不超过12公里。', '一季度：改造老旧管网5公里。\n二季度：改造老旧管网6公里。']
      ),
    },
    {
      name: 'money only by subject: 补助资金 does not break down 总投资',
      ledger: projects(['总投资500万元。', '一季度：拨付补助资金100万元。\n二季度：拨付补助资金100万元。']),
    },
    {
      name: 'flagged running totals from May that end at the target (linyi 四好农村路)',
      ledger: progress(2022, ['新建改扩建农村公路1000公里，改造完成存量危桥80座。', LINYI_51_PLAN([300, 500, 650, 800, 1000])]),
    },
  ],
  invalid: [
    {
      name: 'lianshui 13 with 9000 changed to 8000: 3000 + 8000 + 8000 ≠ 2万名',
      ledger: projects([LIANSHUI_13_TARGET, LIANSHUI_13_PLAN.replace('9000名', '8000名')]),
      findings: [
        {
          cell: 'D3',
          row: 3,
          rowEnd: 3,
          expected: 20000,
          actual: 19000,
          message: '进度计划分期数 3000 + 8000 + 8000 合计 19000名，与任务目标 2万名 不符',
        },
      ],
    },
    {
      name: 'a cumulative series whose last value misses the target (赛事 4 → 15 → 18 of 20场)',
      ledger: projects([LIANSHUI_32_TARGET, LIANSHUI_32_PLAN.replace('（培训）20场', '（培训）18场')]),
      findings: [
        { cell: 'D3', expected: 20, actual: 18, message: '进度计划按累计数读（4 → 15 → 18），末期 18场 与任务目标 20场 不符' },
      ],
    },
    {
      name: 'one topic of two that does not add up: 田间道路 10 + 10 + 5 ≠ 30公里',
      ledger: projects([LIANSHUI_33_TARGET, LIANSHUI_33_PLAN.replace('三季度：完成建设村内道路32千米、田间道路10千米', '三季度：完成建设村内道路32千米、田间道路5千米')]),
      findings: [{ cell: 'D3', expected: 30, actual: 25, messageId: 'increments' }],
    },
    {
      name: 'a flagged running total from May that stops short (危桥 … 75座 of 80座)',
      ledger: progress(2022, ['新建改扩建农村公路1000公里，改造完成存量危桥80座。', LINYI_51_PLAN([300, 500, 650, 800, 1000]).replace('危桥80座', '危桥75座')]),
      findings: [{ cell: 'D3', expected: 80, actual: 75, messageId: 'cumulative' }],
    },
    {
      name: 'qualifiers: 约 beyond the tolerance, 以上 not reached, money named alike',
      ledger: projects(
        ['组织约1000名青年参加就业见习。', '一季度：组织300名青年见习。\n二季度：组织300名青年见习。\n三季度：组织300名青年见习。'],
        ['培训养老护理员不少于400名。', '一季度：培训养老护理员100名。\n二季度：培训养老护理员250名。'],
        ['发放创业担保贷款22亿元。', '一季度：发放创业担保贷款5亿元。\n二季度：发放创业担保贷款5亿元。\n三季度：发放创业担保贷款5亿元。\n四季度：发放创业担保贷款5亿元。']
      ),
      findings: [
        { cell: 'D3', expected: 1000, actual: 900 },
        { cell: 'D4', expected: 400, actual: 350 },
        { cell: 'D5', expected: 22, actual: 20, message: '进度计划分期数 5 + 5 + 5 + 5 合计 20亿元，与任务目标 22亿元 不符' },
      ],
    },
  ],
});
