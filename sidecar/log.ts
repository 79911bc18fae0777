// Plain log lines on stderr (stdout carries only the LISTENING line); no colours.
export interface Logger {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

function line(level: string, message: string): void {
  process.stderr.write(`${new Date().toISOString()} ${level} ${message}\n`)
}

export const log: Logger = {
  info: (m) => line('INFO', m),
  warn: (m) => line('WARN', m),
  error: (m) => line('ERROR', m),
}

export const silentLog: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined }
