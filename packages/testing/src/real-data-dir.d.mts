export function realDataDir(): string | undefined;
export function requireRealDataDir(what: string): string;
