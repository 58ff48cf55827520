/** How many items a reason names before it counts the rest. */
const SHOWN = 10;

/** `a, b, c`, or the first ten and `and N more`: a reason stays one readable line. */
export function listed(items: readonly string[], shown = SHOWN): string {
  const head = items.slice(0, shown).join(', ');
  return items.length > shown ? `${head} and ${items.length - shown} more` : head;
}
