package org.shouwang.cli;

/** Dispatches the launcher's commands. */
public class Launcher {
  public int run(String[] args) {
    System.out.println("shouwang");
    return 0;
  }
}
