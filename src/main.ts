/**
 * The process entry point: argv and the environment in, an exit code out.
 * Signals: SIGTERM (ECS stopping a task) and SIGINT (Ctrl-C) stop a server gracefully; a second
 * signal exits at once.
 */
import { runCli } from './cli/run-cli.ts';

const code = await runCli(process.argv.slice(2), {
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  onServing: (service) => {
    let stopping = false;
    // shutdownGracefully logs the shutdown itself, through the service's logger.
    const stop = (): void => {
      if (stopping) process.exit(1);
      stopping = true;
      service.stop().then(
        () => process.exit(process.exitCode ?? 0),
        () => process.exit(1),
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  },
});
if (code !== 0) process.exitCode = code;
