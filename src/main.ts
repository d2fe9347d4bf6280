/**
 * The process entry point: argv, the environment and the streams in; signals wired to a running
 * server; the exit code runCli returns out. Every decision about how a run ends (and with which
 * code) is made below, in cli/ and app/.
 *
 * Signals: SIGTERM (ECS stopping a task) and SIGINT (Ctrl-C) stop a server gracefully; a second
 * signal exits at once.
 */
import { runCli } from './cli/run-cli.ts';

let serving = false;
const code = await runCli(process.argv.slice(2), {
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  onServing: (service) => {
    serving = true;
    let stopping = false;
    const stop = (): void => {
      if (stopping) process.exit(1);
      stopping = true;
      void service.stop();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  },
});
// A stopped server has closed what it opened; exiting now also ends whatever a library left
// waiting (a server must never outlive its stop). Other commands end when their output drains.
if (serving) process.exit(code);
process.exitCode = code;
