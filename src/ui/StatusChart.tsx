import * as React from "react";
import { HorizontalBarChartWithAxis } from "@fluentui/react-charts";
import { Lang } from "../core/i18n";
import { STATUS_LABELS } from "../core/report/labels";
import { PROGRESS_STATUSES, ProgressStatus } from "../core/progress/status";

/**
 * Bar colours by status, from Fluent's palette: the same meaning as the colours written into the
 * sheet (done green, behind amber, overdue red), ahead and on track in blues, the rest grey.
 */
const STATUS_COLORS: Record<ProgressStatus, string> = {
  已完成: "#107C10",
  超序时: "#038387",
  正常推进: "#0F6CBD",
  滞后: "#C19C00",
  逾期未完成: "#D13438",
  未启动: "#8A8886",
  无法判断: "#C8C6C4",
};

/** Room for the longest status (逾期未完成) left of the bars. */
const LABEL_WIDTH = 76;
const ROW_HEIGHT = 26;
const AXIS_HEIGHT = 40;

/** Items by status as horizontal bars, every status shown so months compare at a glance. */
export function StatusChart({
  byStatus,
  lang,
  title,
}: {
  byStatus: Record<ProgressStatus, number>;
  lang: Lang;
  title: string;
}): React.JSX.Element {
  // the chart draws its first category at the bottom: listed backwards, 已完成 comes out on top
  const data = [...PROGRESS_STATUSES].reverse().map((status) => ({
    x: byStatus[status],
    y: STATUS_LABELS[status][lang],
    legend: STATUS_LABELS[status][lang],
    color: STATUS_COLORS[status],
    xAxisCalloutData: String(byStatus[status]),
  }));
  return (
    <HorizontalBarChartWithAxis
      chartTitle={title}
      data={data}
      height={PROGRESS_STATUSES.length * ROW_HEIGHT + AXIS_HEIGHT}
      margins={{ left: LABEL_WIDTH, top: 8, bottom: AXIS_HEIGHT - 8 }}
      yAxisPadding={0.3}
      hideLegend
      yAxisCategoryOrder="data"
      xAxisTickCount={4}
      culture={lang === "zh" ? "zh-CN" : "en-US"}
    />
  );
}
