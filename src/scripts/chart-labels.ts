// Category labels for the budget charts, wrapped so that none is cut off on a narrow screen.

/**
 * Splits a label at spaces into lines no wider than `max`, as measured by `width`; a word wider
 * than `max` has a line of its own. One line comes back as the label itself.
 */
export function wrapLabel(label: string, max: number, width: (text: string) => number): string | string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && width(longer) > max) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines.length > 1 ? lines : label;
}

/**
 * The widest a label on the category axis of a horizontal bar chart may be: Chart.js gives
 * that axis at most half the chart's width and cuts off anything wider, so keep well inside it.
 */
export const labelRoom = (chartWidth: number) => Math.floor(chartWidth * 0.4);
