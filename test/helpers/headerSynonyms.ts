/**
 * What other offices write in the header cell of a column that means the same thing (issue 22).
 * rewriteHeaders.ts writes these into copies of the five workbooks; a copy must be read like the
 * original. Variant k uses entry k of every list, so the order of a list is the order of the variants.
 *
 * Rules for an entry:
 * - it names the same column: a lead unit, a deadline, a funding source… — never a near meaning;
 * - it is none of the five workbooks' own headers for that role (a variant must change the word);
 * - it comes with where it is used. Sources, best first:
 *   - `field:<id>`: a column header of a published table in test/fixtures/field (<id>.sheet.json);
 *   - `seed:<workbook> <cell>`: a header of one of the five published tables, used there for this
 *     meaning under another role's name in Taizhang's vocabulary (linyi's 具体措施 holds measures);
 *   - a URL, then `table` (a column header of a published table), `label` (a field label of a
 *     published list, `责任单位：市教育局`) or `text` (the word used for this column's meaning in a
 *     published government text);
 *   - `code#<id>`: a column title or field label in the source of public government work-tracking
 *     (督查督办 / 项目管理) software, found with the `find_string` index; the id opens the file there.
 *   Composite headers (牵头单位及工作任务, group headers) have no single published twin: their note says
 *   which sourced parts they are made of, in the original header's own pattern.
 *
 * Templates: `[…]` keeps the year `{y}`, the month `{m}` or the money unit `{unit}` the original header
 * states (`2024年计划投资` → `2024年度计划投资`, `12月份推进情况` → `12月份工作进展`) and is left out
 * when it states none: the period and the unit are the ledger's content, not its wording.
 */

import { Role } from '../../src/core/detect/roles';

export interface HeaderSynonym {
  text: string;
  source: string;
}

/** A role, a combined header, one of the funding sources, or a group header merged over sub-columns. */
export type SynonymKey =
  | Role
  | 'leadAndTarget'
  | 'fundingUpper'
  | 'fundingLocal'
  | 'fundingSocial'
  | 'fundingSelf'
  | 'groupInvestment'
  | 'groupLeadTasks';

const s = (text: string, source: string): HeaderSynonym => ({ text, source });

const BOTEMAN = 'http://www.boteman.cn/paper/399852947.html';
const CLA29 = 'https://cla29.com/zz2sz202208/t20220826_1494203.html';
const WENMI = 'https://1wenmi.com/doc/507125.html';
const FUZHOU = 'http://ylj.fuzhou.gov.cn/zwgk/zdxm/202112/t20211217_4272172.htm';
const ZHENGZHOU = 'http://sebasdess.com/news/xwtj/sysn/201203/t20120313_21855.html';
const TIANZHU = 'http://www.gstianzhu.gov.cn/art/2023/7/3/art_3818_1118397.html';
const GUANNAN = 'http://xxgk.guannan.gov.cn/zdly/show-3407.html';
const MEISHAN = 'https://m.yybnet.net/meishan/news/202105/11444635.html';
const JIYUAN = 'http://m.shadafang.com/a/2021/0121/100rw153262.html';
const BAZHONG_2010 = 'http://www.jinanhongyuan.cn/detail.aspx?id=13044&itemid=1';
const LIUAN = 'https://yybnet.net/liuan/news/201901/8656629.html';
const NINGBO = 'http://daily.cnnb.com.cn/nbrb/html/2014-07/22/content_776769.htm';
const ZIJIN_PROJECTS = 'code#43842595360 (project export header: 项目名称 | 项目分类 | 分管市领导 | 年份 | 总投资金额(万元) | 当年投资金额(万元) | 新建/续建 | 重点级别 | 项目状态 | 项目进度)';
const DUBAN_QUARTER = 'code#37618887665 (督办 columns: 责任领导 | 主要任务 | 季度目标 | 季度完成情况 | 牵头部门 | 配合部门)';
const DUBAN_TASKS = 'code#21153155428 (督办 task list: 主办单位 | 协办单位 | 办结时限)';
const VILLAGE_FUNDS = 'code#21960021140 (project form: 省级资金（万元）| 市级资金（万元）| 乡镇、村集体资金 | 社会资金（万元）)';
const COUNTY_INPUT = 'code#46825737828 (grid: 县级投入(万元) | 社会资金投入 | 金融投入(万元))';
const CCV_FUNDS = 'http://ccv168.com/baike/93027.html text (地方自筹资金；部门自筹资金；企业、事业单位自筹资金)';

