import type { Issue } from './types';

const KEY = 'clouddiagnoze.api-key';

export const getKey = (): string | null => sessionStorage.getItem(KEY);
export const setKey = (key: string): void => sessionStorage.setItem(KEY, key);
export const clearKey = (): void => sessionStorage.removeItem(KEY);

/** Fired when the API refuses the stored key, so the app goes back to the key screen. */
export const UNAUTHORIZED = 'clouddiagnoze:unauthorized';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: Issue[] = [],
  ) {
    super(message);
  }
}

export function authHeaders(key = getKey()): Record<string, string> {
  return key ? { authorization: `Bearer ${key}` } : {};
}

async function failure(response: Response): Promise<ApiError> {
  if (response.status === 401) window.dispatchEvent(new Event(UNAUTHORIZED));
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; issues?: Issue[] };
    };
    return new ApiError(
      response.status,
      body.error?.code ?? 'error',
      body.error?.message ?? response.statusText,
      body.error?.issues ?? [],
    );
  } catch {
    return new ApiError(response.status, 'error', `the server answered ${response.status}`);
  }
}

export async function apiFetch(
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal; key?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...authHeaders(init.key) };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'the server cannot be reached');
  }
  if (!response.ok) throw await failure(response);
  return response;
}

export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal; key?: string } = {},
): Promise<T> {
  return (await (await apiFetch(path, init)).json()) as T;
}

export function query(
  params: Record<string, string | number | boolean | undefined | null>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Downloads a file the API sends (with the key in the header, never in a URL). */
export async function download(path: string, fallbackName: string): Promise<string> {
  const response = await apiFetch(path);
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
