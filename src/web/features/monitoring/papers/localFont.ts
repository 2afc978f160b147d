/**
 * Whether this machine has a font installed: a text drawn in "<font>, <generic>" measures differently from
 * the generic family alone when the font is there (the browser cannot list local fonts otherwise).
 */
export function machineHasFont(name: string): boolean {
  if (typeof document === 'undefined') return false;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return false;
  const sample = 'กขฃคฅฆง ๑๒๓ mmmmmmmmmmlli 0123';
  return ['monospace', 'serif', 'sans-serif'].some((generic) => {
    context.font = `72px ${generic}`;
    const plain = context.measureText(sample).width;
    context.font = `72px "${name}", ${generic}`;
    return context.measureText(sample).width !== plain;
  });
}