export const HEADER_SYNONYMS: Record<SynonymKey, readonly HeaderSynonym[]> = {
  // originals: 序号 (lianshui, shanting, tancheng), 编号 (lanling, linyi)
  seq: [
    s('项目编号', `${BOTEMAN} table (项目编号 | 项目名称 | 预算年度 …); code#38836932960 column`),
    s('任务编号', 'code#49386085226 (task list: 任务编号 | 任务名称)'),
    s('项目编码', 'code#61648816438 (project list: 项目编码 | 计划实施年度 | 项目类型)'),
    s('事项编号', 'code#41688068550 (list: 序号 | 事项编号 | 事项名称)'),
    s('项目序号', 'code#6523137556 (project info label 项目序号：)'),
  ],
  // originals: 项目类别 (lianshui), 类别 (linyi)
  category: [
    s('领域', 'http://hanfengnongye.com/07tztk/system/2017/04/16/030041404.shtml text (重点建设项目涵盖…七大领域)'),
    s('所属领域', 'code#45069649955 (project list: 序号 | 所属领域 | 项目名称)'),
    s('项目分类', ZIJIN_PROJECTS),
    s('行业分类', 'code#68493625019 (project table: 建设性质 | 行业分类 | 年度目标)'),
    s('分类', 'https://www.sqedu.cn/shujy/202510/645240.html text (民生工程分类及内容)'),
  ],
  // originals: 项目名称 (lianshui, lanling), 工作任务 (linyi), 目标任务 (shanting), 名称 (tancheng)
  name: [
    s('民生实事', 'http://www.dazhu.gov.cn/xxgk-show-947.html table (序号 | 民生实事 | 责任单位 | 完成时限)'),
    s('重点任务', `${CLA29} table (序号 | 重点任务 | 完成时间 | 责任人 | 责任部门 | 进展情况)`),
    s('考核指标', 'field:yueyang-2019-nov-progress (序号 | 考核指标 | 单位 | 工作目标 | 已完成数 …)'),
    s('工作内容', 'field:shangyu-2024-traffic-progress (工作内容 | 当前工作进展 | 形象进度)'),
    s('主要任务', DUBAN_QUARTER),
  ],
  // originals: 任务明细 (lianshui), 任务目标 (lanling), 具体措施 (linyi), 具体项目内容 (shanting)
  target: [
    s('主要内容', `${WENMI} table (序号 | 项目名称 | 主要内容 | 区政府分管领导 | 牵头单位 | 配合单位)`),
    s('工作目标', 'field:yueyang-2019-nov-progress (工作目标 beside 已完成数)'),
    s('目标任务', 'field:yueyanglou-2019-jul-progress (项目名称 | 责任单位 | 目标任务 | 1-7月实际完成情况)'),
    s('工作标准', 'https://zg.changzhou.gov.cn/html/czzg/2014/QDJFMBNK_0429/41983.html table (类别 | 序号 | 项目名称 | 工作标准)'),
    s('项目内容', 'field:cangnan-2022-oct-progress (序号 | 项目内容 | 当前进度 | 牵头单位 | 备注)'),
  ],
  // original: 项目概况 (lanling)
  overview: [
    s('项目简介', 'code#69218755369 (project list column 项目简介); code#42537929886'),
    s('项目基本情况', 'code#3492758097 (form section 项目基本情况 over 项目名称, 项目编号)'),
    s('项目概述', 'http://mip.mjgov.cn/jxfw/202508/524837.html text (项目工作报告: 一、项目概述)'),
    s('基本情况', 'code#52482780511 (report outline: 基本情况 | 主要工作及成效 | 工作进展)'),
    s('项目背景', 'http://shijie.fsnews.com.cn/jxfw/202506/391036.html text (项目情况说明: 一、项目背景)'),
  ],
  // original: 工作措施 (tancheng)
  measures: [
    s('保障措施', `${TIANZHU} text (each 实事方案 states 目标任务、实施范围、实施步骤、实施单位、资金安排、保障措施)`),
    s('工作举措', 'http://xyexam.com/html/2509/2021-05-25/content-93597.html text (细化工作举措)'),
    s('采取措施', 'code#32830653479 (督办 columns: 采取措施 | 跟进情况登记 | 下一步计划)'),
    s('具体措施', 'seed:linyi D2 (具体措施: the measures of each task); Taizhang reads it as target'),
    s('主要措施', 'code#53317028657 (document key points: 主要措施 | 保障措施)'),
  ],
  // original: 年度 (tancheng)
  year: [
    s('实施年度', 'code#46784303983 (budget table: 实施年度); code#45502766623'),
    s('计划实施年度', 'code#61648816438 (project list: 项目编码 | 计划实施年度 | 项目类型)'),
    s('年份', ZIJIN_PROJECTS),
    s('所属年度', 'code#24633339813 (list column 所属年度)'),
    s('预算年度', `${BOTEMAN} table (项目编号 | 项目名称 | 预算年度 | 预算总额)`),
  ],
  // originals: 责任单位 (lianshui, shanting), 牵头单位 (lanling, linyi)
  lead: [
    s('牵头部门', `${DUBAN_QUARTER}; https://shangkeht.com/art/2024/2/11/art_1229063387_1840605.html text (牵头部门…配合单位)`),
    s('责任部门', `${CLA29} table`),
    s('主责单位', 'code#26919276006 (table column title 主责单位); code#27251340681 (query label)'),
    s('责任主体', `code#18032936560 (table column 责任主体); ${TIANZHU} text (明确责任主体…牵头部门、配合部门)`),
    s('主办单位', `${DUBAN_TASKS}; ${ZHENGZHOU} text (主办、协办单位)`),
    s('实施单位', `${TIANZHU} text`),
  ],
  // originals: 协办单位 (lianshui), 参与单位 (tancheng)
  partners: [
    s('配合单位', `${WENMI} table; ${NINGBO} label (配合单位：市公安局、市城管局)`),
    s('配合部门', DUBAN_QUARTER),
    s('协同部门', 'https://zhaoshangtong.net/policys/show-13875.html text (各责任部门…各协同部门和单位)'),
    s('协作单位', 'https://www.zjc.gov.cn/info/1991/138461.htm text (各协作和配合单位)'),
    s('协同单位', 'code#4666708915 (清单 system: 主责单位 / 协同单位)'),
  ],
  // original: 项目类型 (lianshui; values 新增实施, 续建 …)
  type: [
    s('建设性质', 'code#20621230059 (table th: 建设区域 | 项目名称 | 建设性质 | 建设内容 | 建设投资合计（万元）)'),
    s('项目性质', 'code#60980048177 (columns 项目类型 | 项目属地 | 项目性质 | 责任单位); code#46824385891 (项目性质: 新建)'),
    s('建设阶段', `${LIUAN} text (按建设阶段分，续建项目45个…新建项目27个)`),
    s('建设类型', 'code#5795372414 (columns 建设类型 | 项目类别)'),
    s('新建/续建', ZIJIN_PROJECTS),
  ],
  // original: 项目计划总投资 (lianshui)
  investTotal: [
    s('项目总投资', `${JIYUAN} text (项目总投资…年度计划投资…上级资金)`),
    s('计划总投资', `https://tjj.fujian.gov.cn/tongjinianjian/dz2022/cn-en/html/0404.htm table row; ${GUANNAN} text`),
    s('总投资', 'code#46824385891 (project label 总投资(万元))'),
    s('总投资金额', ZIJIN_PROJECTS),
    s('建设投资合计', 'code#20621230059 (table th 建设投资合计（万元）)'),
  ],
  // original: 2024年计划投资 (lianshui)
  investYear: [
    s('[{y}年度]计划投资', `${JIYUAN} text (年度计划投资166340万元)`),
    s('[{y}年度]投资计划', 'http://www.liannan.gov.cn/ztzl/zdlyxxgkzl/zdxmjs/content/post_1958172.html text (年度投资计划17.68亿元)'),
    s('[{y}年]计划完成投资', 'http://www.sznianjian.com/show.php?mlid=51085 text (2021年计划完成投资为6000万元)'),
    s('当年投资金额', ZIJIN_PROJECTS),
    s('[{y}年]计划投资额', 'field:hunan-2021-old-housing-renovation (计划投资额(万元))'),
  ],
  // originals: 进度计划 (lianshui), 项目月度计划 (lanling), 月度计划 (linyi)
  plan: [
    s('进度安排', `${ZHENGZHOU} label (进度安排：6月底前…；12月底前…)`),
    s('实施步骤', `${TIANZHU} text`),
    s('计划进度', `${GUANNAN} text (从计划进度看)`),
    s('工期进度', `${ZHENGZHOU} text (工期进度表)`),
    s('年度推进计划', 'http://www.yeyang91.net/ztzl/gcqmsss2025/202504/t20250415_5128242.html text (《2025年民生实事年度推进计划》)'),
  ],
  // originals: 项目推进情况 (lanling), 12月份推进情况 (linyi), 进展情况 (shanting)
  progress: [
    s('[{m}月份]工作进展', 'code#13634417994 (grouped header 工作进展); http://mswk.cn/Article/ShowArticle.asp?ArticleID=156831 text'),
    s('当前进度', 'field:cangnan-2022-oct-progress (当前进度)'),
    s('[{m}月]实际完成情况', `field:yueyanglou-2019-jul-progress (1-7月实际完成情况); ${NINGBO} label (实际完成情况：…)`),
    s('当前工作进展', 'field:shangyu-2024-traffic-progress (当前工作进展)'),
    s('[{m}月份]进展', 'http://www.huangshi.gov.cn/ztjj/2023sjss/ncglxg/my6/202305/t20230530_1018268.html label (1-3月份进展)'),
  ],
  // original: 工作成效 (lanling, linyi; values 推进正常, 已完成全年任务)
  status: [
    s('进度是否滞后', `${FUZHOU} table (项目名称 | 进展情况 | 存在困难和问题 | 进度是否滞后)`),
    s('项目状态', ZIJIN_PROJECTS),
    s('完成状态', 'code#26110887880 (task list: 截止时间 | 完成状态 | 不能完成原因)'),
    s('任务状态', 'code#16661017732 (task list: 计划完成时间 | 任务状态 | 完成进度)'),
    s('状态', `${BOTEMAN} table (状态: 进行中、已完成、逾期)`),
  ],
  // original: 完成时限 (lanling)
  deadline: [
    s('完成时间', `${CLA29} table`),
    s('完成期限', `${ZHENGZHOU} text (进度时间表及完成期限)`),
    s('办结时限', DUBAN_TASKS),
    s('计划完成时间', 'code#54381640072 (project list: 立项时间 | 计划完成时间 | 负责人)'),
    s('预计完成时间', `${BOTEMAN} table; code#60834365981 (督办: 目前进展 | 预计完成时间)`),
  ],
  // original: 存在问题 (shanting)
  problems: [
    s('存在困难和问题', `${FUZHOU} table`),
    s('存在主要问题', `${GUANNAN} text (三、存在主要问题)`),
    s('困难与问题', 'https://zhaoshangtong.net/policys/show-13875.html text (项目推进过程中的困难与问题)'),
    s('存在的问题与困难', 'http://bbs.weblaolv.com/jxfw/202508/294380.html text (三、存在的问题与困难)'),
    s('存在的困难和问题', 'http://m.7rdy.cn/content/13133.html text (项目建设中存在的困难和问题)'),
  ],
  // original: 4月份计划 (shanting)
  nextPlan: [
    s('下一步工作计划', 'http://bbs.weblaolv.com/jxfw/202508/294380.html text (四、下一步工作计划)'),
    s('下一步举措', 'code#26286505739 (columns 进展情况 | 存在问题 | 下一步举措)'),
    s('下步工作建议', `${GUANNAN} text (四、下步工作建议)`),
    s('下一步计划', 'code#32830653479 (督办 columns: 采取措施 | 跟进情况登记 | 下一步计划)'),
    s('下阶段工作', `${NINGBO} text (下阶段市政府办公厅将…)`),
  ],
  // original: 项目等级 (lanling; values 县级, 市级, 省级)
  level: [
    s('项目层级', 'code#68339076215 (project list: 项目名称 | 项目层级 | 渠道类别 | 责任单位)'),
    s('项目级别', 'code#341199715 (project form th 项目级别)'),
    s('重点级别', ZIJIN_PROJECTS),
    s('级别', 'https://www.chengxiang.gov.cn/zwgk/wmbss/202211/t20221118_1775567.htm text (省、市、区三级为民办实事项目)'),
    s('层级', 'https://www.chengxiang.gov.cn/zwgk/wmbss/202211/t20221118_1775567.htm text (as above)'),
  ],
  // Roles no column of the five workbooks has: no variant writes them.
  targetValue: [],
  actualValue: [],
  rate: [],
  remark: [],
  investDone: [],
  // original: 牵头单位及工作任务 (tancheng, lead and yearly target in one cell: `县水务局：加大…`)
  leadAndTarget: [
    s('责任单位及工作任务', `composite in the original's pattern: 责任单位 (${CLA29}) + 工作任务 (seed:linyi C2)`),
    s('牵头部门及年度任务', `composite: 牵头部门 (${DUBAN_QUARTER}) + 年度任务 (code#37665318215 年度任务名称)`),
    s('责任单位及目标任务', 'composite: 责任单位 + 目标任务 (field:yueyanglou-2019-jul-progress has both)'),
    s('牵头单位及年度目标', 'composite: 牵头单位 + 年度目标 (code#68493625019 annual_goal 年度目标)'),
    s('责任部门及具体任务', `composite: 责任部门 (${CLA29}) + 具体任务`),
  ],
  // original: 上级补助 (lianshui)
  fundingUpper: [
    s('上级资金', `${JIYUAN} text (上级资金28515万元)`),
    s('上级补助资金', `${MEISHAN} text (其中上级补助资金15.52亿元、市本级资金…)`),
    s('省级资金', VILLAGE_FUNDS),
    s('中央预算内投资', `${BAZHONG_2010} text (中央预算内投资计划资金2000万元、地方投资计划400万元)`),
    s('上级财政资金', 'http://www.sanmen.gov.cn/art/2023/3/17/art_1229320589_3858903.html text (由上级财政下拨…的资金)'),
  ],
  // original: 县财政统筹 (lianshui)
  fundingLocal: [
    s('县级资金', `${MEISHAN} text (县(区)资金11.26亿元)`),
    s('本级资金', `${MEISHAN} text (市本级资金0.56亿元)`),
    s('县级投入', COUNTY_INPUT),
    s('地方配套资金', 'https://www.zhetiaohe.com/ss/0a6f95ead08bbfea2dffe43c07ceb2f31c41a64a8a9e1e005dda4c3618596ac3.html text (中央资金地方配套比例)'),
    s('财政资金', `${LIUAN} text (其中市财政资金11.27亿元)`),
  ],
  // original: 社会资本 (lianshui)
  fundingSocial: [
    s('社会资金', VILLAGE_FUNDS),
    s('社会投资', 'http://bjmaosen.com/html/.xxydfgzxssfzggdt.201708t20170828_6284152.html text (按资金来源分为政府投资280亿元、社会投资144亿元)'),
    s('社会资金投入', COUNTY_INPUT),
    s('民间资本', 'https://ads.wenxuecity.com/book/?act=view&bookID=60360184&chapterID=4054410 text (利用民间资本来加快基础设施建设)'),
    s('社会融资', 'https://www.zhetiaohe.com/ss/a2227b190b08af6614ba3e8f5bc12c0aac830b4e4837c9859340a9d775343ca89f288e9a180f59a8.html text (社融)'),
  ],
  // original: 自筹资金 (lianshui)
  fundingSelf: [
    s('单位自筹', CCV_FUNDS),
    s('自有资金', `${BAZHONG_2010} text (企业自有资金计划400万元)`),
    s('其他资金', `${MEISHAN} text (其他资金8.36亿元)`),
    s('部门自筹', CCV_FUNDS),
    s('企业自有资金', `${BAZHONG_2010} text`),
  ],
  // original: 投资规模及资金筹措方案（单位：万元） (lianshui, merged over F..K)
  groupInvestment: [
    s('资金来源[（单位：{unit}）]', 'http://bjmaosen.com/html/.xxydfgzxssfzggdt.201708t20170828_6284152.html text (按资金来源分为…)'),
    s('资金安排[（单位：{unit}）]', `${TIANZHU} text (实施单位、资金安排、保障措施)`),
    s('投资构成[（单位：{unit}）]', 'https://www.zhetiaohe.com/ss/74e470f8a1c5ea84ad9cccfc6b4e4a673dbdf01c4ca09e0b.html text (项目总投资的构成)'),
    s('资金筹措[（单位：{unit}）]', 'https://ads.wenxuecity.com/book/?act=view&bookID=60360184&chapterID=4054410 text (建设资金的筹措)'),
    s('投资及资金来源[（单位：{unit}）]', 'composite: 投资 + 资金来源 (as entry 1), in the original pattern 投资规模及资金筹措方案'),
  ],
  // original: 牵头单位及分年度工作任务 (tancheng, merged over 年度 + 牵头单位及工作任务)
  groupLeadTasks: [
    s('责任单位及年度任务', `composite: 责任单位 + 年度任务 (code#37665318215 年度任务名称)`),
    s('分年度目标任务', 'composite: 分年度 (original) + 目标任务 (http://www.dazhu.gov.cn/xxgk-show-947.html 目标任务分解表)'),
    s('牵头部门及年度目标', `composite: 牵头部门 (${DUBAN_QUARTER}) + 年度目标`),
    s('年度任务分解', 'http://www.xqq.gov.cn/zmhd/yjzjjgfk/201808/t20180819_980141.html text (民生十件实事任务分解表)'),
    s('责任部门及分年度任务', `composite: 责任部门 (${CLA29}) + 分年度任务 (original)`),
  ],
};

/** Every key whose list is used (the roles of the five workbooks, the combined header, funding, groups). */
export const USED_KEYS = (Object.keys(HEADER_SYNONYMS) as SynonymKey[]).filter((k) => HEADER_SYNONYMS[k].length > 0);
