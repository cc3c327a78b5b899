/** Types of dist.mjs. */
export declare function dist(builderArgs: string[], run: (cmd: string, args: string[]) => number): number;
