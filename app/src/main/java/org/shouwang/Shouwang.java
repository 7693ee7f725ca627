package org.shouwang;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of the launcher: dispatches {@code demo}, {@code serve}, {@code import}, … */
@SpringBootApplication
public class Shouwang {
  public static void main(String[] args) {
    System.exit(new org.shouwang.cli.Launcher().run(args));
  }
}
