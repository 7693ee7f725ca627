package org.shouwang;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of the launcher: dispatches {@code demo}, {@code serve}, {@code import}, … */
@SpringBootApplication
public class Shouwang {
  /** The zone every date in the domain is read in. */
  public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

  /** Time is an input: everything that needs "now" asks this clock (tests replace it). */
  @org.springframework.context.annotation.Bean
  java.time.Clock clock() {
    return java.time.Clock.system(ZONE);
  }

  public static void main(String[] args) {
    System.exit(new org.shouwang.cli.Launcher().run(args));
  }
}
