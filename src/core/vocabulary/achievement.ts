/**
 * Achievement words: what makes a figure in a progress text work done rather than a plan, an
 * intention, a standard or last year's figure; the phrases that state a whole-task percent or say
 * the whole item is done; and the words that say the work has not started. ACHIEVED and
 * ACHIEVEMENT_SIGNAL stay plain alternations of words: their longest word is read from the source.
 */

/** Words that make a figure a plan, an intention or work merely started, not an achievement. */
export const NOT_ACHIEVED =
  /计划|拟|将于|将在|预计|争取|力争|准备|筹备|谋划|正在|正加快|加快推进|推进中|开工|动工|启动|进场|招标|招投标|投标|挂网|设计|编制|申请|下达|评审|审核|确定|摸底|摸排/;
/** Words that say the figure was achieved even where a NOT_ACHIEVED word also stands. */
export const ACHIEVED =
  /已完成|完成了|建成|竣工|完工|累计|共完成|实现|发放|上岗|惠及|救助|检查|培训|接管|新增|投入使用/;
/** A progress figure counts only in a clause that reports something done. */
export const ACHIEVEMENT_SIGNAL =
  /已|完成|建成|竣工|完工|累计|共|实现|发放|上岗|惠及|救助|检查|抽检|抽查|培训|接管|新增|投入使用|举办|开展|达到|覆盖|服务|改造|铺设|安装|落实/;
/** Figures that are standards, ratios or rates rather than quantities of work. */
export const STANDARD_WORDS =
  /标准|每人每|每个|每千人|人均|户均|提高到|提高至|提升至|提升到|比例|占比|比重|覆盖率/;
/** Words that date a figure before the plan year. */
export const EARLIER_YEAR_WORDS = /去年|上年|上一年|往年/;

/** A whole-task completion percent: 完成任务的52.80%, 完成全年目标的20.8%, 完成率80%. */
export const WHOLE_TASK_PERCENT = /完成(全年|年度|总体)?(任务|目标|计划)的?$|完成率(为|达)?$/;
/** A percent about the whole work with nothing more specific named: `目前已完成80%`, not `电气施工完成30%`. */
export const ANY_DONE_PERCENT =
  /^(目前|现|现已|截至目前|总体|整体|累计)?(已)?完成(了)?(全年|年度|总体)?(任务|目标|计划|工程量|进度)?的?$/;
/** Words before a percent that make it the whole work's, whatever else its sentence names (`已完成总体工程量的`). */
export const WHOLE_WORK_WORDS = /总体|整体|全年|年度|任务|目标|计划|工程量|总进度/;
/** Words that say a part of the work is under way (`正在推进主体二次结构施工`). */
export const UNDER_WAY_WORDS = /正在|正加快|施工中|进行中|推进中|建设中|实施中/;
/**
 * The parts a building or road is built in. A bare `已完成80%` after a sentence saying one of them is
 * under way is that part's share, not the item's.
 */
export const WORK_PART_WORDS =
  /主体|二次结构|结构|基础|桩基|地基|装修|装饰|抹灰|砌筑|砌体|幕墙|外墙|内墙|路基|路面|管网|土建|电气|水电|钢结构|绿化/;
/** The whole item said to be done: `已完成。`, `工程已竣工`, `已全部完成…任务`, `已完成全年任务`. */
export const DONE_STATEMENT =
  /^(工程|项目)?(已完成|已全部完成|全部完成|已竣工|已完工|已建成|已全面完成)[。.]?$|全部完成|全面完成|已完成全年任务|已全年完成|完成全年任务|已竣工|已投入使用/;
/** Words that say work remains, which a DONE_STATEMENT in the same text does not outweigh. */
export const NOT_DONE_STATEMENT =
  /未完成|尚未|正在|推进中|加快|剩余|施工中|建设中|进行中|实施中|待|下一步/;

/** Words that say the work has not started (未开工, 尚未启动). */
export const NOT_STARTED_WORDS = /未开工|未启动|尚未启动|尚未开工|暂未开展|尚未开展/;
