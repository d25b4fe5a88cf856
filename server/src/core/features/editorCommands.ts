/**
 * Editor commands that code actions invoke; the client registers them (client/src/rowCommands.ts).
 * Plain names and argument shapes, shared by both sides so they cannot drift apart.
 */
export namespace ShowRowsCommand {
  export const id = 'netstatInsight.showRows';
  export interface Args {
    readonly uri: string;
    /** Zero-based lines of the rows to show. */
    readonly lines: readonly number[];
    /** Names the group, e.g. "CLOSE_WAIT on local port 8080", in the reader's language. */
    readonly label: string;
  }
}

export namespace ExplainStateCommand {
  export const id = 'netstatInsight.explainState';
  export interface Args {
    readonly uri: string;
    readonly state: string;
    /** Where the state word sits: the client shows its hover there. */
    readonly line: number;
    readonly character: number;
  }
}
