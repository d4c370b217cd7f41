import * as React from "react";
import {
  Caption1,
  Tab,
  TabList,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { Area, MergeIndex, cellAddress, columnLetter, parseCellAddress } from "../core/grid";
import { Lang } from "../core/i18n";
import { ReportFinding } from "../core/report/checkReport";
import { Severity } from "../core/rules/types";
import { PreviewSheet } from "./protocol";
import { w } from "./strings";

const ROW_HEIGHT = 26;
const HEADER_HEIGHT = 24;
const ROW_HEADER_WIDTH = 52;
/** Rows and columns drawn beyond the visible ones, so a scroll shows drawn cells at once. */
const OVERSCAN = 6;
const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  legend: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: {
    display: "inline-block",
    width: "12px",
    height: "12px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  viewport: {
    position: "relative",
    overflow: "auto",
    maxHeight: "min(72vh, 760px)",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: "16px",
  },
  cell: {
    position: "absolute",
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalS}`,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    lineHeight: `${ROW_HEIGHT - 1}px`,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: "default",
  },
  /** A cell merged over rows shows as many lines as it is tall. */
  tall: {
    display: "flex",
    alignItems: "center",
    whiteSpace: "pre-wrap",
    wordBreak: "break-all",
    lineHeight: "16px",
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2 },
  header: {
    position: "absolute",
    boxSizing: "border-box",
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  corner: { position: "sticky", left: 0, zIndex: 3 },
  columnStrip: { position: "sticky", top: 0, zIndex: 3 },
  rowStrip: { position: "sticky", left: 0, zIndex: 2 },
  focus: {
    position: "absolute",
    boxSizing: "border-box",
    zIndex: 1,
    pointerEvents: "none",
    border: `3px solid ${tokens.colorBrandStroke1}`,
    boxShadow: tokens.shadow8,
  },
});

/** The cell the preview outlines, and a counter so the same cell clicked twice scrolls again. */
export interface PreviewFocus {
  sheet: string;
  cell: string;
  seq: number;
}

export interface GridPreviewProps {
  sheet: PreviewSheet;
  sheets: string[];
  findings: readonly ReportFinding[];
  focus: PreviewFocus | null;
  onSelectSheet(name: string): void;
  lang: Lang;
}

interface Flag {
  severity: Severity;
  lines: string[];
}

/** The first index whose start is past `offset` in an ascending list of starts, minus one. */
function indexAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The merged area a cell belongs to, or the cell alone. */
function areaOf(merges: MergeIndex, row: number, col: number): Area {
  return merges.areaAt(row, col) ?? { top: row, left: col, bottom: row, right: col };
}

/**
 * The sheet as a grid with A1 headers: merged cells span, cells findings point at are coloured by
 * severity, the cell a finding was clicked for is scrolled into view and outlined. Only the rows and
 * columns in view are drawn, so a sheet of ten thousand rows scrolls as easily as one of fifty.
 */
export function GridPreview(props: GridPreviewProps): React.JSX.Element {
  const { sheet, sheets, findings, focus, onSelectSheet, lang } = props;
  const styles = useStyles();
  const viewport = React.useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = React.useState({ top: 0, left: 0, width: 800, height: 600 });

  const lefts = React.useMemo(() => {
    const starts = [ROW_HEADER_WIDTH];
    for (const width of sheet.widths) starts.push(starts[starts.length - 1] + width);
    return starts;
  }, [sheet]);
  const merges = React.useMemo(() => new MergeIndex(sheet.merges), [sheet]);
  const flags = React.useMemo(() => {
    const byCell = new Map<string, Flag>();
    for (const finding of findings) {
      if (finding.sheet !== sheet.name) continue;
      const { row, col } = parseCellAddress(finding.cell);
      const area = areaOf(merges, row, col);
      const key = cellAddress(area.top, area.left);
      const flag = byCell.get(key);
      const line = `${finding.cell} ${finding.code}：${finding.message}`;
      if (!flag) byCell.set(key, { severity: finding.severity, lines: [line] });
      else {
        flag.lines.push(line);
        if (SEVERITY_ORDER.indexOf(finding.severity) < SEVERITY_ORDER.indexOf(flag.severity))
          flag.severity = finding.severity;
      }
    }
    return byCell;
  }, [findings, sheet, merges]);

  const measure = React.useCallback(() => {
    const element = viewport.current;
    if (!element) return;
    setScroll({
      top: element.scrollTop,
      left: element.scrollLeft,
      width: element.clientWidth,
      height: element.clientHeight,
    });
  }, []);
  React.useEffect(() => {
    const element = viewport.current;
    if (!element) return undefined;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [measure]);
  const frame = React.useRef(0);
  const onScroll = (): void => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(measure);
  };

  const focusArea = React.useMemo(() => {
    if (!focus || focus.sheet !== sheet.name) return null;
    const { row, col } = parseCellAddress(focus.cell);
    return row < sheet.rowCount && col < sheet.colCount ? areaOf(merges, row, col) : null;
  }, [focus, sheet, merges]);

  // a clicked finding's cell comes into view, a third down from the top, unless it is in view already
  React.useEffect(() => {
    const element = viewport.current;
    if (!element || !focusArea) return;
    const top = HEADER_HEIGHT + focusArea.top * ROW_HEIGHT;
    const bottom = HEADER_HEIGHT + (focusArea.bottom + 1) * ROW_HEIGHT;
    const left = lefts[focusArea.left];
    const right = lefts[focusArea.right + 1];
    const { clientWidth, clientHeight, scrollTop, scrollLeft } = element;
    const seen =
      top >= scrollTop + HEADER_HEIGHT &&
      bottom <= scrollTop + clientHeight &&
      left >= scrollLeft + ROW_HEADER_WIDTH &&
      right <= scrollLeft + clientWidth;
    if (!seen) {
      element.scrollTo({
        top: Math.max(0, top - HEADER_HEIGHT - clientHeight / 3),
        left: Math.max(0, left - ROW_HEADER_WIDTH - clientWidth / 4),
      });
    }
    measure();
  }, [focusArea, lefts, measure]);

  const totalWidth = lefts[lefts.length - 1];
  const totalHeight = HEADER_HEIGHT + sheet.rowCount * ROW_HEIGHT;
  const firstRow = Math.max(0, Math.floor((scroll.top - HEADER_HEIGHT) / ROW_HEIGHT) - OVERSCAN);
  const lastRow = Math.min(
    sheet.rowCount - 1,
    Math.ceil((scroll.top + scroll.height) / ROW_HEIGHT) + OVERSCAN
  );
  const firstCol = Math.max(0, indexAt(lefts, scroll.left + ROW_HEADER_WIDTH) - OVERSCAN);
  const lastCol = Math.min(
    sheet.colCount - 1,
    indexAt(lefts, scroll.left + scroll.width) + OVERSCAN
  );

  const cells: React.JSX.Element[] = [];
  const drawn = new Set<string>();
  for (let r = firstRow; r <= lastRow; r++) {
    for (let c = firstCol; c <= lastCol; c++) {
      const area = areaOf(merges, r, c);
      // a merged area is drawn once, from its top-left cell or, when that is out of view, from
      // the first of its cells in view
      const key = cellAddress(area.top, area.left);
      if (drawn.has(key)) continue;
      drawn.add(key);
      const flag = flags.get(key);
      const tall = area.bottom > area.top;
      cells.push(
        <div
          key={key}
          role="gridcell"
          data-cell={key}
          data-severity={flag?.severity}
          aria-selected={focusArea?.top === area.top && focusArea.left === area.left}
          title={flag ? flag.lines.join("\n") : undefined}
          className={mergeClasses(styles.cell, tall && styles.tall, flag && styles[flag.severity])}
          style={{
            top: HEADER_HEIGHT + area.top * ROW_HEIGHT,
            left: lefts[area.left],
            width: lefts[area.right + 1] - lefts[area.left],
            height: (area.bottom - area.top + 1) * ROW_HEIGHT,
          }}
        >
          {sheet.text[area.top][area.left]}
        </div>
      );
    }
  }
  const columnHeaders: React.JSX.Element[] = [];
  for (let c = firstCol; c <= lastCol; c++) {
    columnHeaders.push(
      <div
        key={`c${c}`}
        className={styles.header}
        style={{ top: 0, left: lefts[c], width: sheet.widths[c], height: HEADER_HEIGHT }}
      >
        {columnLetter(c)}
      </div>
    );
  }
  const rowHeaders: React.JSX.Element[] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    rowHeaders.push(
      <div
        key={`r${r}`}
        className={styles.header}
        style={{ top: r * ROW_HEIGHT, left: 0, width: ROW_HEADER_WIDTH, height: ROW_HEIGHT }}
      >
        {r + 1}
      </div>
    );
  }
  const counts = SEVERITY_ORDER.map(
    (severity) => [...flags.values()].filter((f) => f.severity === severity).length
  );

  return (
    <section className={styles.root} aria-label={w(lang, "preview")}>
      <div className={styles.bar}>
        <Text weight="semibold">{w(lang, "preview")}</Text>
        {sheets.length > 1 ? (
          <TabList
            size="small"
            selectedValue={sheet.name}
            onTabSelect={(_, data) => onSelectSheet(String(data.value))}
          >
            {sheets.map((name) => (
              <Tab key={name} value={name}>
                {name}
              </Tab>
            ))}
          </TabList>
        ) : (
          <Text>{sheet.name}</Text>
        )}
        <Caption1>{w(lang, "sheetRows", { rows: sheet.rowCount, cols: sheet.colCount })}</Caption1>
        {SEVERITY_ORDER.map((severity, i) => (
          <span key={severity} className={styles.legend}>
            <span className={mergeClasses(styles.swatch, styles[severity])} />
            <Caption1>
              {w(lang, severity)} {counts[i]}
            </Caption1>
          </span>
        ))}
      </div>
      <div
        ref={viewport}
        className={styles.viewport}
        role="grid"
        aria-rowcount={sheet.rowCount}
        aria-colcount={sheet.colCount}
        data-sheet={sheet.name}
        onScroll={onScroll}
      >
        <div style={{ position: "relative", width: totalWidth, height: totalHeight }}>
          {/* in-flow strips that stick to the top and the left edge while the cells scroll */}
          <div className={styles.columnStrip} style={{ width: totalWidth, height: HEADER_HEIGHT }}>
            <div
              className={mergeClasses(styles.header, styles.corner)}
              style={{ width: ROW_HEADER_WIDTH, height: HEADER_HEIGHT }}
            />
            {columnHeaders}
          </div>
          <div
            className={styles.rowStrip}
            style={{ width: ROW_HEADER_WIDTH, height: sheet.rowCount * ROW_HEIGHT }}
          >
            {rowHeaders}
          </div>
          {cells}
          {focusArea && (
            <div
              className={styles.focus}
              data-testid="preview-focus"
              data-cell={focus?.cell}
              style={{
                top: HEADER_HEIGHT + focusArea.top * ROW_HEIGHT,
                left: lefts[focusArea.left],
                width: lefts[focusArea.right + 1] - lefts[focusArea.left],
                height: (focusArea.bottom - focusArea.top + 1) * ROW_HEIGHT,
              }}
            />
          )}
        </div>
      </div>
      <Caption1>{w(lang, "previewHint")}</Caption1>
    </section>
  );
}
