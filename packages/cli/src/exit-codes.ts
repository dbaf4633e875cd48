/** Exit codes, decided in one place: 0 ok, 1 stale/failed, 2 usage or configuration error, 130 interrupted (Ctrl+C). */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;
