import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  finding: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    ":disabled": { cursor: "default", backgroundColor: "transparent" },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  cell: {
    flexShrink: 0,
    minWidth: "3.5em",
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
});

export interface FindingButtonProps {
  /** The cell as shown (with its sheet when it is not the checked one). */
  cell: string;
  message: string;
  title: string;
  selected: boolean;
  /** Absent for a finding whose cell is not in this workbook (last period's): shown, not clickable. */
  onClick?: () => void;
}

/** One finding of a list: its cell and message; a click selects the cell (校验, 对比上期). */
export function FindingButton({
  cell,
  message,
  title,
  selected,
  onClick,
}: FindingButtonProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <button
      type="button"
      className={mergeClasses(styles.finding, selected && styles.selected)}
      aria-pressed={selected}
      title={title}
      disabled={!onClick}
      onClick={onClick}
    >
      <span className={styles.cell}>{cell}</span>
      <span>{message}</span>
    </button>
  );
}
