/** One map key for a (workflow type, stage) pair: the names cannot hold the NUL between them. */
export const stageKey = (type: string, stage: string): string => `${type}\u0000${stage}`;
