package org.shouwang.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./shouwang} launcher: one entry point for every command, each with {@code --help}. */
@Command(
    name = "shouwang",
    mixinStandardHelpOptions = true,
    version = "守望 Shouwang 0.1.0",
    description = {
      "守望 — 防止返贫动态监测和帮扶平台",
      "Shouwang — monitoring and assistance to prevent return to poverty"
    },
    subcommands = {
      DemoCommand.class,
      ServeCommand.class,
      ImportCommand.class,
      ScreenCommand.class,
      GenerateCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public class Launcher implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public int run(String[] args) {
    CommandLine cli = new CommandLine(this);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli.execute(args);
  }
}
