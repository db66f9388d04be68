/**
 * Translated texts carry `{0}`, `{1}` … where values go, as `vscode.l10n.t` does; the
 * sidebar's texts come from the host with theirs still in, and the view fills them.
 */
export function fillTemplate(template: string, values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => String(values[Number(index)] ?? placeholder));
}
