import type { Document, LayerName } from './document.js';

/** A small component: reads the layers it requires, adds the one it provides. */
export interface Component {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly provides: LayerName;
  run(doc: Document): void;
}

/** Runs components in an order that satisfies their `requires`; the order given breaks ties. */
export class Pipeline {
  readonly components: readonly Component[];

  constructor(components: readonly Component[]) {
    this.components = order(components);
  }

  run(doc: Document): Document {
    for (const c of this.components) c.run(doc);
    return doc;
  }
}

function order(components: readonly Component[]): Component[] {
  const provided = new Set<string>();
  const pending = [...components];
  const out: Component[] = [];
  while (pending.length > 0) {
    const i = pending.findIndex((c) => c.requires.every((r) => provided.has(r)));
    if (i < 0) {
      const missing = pending.map((c) => `${c.name} needs ${c.requires.filter((r) => !provided.has(r)).join(', ')}`);
      throw new Error(`pipeline cannot be ordered: ${missing.join('; ')}`);
    }
    const [c] = pending.splice(i, 1);
    out.push(c!);
    provided.add(c!.provides);
  }
  return out;
}
