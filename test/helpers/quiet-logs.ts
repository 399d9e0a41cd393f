// In-process servers log through pino to stdout; tests read outcomes, not log lines, unless they ask.
process.env.LOG_LEVEL ??= 'silent';
