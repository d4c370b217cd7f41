/**
 * Subject words: what is not the subject of a figure. Generic words (完成, 建设, 工作) name no thing, verbs
 * and fillers before or after a figure are stripped from the words it counts, and some words end the
 * subject that follows a figure (`为300名老人提供服务` → 老人).
 */

/** Words removed before two subjects are compared: `城镇新增就业` reads `城镇就业`. */
export const GENERIC_WORDS: readonly string[] =
  "完成 建设 新增 新建 工作 项目 实施 开展 累计 共计 任务 目标 全年 年度 累积 总计 合计 达到".split(
    " "
  );

/** A subject key of nothing but these names nothing (`完成`, `已完成`, `全年任务`). */
export const GENERIC_ONLY =
  /^(已|共|完成|建设|新增|新建|工作|项目|实施|开展|累计|共计|任务|目标|全年|年度|总计|合计|达到)+$/;

/** Verbs and flags stripped from the start of a subject (`累计新建市政消火栓` → 市政消火栓). */
export const LEADING_SUBJECT_WORDS: readonly string[] = (
  "累计 共计 总计 合计 总共 已经 全年 年内 力争 争取 确保 计划 预计 完成 开展 新建 新增 " +
  "建设 实施 改造 组织 举办 提供 发放 创设 更新 建成 新开工 开工 启动 帮助 达到 全部 " +
  "增加 共 已 为 对 再"
).split(" ");
/** Fillers stripped from the end of a subject, however little is left (`参训人员达到` → 参训人员). */
export const TRAILING_FILLER_WORDS: readonly string[] =
  "达到 已达 共计 累计 合计 总计 共 达 为 了 的 是 等".split(" ");
/** Generic nouns and verbs stripped from the end of a subject when two characters remain. */
export const TRAILING_GENERIC_WORDS: readonly string[] = [
  "建设",
  "施工",
  "改造",
  "工作",
  "任务",
  "数量",
  "人数",
  "总数",
  "规模",
];
/** Words that end the subject after a figure (`为300名老人提供服务` → 老人). */
export const AFTER_SUBJECT_STOPS: readonly string[] = (
  "提供 参加 参与 受益 实现 完成 开展 进行 覆盖 达到 用于 投入 发放 落实 接受 享受 办理 给予 其中 " +
  "累计 由 并 已 ( 《"
).split(" ");
/** Money and rates are named by the words before them (`投资2575万元用于…`), counts by the words after. */
export const SUBJECT_BEFORE_UNITS: ReadonlySet<string> = new Set([
  "元",
  "千元",
  "万元",
  "亿元",
  "%",
  "百分点",
]);
