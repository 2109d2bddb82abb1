// The few React 19 APIs the host app uses (@types/react is not installed: the app only proves embedding).
declare module 'react' {
  export const StrictMode: unknown;
  export function createElement(type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]): unknown;
  export function useState<T>(initial: T): [T, (update: T | ((previous: T) => T)) => void];
}
declare module 'react-dom/client' {
  export function createRoot(container: Element): { render(node: unknown): void; unmount(): void };
}
