// What a handler returns. A plain value is the answer's body with the operation's success status; `reply()` sets
// the status (and headers) itself, `fail()` answers one of WeChat Pay's errors; a Buffer is a file (unsigned).

export class SimulatorReply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}

/** An answer with its own status: `reply(200, { … })`, `reply(204)`. */
export function reply(status: number, body?: unknown, headers?: Record<string, string>): SimulatorReply {
  return new SimulatorReply(status, body, headers);
}

/** One of WeChat Pay's error answers: `fail(404, 'ORDER_NOT_EXIST', '订单不存在')`. */
export function fail(status: number, code: string, message: string, detail?: unknown): SimulatorReply {
  return new SimulatorReply(status, { code, message, ...(detail === undefined ? {} : { detail }) });
}
