/** One CSV cell for Dutch spreadsheets (semicolon-separated): quoted when it holds a quote, semicolon or line break. */
export function csvCell(value: string): string {
  return /[";\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
